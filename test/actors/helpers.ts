// Shared by the actors tests: the built-in knowledge base with the test fixture on top.
import { fileURLToPath } from "node:url";
import { tokenize } from "../../src/nlp/tokenize.js";
import { loadActorKB, type ActorKB } from "../../src/actors/kb.js";
import { recognizeActors } from "../../src/actors/index.js";
import type { ActorLayer, Entity } from "../../src/doc.js";

export const FIXTURE = fileURLToPath(new URL("./fixtures/kb.jsonl", import.meta.url));

let kb: ActorKB | null = null;
export function testKB(): ActorKB {
  return (kb ??= loadActorKB([FIXTURE]));
}

export function analyze(text: string, published: string | null = "2025-06-06"): ActorLayer {
  return recognizeActors(tokenize(text), { published, kb: testKB() });
}

export function entity(layer: ActorLayer, id: string): Entity | undefined {
  return layer.entities.find((e) => e.id === id);
}

export function texts(layer: ActorLayer, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => layer.mentions[m].text);
}

export function kinds(layer: ActorLayer, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => `${layer.mentions[m].text}/${layer.mentions[m].kind}`);
}

/** The entity one of whose mentions reads `text`. */
export function byMention(layer: ActorLayer, text: string): Entity | undefined {
  return layer.entities.find((e) => e.mentions.some((m) => layer.mentions[m].text === text));
}

// Hand-built layers for claims tests: real tokens, actors and events placed by their words.
import type { ActorLayer, Entity, Event, Modality, Quote } from "../../src/doc.js";
import { tokenize } from "../../src/nlp/tokenize.js";

export function layers(text: string, actors: Array<{ id: string; name: string; country: string | null; surface: string[] }>) {
  const doc = tokenize(text);
  const entities: Entity[] = actors.map((a) => ({ id: a.id, name: a.name, type: a.id.startsWith("person") ? "PERSON" : a.id.startsWith("country") ? "GPE" : "ORG", country: a.country, sector: null, role: null, mentions: [], known: true }));
  const mentions: ActorLayer["mentions"] = [];
  actors.forEach((a, ei) => {
    for (const s of a.surface) {
      let at = text.indexOf(s);
      while (at >= 0) {
        if (!mentions.some((m) => at < m.end && m.start < at + s.length)) mentions.push({ start: at, end: at + s.length, text: s, entity: ei, kind: "name" });
        at = text.indexOf(s, at + s.length);
      }
    }
  });
  mentions.sort((x, y) => x.start - y.start);
  mentions.forEach((m, i) => entities[m.entity].mentions.push(i));
  return { doc, actors: { entities, mentions } as ActorLayer };
}

export function ev(text: string, trigger: string, type: string, source: number[], target: number[], modality: Modality = "asserted", extra: Partial<Event> = {}): Event {
  const at = text.indexOf(trigger);
  if (at < 0) throw new Error(`no '${trigger}' in the text`);
  const sentStart = Math.max(0, text.lastIndexOf(".", at) + 1);
  const sentEnd = text.indexOf(".", at) + 1 || text.length;
  return { type, category: null, mode: null, context: [], source, target, date: null, location: null, modality, cameo: null, intensity: null, evidence: [sentStart, sentEnd], trigger: [at, at + trigger.length], pattern: "test", timex: null, sourceMentions: [], targetMentions: [], reportedBy: null, confidence: 1, ...extra };
}

export function speech(text: string, content: string, speaker: number | null, speakerText: string | null, cue: string, direct: boolean, via: number | null = null): Quote {
  const at = text.indexOf(content);
  if (at < 0) throw new Error(`no '${content}' in the text`);
  return { start: at, end: at + content.length, text: content, speaker, speakerText, speakerSpan: null, cue, via, direct };
}

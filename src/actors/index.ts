// Placeholder until the actors stage lands: recognizes nothing.
import type { ActorLayer, Doc } from "../doc.js";
import type { ActorKB } from "./kb.js";

export interface ActorContext {
  /** Article date (YYYY-MM-DD) or null: which office each person held then. */
  published: string | null;
  kb: ActorKB;
}

export function recognizeActors(_doc: Doc, _ctx: ActorContext): ActorLayer {
  return { entities: [], mentions: [] };
}

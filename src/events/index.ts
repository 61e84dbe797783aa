// Placeholder until the events stage lands.
import type { ActorLayer, Doc, Event, Quote, Timex } from "../doc.js";
export interface EventContext { published: string | null; lexicon: Lexicon }
export interface Lexicon { size: number }
export function loadLexicon(_extraFiles: string[] = []): Lexicon {
  return { size: 0 };
}
export function codeEvents(_doc: Doc, _actors: ActorLayer, _timexes: Timex[], _quotes: Quote[], _ctx: EventContext): Event[] {
  return [];
}

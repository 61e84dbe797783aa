// Placeholder until the quotes stage lands.
import type { ActorLayer, Doc, Quote } from "../doc.js";
export function findQuotes(_doc: Doc, _actors: ActorLayer): Quote[] {
  return [];
}

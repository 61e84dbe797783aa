// Placeholder until the time stage lands.
import type { Doc, Timex } from "../doc.js";
export interface TimeContext { published: string | null }
export function findTimexes(_doc: Doc, _ctx: TimeContext): Timex[] {
  return [];
}

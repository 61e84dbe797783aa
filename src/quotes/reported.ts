// Reported speech: "X said (that) CLAUSE", "X told Y that CLAUSE" and "CLAUSE, X said." Each is a
// Quote with direct = false whose text is the reported clause.
import type { Quote } from "../doc.js";
import type { TextView } from "./text-view.js";
export function findReported(_v: TextView, _direct: Quote[]): Quote[] {
  return [];
}

// The word cursor every time pattern reads: the time words (see words.ts) with their wink
// tokens, and the number and year readers the patterns share.
import type { Doc, Token } from "../doc.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Mod, Rel, Sem } from "./semantics.js";
import type { Word } from "./words.js";
import { tokenIndexAt } from "./tense.js";

export interface Match { s: number; e: number; sem: Sem }

export const REL: Record<string, Rel> = { last: "last", past: "last", previous: "last", this: "this", next: "next", coming: "next", following: "next" };
/** Before "the next week", these make it a period rather than a date. */
export const PERIOD_PREP = new Set(["over", "in", "within", "during", "for", "throughout", "through"]);
export const EDGE: Record<string, Mod> = { early: "START", beginning: "START", mid: "MID", middle: "MID", late: "END", end: "END" };
export const AMPM = new Set(["am", "pm"]);
export const MONEY = new Set(["$", "€", "£", "¥", "#"]);
export const ORD_SUFFIX = new Set(["st", "nd", "rd", "th"]);
export const CAL_UNITS = new Set(["day", "week", "month", "year", "quarter", "decade", "century"]);

export class Cursor {
  readonly zones: Set<string>;
  readonly datePrep: Set<string>;
  readonly countPrep: Set<string>;
  readonly fuzzy: Set<string>;
  readonly yearNouns: Set<string>;
  readonly numberNouns: Set<string>;
  constructor(readonly W: Word[], readonly lex: TimeLexicon, readonly doc: Doc) {
    const role = (r: string) => lex.grammarWords.get(r) ?? new Set<string>();
    this.zones = role("zone");
    this.datePrep = role("date-prep");
    this.countPrep = role("count-prep");
    this.fuzzy = role("fuzzy");
    this.yearNouns = role("year-noun");
    this.numberNouns = role("number-noun");
  }

  l(i: number): string { return this.W[i]?.l ?? ""; }
  /** The wink token starting at or before word i (few patterns ask, so it is searched for then). */
  tok(i: number): Token | undefined {
    const w = this.W[i];
    if (!w) return undefined;
    const k = tokenIndexAt(this.doc, w.start);
    return k >= 0 ? this.doc.tokens[k] : undefined;
  }
  /** True when word i exists and follows the previous word without a space. */
  glued(i: number): boolean { return i < this.W.length && !this.W[i].sp; }
  cap(i: number): boolean { const c = this.W[i]?.t.charCodeAt(0) ?? 0; return c >= 65 && c <= 90; }

  /** A number at i: digits (with a decimal part) or number words. Returns value and end. */
  num(i: number): { v: number; e: number } | null {
    const n = this.num1(i);
    // "two and a half years"
    if (n && n.v >= 1 && this.l(n.e) === "and" && this.l(n.e + 1) === "a" && this.l(n.e + 2) === "half") return { v: n.v + 0.5, e: n.e + 3 };
    return n;
  }

  private num1(i: number): { v: number; e: number } | null {
    const w = this.W[i];
    if (!w) return null;
    if (w.kind === "num") {
      const prev = this.W[i - 1];
      if (prev && !w.sp && (prev.l === "," || prev.l === "." || prev.kind === "num") && this.W[i - 2]?.kind === "num") return null;
      if (this.l(i + 1) === "," && this.glued(i + 1) && this.W[i + 2]?.kind === "num" && this.glued(i + 2) && this.W[i + 2].t.length === 3) {
        // Thousands: "1,000 days".
        let v = Number(w.t), e = i + 1;
        while (this.l(e) === "," && this.glued(e) && this.W[e + 1]?.kind === "num" && this.glued(e + 1) && this.W[e + 1].t.length === 3) { v = v * 1000 + Number(this.W[e + 1].t); e += 2; }
        return { v, e };
      }
      if (this.l(i + 1) === "." && this.glued(i + 1) && this.W[i + 2]?.kind === "num" && this.glued(i + 2)) return { v: Number(`${w.t}.${this.W[i + 2].t}`), e: i + 3 };
      return { v: Number(w.t), e: i + 1 };
    }
    const n = this.lex.numbers.get(w.l);
    if (n === undefined) return null;
    if ((w.l === "a" || w.l === "an") && this.l(i + 1) === "few") return null;
    if (n >= 20 && n < 100 && this.l(i + 1) === "-" && this.glued(i + 1)) {
      const u = this.lex.numbers.get(this.l(i + 2));
      if (u !== undefined && u < 10 && this.glued(i + 2)) return { v: n + u, e: i + 3 };
    }
    if (n < 10 && this.l(i + 1) === "hundred") return { v: n * 100, e: i + 2 };
    if (w.l === "half" && (this.l(i + 1) === "a" || this.l(i + 1) === "an")) return { v: 0.5, e: i + 2 };
    return { v: n, e: i + 1 };
  }

  fourDigitYear(i: number): number | null {
    const w = this.W[i];
    if (w?.kind !== "num" || w.t.length !== 4) return null;
    const y = Number(w.t);
    if (y < 1000 || y > 2100) return null;
    const prev = this.W[i - 1];
    if (prev && !w.sp && (prev.kind === "alpha" || prev.kind === "num" || prev.l === "," || prev.l === "." || prev.l === "$" || prev.l === "#")) return null;
    const next = this.W[i + 1];
    if (next && this.glued(i + 1) && (next.kind === "alpha" || next.kind === "num" || next.l === "%" || (next.l === "." && this.W[i + 2]?.kind === "num" && this.glued(i + 2)) || (next.l === "," && this.W[i + 2]?.kind === "num" && this.glued(i + 2)))) return null;
    if (next && (next.l === "%" || next.l === "percent" || (next.l === ":" && this.W[i + 2]?.kind === "num" && this.glued(i + 2)))) return null;
    // Phone and part numbers ("02-751-1500"), model names ("GTX 1660", "RTX 2060").
    if (prev && !w.sp && (prev.l === "-" || prev.l === "/") && this.W[i - 2]?.kind === "num" && this.W[i - 2].t.length !== 4) return null;
    if (prev && (this.numberNouns.has(prev.l) || (prev.l === "." && (this.l(i - 2) === "no" || this.numberNouns.has(this.l(i - 2)))))) return null;
    if (prev && prev.kind === "alpha" && prev.t.length >= 2 && prev.t.length <= 5 && prev.t === prev.t.toUpperCase() && !this.lex.months.has(prev.l) && !this.datePrep.has(prev.l) && prev.l !== "fy") return null;
    return y;
  }
}

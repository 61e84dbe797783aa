// The word cursor every time pattern reads: the time words (see words.ts) with their wink
// tokens, and the number and year readers the patterns share.
import type { Doc, Token } from "../doc.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Mod, Rel, Sem } from "./semantics.js";
import type { Words } from "./words.js";
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
  constructor(readonly W: Words, readonly lex: TimeLexicon, readonly doc: Doc) {
    const role = (r: string) => lex.grammarWords.get(r) ?? new Set<string>();
    this.zones = role("zone");
    this.datePrep = role("date-prep");
    this.countPrep = role("count-prep");
    this.fuzzy = role("fuzzy");
    this.yearNouns = role("year-noun");
    this.numberNouns = role("number-noun");
  }

  /** Lower-cased word i, "" past the ends. */
  l(i: number): string { return this.W.l(i); }
  /** Surface of word i, "" past the ends. */
  t(i: number): string { return this.W.t(i); }
  /** Length of word i, 0 past the ends. */
  len(i: number): number { return this.W.len(i); }
  isNum(i: number): boolean { return this.W.isNum(i); }
  isAlpha(i: number): boolean { return this.W.isAlpha(i); }
  /** True when word i exists and is neither letters nor digits. */
  isPunct(i: number): boolean { return i >= 0 && i < this.W.n && !this.W.isNum(i) && !this.W.isAlpha(i); }
  /** The wink token starting at or before word i (few patterns ask, so it is searched for then). */
  tok(i: number): Token | undefined {
    if (i < 0 || i >= this.W.n) return undefined;
    const k = tokenIndexAt(this.doc, this.W.start(i));
    return k >= 0 ? this.doc.tokens[k] : undefined;
  }
  /** True when word i exists and follows the previous word without a space. */
  glued(i: number): boolean { return i < this.W.n && !this.W.sp(i); }
  cap(i: number): boolean { const c = this.W.firstCode(i); return c >= 65 && c <= 90; }

  /** The value of the number numberAt last read. */
  numValue = 0;

  /**
   * A number at i: digits (with a decimal part) or number words. Returns the index of the word
   * after it, or -1 when there is none; its value is left in numValue (no object per number).
   */
  numberAt(i: number): number {
    const e = this.num1(i);
    // "two and a half years"
    if (e >= 0 && this.numValue >= 1 && this.l(e) === "and" && this.l(e + 1) === "a" && this.l(e + 2) === "half") { this.numValue += 0.5; return e + 3; }
    return e;
  }

  private num1(i: number): number {
    const W = this.W;
    if (i < 0 || i >= W.n) return -1;
    if (W.isNum(i)) {
      if (i > 0 && !W.sp(i) && (this.l(i - 1) === "," || this.l(i - 1) === "." || W.isNum(i - 1)) && W.isNum(i - 2)) return -1;
      if (this.l(i + 1) === "," && this.glued(i + 1) && W.isNum(i + 2) && this.glued(i + 2) && W.len(i + 2) === 3) {
        // Thousands: "1,000 days".
        let v = W.value(i), e = i + 1;
        while (this.l(e) === "," && this.glued(e) && W.isNum(e + 1) && this.glued(e + 1) && W.len(e + 1) === 3) { v = v * 1000 + W.value(e + 1); e += 2; }
        return this.read(v, e);
      }
      if (this.l(i + 1) === "." && this.glued(i + 1) && W.isNum(i + 2) && this.glued(i + 2)) return this.read(Number(`${W.t(i)}.${W.t(i + 2)}`), i + 3);
      return this.read(W.value(i), i + 1);
    }
    const l = this.l(i);
    const n = this.lex.numbers.get(l);
    if (n === undefined) return -1;
    if ((l === "a" || l === "an") && this.l(i + 1) === "few") return -1;
    if (n >= 20 && n < 100 && this.l(i + 1) === "-" && this.glued(i + 1)) {
      const u = this.lex.numbers.get(this.l(i + 2));
      if (u !== undefined && u < 10 && this.glued(i + 2)) return this.read(n + u, i + 3);
    }
    if (n < 10 && this.l(i + 1) === "hundred") return this.read(n * 100, i + 2);
    if (l === "half" && (this.l(i + 1) === "a" || this.l(i + 1) === "an")) return this.read(0.5, i + 2);
    return this.read(n, i + 1);
  }

  private read(v: number, e: number): number {
    this.numValue = v;
    return e;
  }

  fourDigitYear(i: number): number | null {
    const W = this.W;
    if (!W.isNum(i) || W.len(i) !== 4) return null;
    const y = W.value(i);
    if (y < 1000 || y > 2100) return null;
    const hasPrev = i > 0;
    const prev = this.l(i - 1);
    if (hasPrev && !W.sp(i) && (W.isAlpha(i - 1) || W.isNum(i - 1) || prev === "," || prev === "." || prev === "$" || prev === "#")) return null;
    const hasNext = i + 1 < W.n;
    const next = this.l(i + 1);
    if (hasNext && this.glued(i + 1) && (W.isAlpha(i + 1) || W.isNum(i + 1) || next === "%" || (next === "." && W.isNum(i + 2) && this.glued(i + 2)) || (next === "," && W.isNum(i + 2) && this.glued(i + 2)))) return null;
    if (hasNext && (next === "%" || next === "percent" || (next === ":" && W.isNum(i + 2) && this.glued(i + 2)))) return null;
    // Phone and part numbers ("02-751-1500"), model names ("GTX 1660", "RTX 2060").
    if (hasPrev && !W.sp(i) && (prev === "-" || prev === "/") && W.isNum(i - 2) && W.len(i - 2) !== 4) return null;
    if (hasPrev && (this.numberNouns.has(prev) || (prev === "." && (this.l(i - 2) === "no" || this.numberNouns.has(this.l(i - 2)))))) return null;
    if (hasPrev && W.isAlpha(i - 1) && W.len(i - 1) >= 2 && W.len(i - 1) <= 5 && isUpper(W.t(i - 1)) && !this.lex.months.has(prev) && !this.datePrep.has(prev) && prev !== "fy") return null;
    return y;
  }
}

function isUpper(t: string): boolean {
  return t === t.toUpperCase();
}

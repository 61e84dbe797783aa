// Tells quoted speech from quoted terms: scare quotes ("status quo"), names and titles in quotation
// marks, and headlines, whose quotations repeat the body's.
import type { RawQuote, Paragraph } from "./marks.js";
import type { TextView } from "./text-view.js";

const FINISHED = /[.!?\u2026:][\s"'\u201D\u2019\u00BB\u203A\u300D\u300F)\]]*$/;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
const LAST_WORD = /[\p{L}-]+$/u;
const TRAILING_DET = /\s+(?:a|an|the)$/;

/** A headline, kicker line or link: short and without a final stop. */
export function isHeadline(text: string, p: Paragraph): boolean {
  return p.end - p.start < 250 && !FINISHED.test(text.slice(Math.max(p.start, p.end - 8), p.end));
}

/** "so-called", "the word", "dubbed", "the book" right before the opening mark. */
export function markedAsTerm(v: TextView, open: number): boolean {
  const before = v.doc.text.slice(Math.max(0, open - 48), open).toLowerCase().replace(/\s+$/, "");
  for (const tail of [before, before.replace(TRAILING_DET, "")]) {
    const w = LAST_WORD.exec(tail)?.[0];
    if (!w) continue;
    for (const m of v.lex.markers.get(w) ?? []) {
      const phrase = m.words.join(" ");
      if (tail === phrase || (tail.endsWith(phrase) && !/[\p{L}]/u.test(tail[tail.length - phrase.length - 1]))) return true;
    }
  }
  return false;
}

export interface Shape {
  words: number;
  hasVerb: boolean;
  /** Every longer word capitalized: a name or title ("Axis of Resistance"). */
  titleCase: boolean;
  hasCapital: boolean;
}

export function shapeOf(v: TextView, q: RawQuote): Shape {
  const text = v.doc.text.slice(q.start, q.end);
  const words = text.match(WORD) ?? [];
  let hasVerb = false;
  for (let i = v.tokenAt(q.start); i < v.tokens.length && v.tokens[i].start < q.end; i++) {
    const p = v.tokens[i].pos;
    if (p === "VERB" || p === "AUX") hasVerb = true;
  }
  const long = words.filter((w) => w.length >= 4);
  const titleCase = words.length >= 2 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
  const hasCapital = words.some((w, i) => (i > 0 || words.length === 1 ? /^\p{Lu}/u.test(w) : /^\p{Lu}/u.test(w) && w !== words[0]) && w !== "I");
  return { words: words.length, hasVerb, titleCase, hasCapital };
}

/** Long enough, with a verb, to be speech whatever stands around it. */
export function isClearlySpeech(s: Shape): boolean {
  return s.words >= 6 || (s.words >= 3 && s.hasVerb && !s.titleCase);
}

/** A term used as a modifier of the noun after it, with a capital: the "one China" policy. */
export function isNameModifier(v: TextView, s: Shape, after: number): boolean {
  const t = v.tokens[after];
  return !!t && t.pos === "NOUN" && /^\p{Ll}/u.test(t.text) && s.hasCapital;
}

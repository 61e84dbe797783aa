// Tells quoted speech from quoted terms: scare quotes ("status quo"), names and titles in quotation
// marks, and headlines, whose quotations repeat the body's.
import { endsFinished, type RawQuote, type Paragraph } from "./marks.js";
import type { TextView } from "./text-view.js";

const LETTER = /[\p{L}-]/u;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
const ARTICLES = new Set(["a", "an", "the"]);

/** A headline, kicker line or link: short and without a final stop. */
export function isHeadline(text: string, p: Paragraph): boolean {
  return p.end - p.start < 250 && !endsFinished(text, p.start, p.end, ".!?\u2026:");
}

/** isHeadline of each paragraph, worked out once per view and paragraph list (both passes ask). */
export function headlines(v: TextView, paras: Paragraph[]): boolean[] {
  const memo = v.headlineMemo;
  if (memo && memo.paras === paras) return memo.flags;
  const flags = paras.map((p) => isHeadline(v.doc.text, p));
  v.headlineMemo = { paras, flags };
  return flags;
}

/** The words of a string, lower case, trimmed of punctuation at both ends. */
function wordsOf(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.toLowerCase().split(/\s+/)) {
    let a = 0;
    let b = raw.length;
    while (a < b && !LETTER.test(raw[a])) a++;
    while (b > a && !LETTER.test(raw[b - 1])) b--;
    if (b > a) out.push(raw.slice(a, b));
    else if (raw) out.push("");
  }
  return out;
}

/** "so-called", "the word", "dubbed", "the book" right before the opening mark. */
export function markedAsTerm(v: TextView, open: number): boolean {
  const words = wordsOf(v.doc.text.slice(Math.max(0, open - 48), open));
  const tails = [words];
  if (ARTICLES.has(words[words.length - 1])) tails.push(words.slice(0, -1));
  for (const tail of tails) {
    for (const m of v.lex.markers.get(tail[tail.length - 1]) ?? []) {
      const n = m.words.length;
      if (tail.length >= n && m.words.every((w, i) => tail[tail.length - n + i] === w)) return true;
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

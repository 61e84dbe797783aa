// Tells quoted speech from quoted terms: scare quotes ("status quo"), names and titles in quotation
// marks, and headlines, whose quotations repeat the body's.
import { endsFinished, type RawQuote, type Paragraph } from "./marks.js";
import type { TextView } from "./text-view.js";
import type { QuoteLexicon } from "./lexicon.js";
import { isSpaceAt } from "../nlp/tokenize.js";

const LETTER = /[\p{L}-]/u;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

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

/** LETTER.test(raw[i]), told by the character's code when ASCII. */
function letterAt(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  if (c < 128) {
    const l = c | 32;
    return (l >= 97 && l <= 122) || c === 45;
  }
  return LETTER.test(raw[i]);
}

/** A word trimmed of everything but letters and '-' at both ends ("" when nothing is left). */
function trimmedWord(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && !letterAt(raw, a)) a++;
  while (b > a && !letterAt(raw, b - 1)) b--;
  return b > a ? raw.slice(a, b) : "";
}

/** The last `max` of the white-space separated words of text[from, to), in order and each read
 * by trimmedWord: the end of what text.slice(from, to).toLowerCase().split(/\s+/) gives. */
function lastWords(text: string, from: number, to: number, max: number): string[] {
  const out: string[] = [];
  let e = to;
  while (out.length < max) {
    while (e > from && isSpaceAt(text, e - 1)) e--;
    if (e <= from) break;
    let s = e;
    while (s > from && !isSpaceAt(text, s - 1)) s--;
    out.push(trimmedWord(text.slice(s, e).toLowerCase()));
    e = s;
  }
  return out.reverse();
}

const MARKER_LENGTH = new WeakMap<QuoteLexicon, number>();

/** The most words a marker phrase has. */
function markerLength(lex: QuoteLexicon): number {
  let n = MARKER_LENGTH.get(lex);
  if (n === undefined) {
    n = 0;
    for (const list of lex.markers.values()) for (const m of list) n = Math.max(n, m.words.length);
    MARKER_LENGTH.set(lex, n);
  }
  return n;
}

/** "so-called", "the word", "dubbed", "the book" right before the opening mark. */
export function markedAsTerm(v: TextView, open: number): boolean {
  const from = Math.max(0, open - 48);
  // Most quotations follow a word that ends no marker and is no article: only that one is read.
  const last = lastWords(v.doc.text, from, open, 1);
  if (!last.length || (!v.lex.markers.has(last[0]) && !v.lex.articles.has(last[0]))) return false;
  // A marker and an article after it are the most words that can count.
  const words = lastWords(v.doc.text, from, open, markerLength(v.lex) + 1);
  const tails = [words];
  if (v.lex.articles.has(words[words.length - 1])) tails.push(words.slice(0, -1));
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

/** Quotations of this many words are speech (isClearlySpeech). */
export const CLEARLY_SPEECH_WORDS = 6;

/** At least n words (as shapeOf counts them) in text[start, end). */
export function hasWords(text: string, start: number, end: number, n: number): boolean {
  const s = text.slice(start, end);
  WORD.lastIndex = 0;
  let count = 0;
  while (count < n && WORD.test(s)) count++;
  // WORD is shared and global: a later s.matchAll(WORD) would start where this test stopped.
  WORD.lastIndex = 0;
  return count >= n;
}

/** Long enough, with a verb, to be speech whatever stands around it. */
export function isClearlySpeech(s: Shape): boolean {
  return s.words >= CLEARLY_SPEECH_WORDS || (s.words >= 3 && s.hasVerb && !s.titleCase);
}

/** A term used as a modifier of the noun after it, with a capital: the "one China" policy. */
export function isNameModifier(v: TextView, s: Shape, after: number): boolean {
  const t = v.tokens[after];
  return !!t && t.pos === "NOUN" && /^\p{Ll}/u.test(t.text) && s.hasCapital;
}

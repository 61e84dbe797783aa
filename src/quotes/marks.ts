// Finds spans between quotation marks, paragraph by paragraph, in one pass with a stack.
// Straight marks are read as opening or closing from their neighbours; an apostrophe inside a
// word (don't, Trump's), before a digit ('90s) or in 'n' is never a quote mark.
import { isSpaceAt, lines } from "../nlp/tokenize.js";

export type Family = "double" | "single" | "guillemet" | "angle" | "corner" | "wcorner";

/** How a quotation ended: at its closing mark, at the end of a finished paragraph, or at the
 * end of a paragraph whose quotation the next paragraph reopens. */
export type Ending = "closed" | "para-end" | "continued";

export interface RawQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph end closed it. */
  close: number;
  /** Offset just after the closing mark (or the quoted words when none). */
  after: number;
  /** The quoted words, trimmed: [start, end). */
  start: number;
  end: number;
  family: Family;
  ending: Ending;
  /** Index of the non-blank line holding it (as Sentence.para counts). */
  para: number;
}

export interface Paragraph {
  start: number;
  /** End without trailing white space. */
  end: number;
  index: number;
}

const OPENERS: Record<string, Family> = { "\u201C": "double", "\u201E": "double", "\u201F": "double", "\u2018": "single", "\u201B": "single", "\u00AB": "guillemet", "\u2039": "angle", "\u300C": "corner", "\u300E": "wcorner" };
const CLOSERS: Record<string, Family> = { "\u201D": "double", "\u00BB": "guillemet", "\u203A": "angle", "\u300D": "corner", "\u300F": "wcorner" };
const OPEN_CONTEXT = new Set([..."([{\u2014\u2013-/:;\u201C\u2018\u00AB\u2039\u300C\u300E\""]);
const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** SPACE.test(ch) for one character, told by its code when ASCII (the regex only for others). */
function isSpaceChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch);
}

/** ALNUM.test(ch) for one character (false for ""), told by its code when ASCII. */
function isAlnumChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    const l = c | 32;
    return (c >= 48 && c <= 57) || (l >= 97 && l <= 122);
  }
  return ALNUM.test(ch);
}
/** Every character the scan acts on; the others are passed over at once. */
const MARK_CODES = new Set([..."`'\"\u2018\u2019", ...Object.keys(OPENERS), ...Object.keys(CLOSERS)].map((c) => c.charCodeAt(0)));
const MARK_RE = new RegExp(`[${[...MARK_CODES].map((c) => "\\u" + c.toString(16).padStart(4, "0")).join("")}]`, "g");

/** Offsets of every mark character in text, in order: one native search over the whole text. */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  MARK_RE.lastIndex = 0;
  // test() moves lastIndex past each one-character match without building a match array.
  while (MARK_RE.test(text)) out.push(MARK_RE.lastIndex - 1);
  return out;
}

const CLOSING_TAIL = new Set([..."\"'\u201D\u2019\u00BB\u203A\u300D\u300F)]"]);

const CLOSING_TAIL_CODES = new Set([...CLOSING_TAIL].map((c) => c.charCodeAt(0)));

/** True when text[start, end) ends a sentence: a stop, then only closing marks or spaces. */
export function endsFinished(text: string, start: number, end: number, stops = ".!?\u2026"): boolean {
  let i = end - 1;
  while (i >= start && (CLOSING_TAIL_CODES.has(text.charCodeAt(i)) || isSpaceAt(text, i))) i--;
  return i >= start && stops.includes(text[i]);
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const [s, e] of lines(text)) {
    let end = e;
    while (end > s && isSpaceChar(text[end - 1])) end--;
    let start = s;
    while (start < end && isSpaceChar(text[start])) start++;
    if (end > start) out.push({ start, end, index: out.length });
  }
  return out;
}

interface Open { fam: Family; pos: number; len: number }

export function scanQuotes(text: string, paras: Paragraph[] = paragraphs(text)): RawQuote[] {
  const found: RawQuote[] = [];
  const marks = markOffsets(text);
  // Paragraphs and marks both run in text order: one pointer finds each paragraph's first mark.
  let k = 0;
  for (let p = 0; p < paras.length; p++) {
    while (k < marks.length && marks[k] < paras[p].start) k++;
    scanParagraph(text, paras, p, found, marks, k);
  }
  found.sort((a, b) => a.open - b.open);
  // Only outermost quotations: a nested one is part of its container's words.
  const top: RawQuote[] = [];
  let until = -1;
  for (const q of found) {
    if (q.open < until) continue;
    top.push(q);
    until = q.close >= 0 ? q.after : paras[q.para].end;
  }
  return top;
}

/** The quotations of paragraph p, whose first mark is marks[k] (when before its end). */
function scanParagraph(text: string, paras: Paragraph[], p: number, out: RawQuote[], marks: number[], k: number): void {
  const { start: ps, end: pe } = paras[p];
  if (k >= marks.length || marks[k] >= pe) return;
  // The marks open so far, innermost last (a few at most: searched from the top).
  const stack: Open[] = [];
  const push = (fam: Family, pos: number, len = 1) => void stack.push({ fam, pos, len });
  const isOpen = (fam: Family) => lastOpen(stack, fam) >= 0;
  const close = (fam: Family, at: number, len = 1) => {
    const idx = lastOpen(stack, fam);
    if (idx < 0) return;
    // Marks left open inside were apostrophes or strays: drop them (each is popped once).
    while (stack.length > idx) {
      const o = stack.pop()!;
      if (stack.length === idx) emit(text, out, o, at, at + len, "closed", p);
    }
  };
  // Only the mark characters are acted on: the scan jumps from one to the next.
  for (let i = ps; i < pe; i++) {
    while (k < marks.length && marks[k] < i) k++;
    if (k >= marks.length || marks[k] >= pe) break;
    i = marks[k];
    const c = text[i];
    const prev = i > ps ? text[i - 1] : undefined;
    const next = i + 1 < pe ? text[i + 1] : undefined;
    // TeX-style marks in older wire copy: ``quoted'' and `quoted'.
    if (c === "`") {
      if (next === "`") push("double", i++, 2);
      else push("single", i);
      continue;
    }
    if (c === "'" && next === "'" && isOpen("double")) {
      close("double", i, 2);
      i++;
      continue;
    }
    if (c === '"') {
      const nextWord = next !== undefined && !isSpaceChar(next);
      if (isOpen("double")) {
        if (prev !== undefined && isSpaceChar(prev) && nextWord) push("double", i);
        else close("double", i);
      } else if ((prev === undefined || isSpaceChar(prev) || OPEN_CONTEXT.has(prev)) && nextWord) push("double", i);
      continue;
    }
    if (c === "'" || c === "\u2018" || c === "\u2019") {
      const alnumBefore = prev !== undefined && isAlnumChar(prev);
      const alnumAfter = next !== undefined && isAlnumChar(next);
      if (alnumBefore && alnumAfter) continue; // don't, Trump's
      if (c !== "\u2019" && (prev === undefined || isSpaceChar(prev) || OPEN_CONTEXT.has(prev)) && next !== undefined && !isSpaceChar(next)) {
        if (/\d/.test(next)) continue; // '90s
        if ((next === "n" || next === "N") && (text[i + 2] === "'" || text[i + 2] === "\u2019") && !isAlnumChar(text[i + 3] ?? "")) {
          i += 2; // rock 'n' roll
          continue;
        }
        push("single", i);
        continue;
      }
      if (c !== "\u2018" && isOpen("single") && prev !== undefined && !isSpaceChar(prev) && !alnumAfter) close("single", i);
      continue;
    }
    const of = OPENERS[c];
    if (of) {
      push(of, i);
      continue;
    }
    const cf = CLOSERS[c];
    if (cf) close(cf, i);
  }
  // A quotation left open: carried on by the next paragraph, ended with the paragraph's last
  // sentence, or cut off (a truncated text), which is not a quotation we can report.
  const first = stack.find((o) => o.fam !== "single");
  if (!first) return;
  const nextPara = paras[p + 1];
  const reopen = nextPara ? text[nextPara.start] : undefined;
  const reopens = reopen !== undefined && (OPENERS[reopen] === first.fam || (first.fam === "double" && reopen === '"') || (first.fam === "guillemet" && reopen === "\u00BB"));
  if (reopens) emit(text, out, first, pe, pe, "continued", p);
  else if (endsFinished(text, ps, pe)) emit(text, out, first, pe, pe, "para-end", p);
}

/** Index of the innermost open mark of a family, or -1. */
function lastOpen(stack: Open[], fam: Family): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].fam === fam) return i;
  return -1;
}

function emit(text: string, out: RawQuote[], o: Open, end: number, after: number, ending: Ending, para: number): void {
  let s = o.pos + o.len;
  let e = end;
  while (s < e && isSpaceChar(text[s])) s++;
  while (e > s && isSpaceChar(text[e - 1])) e--;
  if (!ALNUM.test(text.slice(s, e))) return;
  out.push({ open: o.pos, close: ending === "closed" ? end : -1, after: ending === "closed" ? after : e, start: s, end: e, family: o.fam, ending, para });
}

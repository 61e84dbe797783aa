// Tokens and sentences with exact offsets: wink-nlp's tokens, sentences, tags and lemmas (read by
// src/nlp/reader/, which gives exactly what wink's readDoc gives, several times faster). wink does not
// split on line breaks, so each line (paragraph) is tokenized as if read on its own and its
// offsets shifted into the article text.
import type { Doc, Pos } from "../doc.js";
import { lexicon, noteRead } from "./lexicon.js";
import { annotate } from "./reader/annotate.js";
import type { Lexicon } from "./reader/lexicon.js";
import { tagOf, valueOf } from "./reader/output.js";
import { tokenize as readTokens } from "./reader/tokenizer.js";
import type { RawTokens } from "./reader/types.js";
import { wordForm, wordIdOf } from "./word-ids.js";

/** Lines longer than this are read in slices so one huge line cannot stall the pipeline. */
const MAX_LINE = 200_000;

/**
 * Joins the lines read in one call (with wink-nlp's readDoc a call cost about as much as a short
 * line; the reader's calls cost less, but still allocate per call). wink's model makes it one SPACE token that no sentence-boundary or POS pattern of its model reads ("\n" is
 * skipped by the boundary patterns and "\n\n" is read by them; "\n\n\n" is neither), so every
 * pattern stops at it as at the end of a text: each line gets exactly the tokens, tags, lemmas and
 * sentences it gets when read alone. (wink also adds unknown words to its lexicon as it splits the
 * text, which joining leaves in the same order.) test/nlp/tokenize.test.ts holds this against
 * lone reading.
 */
const SEP = "\n\n\n";
/** Lines are read together up to about this many characters. */
const MAX_GROUP = 20_000;

/** What tokenize reads of one text: what wink's readDoc would give for it. */
interface WinkRead {
  /** The lexicon the text was read with (the next read may have a fresh one). */
  lex: Lexicon;
  raw: RawTokens;
  /** Sentences as [first, last] token indexes (inclusive). */
  spans: Array<[number, number]>;
}

/** Reads s with the current lexicon (asked for each read, so that one huge article cannot grow it past its bound). */
function read(s: string): WinkRead {
  const lex = lexicon();
  const raw = readTokens(s, lex);
  noteRead(s.length);
  const { sentences } = annotate(raw, lex);
  return { lex, raw, spans: sentences };
}

export function tokenize(text: string): Doc {
  const doc: Doc = { text, tokens: [], sentences: [] };
  const ls = lines(text);
  let para = 0;
  for (let k = 0; k < ls.length; ) {
    const [s, e] = ls[k];
    if (isBlank(text, s, e)) {
      k++;
      continue;
    }
    if (!joinable(text, s, e)) {
      readAlone(doc, s, e, para++);
      k++;
      continue;
    }
    const group: Array<[number, number]> = [];
    for (let size = 0; k < ls.length && size < MAX_GROUP; k++) {
      const [gs, ge] = ls[k];
      if (isBlank(text, gs, ge)) continue;
      if (!joinable(text, gs, ge)) break;
      group.push(ls[k]);
      size += ge - gs + SEP.length;
    }
    readGroup(doc, group, para);
    para += group.length;
  }
  return doc;
}

/** A line wink can read joined to others: short enough, and no blank at either end to merge with SEP. */
function joinable(text: string, start: number, end: number): boolean {
  return end - start <= MAX_LINE && !isSpaceAt(text, start) && !isSpaceAt(text, end - 1);
}

/** Reads the line text[start, end) on its own, in slices when it is longer than MAX_LINE. */
function readAlone(doc: Doc, start: number, end: number, para: number): void {
  const line = doc.text.slice(start, end);
  for (let off = 0; off < line.length; ) {
    const cut = sliceEnd(line, off);
    const part = line.slice(off, cut);
    const r = read(part);
    addLine(doc, part, start + off, r, 0, r.raw.count, r.spans, para);
    off = cut;
  }
}

/** Where the slice of line from off ends: MAX_LINE on, moved back to a space when one is near, never inside a surrogate pair. */
function sliceEnd(line: string, off: number): number {
  let cut = off + MAX_LINE;
  if (cut >= line.length) return line.length;
  const space = line.lastIndexOf(" ", cut - 1);
  if (space > cut - 1000 && space > off) return space + 1;
  const c = line.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut;
}

/** Reads the lines together, SEP between them, and adds each line's share of the tokens. */
function readGroup(doc: Doc, group: Array<[number, number]>, para: number): void {
  const parts = group.map(([s, e]) => doc.text.slice(s, e));
  const r = read(parts.join(SEP));
  const ends = lineEnds(r, parts.length);
  if (!ends) {
    // Not the one SEP token per joint this relies on: read each line alone.
    for (let j = 0; j < group.length; j++) readAlone(doc, group[j][0], group[j][1], para + j);
    return;
  }
  let from = 0;
  let sp = 0;
  for (let j = 0; j < parts.length; j++) {
    const to = ends[j];
    // The sentences over the line's tokens, cut at its ends and counted from its first token.
    while (sp < r.spans.length && r.spans[sp][1] < from) sp++;
    const spans: Array<[number, number]> = [];
    for (let q = sp; q < r.spans.length && r.spans[q][0] < to; q++) {
      const a = Math.max(r.spans[q][0], from);
      const b = Math.min(r.spans[q][1], to - 1);
      if (b >= a) spans.push([a - from, b - from]);
    }
    addLine(doc, parts[j], group[j][0], r, from, to, spans, para + j);
    from = to + 1;
  }
}

/**
 * Where each of n joined lines' tokens end (the index of the SEP after it), or null when the
 * tokens at line breaks are not exactly n - 1 SEP tokens. Lines hold no "\n" and joinable lines
 * no blank at their ends, so only a token starting or ending at a joint can hold one.
 */
function lineEnds(r: WinkRead, n: number): number[] | null {
  const ends: number[] = [];
  const count = r.raw.count;
  for (let i = 0; i < count; i++) {
    const v = valueOf(r.raw, r.lex, i);
    if (v.charCodeAt(0) !== 10 && v.charCodeAt(v.length - 1) !== 10) continue;
    if (v !== SEP) return null;
    ends.push(i);
  }
  if (ends.length !== n - 1) return null;
  ends.push(count);
  return ends;
}

/**
 * Adds the tokens [from, to) of r, which are those of the line text `part` starting at `base` in
 * the article, and their sentences (`spans`, counted from token `from`), to doc.
 */
function addLine(doc: Doc, part: string, base: number, r: WinkRead, from: number, to: number, spans: Array<[number, number]>, para: number): void {
  const { text, tokens, sentences } = doc;
  const firstTok = tokens.length;
  let cursor = 0;
  for (let i = from; i < to; i++) {
    const v = valueOf(r.raw, r.lex, i);
    const tag = tagOf(r.raw, r.lex, i);
    // Most tokens follow the previous one after a few spaces: compare in place before searching
    // (no earlier match can start on a space when the token does not).
    let found = skipBlanks(part, cursor);
    if (v.length === 0 || v.charCodeAt(0) === 32 || !startsAt(part, v, found)) found = part.indexOf(v, cursor);
    let at = found;
    // wink may normalize a token's text; fall back to the next non-space run.
    if (at < 0 || at - cursor > 64) at = skipSpace(part, cursor);
    const len = at === found ? v.length : Math.max(1, nextSpace(part, at) - at);
    const start = base + at;
    const end = Math.min(base + part.length, start + len);
    cursor = end - base;
    // wink's own string is the surface when found whole, which spares a copy of it.
    const surface = at === found && end - start === v.length ? v : text.slice(start, end);
    const wid = wordIdOf(surface);
    const lower = wordForm(wid);
    tokens.push({ start, end, text: surface, lower, wid, lemma: r.lex.lemma(r.raw, i), pos: tag as Pos, sent: -1 });
  }
  for (const [a, b] of spans) {
    const first = firstTok + a;
    const last = firstTok + b + 1;
    if (first >= tokens.length || last <= first) continue;
    const si = sentences.length;
    for (let k = first; k < last && k < tokens.length; k++) tokens[k].sent = si;
    sentences.push({ start: tokens[first].start, end: tokens[Math.min(last, tokens.length) - 1].end, first, last: Math.min(last, tokens.length), para });
  }
  // Tokens wink left outside any sentence join the last one.
  for (let k = firstTok; k < tokens.length; k++) {
    if (tokens[k].sent >= 0) continue;
    if (!sentences.length || sentences[sentences.length - 1].para !== para) {
      sentences.push({ start: tokens[k].start, end: tokens[k].end, first: k, last: k + 1, para });
    }
    const s = sentences[sentences.length - 1];
    tokens[k].sent = sentences.length - 1;
    s.last = Math.max(s.last, k + 1);
    s.end = Math.max(s.end, tokens[k].end);
  }
}

/** True when text[start, end) holds only whitespace (what trim() removes). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}


// Native searches: a regular expression scan of the whole text cost more than the line split.
/** True when text breaks lines with \r, U+2028 or U+2029 too. */
function hasOtherBreaks(text: string): boolean {
  return text.indexOf("\r") >= 0 || text.indexOf("\u2028") >= 0 || text.indexOf("\u2029") >= 0;
}

/** [start, end) of every line, without the line break. */
export function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  if (!hasOtherBreaks(text)) {
    // Only \n breaks lines: the native search skips to each one.
    let start = 0;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", start)) {
      out.push([start, i]);
      start = i + 1;
    }
    out.push([start, n]);
    return out;
  }
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 13 && c < 0x2028) continue;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      out.push([start, i]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push([start, n]);
  return out;
}

/** s.startsWith(v, at), compared in place for the short strings most tokens are. */
function startsAt(s: string, v: string, at: number): boolean {
  const n = v.length;
  if (n > 12) return s.startsWith(v, at);
  if (at + n > s.length) return false;
  for (let k = 0; k < n; k++) if (s.charCodeAt(at + k) !== v.charCodeAt(k)) return false;
  return true;
}

function skipBlanks(s: string, i: number): number {
  while (s.charCodeAt(i) === 32) i++;
  return i;
}

/** /\s/.test(s[i]), without the regular expression for an ASCII character. */
export function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(s[i]);
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
}

function nextSpace(s: string, i: number): number {
  while (i < s.length && !/\s/.test(s[i])) i++;
  return i;
}

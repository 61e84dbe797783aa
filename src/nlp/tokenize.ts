// Tokens and sentences with exact offsets. wink-nlp does not split on line breaks, so each
// line (paragraph) is read on its own and its offsets shifted into the article text.
import type { Doc, Pos, Sentence, Token } from "../doc.js";
import { wink } from "./wink.js";

/** Lines longer than this are read in slices so one huge line cannot stall the pipeline. */
const MAX_LINE = 200_000;

export function tokenize(text: string): Doc {
  const nlp = wink();
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let para = 0;
  for (const [lineStart, lineEnd] of lines(text)) {
    const line = text.slice(lineStart, lineEnd);
    if (!line.trim()) continue;
    for (let off = 0; off < line.length; off += MAX_LINE) {
      const part = line.slice(off, off + MAX_LINE);
      const base = lineStart + off;
      const wd = nlp.readDoc(part);
      const col = wd.tokens();
      const values = col.out(its.value) as string[];
      const tags = col.out(its.pos) as string[];
      const lemmas = lemmatize(col, tags);
      const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
      const firstTok = tokens.length;
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        // Most tokens follow the previous one after a few spaces: compare in place before searching
        // (no earlier match can start on a space when the token does not).
        let found = skipBlanks(part, cursor);
        if (v.length === 0 || v.charCodeAt(0) === 32 || !part.startsWith(v, found)) found = part.indexOf(v, cursor);
        let at = found;
        // wink may normalize a token's text; fall back to the next non-space run.
        if (at < 0 || at - cursor > 64) at = skipSpace(part, cursor);
        const len = at === found ? v.length : Math.max(1, nextSpace(part, at) - at);
        const start = base + at;
        const end = Math.min(base + part.length, start + len);
        cursor = end - base;
        // wink's own string is the surface when found whole, which spares a copy of it.
        const surface = at === found && end - start === v.length ? v : text.slice(start, end);
        const lower = surface.toLowerCase();
        tokens.push({ start, end, text: surface, lower, lemma: lemmas[i] ?? lower, pos: (tags[i] ?? "X") as Pos, sent: -1 });
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
    para++;
  }
  return { text, tokens, sentences };
}

// Lemmatizing is wink's costliest step and depends only on the normal form and the tag, so
// lemmas are memoized per (tag, normal) and wink is asked only on a miss. The memo is keyed by
// the normal form; its entry lists tag, lemma, tag, lemma ... (a word takes few tags).
const lemmaMemo = new Map<string, string[]>();
let memoSize = 0;
const MEMO_CAP = 200_000;

type WinkTokens = ReturnType<ReturnType<ReturnType<typeof wink>["readDoc"]>["tokens"]>;

function lemmatize(col: WinkTokens, tags: string[]): string[] {
  const its = wink().its;
  const normals = col.out(its.normal) as string[];
  const out = new Array<string>(normals.length);
  for (let i = 0; i < normals.length; i++) {
    const tag = tags[i];
    let byTag = lemmaMemo.get(normals[i]);
    let lemma: string | undefined;
    if (byTag !== undefined) {
      for (let k = 0; k < byTag.length; k += 2) {
        if (byTag[k] === tag) {
          lemma = byTag[k + 1];
          break;
        }
      }
    }
    if (lemma === undefined) {
      lemma = col.itemAt(i).out(its.lemma as never) as unknown as string;
      if (memoSize >= MEMO_CAP) {
        lemmaMemo.clear();
        memoSize = 0;
        byTag = undefined;
      }
      if (byTag === undefined) lemmaMemo.set(normals[i], (byTag = []));
      byTag.push(tag, lemma);
      memoSize++;
    }
    out[i] = lemma;
  }
  return out;
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

// The time grammar's own word split: letter runs, digit runs and single other characters, with
// exact offsets. Finer than wink's tokens ("90-day" is 90 / - / day) so patterns stay simple.
import type { Token } from "../doc.js";
import type { WordFilter } from "../nlp/word-filter.js";
import { WordColumn } from "../nlp/word-ids.js";

/** One word as a plain object (tests and debugging; the scan reads the columns of Words). */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased surface. */
  l: string;
  /** Surface text. */
  t: string;
  /** True when whitespace (or the text start) precedes the word. */
  sp: boolean;
  kind: "alpha" | "num" | "punct";
  /**
   * False when the start-word filter given to splitWords rules the (lower-cased) word out; true
   * for numbers and for words split without a filter.
   */
  mayStart: boolean;
  /** The word id (Token.wid) of the token the word is, or -1 when it is no whole token. */
  wid: number;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

const ALPHA = 1, NUM = 2, PUNCT = 3, WS = 0;

/** The class of each ASCII character: letters, digits, the four blanks, the rest punctuation. */
const ASCII = new Uint8Array(128).fill(PUNCT);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) ASCII[c] = ALPHA;
  else if (c >= 48 && c <= 57) ASCII[c] = NUM;
  else if (c === 32 || c === 10 || c === 13 || c === 9) ASCII[c] = WS;
}

/** The class of each UTF-16 code unit from 128 up, plus one (0 until asked): curly quotes and
 * dashes recur in every article, and the class of one is found once, not per occurrence. */
const WIDE = new Uint8Array(0x10000);

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c];
  const known = WIDE[c];
  if (known !== 0) return known - 1;
  // A lone half of a surrogate pair is neither a letter nor a space: its class is fixed too.
  const ch = text[i];
  const k = LETTER.test(ch) ? ALPHA : SPACE.test(ch) ? WS : PUNCT;
  WIDE[c] = k + 1;
  return k;
}

export type WordKind = "alpha" | "num" | "punct";

const KIND_NAMES: readonly WordKind[] = ["punct", "alpha", "num", "punct"];
const SPACED = 1, MAY_START = 2;
/** Columns longer than this (a text of some 200 kB) are not kept from one text to the next. */
const KEEP_WORDS = 1 << 16;

/**
 * The words of a text as columns indexed by word: offsets, class, spacing, the start-filter
 * verdict and the whole token each word is (if any). Their strings are made only when asked:
 * a word that is a whole token answers with the token's strings, any other is sliced (and
 * lower-cased) once. One Words can be filled again for the next text (see splitWords).
 */
export class Words {
  /** The number of words. */
  n = 0;
  private text = "";
  private tokens: readonly Token[] = [];
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Index in tokens of the token the word is, or -1 when it is no whole token. */
  private toks = new Int32Array(64);
  private kinds = new Uint8Array(64);
  private flags = new Uint8Array(64);
  /** Surfaces and lower-cased forms of words that are no whole token, once asked. */
  private surfaces: Array<string | undefined> = [];
  private lowers: Array<string | undefined> = [];
  /** The words whose strings were asked (few are), to empty just those for the next text. */
  private asked: number[] = [];

  start(i: number): number { return this.starts[i]; }
  end(i: number): number { return this.ends[i]; }
  /** The length of word i's surface, 0 past the ends. */
  len(i: number): number { return i >= 0 && i < this.n ? this.ends[i] - this.starts[i] : 0; }
  kind(i: number): WordKind | undefined { return i >= 0 && i < this.n ? KIND_NAMES[this.kinds[i]] : undefined; }
  isNum(i: number): boolean { return i >= 0 && i < this.n && this.kinds[i] === NUM; }
  isAlpha(i: number): boolean { return i >= 0 && i < this.n && this.kinds[i] === ALPHA; }
  /** True when whitespace (or the text start) precedes word i. */
  sp(i: number): boolean { return (this.flags[i] & SPACED) !== 0; }
  /** False when the start-word filter given to splitWords rules the word out (see Word). */
  mayStart(i: number): boolean { return (this.flags[i] & MAY_START) !== 0; }
  /** The word id (Token.wid) of the token word i is, or -1 when it is no whole token. */
  wid(i: number): number { const k = this.toks[i]; return k >= 0 ? this.tokens[k].wid : -1; }

  /** Surface text of word i, "" past the ends. */
  t(i: number): string {
    if (i < 0 || i >= this.n) return "";
    const k = this.toks[i];
    if (k >= 0) return this.tokens[k].text;
    let s = this.surfaces[i];
    if (s === undefined) {
      s = this.surfaces[i] = this.text.slice(this.starts[i], this.ends[i]);
      this.asked.push(i);
    }
    return s;
  }

  /** Lower-cased surface of word i, "" past the ends. */
  l(i: number): string {
    if (i < 0 || i >= this.n) return "";
    if (this.kinds[i] !== ALPHA) return this.t(i);
    const k = this.toks[i];
    if (k >= 0) return this.tokens[k].lower;
    return (this.lowers[i] ??= this.t(i).toLowerCase());
  }

  /** The first UTF-16 code unit of word i, 0 past the ends. */
  firstCode(i: number): number { return i >= 0 && i < this.n ? this.text.charCodeAt(this.starts[i]) : 0; }

  /** The number a digit word spells (as Number() reads it). */
  value(i: number): number { return Number(this.t(i)); }

  /** Word i as an object. */
  word(i: number): Word {
    return { start: this.starts[i], end: this.ends[i], l: this.l(i), t: this.t(i), sp: this.sp(i), kind: this.kind(i)!, mayStart: this.mayStart(i), wid: this.wid(i) };
  }

  /** Every word as an object. */
  list(): Word[] {
    const out: Word[] = [];
    for (let i = 0; i < this.n; i++) out.push(this.word(i));
    return out;
  }

  /** Empties the columns for a new text. */
  reset(text: string, tokens: readonly Token[]): void {
    this.text = text;
    this.tokens = tokens;
    const asked = this.asked;
    for (let k = 0; k < asked.length; k++) this.surfaces[asked[k]] = this.lowers[asked[k]] = undefined;
    asked.length = 0;
    this.n = 0;
  }

  /** Appends a word. */
  push(start: number, end: number, kind: number, spaced: boolean, tok: number): number {
    const i = this.n;
    if (i === this.starts.length) this.grow();
    if (i === this.surfaces.length) {
      // Kept as long as the columns and packed, so that asking a word's strings never leaves holes.
      this.surfaces.push(undefined);
      this.lowers.push(undefined);
    }
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.toks[i] = tok;
    this.flags[i] = spaced ? SPACED | MAY_START : MAY_START;
    this.n = i + 1;
    return i;
  }

  ruleOut(i: number): void { this.flags[i] &= ~MAY_START; }

  /**
   * Lets go of the text, the tokens and the strings of the last words. The columns stay for the
   * next text unless a very long one grew them: those are given back.
   */
  release(): void {
    this.reset("", []);
    if (this.starts.length > KEEP_WORDS) {
      this.starts = new Int32Array(64);
      this.ends = new Int32Array(64);
      this.toks = new Int32Array(64);
      this.kinds = new Uint8Array(64);
      this.flags = new Uint8Array(64);
      this.surfaces = [];
      this.lowers = [];
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const widen = <A extends Int32Array | Uint8Array>(a: A, b: A): A => { b.set(a); return b; };
    this.starts = widen(this.starts, new Int32Array(size));
    this.ends = widen(this.ends, new Int32Array(size));
    this.toks = widen(this.toks, new Int32Array(size));
    this.kinds = widen(this.kinds, new Uint8Array(size));
    this.flags = widen(this.flags, new Uint8Array(size));
  }
}

/**
 * The words of text. With the text's tokens (sorted, as a Doc holds them), a word that is a whole
 * token answers with the token's strings instead of copies of its own. With a filter of the words
 * that can start a pattern, each word is tested against it here, from the characters being read,
 * so that the scan need not read the strings of the many words it rules out. Given `into`, the
 * words are written there (its earlier words are dropped) instead of into a new Words.
 */
export function splitWords(text: string, tokens: readonly Token[] = [], starts?: WordFilter, into: Words = new Words()): Words {
  const out = into;
  out.reset(text, tokens);
  RUNS.sync();
  let tk = 0;
  let prevEnd = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII[c] : classOf(text, i);
    if (k === WS) { i++; continue; }
    while (tk < tokens.length && tokens[tk].start < i) tk++;
    let j = i + 1;
    let ascii = c < 128;
    const run = ascii && (k === ALPHA || k === NUM) && tk < tokens.length && tokens[tk].start === i ? tokenRunEnd(text, tokens[tk], k) : -1;
    if (run > 0) j = run;
    else if (k === ALPHA || k === NUM) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (ASCII[d] !== k) break;
        } else {
          if (classOf(text, j) !== k) break;
          ascii = false;
        }
        j++;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) j++; // keep surrogate pairs whole
    const whole = tk < tokens.length && tokens[tk].start === i && tokens[tk].end === j;
    const w = out.push(i, j, k, i !== prevEnd, whole ? tk : -1);
    // Lower-casing keeps an ASCII word's length and lowers A-Z only.
    if (starts && k !== NUM && !(ascii ? starts.mayHaveCodes(lowerAscii(c), lowerAscii(text.charCodeAt(j - 1)), j - i) : starts.mayHave(out.l(w)))) out.ruleOut(w);
    prevEnd = j;
    i = j;
  }
  return out;
}

/**
 * For each word id, the class (ALPHA or NUM) of its lower-case form when that form is one run of
 * ASCII letters or of digits, else WS: such a token is read as a word without its characters.
 */
const RUNS = new WordColumn<number>();

/**
 * The end of the word starting at tok (whose first character, ASCII, is of class k) when the word
 * is the whole token, read off the token's form; -1 when the characters must be read. A form of
 * ASCII letters may come from a text that is not all ASCII (the Kelvin sign lower-cases to "k"):
 * its class and length are the same, and its first and last characters are checked to be ASCII,
 * as the start filter is asked with them.
 */
function tokenRunEnd(text: string, tok: Token, k: number): number {
  const lower = tok.lower;
  let run = RUNS.get(tok.wid, lower);
  if (run === undefined) RUNS.set(tok.wid, lower, (run = asciiRun(lower)));
  const end = tok.end;
  if (run !== k || end - tok.start !== lower.length || text.charCodeAt(end - 1) >= 128) return -1;
  // The run must stop where the token does ("can" of "cannot" is no word).
  if (end < text.length && classOf(text, end) === k) return -1;
  return end;
}

/** ALPHA or NUM when w is one run of ASCII letters or of digits, else WS. */
function asciiRun(w: string): number {
  const c = w.charCodeAt(0);
  const k = c < 128 ? ASCII[c] : WS;
  if (k !== ALPHA && k !== NUM) return WS;
  for (let i = 1; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if (d >= 128 || ASCII[d] !== k) return WS;
  }
  return k;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

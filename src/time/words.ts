// The time grammar's own word split: letter runs, digit runs and single other characters, with
// exact offsets. Finer than wink's tokens ("90-day" is 90 / - / day) so patterns stay simple.
import type { Token } from "../doc.js";
import type { WordFilter } from "../nlp/word-filter.js";

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

/**
 * The words of text. With the text's tokens (sorted, as a Doc holds them), a word that is a whole
 * token takes the token's strings instead of copies of its own. With a filter of the words that
 * can start a pattern, each word is tested against it here, from the characters being read, so
 * that the scan need not read the strings of the many words it rules out.
 */
export function splitWords(text: string, tokens: readonly Token[] = [], starts?: WordFilter): Word[] {
  const out: Word[] = [];
  let tk = 0;
  let prevEnd = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII[c] : classOf(text, i);
    if (k === WS) { i++; continue; }
    let j = i + 1;
    let ascii = c < 128;
    if (k === ALPHA || k === NUM) {
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
    while (tk < tokens.length && tokens[tk].start < i) tk++;
    const tok = tk < tokens.length && tokens[tk].start === i && tokens[tk].end === j ? tokens[tk] : null;
    const t = tok ? tok.text : text.slice(i, j);
    const l = k !== ALPHA ? t : tok ? tok.lower : t.toLowerCase();
    let mayStart = true;
    // Lower-casing keeps an ASCII word's length and lowers A-Z only.
    if (starts && k !== NUM) mayStart = ascii ? starts.mayHaveCodes(lowerAscii(c), lowerAscii(text.charCodeAt(j - 1)), j - i) : starts.mayHave(l);
    out.push({ start: i, end: j, l, t, sp: i !== prevEnd, kind: k === ALPHA ? "alpha" : k === NUM ? "num" : "punct", mayStart, wid: tok ? tok.wid : -1 });
    prevEnd = j;
    i = j;
  }
  return out;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

// The time grammar's own word split: letter runs, digit runs and single other characters, with
// exact offsets. Finer than wink's tokens ("90-day" is 90 / - / day) so patterns stay simple.
import type { Token } from "../doc.js";

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

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c];
  const ch = text[i];
  if (LETTER.test(ch)) return ALPHA;
  if (SPACE.test(ch)) return WS;
  return PUNCT;
}

/**
 * The words of text. With the text's tokens (sorted, as a Doc holds them), a word that is a whole
 * token takes the token's strings instead of copies of its own.
 */
export function splitWords(text: string, tokens: readonly Token[] = []): Word[] {
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
    if (k === ALPHA || k === NUM) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d < 128 ? ASCII[d] : classOf(text, j)) !== k) break;
        j++;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) j++; // keep surrogate pairs whole
    while (tk < tokens.length && tokens[tk].start < i) tk++;
    const tok = tk < tokens.length && tokens[tk].start === i && tokens[tk].end === j ? tokens[tk] : null;
    const t = tok ? tok.text : text.slice(i, j);
    const l = k !== ALPHA ? t : tok ? tok.lower : t.toLowerCase();
    out.push({ start: i, end: j, l, t, sp: i !== prevEnd, kind: k === ALPHA ? "alpha" : k === NUM ? "num" : "punct" });
    prevEnd = j;
    i = j;
  }
  return out;
}

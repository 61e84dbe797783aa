// The time grammar's own word split: letter runs, digit runs and single other characters, with
// exact offsets. Finer than wink's tokens ("90-day" is 90 / - / day) so patterns stay simple.

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

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return ALPHA;
  if (c >= 48 && c <= 57) return NUM;
  if (c === 32 || c === 10 || c === 13 || c === 9) return WS;
  if (c < 128) return PUNCT;
  const ch = text[i];
  if (LETTER.test(ch)) return ALPHA;
  if (SPACE.test(ch)) return WS;
  return PUNCT;
}

export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text, i);
    if (k === WS) { i++; continue; }
    let j = i + 1;
    if (k === ALPHA || k === NUM) while (j < n && classOf(text, j) === k) j++;
    else if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && j < n) j++; // keep surrogate pairs whole
    const t = text.slice(i, j);
    out.push({ start: i, end: j, l: k === ALPHA ? t.toLowerCase() : t, t, sp: i !== prevEnd, kind: k === ALPHA ? "alpha" : k === NUM ? "num" : "punct" });
    prevEnd = j;
    i = j;
  }
  return out;
}

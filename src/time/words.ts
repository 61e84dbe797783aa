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

const WORD = /\p{L}+|\p{N}+|\S/gu;

export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const s = m.index ?? 0;
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 && /^\d+$/.test(t) ? "num" : /^\p{L}/u.test(t) ? "alpha" : "punct";
    out.push({ start: s, end: s + t.length, l: t.toLowerCase(), t, sp: s !== prevEnd, kind });
    prevEnd = s + t.length;
  }
  return out;
}

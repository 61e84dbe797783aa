import type { Token } from "../doc.js";
import { lowerBound } from "./lower-bound.js";
import { stopWords } from "./word-lists.js";

// The content words of a claim, for matching claims that tell the same thing: letter runs of
// three or more, stop words (data/claims/stop-words.tsv) dropped, a plural or verb ending cut.

// Word stems are memoized (null for a stop word): the same few thousand words recur across the
// claims of an article.
const stems = new Map<string, string | null>();
const STEMS_CAP = 50_000;
const LETTER = /^\p{L}$/u;

/** The stems of the content words of s: its runs of three or more letters (code points, as
 * /\p{L}{3,}/u counts them) in lower case. */
export function words(s: string): Set<string> {
  const out = new Set<string>();
  const text = s.toLowerCase();
  const n = text.length;
  let start = -1;
  let count = 0;
  for (let i = 0; i <= n; ) {
    const width = i < n ? letterWidth(text, i) : 0;
    if (width > 0) {
      if (start < 0) { start = i; count = 0; }
      count++;
      i += width;
      continue;
    }
    if (start >= 0 && count >= 3) add(out, text.slice(start, i));
    start = -1;
    i++;
  }
  return out;
}

/** UTF-16 length of the letter at i (2 for an astral one), or 0 when text[i] starts no letter. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i]) ? 1 : 0;
}

function add(out: Set<string>, w: string): void {
  const stem = stemOf(w);
  if (stem !== null) out.add(stem);
}

/** The stem of a lower-case word, or null for a stop word. */
function stemOf(w: string): string | null {
  let stem = stems.get(w);
  if (stem === undefined) {
    stem = stopWords().has(w) ? null : w.replace(/(?:ing|ed|es|s)$/u, "");
    if (stems.size >= STEMS_CAP) stems.clear();
    stems.set(w, stem);
  }
  return stem;
}

/**
 * words(text.slice(a, b)) for spans of one tokenized text. A letter run that is exactly a token
 * of plain ASCII letters is that token's lower-case form: its stem is looked up once per token,
 * and the run is passed over without slicing it out.
 */
export class SpanWords {
  /** Per token: its stem (null for a stop word), false when the token is not plain ASCII letters. */
  private readonly stems: Array<string | null | false | undefined>;

  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {
    this.stems = new Array(tokens.length);
  }

  of(a: number, b: number): Set<string> {
    const s = this.text.slice(a, b);
    const low = s.toLowerCase();
    // Only when lower-casing keeps every offset ('İ' grows) do the tokens line up with it.
    if (low.length !== s.length) return words(s);
    const tokens = this.tokens;
    const out = new Set<string>();
    const n = low.length;
    let k = lowerBound(tokens.length, (x) => tokens[x].end <= a);
    let start = -1;
    let count = 0;
    // The token a run started with, passed over whole, or -1.
    let tok = -1;
    for (let i = 0; i <= n; ) {
      const width = i < n ? letterWidth(low, i) : 0;
      if (width > 0) {
        if (start < 0) {
          start = i;
          count = 0;
          tok = -1;
          const at = a + i;
          while (k < tokens.length && tokens[k].end <= at) k++;
          if (k < tokens.length && tokens[k].start === at && tokens[k].end <= b && this.stemAt(k) !== false) {
            tok = k;
            const len = tokens[k].end - at;
            count = len;
            i += len;
            continue;
          }
        }
        count++;
        i += width;
        continue;
      }
      if (start >= 0 && count >= 3) {
        if (tok >= 0 && a + i === tokens[tok].end) {
          const stem = this.stems[tok];
          if (typeof stem === "string") out.add(stem);
        } else add(out, low.slice(start, i));
      }
      start = -1;
      i++;
    }
    return out;
  }

  private stemAt(k: number): string | null | false {
    let stem = this.stems[k];
    if (stem === undefined) this.stems[k] = stem = isAsciiWord(this.tokens[k].lower) ? stemOf(this.tokens[k].lower) : false;
    return stem;
  }
}

/** Only letters a-z (a token's lower-case form, so the text held A-Z, a-z or the Kelvin sign). */
function isAsciiWord(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

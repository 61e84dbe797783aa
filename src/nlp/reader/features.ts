// Exact ports of three of wink-eng-lite-web-model's lexeme features (dist/feature.js, MIT,
// (C) GRAYPE Systems Private Limited), computed for every word the lexicon learns: the model's
// versions run several regular expressions (and a Unicode normalization) per word.

const HYPHEN = 45;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const PERIOD = 46;

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * lutCase: 1 for /^[a-z][a-z\-\–\—\.]*$/, else 2 for /^[A-Z][A-Z\-\–\—\.]*$/, else 3 for
 * /^[A-Z][a-z\-\–\—\.]*$/, else 0.
 */
export function lutCase(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const c0 = word.charCodeAt(0);
  const lower0 = isLower(c0);
  const upper0 = isUpper(c0);
  if (!lower0 && !upper0) return 0;
  let lowerTail = true;
  let upperTail = true;
  for (let i = 1; i < n && (lowerTail || upperTail); i++) {
    const c = word.charCodeAt(i);
    const mark = c === HYPHEN || c === EN_DASH || c === EM_DASH || c === PERIOD;
    if (!mark && !isLower(c)) lowerTail = false;
    if (!mark && !isUpper(c)) upperTail = false;
  }
  if (lower0 && lowerTail) return 1;
  if (upper0 && upperTail) return 2;
  if (upper0 && lowerTail) return 3;
  return 0;
}

/**
 * isAbbrev: 1 for /[a-z].*\.$/i. The text ends with "." and some ASCII letter (the only code
 * units [a-z] matches under the i flag without u) comes before it with no line terminator (which
 * "." does not match) in between.
 */
export function isAbbrev(word: string): number {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== PERIOD) return 0;
  for (let i = n - 2; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if (isLower(c | 32)) return 1;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return 0;
  }
  return 0;
}

const RUNS = ["", "X", "XX", "XXX", "XXXX", "", "x", "xx", "xxx", "xxxx", "", "d", "dd", "ddd", "dddd"];

/**
 * shape of an ASCII word, or null for any other. For ASCII, normalize("NFD") changes nothing and
 * no combining mark is there to drop; the model's replacements then turn each run of capitals
 * into as many "X" (at most four), each run of small letters into "x" (at most four) and each run
 * of digits into "d" (at most four): the runs of one replacement never meet those of another.
 */
export function asciiShape(word: string): string | null {
  const n = word.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const c = word.charCodeAt(i);
    if (c >= 128) return null;
    const kind = isUpper(c) ? 0 : isLower(c) ? 5 : isDigit(c) ? 10 : -1;
    if (kind < 0) {
      out += word[i++];
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = word.charCodeAt(j);
      if ((kind === 0 && !isUpper(d)) || (kind === 5 && !isLower(d)) || (kind === 10 && !isDigit(d))) break;
    }
    out += RUNS[kind + Math.min(j - i, 4)];
    i = j;
  }
  return out;
}

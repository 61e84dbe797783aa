// Token keys shared by the knowledge-base compiler and the matcher, so that a name written in
// the data and the same name read by wink land on the same trie path.

/** The trie key of one token: lower case, curly apostrophes straightened, periods dropped. */
export function tokenKey(text: string): string {
  let k = text.toLowerCase();
  if (k.length === 1) return k === "\u2019" || k === "\u2018" || k === "`" ? "'" : k;
  if (k.includes("\u2019") || k.includes("\u2018") || k.includes("`")) k = k.replace(/[\u2019\u2018`]/g, "'");
  return k.includes(".") ? k.replace(/\./g, "") : k;
}

/** The trie key of a token from its lower-case form (tokenKey without the case folding). */
export function lowerKey(k: string): string {
  if (k.length === 1) return k === "\u2019" || k === "\u2018" || k === "`" ? "'" : k;
  return needsKeying(k) ? tokenKey(k) : k;
}

/** Whether a token holds a period or an apostrophe other than "'" (one pass, no regex). */
function needsKeying(k: string): boolean {
  for (let j = 0; j < k.length; j++) {
    const c = k.charCodeAt(j);
    if (c === 46 || c === 96 || c === 0x2018 || c === 0x2019) return true;
  }
  return false;
}

/** The case-sensitive form of a token: periods dropped, apostrophes straightened. */
export function tokenExact(text: string): string {
  if (text === "." || !needsKeying(text)) return text;
  return text.replace(/[\u2019\u2018`]/g, "'").replace(/\./g, "");
}

/** `/^['\u2019]s$/.test(text)`: the possessive "'s" token. */
export function isPossessiveS(text: string): boolean {
  if (text.length !== 2 || text.charCodeAt(1) !== 115) return false;
  const c = text.charCodeAt(0);
  return c === 39 || c === 0x2019;
}

// Mirrors how wink splits a name: words (with internal periods as in "U.S."), possessive 's
// apart, every other punctuation mark alone. A character loop, so no regex can backtrack.
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  const n = name.length;
  let i = 0;
  while (i < n) {
    const c = name[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && (isWordChar(name[j]) || (name[j] === "." && j + 1 < n && isWordChar(name[j + 1])))) j++;
      if (name[j] === ".") j++;
      out.push(name.slice(i, j));
      i = j;
      continue;
    }
    if ((c === "'" || c === "\u2019") && name[i + 1] === "s" && !(i + 2 < n && isWordChar(name[i + 2]))) {
      out.push(name.slice(i, i + 2));
      i += 2;
      continue;
    }
    out.push(c);
    i++;
  }
  return out;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0";
}

function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return /[\p{L}\p{M}\p{N}]/u.test(c);
}

/** "françois" → "francois": misspelled names are often written without their accents. */
export function foldAccents(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) if (s.charCodeAt(i) >= 128) ascii = false;
  if (ascii) return s;
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** madeId() by prefix and name: an article names its made actors again and again, and news repeats them. */
const madeIds = new Map<string, Map<string, string>>();
const MADE_IDS_CAP = 20_000;

/** The id of an actor made from its name: `prefix` + slug(name) ("person:" + "jane-doe"), the same string each time. */
export function madeId(prefix: string, name: string): string {
  let byName = madeIds.get(prefix);
  if (!byName) madeIds.set(prefix, (byName = new Map()));
  let id = byName.get(name);
  if (id === undefined) {
    id = prefix + slug(name);
    if (byName.size >= MADE_IDS_CAP) byName.clear();
    byName.set(name, id);
  }
  return id;
}

export function slug(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function isCapitalized(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (c0 < 128) return c0 >= 65 && c0 <= 90;
  const c = text.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() || (c >= 0x3400 && c <= 0x9fff);
}

export function isAllCaps(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) upper = true;
      continue;
    }
    const c = text[i];
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    if (lo === up) continue;
    if (c === lo) return false;
    upper = true;
  }
  return upper;
}

/** `/^\p{Lu}/u.test(text)`, without the regex for ASCII. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** `/^\p{Ll}/u.test(text)`, without the regex for ASCII. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text);
}

/** Whether text starts with an ASCII lower-case letter or digit. */
export function lowerOrDigitStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** A token's shape for the scanner: 1 a capitalized word, 2 Han characters, 0 anything else. */
export function shapeOf(text: string): number {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return 1;
  if (c < 128) return 0;
  if (/^\p{Script=Han}/u.test(text)) return 2;
  return isCapitalized(text) && /\p{L}/u.test(text) ? 1 : 0;
}

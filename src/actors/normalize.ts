// Token keys shared by the knowledge-base compiler and the matcher, so that a name written in
// the data and the same name read by wink land on the same trie path.

/** The trie key of one token: lower case, curly apostrophes straightened, periods dropped. */
export function tokenKey(text: string): string {
  const k = text.toLowerCase().replace(/[\u2019\u2018`]/g, "'");
  if (k === ".") return k;
  return k.replace(/\./g, "");
}

/** The case-sensitive form of a token: periods dropped, apostrophes straightened. */
export function tokenExact(text: string): string {
  if (text === ".") return text;
  return text.replace(/[\u2019\u2018`]/g, "'").replace(/\./g, "");
}

// Mirrors how wink splits a name: words (with internal periods as in "U.S."), possessive 's
// apart, every other punctuation mark alone.
const NAME_TOKEN = /[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*\.?|['\u2019]s(?![\p{L}])|[^\s\p{L}\p{M}\p{N}]/gu;

export function nameTokens(name: string): string[] {
  return name.match(NAME_TOKEN) ?? [];
}

export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function isCapitalized(text: string): boolean {
  const c = text.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() || (c >= 0x3400 && c <= 0x9fff);
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

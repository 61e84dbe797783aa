// The strings src/nlp/tokenize.ts reads of a document, from raw tokens: wink-nlp's its.value,
// its.normal, its.pos and its.lemma (src/its.js; wink-nlp is MIT, (C) GRAYPE Systems Private
// Limited). They are the lexicon's own strings: nothing is cut out of the text.
import type { Lexicon } from "./lexicon.js";
import { BITS4LEMMA, POS_MASK, type RawTokens } from "./types.js";

/** its.value of token i. */
export function valueOf(tokens: RawTokens, lex: Lexicon, i: number): string {
  return lex.value(tokens.data[4 * i]);
}

/** its.pos of token i, once the tagger has set the POS numbers. */
export function tagOf(tokens: RawTokens, lex: Lexicon, i: number): string {
  return lex.posName((tokens.data[4 * i + 2] & POS_MASK) >>> BITS4LEMMA);
}

/** its.value of every token. */
export function values(tokens: RawTokens, lex: Lexicon): string[] {
  const out = new Array<string>(tokens.count);
  for (let i = 0; i < tokens.count; i++) out[i] = valueOf(tokens, lex, i);
  return out;
}

/** its.normal of every token (a contraction's expansion reads its normal from the expansion). */
export function normals(tokens: RawTokens, lex: Lexicon): string[] {
  const out = new Array<string>(tokens.count);
  const d = tokens.data;
  for (let i = 0; i < tokens.count; i++) {
    const w = d[4 * i + 1];
    out[i] = lex.value(w > 65535 ? lex.nox(w) : lex.normal(d[4 * i]));
  }
  return out;
}

/** its.pos of every token, once the tagger has set the POS numbers. */
export function tags(tokens: RawTokens, lex: Lexicon): string[] {
  const out = new Array<string>(tokens.count);
  for (let i = 0; i < tokens.count; i++) out[i] = tagOf(tokens, lex, i);
  return out;
}

/** its.lemma of token i, once the tagger has set the POS numbers. */
export function lemmaOf(tokens: RawTokens, lex: Lexicon, i: number): string {
  return lex.lemma(tokens, i);
}

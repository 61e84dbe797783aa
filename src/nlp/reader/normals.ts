// The ids wink's automata read, one per token (wink-nlp src/tokens-mappers.js
// mapRawTokens2UIdOfNormal, MIT): the normal of a contraction's expansion, else the lexeme's
// normal. Computed once per text and shared by sentences() and tag().
import type { RawTokens, ReaderLexicon } from "./types.js";

/** lex.normalUid of every token. */
export function readNormals(tokens: RawTokens, lex: ReaderLexicon): Int32Array {
  const n = tokens.count;
  const normals = new Int32Array(n);
  for (let i = 0; i < n; i++) normals[i] = lex.normalUid(tokens, i);
  return normals;
}

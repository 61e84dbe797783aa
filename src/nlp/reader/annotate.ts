// The sbd + pos part of wink-nlp's readDoc over tokens the fast tokenizer gave: the normals the
// automata read (computed once, shared by both), the sentences, and the tags written in place.
import { readNormals } from "./normals.js";
import { sentences } from "./sentences.js";
import { tag } from "./tagger.js";
import type { RawTokens, ReaderLexicon } from "./types.js";

export interface Annotation {
  /** wink's rdd.sentences as [first, last] token indexes. */
  sentences: Array<[number, number]>;
  /**
   * wink's tokens4Automata: lex.normalUid of each token (the lexeme whose value is its.normal,
   * the expansion's normal for a contraction).
   */
  normals: Int32Array;
}

/** Finds the sentences and writes each token's POS into data[4i + 2], as readDoc (pipe sbd, pos) does. */
export function annotate(tokens: RawTokens, lex: ReaderLexicon): Annotation {
  const normals = readNormals(tokens, lex);
  const spans = sentences(tokens, lex, normals);
  tag(tokens, lex, normals);
  return { sentences: spans, normals };
}

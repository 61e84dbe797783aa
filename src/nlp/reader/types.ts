// The fast reader of wink-eng-lite-web-model: tokens, sentences, POS tags, normals and lemmas
// exactly as wink-nlp's readDoc (pipe sbd + pos) gives them, without building a wink Doc.
//
// Between the tokenizer and the automata the tokens are held in wink's own raw layout (its
// rdd.tokens), four numbers per token, so both halves can be checked against wink piece by piece:
//   [4i]     lexeme index (the model's lexicon; words the model lacks are added after it, in the
//            order they are first met, as wink's cache.add does)
//   [4i + 1] preceding spaces (low 16 bits) | expansion pointer (contractions, above 16 bits)
//   [4i + 2] pos << bits4lemma | lemma (set for contractions by the tokenizer; POS by the tagger)
//   [4i + 3] negation flag (always 0 here: the negation pipe is not run)

// wink-nlp src/constants.js and the model's transformers: where the fields sit in the words above.
/** Bits of preceding spaces at the bottom of data[4i + 1]; the expansion pointer sits above them. */
export const BITS4PS = 16;
/** The expansion pointer's bits in data[4i + 1]. */
export const XN_MASK = 0x3fff0000;
/** The POS sits above the lemma in data[4i + 2]. */
export const BITS4LEMMA = 20;
export const POS_MASK = 0x3f00000;
export const LEMMA_MASK = 0xfffff;
/** The transformers' hintDelta: a token with a POS or sentence hint is read as HINT_DELTA + hint. */
export const HINT_DELTA = 1080000;

/** Raw tokens in wink's layout: `count` tokens, four numbers each, in data[0 .. 4 * count). */
export interface RawTokens {
  data: Uint32Array;
  count: number;
}

/** What the sentence splitter and the POS tagger ask of the lexicon (wink's cache, made fast). */
export interface ReaderLexicon {
  /** The id wink's automata read for token i (tokens-mappers mapRawTokens2UIdOfNormal). */
  normalUid(tokens: RawTokens, i: number): number;
  /** Token i's POS before tagging (tokens-mappers mapRawTokens2UIdOfDefaultPOS). */
  defaultPos(tokens: RawTokens, i: number): number;
  /** cache.property(lexeme, "sbdHint"), 0 when none. */
  sbdHint(lexeme: number): number;
  /** cache.property(lexeme, "posHint"), 0 when none. */
  posHint(lexeme: number): number;
  /** cache.property(lexeme, "isAbbrev") is truthy. */
  isAbbrev(lexeme: number): boolean;
  /** cache.value(lexeme).length */
  valueLength(lexeme: number): number;
  /** cache.isMemberPOS(lexeme, pos) */
  isMemberPOS(lexeme: number, pos: number): boolean;
}

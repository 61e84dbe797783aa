// wink-nlp's own tokenize step (as its readDoc runs it), built from its modules, for comparison:
// the raw tokens (rdd.tokens) and the cache they index.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface WinkCache {
  value(index: number): string;
  normal(index: number): number;
  nox(word: number): number;
  property(index: number, prop: string): number | string | null;
  isMemberPOS(index: number, pos: number): boolean;
  posOf(index: number): number;
  mappedSpelling(index: number): number;
  currentSize(): number;
}

export interface WinkTokens {
  cache: WinkCache;
  /** rdd.tokens of text, four numbers a token. */
  tokens(text: string): number[];
}

export function winkTokens(): WinkTokens {
  const DocDataWrapper = require("wink-nlp/src/dd-wrapper.js");
  const Cache = require("wink-nlp/src/cache.js");
  const tokenizer = require("wink-nlp/src/tokenizer.js");
  const compileTRex = require("wink-nlp/src/compile-trex.js");
  const theModel = require("wink-eng-lite-web-model");
  const model = theModel.core();
  const cache = Cache(model, theModel.featureFn) as WinkCache;
  const tokenize = tokenizer(compileTRex(model.trex), model.tcat.hash, model.preserve);
  return {
    cache,
    tokens(text: string): number[] {
      const rdd = Object.create(null);
      rdd.cache = cache;
      rdd.tokens = [];
      rdd.nonBreakingSpaces = Object.create(null);
      const wrapped = DocDataWrapper(rdd);
      tokenize(wrapped, text);
      wrapped.clean();
      return rdd.tokens;
    },
  };
}

// wink-nlp's readDoc (pipe sbd + pos) rebuilt from wink's own modules, giving the raw document
// data the fast reader must equal, and a ReaderLexicon answered by wink's cache (slow, exact).
import { createRequire } from "node:module";
import type { RawTokens, ReaderLexicon } from "../../../src/nlp/reader/types.js";

const require = createRequire(import.meta.url);
const W = "wink-nlp/src/";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

export interface WinkRead {
  /** The tokens as wink's tokenizer left them (before sentence boundaries and tags). */
  raw: RawTokens;
  /** wink's rdd.tokens after tagging. */
  tagged: number[];
  /** wink's rdd.sentences as [start, end]. */
  sentences: Array<[number, number]>;
  /** wink's tokens4Automata (mapRawTokens2UIdOfNormal). */
  normals: number[];
}

export interface WinkReference {
  read(text: string): WinkRead;
  lexicon: ReaderLexicon;
  cache: Any;
}

export function winkReference(): WinkReference {
  const DocDataWrapper = require(W + "dd-wrapper.js");
  const Cache = require(W + "cache.js");
  const tokenizer = require(W + "tokenizer.js");
  const compileTRex = require(W + "compile-trex.js");
  const mappers = require(W + "tokens-mappers.js");
  const constants = require(W + "constants.js");
  const fsm = require(W + "automaton.js");
  const theModel = require("wink-eng-lite-web-model");
  const model = theModel.core();
  const cache = Cache(model, theModel.featureFn);
  const tokenize = tokenizer(compileTRex(model.trex), model.tcat.hash, model.preserve);
  const sbdModel = theModel.sbd();
  const sbdAutomata = sbdModel.machines.map((m: string) => {
    const a = fsm(cache);
    a.importJSON(m);
    return a;
  });
  const posModel = theModel.pos();
  const posAutomata = posModel.machines.map((m: string) => {
    const a = fsm(cache, cache.value(0));
    a.importJSON(m);
    return a;
  });

  function read(text: string): WinkRead {
    const rdd: Any = Object.create(null);
    rdd.cache = cache;
    rdd.wordVectors = null;
    rdd.tokens = [];
    rdd.sentences = [];
    rdd.markings = [];
    rdd.currPipe = { sbd: true, pos: true };
    rdd.nonBreakingSpaces = Object.create(null);
    const wrapped = DocDataWrapper(rdd);
    tokenize(wrapped, text);
    const raw: RawTokens = { data: Uint32Array.from(rdd.tokens as number[]), count: rdd.tokens.length / 4 };
    rdd.numOfTokens = rdd.tokens.length / 4;
    rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
    const normals = mappers.mapRawTokens2UIdOfNormal(rdd);
    let px = null;
    for (let i = 0; i < sbdAutomata.length; i++) {
      sbdAutomata[i].setPatternSwap(px);
      px = sbdAutomata[i].recognize(normals, sbdModel.transformers[i], rdd.tokens);
    }
    sbdModel.setter(px, rdd);
    const posTags = mappers.mapRawTokens2UIdOfDefaultPOS(rdd);
    for (let i = 0; i < posAutomata.length; i++) {
      px = posAutomata[i].recognize(posTags, posModel.transformers[0], rdd.tokens);
      posModel.updater(px, cache, posTags, normals);
    }
    posModel.setter(rdd, posTags, 4, constants.bits4lemma);
    wrapped.clean?.();
    return {
      raw,
      tagged: rdd.tokens,
      sentences: rdd.sentences.map((s: number[]) => [s[0], s[1]] as [number, number]),
      normals,
    };
  }

  const posMask = constants.posMask;
  const lexicon: ReaderLexicon = {
    normalUid(tokens, i) {
      const d = tokens.data;
      return d[4 * i + 1] > 65535 ? cache.nox(d[4 * i + 1]) : cache.normal(d[4 * i]);
    },
    defaultPos(tokens, i) {
      const d = tokens.data;
      const p = d[4 * i + 2];
      return p === 0 ? cache.posOf(cache.mappedSpelling(d[4 * i])) || 8 : (p & posMask) >>> constants.bits4lemma;
    },
    sbdHint: (l) => cache.property(l, "sbdHint") || 0,
    posHint: (l) => cache.property(l, "posHint") || 0,
    isAbbrev: (l) => !!cache.property(l, "isAbbrev"),
    valueLength: (l) => cache.value(l).length,
    isMemberPOS: (l, pos) => cache.isMemberPOS(l, pos),
  };
  return { read, lexicon, cache };
}

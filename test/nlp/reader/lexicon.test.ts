import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { Lexicon } from "../../../src/nlp/reader/lexicon.js";
import { tokenize } from "../../../src/nlp/reader/tokenizer.js";
import { SENTENCES } from "./pieces.js";
import { winkTokens, type WinkCache } from "./wink-tokens.js";

const require = createRequire(import.meta.url);
const mappers = require("wink-nlp/src/tokens-mappers.js");

const PROPERTIES = ["prefix", "suffix", "lutCase", "shape", "isAbbrev", "lexemeCID", "pos", "tokenType", "nerHint", "sbdHint", "posHint", "lemma", "normal", "isSPoS", "isBaseForm", "isSLemma", "isContraction", "isStopWord", "isNonEOS", "isSpellingMapped", "noSuchProperty"];

/** Every question the automata ask of a lexeme, answered by wink's cache and by the Lexicon. */
function sameAnswers(cache: WinkCache, lex: Lexicon, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    assert.equal(lex.value(i), cache.value(i), `value ${i}`);
    assert.equal(lex.normal(i), cache.normal(i), `normal ${i} (${cache.value(i)})`);
    assert.equal(lex.mappedSpelling(i), cache.mappedSpelling(i), `mappedSpelling ${i}`);
    assert.equal(lex.posOf(i), cache.posOf(i), `posOf ${i} (${cache.value(i)})`);
    assert.equal(lex.sbdHint(i), cache.property(i, "sbdHint") || 0, `sbdHint ${i}`);
    assert.equal(lex.posHint(i), cache.property(i, "posHint") || 0, `posHint ${i}`);
    assert.equal(lex.isAbbrev(i), Boolean(cache.property(i, "isAbbrev")), `isAbbrev ${i} (${cache.value(i)})`);
    assert.equal(lex.valueLength(i), cache.value(i).length);
    for (let p = 0; p < 20; p++) assert.equal(lex.isMemberPOS(i, p), cache.isMemberPOS(i, p), `isMemberPOS ${i} ${p}`);
    for (const prop of PROPERTIES) assert.equal(lex.property(i, prop), cache.property(i, prop), `${prop} of ${i} (${JSON.stringify(cache.value(i))})`);
  }
}

test("the model's lexemes answer as wink's cache answers", () => {
  const ref = winkTokens();
  const lex = new Lexicon();
  assert.equal(lex.size, ref.cache.currentSize() + 1);
  sameAnswers(ref.cache, lex, 0, lex.size);
});

test("learned words get wink's indexes and features, and the automata's ids and default POS are wink's", () => {
  const ref = winkTokens();
  const lex = new Lexicon();
  const start = lex.size;
  const odd = ["Qlorvane qlorvane QLORVANE Qlorvanes' Blintro-Qlorvane, xx.yy.zz Ab.Cd.", "Ab1234cd5EFGHIJ ABC-def.ghi X.Y.Z. x.y. a–b—c.", "Çà-ça Ǆemal ǅemal İstanbul ſtreet Kelvin\u212A ñandú naïve Ω-ωmega"];
  const texts = [...SENTENCES, ...SENTENCES.map((s) => s.toUpperCase()), ...odd];
  for (const text of texts) {
    const want = ref.tokens(text);
    const got = tokenize(text, lex);
    assert.equal(lex.size, ref.cache.currentSize() + 1, "lexicon size");
    const rdd = { tokens: want, cache: ref.cache, numOfTokens: want.length / 4 };
    const uids: number[] = mappers.mapRawTokens2UIdOfNormal(rdd);
    const pos: number[] = mappers.mapRawTokens2UIdOfDefaultPOS(rdd);
    for (let i = 0; i < got.count; i++) {
      assert.equal(lex.normalUid(got, i), uids[i], `normal id of token ${i} in ${JSON.stringify(text)}`);
      assert.equal(lex.defaultPos(got, i), pos[i], `default POS of token ${i} in ${JSON.stringify(text)}`);
    }
  }
  assert.ok(lex.size - start > 50, `learned ${lex.size - start} words`);
  sameAnswers(ref.cache, lex, start, lex.size);
});

test("size is the index the next new word gets, so a grown Lexicon can be replaced by a fresh one", () => {
  const lex = new Lexicon();
  tokenize(SENTENCES.join(" "), lex);
  const size = lex.size;
  const probe = tokenize("Vrelqzonk", lex);
  assert.equal(probe.data[0], size);
  const fresh = new Lexicon();
  const a = tokenize(SENTENCES[1], fresh);
  const b = tokenize(SENTENCES[1], new Lexicon());
  assert.deepEqual(Array.from(a.data.subarray(0, 4 * a.count)), Array.from(b.data.subarray(0, 4 * b.count)));
});

test("a lexeme is found by its place in a text", () => {
  const lex = new Lexicon();
  const text = "xx the yy";
  const the = lex.indexOf("the");
  assert.ok(the > 0);
  assert.equal(lex.value(the), "the");
  let h = 0x811c9dc5 | 0;
  for (let i = 3; i < 6; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  assert.equal(lex.find(text, 3, 6, h), the);
  assert.equal(lex.indexOf("qqqzzzxxx"), -1);
  assert.equal(lex.lookup("qqqzzzxxx"), null);
  assert.ok((lex.lookup("can't") ?? []).length >= 8, "a contraction looks up as its expansions");
});

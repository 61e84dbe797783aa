import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { splitWords } from "../../src/time/words.js";
import { WordFilter } from "../../src/nlp/word-filter.js";
import { tokenize } from "../../src/nlp/tokenize.js";

const START = new WordFilter(["monday", "the", "q1", "'", "’", "march", "i̇stanbul", "été"]);

test("time words: letter runs, digit runs and single other characters, with exact offsets", () => {
  const text = "On Monday, the 90-day TRUCE ended at 9:30.";
  const words = splitWords(text, tokenize(text).tokens, START);
  assert.deepEqual(words.map((w) => w.t), ["On", "Monday", ",", "the", "90", "-", "day", "TRUCE", "ended", "at", "9", ":", "30", "."]);
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.t);
  assert.deepEqual(words.filter((w) => w.mayStart).map((w) => w.l), ["monday", "the", "90", "9", "30"]);
});

test("time words: the start filter is asked as if of the lower-cased word, whatever the script", () => {
  const text = "MARCH Été İSTANBUL ’90s Q1 ÉTÉ 𝒜 the";
  for (const w of splitWords(text, [], START)) {
    assert.equal(w.mayStart, w.kind === "num" || START.mayHave(w.l), w.t);
  }
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
    const plain = splitWords(s);
    const filtered = splitWords(s, [], START);
    assert.equal(filtered.length, plain.length);
    for (let k = 0; k < plain.length; k++) {
      assert.equal(plain[k].mayStart, true);
      assert.deepEqual({ ...filtered[k], mayStart: true }, plain[k]);
      assert.equal(filtered[k].mayStart, plain[k].kind === "num" || START.mayHave(plain[k].l));
    }
  }), { numRuns: 1500 });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { WordFilter } from "../../src/nlp/word-filter.js";

test("word filter: never rules out a word of the set, and rules out most others", () => {
  const words = ["said", "told", "according", "q1", "'", "’", "mid-year", "été", "日本", "a".repeat(40)];
  const f = new WordFilter(words);
  for (const w of words) assert.ok(f.mayHave(w), w);
  assert.equal(f.mayHave("salt"), false);
  assert.equal(f.mayHave("sand"), true); // same first and last letters and length as "said": only a lookup tells
  assert.equal(f.mayHave("tolds"), false);
  assert.equal(f.mayHave("x"), false);
});

test("word filter: a 'no' is always right", () => {
  fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 30 }), fc.string({ minLength: 1, maxLength: 40 }), (set, w) => {
    const f = new WordFilter(set);
    if (!f.mayHave(w)) assert.ok(!set.includes(w));
    for (const s of set) assert.ok(f.mayHave(s));
  }), { numRuns: 2000 });
});

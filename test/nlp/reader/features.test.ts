import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fc from "fast-check";
import { asciiShape, isAbbrev, lutCase } from "../../../src/nlp/reader/features.js";

const require = createRequire(import.meta.url);
const model = require("wink-eng-lite-web-model");
const feature = model.featureFn(model.core().packing.config);

const WORDS = ["", "a", "A", "a.", "A.", "U.S.", "e.g.", "Inc.", "x-ray", "X-RAY", "Ex–Im", "well—known", "ABCDE", "abcde", "Abcde", "aBcde", "123", "12345", "a1b22c333d4444e55555", "HTTPS://X.Y", "a\n.", "a\u2028b.", "\u212A.", "\u017F.", "Ǆ", "Çava", ".", "..", "-a", "a-", "Mc'Donald's", "ΑΒΓ"];

function same(w: string): void {
  assert.equal(lutCase(w), feature.lutCase(w), `lutCase ${JSON.stringify(w)}`);
  assert.equal(isAbbrev(w), feature.isAbbrev(w), `isAbbrev ${JSON.stringify(w)}`);
  const shape = asciiShape(w);
  if (/^[\x00-\x7f]*$/.test(w)) assert.equal(shape, feature.shape(w), `shape ${JSON.stringify(w)}`);
  else assert.equal(shape, null, `shape of non-ASCII ${JSON.stringify(w)}`);
}

test("lutCase, isAbbrev and the ASCII shape are the model's", () => {
  for (const w of WORDS) same(w);
});

test("random words: lutCase, isAbbrev and the ASCII shape are the model's", () => {
  const unit = fc.constantFrom(..."aAzZmMqQ09.-–—'\n\r\u2028 _xX".split(""), "\u212A", "é", "É");
  fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (w) => same(w)), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 8 }), (w) => same(w)), { numRuns: 1000 });
});

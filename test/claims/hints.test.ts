import { test } from "node:test";
import assert from "node:assert/strict";
import { DOUBT_HINT, NOMINAL_HINT, hintOffsets } from "../../src/claims/hints.js";

const each = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m.index!);

test("hints: one scan finds what the two word lists find apart", () => {
  const pieces = ["claim", "Report", "reports", "allegation", "assertion", "account", "suggestion", "clear", "uncLEAR", "uncertain", "known", "unverified", "confirm", "clea", "eport", "r", " ", "-", "s", "un", "ſ", "\u212a"];
  let seed = 3;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let k = 0; k < 2000; k++) {
    const text = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => pieces[Math.floor(rnd() * pieces.length)]).join("");
    const got = hintOffsets(text);
    assert.deepEqual(got.nominal, each(text, NOMINAL_HINT), text);
    assert.deepEqual(got.doubt, each(text, DOUBT_HINT), text);
  }
  assert.deepEqual(hintOffsets("It was uncleareport-like.").nominal, [13]);
});

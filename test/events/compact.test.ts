// The compact forms the coder keeps its working state in: draft facts as bits, blocking phrases
// with no match object, side lists copied by loops.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/nlp/tokenize.js";
import { Draft } from "../../src/events/draft.js";
import { blockEnd, matchAt } from "../../src/events/match.js";
import { makeSent } from "../../src/events/np.js";
import { sharesAny, without } from "../../src/events/sides.js";
import { readWords } from "../../src/events/words.js";
import { lexicon } from "./helpers.js";

const FACTS = ["past", "drop", "negGov", "srcInherited", "followsPrev", "infinitive", "generic", "relative", "futureNeg", "between", "agentless", "coord", "lifted", "passive"] as const;

test("each of a draft's yes/no facts is set and cleared on its own", () => {
  const m = { pattern: lexicon().patterns[0], first: 0, last: 0, slot: null };
  for (const fact of FACTS) {
    const d = new Draft(m, "AID", [1], [2], "asserted", 0, 0);
    for (const other of FACTS) assert.equal(d[other], false, `${other} starts false`);
    d[fact] = true;
    for (const other of FACTS) assert.equal(d[other], other === fact, `${fact} set: ${other}`);
    d[fact] = true;
    assert.equal(d[fact], true);
    d[fact] = false;
    for (const other of FACTS) assert.equal(d[other], false, `${fact} cleared: ${other}`);
  }
});

test("a blocking phrase matches as null and tells where it ends; a trigger gives a match", () => {
  const lex = lexicon();
  const doc = tokenize("Critics will seize on the remarks, and the army will attack the town.");
  const n = doc.tokens.length;
  const none = new Int32Array(n).fill(-1);
  const s = makeSent(doc.tokens, 0, n, none, none, none, readWords(doc.tokens, lex));
  const at = (w: string) => doc.tokens.findIndex((t) => t.lower === w);
  assert.equal(matchAt(s, at("seize"), lex), null);
  assert.equal(blockEnd(), at("on"));
  const m = matchAt(s, at("attack"), lex);
  assert.ok(m && !m.pattern.block, "the trigger after the blocking phrase is matched");
  assert.equal(blockEnd(), -1);
  assert.equal(matchAt(s, at("the"), lex), null);
  assert.equal(blockEnd(), -1);
});

test("side lists: shared members and copies without the other side's", () => {
  assert.equal(sharesAny([1, 2], [3, 2]), true);
  assert.equal(sharesAny([1, 2], []), false);
  const xs = [4, 5, 6];
  const out = without(xs, [5]);
  assert.deepEqual(out, [4, 6]);
  assert.notEqual(without(xs, []), xs, "always a new array");
});

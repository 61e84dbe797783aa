// The coder keeps its scratch memory (word columns, mention and time columns, subjects read per
// sentence) from one document to the next: no document may see another's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { A, code } from "./helpers.js";

const ALL = Object.values(A);
const SHORT = "Brazil criticized Argentina on Monday. The two leaders later met in Lima.";
const SENTENCE = "Peru said on Tuesday that Chile had sent aid to Argentina, and Brazil condemned Peru. ";

test("a document codes the same before and after a longer one that grows the scratch memory", () => {
  const times: Array<[string, string]> = [["Monday", "2024-03-04"], ["Tuesday", "2024-03-05"]];
  const before = code(SHORT, ALL, times);
  assert.ok(before.short.length >= 1);
  // Several thousand tokens: more than the scratch memory holds at first.
  const long = code(SENTENCE.repeat(400), ALL, times);
  const one = code(SENTENCE, ALL, times);
  assert.ok(one.short.length >= 2, one.short.join(", "));
  // Every copy of the sentence codes alike, up to the pairs and dates the first copy carries.
  assert.deepEqual(long.short.slice(-one.short.length), one.short);
  const after = code(SHORT, ALL, times);
  assert.deepEqual(after.events, before.events);
});

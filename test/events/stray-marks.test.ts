import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../../src/analyze.js";

// A closing bracket that opens a paragraph has no opening one before it: the subject search
// must stop at the sentence's first token instead of reading before it.
test("a stray closing bracket before a speech verb does not break the subject search", () => {
  for (const text of ["Trump \n\n ) said", ") said the minister.", "Officials met.\n) accused Russia of shelling the port."]) {
    const rec = analyzeText(text, { published: "2025-06-06" });
    assert.ok(Array.isArray(rec.articles), text);
  }
  const a = analyzeText("Russia (the Kremlin) accused Ukraine of shelling the port.", { published: "2025-06-06" }).articles[0];
  assert.ok(a.events.some((e) => e.type === "ACCUSE"), JSON.stringify(a.events.map((e) => e.type)));
});

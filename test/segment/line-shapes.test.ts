import { test } from "node:test";
import assert from "node:assert/strict";
import { LinePattern, lineShapes, requiredWords } from "../../src/segment/line-shapes.js";

test("required words: the first group a match cannot skip", () => {
  assert.equal(requiredWords("\\b(?:you can )?(?:reach|contact)\\s+(?:him|her)\\s+at\\b"), "reach|contact");
  assert.equal(requiredWords("a(?:x|y)?b"), null);
  assert.equal(requiredWords("(?:x|y)|z"), null);
  assert.equal(requiredWords("[(?:q)]b(?:x|y)+"), "x|y");
  assert.equal(requiredWords("\\(?:x\\)(?:y|z){0,2}"), null);
});

test("a line pattern with a hint answers as its regular expression alone", () => {
  const lines = [
    "You can reach her at jdoe@example.com.",
    "Contact them at the newsroom desk for corrections.",
    "Readers may EMAIL HIM AT the address below.",
    "The minister said he would follow the talks closely.",
    "Officials did not reach a deal on Tuesday.",
    "",
  ];
  for (const re of lineShapes().bio.map((p) => p.re)) {
    const p = new LinePattern(re);
    for (const l of lines) assert.equal(p.test(l), re.test(l), `${re.source} on ${l}`);
  }
  assert.ok(lineShapes().bio.some((p) => p.hint !== null));
});

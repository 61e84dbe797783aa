// Hostile plain text: huge lines, NUL bytes, direction marks, deep bracket nesting. Each ends
// with a correct result or a clear error, in bounded time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../../src/analyze.js";
import { AnalysisLimitError } from "../../src/pipeline.js";

const SENTENCE = "Officials in Seoul said on Tuesday that North Korea had fired two missiles into the sea. ";

test("a single line of about 1 MB is analyzed", () => {
  const line = SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length));
  const rec = analyzeText(line, { published: "2025-06-06" });
  assert.equal(rec.articles.length, 1);
  assert.ok(rec.articles[0].text.length >= 1_000_000);
});

test("a single 5 MB line is refused with a clear error", () => {
  const line = SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length));
  assert.throws(() => analyzeText(line), (e: unknown) => e instanceof AnalysisLimitError && /longer than the limit/.test((e as Error).message));
});

test("NUL bytes, zero-width and right-to-left characters", () => {
  const text = `Iran\u0000 and Iraq signed\u200b a border deal\u200d on Monday.\n\u202bאמר\u202c the minister \u2067said\u2069 "it is final," he added.\n`;
  const rec = analyzeText(text, { published: "2025-06-06" });
  const a = rec.articles[0];
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.text.slice(m.span[0], m.span[1]), m.text);
});

test("ten thousand nested brackets and quotes", () => {
  const text = "(".repeat(10_000) + "\u201c".repeat(5_000) + "China said" + "\u201d".repeat(5_000) + ")".repeat(10_000);
  const rec = analyzeText(text, { published: "2025-06-06" });
  assert.equal(rec.articles.length, 1);
});

test("a line of 200,000 capitalized words", () => {
  const text = "Minister ".repeat(200_000);
  const rec = analyzeText(text, { published: "2025-06-06" });
  assert.equal(rec.articles.length, 1);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { countItem, createProgress, emptySummary, formatSummary } from "../../src/ingest/progress.js";

test("batch summary counts documents, skips by reason (duplicates grouped) and errors", () => {
  const s = emptySummary();
  countItem(s, { kind: "doc", id: "a", source: "a", contentType: "text/plain", url: null, page: { text: "x", source: "a", contentType: "text/plain" } });
  countItem(s, { kind: "skipped", source: "w#1", reason: "WARC request record" });
  countItem(s, { kind: "skipped", source: "w#2", reason: "WARC request record" });
  countItem(s, { kind: "skipped", source: "b", reason: "duplicate of 0123456789abcdef" });
  countItem(s, { kind: "error", source: "c", message: "empty file" });
  s.articles = 1;
  assert.equal(formatSummary(s), "1 document, 1 article, 3 skipped (2 WARC request record, 1 duplicate), 1 error");
});

test("progress without a terminal writes plain lines, never control codes", () => {
  let out = "";
  const sink = new Writable({ write(c, _e, cb) { out += String(c); cb(); } }) as unknown as NodeJS.WriteStream;
  const p = createProgress(3, sink);
  p.tick("a");
  p.tick("b");
  p.stop();
  assert.ok(!/\u001b\[/.test(out));
});

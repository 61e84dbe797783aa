import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { segmentText, innermost, type Mark } from "../../src/web/client/highlight.js";

test("pieces cover the text exactly and carry every overlapping mark", () => {
  const text = "Xi Jinping said on Friday that talks would go on.";
  const marks: Mark[] = [
    { start: 0, end: 10, kind: "entity", ref: "person:xi-jinping" },
    { start: 0, end: 48, kind: "evidence", ref: "e0" },
    { start: 11, end: 15, kind: "trigger", ref: "e0" },
    { start: 19, end: 25, kind: "timex", ref: "0" },
  ];
  const pieces = segmentText(text, marks);
  assert.equal(pieces.map((p) => p.text).join(""), text);
  assert.deepEqual(pieces[0].marks.map((m) => m.kind).sort(), ["entity", "evidence"]);
  const friday = pieces.find((p) => p.text === "Friday")!;
  assert.deepEqual(friday.marks.map((m) => m.kind).sort(), ["evidence", "timex"]);
  assert.equal(pieces.at(-1)!.text, ".");
  assert.deepEqual(pieces.at(-1)!.marks, []);
});

test("innermost picks the shortest covering mark", () => {
  const pieces = segmentText("abcdef", [{ start: 0, end: 6, kind: "evidence", ref: "long" }, { start: 2, end: 4, kind: "evidence", ref: "short" }]);
  assert.equal(innermost(pieces.find((p) => p.text === "cd")!, "evidence")!.ref, "short");
  assert.equal(innermost(pieces[0], "evidence")!.ref, "long");
});

test("any marks, even out of range, give pieces that tile the text and match coverage", () => {
  fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 })), { maxLength: 12 }), (text, spans) => {
    const marks: Mark[] = spans.map(([a, b], i) => ({ start: Math.min(a, b), end: Math.max(a, b), kind: "entity", ref: String(i) }));
    const pieces = segmentText(text, marks);
    assert.equal(pieces.map((p) => p.text).join(""), text);
    for (const p of pieces) {
      for (const m of marks) {
        const covers = m.start <= p.start && m.end >= p.end && m.end > m.start && p.end > p.start;
        assert.equal(p.marks.some((x) => x.ref === m.ref), covers && Math.max(0, m.start) < Math.min(text.length, m.end));
      }
    }
  }));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../../src/nlp/tokenize.js";
import { findQuotes, findReportedSpeech } from "../../src/quotes/index.js";
import { scanQuotes } from "../../src/quotes/marks.js";
import { layer } from "./helpers.js";

const pieces = ['"', "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u300C", "\u300D", "\u300E", "\u300F", "(", ")", "[", "]", ",", ".", ":", " ", " ", "\n", "\n\n", "said", "told", "he", "it", "the", "Anna Berg", "Berg", "according to", "was quoted as saying by", "Xinhua", "don't", "'90s", "rock 'n' roll", "We will act", "a", "so-called", "-", "\u2014"];

const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((xs) => xs.join(""));

test("random quote and bracket soup never throws and every quote is its slice", () => {
  fc.assert(
    fc.property(soup, (text) => {
      const doc = tokenize(text);
      const actors = layer(text, [
        { name: "Anna Berg", type: "PERSON", surfaces: ["Anna Berg", ["Berg", "surname"], ["he", "pronoun"]] },
        { name: "Xinhua", type: "ORG", surfaces: ["Xinhua", ["it", "pronoun"]] },
      ]);
      for (const q of [...findQuotes(doc, actors), ...findReportedSpeech(doc, actors)]) {
        assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length);
        assert.equal(q.text, text.slice(q.start, q.end));
        if (q.speaker !== null) assert.ok(q.speaker < actors.entities.length);
        if (q.speakerSpan) assert.ok(q.speakerSpan[0] <= q.speakerSpan[1] && q.speakerSpan[1] <= text.length);
      }
    }),
    { numRuns: 300 },
  );
});

test("arbitrary unicode text never throws", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
      for (const q of findQuotes(tokenize(text), { entities: [], mentions: [] })) assert.equal(q.text, text.slice(q.start, q.end));
    }),
    { numRuns: 200 },
  );
});

test("scanning marks is linear: 400 kB of unbalanced marks well within the limit", () => {
  const unit = `“‘«‹「『"' x ’'”» `;
  const text = unit.repeat(Math.ceil(400_000 / unit.length));
  const half = text.slice(0, text.length >> 1);
  // Warmed up first, and the best of three runs each, so that compiling and a busy machine do not
  // pass for growth: quadratic scanning would take four times as long for twice the text.
  scanQuotes(unit.repeat(1000));
  const best = (s: string): number => {
    let ms = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      scanQuotes(s);
      ms = Math.min(ms, performance.now() - t);
    }
    return ms;
  };
  const part = best(half);
  const full = best(text);
  assert.ok(full < 3000, `took ${full} ms`);
  assert.ok(full < part * 3 + 50, `full ${full} ms vs half ${part} ms`);
});

test("a long article with many quotes stays fast", () => {
  const para = `"We will not bow to pressure," Foreign Minister Anna Berg told reporters. The ministry said that talks would resume.\n\n`;
  const text = para.repeat(400);
  const doc = tokenize(text);
  const actors = layer(text, [{ name: "Anna Berg", type: "PERSON", surfaces: ["Anna Berg"] }]);
  const t = performance.now();
  const qs = findQuotes(doc, actors);
  const rs = findReportedSpeech(doc, actors);
  const ms = performance.now() - t;
  assert.equal(qs.length, 400);
  assert.ok(rs.length >= 400);
  assert.ok(ms < 3000, `took ${ms} ms`);
});

test("one endless sentence full of quotes and cues stays fast", () => {
  const unit = `Berg said that "the plan works," he told Xinhua, and according to it "we act" while `;
  const text = unit.repeat(1500);
  const doc = tokenize(text);
  const actors = layer(text, [{ name: "Anna Berg", type: "PERSON", surfaces: [["Berg", "surname"], ["he", "pronoun"]] }]);
  const t = performance.now();
  findQuotes(doc, actors);
  findReportedSpeech(doc, actors);
  const ms = performance.now() - t;
  assert.ok(ms < 4000, `took ${ms} ms`);
});

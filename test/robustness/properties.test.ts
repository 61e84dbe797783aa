// Property tests over the whole pipeline: arbitrary text never throws, every span slices to its
// text, and every reference points at something that exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { analyzeText } from "../../src/analyze.js";
import type { DocumentRecord } from "../../src/record/types.js";

function checkRecord(rec: DocumentRecord): void {
  for (const a of rec.articles) {
    const ids = new Set(a.entities.map((e) => e.id));
    assert.equal(ids.size, a.entities.length, "entity ids are unique");
    const inText = (s: [number, number], t: string) => {
      assert.ok(s[0] >= 0 && s[0] <= s[1] && s[1] <= a.text.length, `span ${s} inside the text`);
      assert.equal(a.text.slice(s[0], s[1]), t);
    };
    for (const e of a.entities) for (const m of e.mentions) inText(m.span, m.text);
    for (const t of a.timexes) inText(t.span, t.text);
    for (const q of a.quotes) {
      inText(q.span, q.text);
      if (q.speaker) assert.ok(ids.has(q.speaker), "quote speaker exists");
      if (q.via) assert.ok(ids.has(q.via), "quote outlet exists");
    }
    for (const ev of a.events) {
      inText(ev.evidence.span, ev.evidence.text);
      inText(ev.trigger.span, ev.trigger.text);
      for (const id of [...ev.source, ...ev.target]) assert.ok(ids.has(id), `event actor ${id} exists`);
      if (ev.location) assert.ok(ids.has(ev.location), "event location exists");
      assert.ok(ev.pattern, "every event names its pattern");
    }
  }
}

const newsWords = fc.constantFrom(
  "Trump", "Xi", "China", "the United States", "said", "told", "warned", "accused", "met", "on Monday", "May 12", "in 2019",
  "\u201c", "\u201d", "\"", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u300c", "\u300d", "(", ")", "[", "]", ".", ",", "\n", "\n\n",
  "Photo: Reuters", "Additional reporting by", "WASHINGTON \u2013", "\u200b", "\u202e", "\u0000", "\ud83c\udf89", "\u05e9\u05dc\u05d5\u05dd", "the ministry", "it said",
);

test("arbitrary Unicode text never throws and every span slices to its text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
      checkRecord(analyzeText(text, { published: "2025-06-06" }));
    }),
    { numRuns: 150 },
  );
});

test("news-shaped word soup with quote and bracket marks never throws", () => {
  fc.assert(
    fc.property(fc.array(newsWords, { maxLength: 120 }).map((w) => w.join(" ")), fc.boolean(), (text, dated) => {
      checkRecord(analyzeText(text, { published: dated ? "2024-02-29" : null }));
    }),
    { numRuns: 200 },
  );
});

test("lone surrogates and control characters keep offsets exact", () => {
  const text = "Xi \ud800met\udfff Trump\u0007 in Osaka \u202eon Jan. 17\u202c, \u201cwe agree,\u201d he said.\r\n";
  checkRecord(analyzeText(text, { published: "2025-06-06" }));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../../src/nlp/tokenize.js";
import { findTimexes } from "../../src/time/index.js";
import type { Timex } from "../../src/doc.js";
import { CASES } from "./cases.js";

function assertWellFormed(text: string, got: Timex[]): void {
  let last = -1;
  for (const t of got) {
    assert.equal(t.text, text.slice(t.start, t.end), `span text of ${JSON.stringify(t)}`);
    assert.ok(t.start < t.end, "non-empty span");
    assert.ok(t.start >= last, `sorted and non-overlapping at ${t.start} (previous end ${last})`);
    assert.ok(["DATE", "TIME", "DURATION", "SET"].includes(t.type));
    assert.ok(t.value.length > 0);
    assert.ok(t.anchor, "every expression names its anchor");
    last = t.end;
  }
}

test("spans slice exactly and never overlap over a long article", () => {
  const text = CASES.map((c) => c.text).join(" ");
  for (const pub of ["2025-06-06", "2025-06-15", null]) assertWellFormed(text, findTimexes(tokenize(text), { published: pub }));
});

test("spans stay exact with line breaks, tabs and non-ASCII text around them", () => {
  const text = "習近平 said on\tMonday,\r\nJan. 17 — “last week” — and 9 p.m. local time…\n\nIn the 1990s «now» 🎉 for 90-day";
  const got = findTimexes(tokenize(text), { published: "2025-06-06" });
  assertWellFormed(text, got);
  assert.deepEqual(got.map((t) => t.text), ["Monday", "Jan. 17", "last week", "9 p.m. local time", "the 1990s", "now", "90-day"]);
});

test("anchors say what a value was resolved against", () => {
  const text = "The pact signed on May 2, 2019 lapsed. On Thursday ministers met, and two days later they signed. Prices fell last week.";
  const got = findTimexes(tokenize(text), { published: "2025-06-06" });
  const by = Object.fromEntries(got.map((t) => [t.text, t.anchor]));
  assert.equal(by["May 2, 2019"], "absolute");
  assert.equal(by["Thursday"], "tense:past");
  assert.equal(by["two days later"], "previous:2025-06-05");
  assert.equal(by["last week"], "published:2025-06-06");
});

test("a Sunday article counts US weeks; other days count ISO weeks", () => {
  const week = (pub: string, text: string) => findTimexes(tokenize(text), { published: pub }).map((t) => t.value);
  assert.deepEqual(week("2025-06-15", "It happened last week and ends this week."), ["2025-W24", "2025-W25"]);
  assert.deepEqual(week("2025-06-14", "It happened last week and ends this week."), ["2025-W23", "2025-W24"]);
  assert.deepEqual(week("2025-06-16", "It happened last week and ends this week."), ["2025-W24", "2025-W25"]);
  // ISO week-year edges.
  assert.deepEqual(week("2024-12-31", "Talks resume next week."), ["2025-W02"]);
  assert.deepEqual(week("2021-01-03", "Talks ended this week."), ["2021-W01"]);
});

test("never invents a year without an article date", () => {
  const text = "On Monday, officials said talks held last month, in May and on Jan. 17 would resume next year, tomorrow at 9 a.m.";
  for (const t of findTimexes(tokenize(text), { published: null })) assert.ok(!/^\d{4}/.test(t.value), `${t.text} → ${t.value}`);
});

test("bad article dates are treated as unknown", () => {
  for (const pub of ["", "2025-13-45", "yesterday", "2025/06/06"]) {
    const got = findTimexes(tokenize("The vote was held on May 12."), { published: pub });
    assert.deepEqual(got.map((t) => t.value), ["XXXX-05-12"]);
  }
});

const fragments = [
  "Jan.", "17", "May", "March", "2025", "1990s", "'90s", "the", "last", "next", "this", "week", "weekend", "Monday", "night",
  "ago", "later", "more than", "an", "hour", "-", "day", "-long", "-old", "90", "every", "annually", "recently", "now",
  "in the future", "Q2", "FY", "fiscal", "summer", "Christmas", "9", "p.m.", "a.m.", ":", "30", "GMT", ",", ".", "of",
  "noon", "midnight", "early", "late", "mid-", "since", "until", "’s", "'", "—", "\n", "  ", "half a", "dozen", "twenty-",
  "the following", "day before", "quarter", "century", "21st", "$", "%", "2,017", "Sept", "Aug..", "or", "28",
];

test("property: arbitrary text never throws and stays well formed", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), fc.constantFrom("2025-06-06", "2024-02-29", null), (text, pub) => {
      assertWellFormed(text, findTimexes(tokenize(text), { published: pub }));
    }),
    { numRuns: 300 },
  );
});

test("property: sequences of time-like fragments never throw and stay well formed", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...fragments), { maxLength: 40 }),
      fc.array(fc.constantFrom(" ", "", "\n"), { minLength: 40, maxLength: 40 }),
      fc.constantFrom("2025-06-15", "2024-12-31", null),
      (parts, seps, pub) => {
        const text = parts.map((p, i) => p + seps[i]).join("");
        assertWellFormed(text, findTimexes(tokenize(text), { published: pub }));
      },
    ),
    { numRuns: 400 },
  );
});

test("property: full-unicode text never throws", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (text) => {
      assertWellFormed(text, findTimexes(tokenize(text), { published: "2025-06-06" }));
    }),
    { numRuns: 150 },
  );
});

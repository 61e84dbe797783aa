import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "./helpers.js";
import fc from "fast-check";
import { editDistance, osaDistance } from "../../src/actors/fuzzy.js";

function read(text: string): string[] {
  const l = analyze(text);
  return l.mentions.map((m) => `${m.text}=${l.entities[m.entity].id}${m.fuzzy ? "~" : ""}`);
}

test("the string alignment distance counts a transposition as one edit", () => {
  assert.equal(osaDistance("isreal", "israel", 1), 1);
  assert.equal(osaDistance("afganistan", "afghanistan", 1), 1);
  assert.equal(osaDistance("abcdef", "ghijkl", 1), 2);
});

/** Plain Levenshtein distance, the reference for the capped one. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

test("without transpositions the bounded distance is Levenshtein's up to max, and above max when it is", () => {
  assert.equal(editDistance("isreal", "israel", 2, false), 2);
  assert.equal(editDistance("isreal", "israel", 2, true), 1);
  const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
      const d = levenshtein(a, b);
      const e = editDistance(a, b, max, false);
      if (d <= max) assert.equal(e, d);
      else assert.ok(e > max);
      assert.ok(Math.min(editDistance(a, b, max, true), max + 1) <= Math.min(e, max + 1));
    }),
    { numRuns: 500 },
  );
});

test("misspelled countries resolve to the country, marked as fuzzy", () => {
  const m = read("Envoys from Quatar flew to Afganistan on Tuesday, while talks with Isreal stalled and aid reached the Phillipines and the Carribean.");
  assert.ok(m.includes("Quatar=country:QAT~"));
  assert.ok(m.includes("Afganistan=country:AFG~"));
  assert.ok(m.includes("Isreal=country:ISR~"));
  assert.ok(m.includes("Phillipines=country:PHL~"));
  assert.ok(m.includes("Carribean=place:caribbean~"));
});

test("a misspelled demonym is the country's demonym", () => {
  const l = analyze("The talks were hosted by Quatari mediators in Doha.");
  const m = l.mentions.find((x) => x.text === "Quatari");
  assert.equal(m?.kind, "demonym");
  assert.equal(m?.fuzzy, true);
  assert.equal(l.entities[m!.entity].id, "country:QAT");
});

test("real words, names and known places near a country's name stay what they are", () => {
  const m = read("The Koran was read aloud in Indiana while students of Columbia protested. Officials said Prussian archives were opened. Sales grew in the Americas, and fans of the Islanders cheered.");
  assert.ok(!m.some((x) => x.endsWith("~")), m.join(" "));
  assert.ok(!m.some((x) => /country:(KOR|IND|COL|RUS)/.test(x)), m.join(" "));
});

test("no fuzzy match at a sentence start, in capitals or beside another capitalized word", () => {
  const m = read("Quatar officials declined to comment. Delegates met in QUATAR and later Jack Jordon spoke. Mr. Isreal said nothing.");
  assert.ok(!m.some((x) => x.endsWith("~")), m.join(" "));
});

test("exact names are not marked fuzzy", () => {
  const l = analyze("Officials in Qatar and Afghanistan said on Monday that talks would resume.");
  assert.ok(l.mentions.length >= 2);
  assert.ok(l.mentions.every((m) => !m.fuzzy));
});

test("a two-word country with its second word misspelled resolves when the first is right", () => {
  const m = read("Ministers from New Zeland and Sri Lnaka met in Saudi Arbia on Monday.");
  assert.ok(m.includes("New Zeland=country:NZL~"), m.join(" "));
  assert.ok(m.includes("Sri Lnaka=country:LKA~"), m.join(" "));
  assert.ok(m.includes("Saudi Arbia=country:SAU~"), m.join(" "));
});

test("two-word names that are no country's misspelling stay as they were", () => {
  const m = read("Fans of South Park and workers at Saudi Aramco met officials from New Zealand and South Korea.");
  assert.ok(!m.some((x) => x.endsWith("~")), m.join(" "));
});

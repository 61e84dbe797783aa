import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Overlap, SpanWords, stemText, words } from "../../src/claims/words.js";
import { stopWords } from "../../src/claims/word-lists.js";
import { tokenize } from "../../src/nlp/tokenize.js";

test("content words: stop words dropped, endings cut", () => {
  assert.deepEqual([...words("The ministers rejected the reports that it was planning talks")], ["minister", "reject", "report", "plann", "talk"]);
});

test("content words: letter runs counted in code points, as /\\p{L}{3,}/u reads them", () => {
  // Astral letters count once; an emoji breaks a run; 'İ' lower-cases to 'i' and a combining dot, a mark that breaks it too.
  assert.deepEqual([...words("𝐀𝐁 ab𝐀 x😀yz İSTANBUL Ωμέγα")], ["ab𝐀", "stanbul", "ωμέγα"]);
});

test("content words: the same as the regular-expression reading on any text", () => {
  const STOP = stopWords();
  const byRegex = (s: string) => {
    const out = new Set<string>();
    for (const w of s.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!STOP.has(w)) out.add(w.replace(/(?:ing|ed|es|s)$/u, ""));
    return [...out];
  };
  const pieces = ["a", "B", "é", "ß", "İ", "Σ", "ſ", "日", "\u{1D400}", "\u{1F600}", "\ud800", "\udc00", " ", "-", "'", "1", "the", "said", "talks", "ing"];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
    const s = parts.join("");
    assert.deepEqual([...words(s)], byRegex(s));
  }), { numRuns: 3000 });
});

test("content words of a span: the same as words() of its text, tokens or not", () => {
  const pieces = ["The", "minister", "Kelvin", "\u212Aelvin", "İstanbul", "Σ", "ΟΔΥΣΣΕΑΣ", "don't", "don\u2019t", "cannot", "reports", "said", "talks", "é", "e\u0301", "日本", "\u{1D400}bc", " ", " ", "\u00A0", ", ", ". ", "-", "\u2014", "'", "\u201C", "\u201D", "\u2019", "1", "ing", "\u{1F600}"];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.nat(), fc.nat(), (parts, x, y) => {
    const text = parts.join("");
    const doc = tokenize(text);
    const sw = new SpanWords(text, doc.tokens);
    const a = x % (text.length + 1);
    const b = a + (y % (text.length - a + 1));
    const stems = (ids: number[]) => ids.map(stemText).sort();
    assert.deepEqual(stems(sw.of(a, b)), [...words(text.slice(a, b))].sort(), JSON.stringify([text, a, b]));
    assert.deepEqual(stems(sw.of(0, text.length)), [...words(text)].sort());
    assert.deepEqual(stems(sw.ofText(text.slice(a, b))), [...words(text.slice(a, b))].sort());
  }), { numRuns: 1500 });
});

test("overlap of two bags: shared stems over the smaller bag, while other bags are built", () => {
  const text = "The ministry denied reports of talks. Officials said the talks on trade were planned. Nothing else.";
  const sw = new SpanWords(text, tokenize(text).tokens);
  const first = sw.of(0, 37);
  const mine = new Overlap(first, sw.ofText("Foreign Ministry"));
  assert.equal(mine.size, new Set([...words(text.slice(0, 37)), ...words("Foreign Ministry")]).size);
  const second = sw.of(38, 84);
  // "talk" is the one stem the two share; the second bag is the smaller one.
  assert.ok(second.length < mine.size);
  assert.equal(mine.with(second), 1 / second.length);
  assert.equal(mine.with(sw.of(85, text.length)), 0);
  assert.equal(mine.with([]), 0);
  new Overlap(second);
  assert.throws(() => mine.with(second), /another/);
});

test("content words of a span: two documents read in turn, each still reads its own tokens", () => {
  const one = "The ministry denied the reports of talks.";
  const two = "Officials confirmed talks between the ministers on Friday.";
  const a = new SpanWords(one, tokenize(one).tokens);
  const first = a.of(0, one.length).map(stemText).sort();
  const b = new SpanWords(two, tokenize(two).tokens);
  assert.deepEqual(b.of(0, two.length).map(stemText).sort(), [...words(two)].sort());
  assert.deepEqual(a.of(0, one.length).map(stemText).sort(), first);
  assert.deepEqual(first, [...words(one)].sort());
});

test("a reader made before the stem ids were renumbered refuses to mix its ids with the new ones", () => {
  const syll = ["ka", "ro", "vel", "mi", "tan", "su", "dor", "lix", "qua", "zen", "bor", "rin"];
  const made: string[] = [];
  for (let n = 0; made.length < 52_000; n++) {
    let s = "";
    for (let m = n; ; m = Math.floor(m / syll.length)) {
      s += syll[m % syll.length];
      if (m < syll.length) break;
    }
    made.push(s + "ville");
  }
  const big = made.join(" ");
  const old = new SpanWords(big, tokenize(big).tokens);
  assert.ok(old.of(0, big.length).length > 50_000);
  const text = "Farmers blocked roads near the capital.";
  const fresh = new SpanWords(text, tokenize(text).tokens);
  assert.throws(() => old.of(0, 20), /renumbered/);
  assert.deepEqual(fresh.of(0, text.length).map(stemText).sort(), [...words(text)].sort());
});

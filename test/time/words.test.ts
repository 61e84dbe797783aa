import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { splitWords, Words } from "../../src/time/words.js";
import { WordFilter } from "../../src/nlp/word-filter.js";
import { tokenize } from "../../src/nlp/tokenize.js";

const START = new WordFilter(["monday", "the", "q1", "'", "’", "march", "i̇stanbul", "été"]);

test("time words: letter runs, digit runs and single other characters, with exact offsets", () => {
  const text = "On Monday, the 90-day TRUCE ended at 9:30.";
  const words = splitWords(text, tokenize(text).tokens, START).list();
  assert.deepEqual(words.map((w) => w.t), ["On", "Monday", ",", "the", "90", "-", "day", "TRUCE", "ended", "at", "9", ":", "30", "."]);
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.t);
  assert.deepEqual(words.filter((w) => w.mayStart).map((w) => w.l), ["monday", "the", "90", "9", "30"]);
});

test("time words: the start filter is asked as if of the lower-cased word, whatever the script", () => {
  const text = "MARCH Été İSTANBUL ’90s Q1 ÉTÉ 𝒜 the";
  for (const w of splitWords(text, [], START).list()) {
    assert.equal(w.mayStart, w.kind === "num" || START.mayHave(w.l), w.t);
  }
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
    const plain = splitWords(s).list();
    const filtered = splitWords(s, [], START).list();
    assert.equal(filtered.length, plain.length);
    for (let k = 0; k < plain.length; k++) {
      assert.equal(plain[k].mayStart, true);
      assert.deepEqual({ ...filtered[k], mayStart: true }, plain[k]);
      assert.equal(filtered[k].mayStart, plain[k].kind === "num" || START.mayHave(plain[k].l));
    }
  }), { numRuns: 1500 });
});

test("time words: a character's class is the same each time it is met (classes of non-ASCII characters are kept)", () => {
  // ASCII by its own table (letters A-Z a-z, the four blanks of running text), the rest by Unicode.
  const wide = (ch: string) => ch.charCodeAt(0) >= 128;
  const letter = (ch: string) => /[A-Za-z]/.test(ch) || (wide(ch) && /\p{L}/u.test(ch));
  const blank = (ch: string) => ch === " " || ch === "\n" || ch === "\r" || ch === "\t" || (wide(ch) && /\s/u.test(ch));
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
    const first = splitWords(s).list();
    assert.deepEqual(splitWords(s).list(), first);
    let covered = 0;
    for (const w of first) {
      for (let i = covered; i < w.start; i++) assert.ok(blank(s[i]), `blank at ${i}`);
      covered = w.end;
      if (w.kind === "alpha") for (let i = w.start; i < w.end; i++) assert.ok(letter(s[i]), `letter at ${i}`);
      else if (w.kind === "num") assert.match(w.t, /^[0-9]+$/);
      else assert.ok(w.end - w.start <= 2 && !letter(s[w.start]) && !blank(s[w.start]) && !/[0-9]/.test(s[w.start]));
    }
    for (let i = covered; i < s.length; i++) assert.ok(blank(s[i]));
  }), { numRuns: 1500 });
  assert.deepEqual(splitWords("“Talks” — in Zürich").list().map((w) => w.kind), ["punct", "alpha", "punct", "punct", "alpha", "alpha"]);
});

test("time words: a Words refilled for another text reads exactly like a new one", () => {
  const reused = new Words();
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 60 }), (a, b) => {
    splitWords(a, [], START, reused);
    // Ask every string first, so that nothing asked of the first text lingers into the second.
    for (let i = 0; i < reused.n; i++) reused.l(i);
    splitWords(b, [], START, reused);
    assert.deepEqual(reused.list(), splitWords(b, [], START).list());
  }), { numRuns: 500 });
  const first = "Officials met on Tuesday, the 90-day truce said.";
  const second = "The TALKS resumed in Zürich on 12 March 2025.";
  splitWords(first, tokenize(first).tokens, START, reused);
  splitWords(second, tokenize(second).tokens, START, reused);
  assert.deepEqual(reused.list(), splitWords(second, tokenize(second).tokens, START).list());
  assert.deepEqual(reused.list().map((w) => w.t), ["The", "TALKS", "resumed", "in", "Zürich", "on", "12", "March", "2025", "."]);
});

test("time words: asked past either end, a word is empty and of no class", () => {
  const words = splitWords("On May 5, 2024.", [], START);
  for (const i of [-2, -1, words.n, words.n + 1]) {
    assert.equal(words.l(i), "");
    assert.equal(words.t(i), "");
    assert.equal(words.len(i), 0);
    assert.equal(words.kind(i), undefined);
    assert.equal(words.isNum(i) || words.isAlpha(i), false);
    assert.equal(words.firstCode(i), 0);
  }
  assert.deepEqual([words.value(2), words.value(4)], [5, 2024]);
  assert.deepEqual([words.isAlpha(1), words.isNum(2), words.len(1), words.l(1), words.t(1)], [true, true, 3, "may", "May"]);
});

test("time words: a Words released after a very long text gives its columns back and still reads the next one", () => {
  const reused = new Words();
  const long = "On Monday, 12 talks ended. ".repeat(20_000);
  splitWords(long, [], START, reused);
  assert.equal(reused.n, 7 * 20_000);
  assert.deepEqual([reused.t(reused.n - 2), reused.l(reused.n - 6)], ["ended", "monday"]);
  reused.release();
  assert.equal(reused.n, 0);
  const next = "Talks resume on Tuesday.";
  splitWords(next, [], START, reused);
  assert.deepEqual(reused.list(), splitWords(next, [], START).list());
});

test("time words: read with the text's tokens, the words are those read from the characters alone", () => {
  const pieces = ["Monday", "MONDAY", "the", "The", "90", "2024", "-", "day", "cannot", "don't", "Q1", "’90s", "Wor\u212Ak", "Wor\u212A", "\u212Aiev", "İstanbul", "été", "3.5", "1,000", "a.m.", "U.S.", " ", " ", "\n", ",", "."];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(""));
  fc.assert(fc.property(text, (s) => {
    const plain = splitWords(s, [], START).list();
    const withTokens = splitWords(s, tokenize(s).tokens, START).list();
    assert.deepEqual(withTokens.map((w) => ({ ...w, wid: -1 })), plain, s);
  }), { numRuns: 300 });
});

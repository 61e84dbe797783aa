import { test } from "node:test";
import assert from "node:assert/strict";
import { docNouns, parseWordList, stopWords, WordListError } from "../../src/claims/word-lists.js";

test("word lists: the data files load, lower-case words (stop words of three letters or more)", () => {
  for (const w of stopWords()) assert.match(w, /^\p{Ll}{3,}$/u);
  assert.ok(stopWords().has("the") && stopWords().has("said"));
  for (const w of docNouns()) assert.match(w, /^\p{Ll}+$/u);
  assert.ok(docNouns().has("readout") && docNouns().has("communiqué"));
});

test("word lists: comments and blank lines skipped, CRLF read", () => {
  assert.deepEqual([...parseWordList("# note\r\nthe\r\n\r\n  told \r\n", "x.tsv")], ["the", "told"]);
});

test("word lists: a bad line is named by file and line", () => {
  const bad: Array<[string, RegExp]> = [
    ["the\nThe\n", /^x\.tsv:2: must be lower case/],
    ["the\nof\n", /^x\.tsv:2: shorter than 3 letters/],
    ["# c\nthe\nthe\n", /^x\.tsv:3: duplicate 'the'/],
    ["said so\n", /^x\.tsv:1: one word of letters a line/],
    ["don't\n", /^x\.tsv:1: one word/],
  ];
  for (const [text, re] of bad) assert.throws(() => parseWordList(text, "x.tsv", 3), (e: unknown) => e instanceof WordListError && re.test(e.message));
});

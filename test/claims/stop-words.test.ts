import { test } from "node:test";
import assert from "node:assert/strict";
import { parseStopWords, stopWords, StopWordsError } from "../../src/claims/stop-words.js";

test("stop words: the data file loads, lower-case words of three letters or more", () => {
  const stop = stopWords();
  assert.ok(stop.has("the") && stop.has("said"));
  for (const w of stop) assert.match(w, /^\p{Ll}{3,}$/u);
});

test("stop words: comments and blank lines skipped, CRLF read", () => {
  assert.deepEqual([...parseStopWords("# note\r\nthe\r\n\r\n  told \r\n", "x.tsv")], ["the", "told"]);
});

test("stop words: a bad line is named by file and line", () => {
  const bad: Array<[string, RegExp]> = [
    ["the\nThe\n", /^x\.tsv:2: must be lower case/],
    ["the\nof\n", /^x\.tsv:2: shorter than three letters/],
    ["# c\nthe\nthe\n", /^x\.tsv:3: duplicate 'the'/],
    ["said so\n", /^x\.tsv:1: one word of letters a line/],
    ["don't\n", /^x\.tsv:1: one word/],
  ];
  for (const [text, re] of bad) assert.throws(() => parseStopWords(text, "x.tsv"), (e: unknown) => e instanceof StopWordsError && re.test(e.message));
});

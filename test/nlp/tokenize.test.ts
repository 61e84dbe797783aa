import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, lines } from "../../src/nlp/tokenize.js";

test("every token slices to its text and sentences stop at line breaks", () => {
  const text = "BEIJING (Reuters) - China's commerce ministry said on Monday it would respond.\nPhoto: Reuters\n\n\"We will act,\" a spokesman said. Talks resume Jan. 17 in the U.S. capital.";
  const doc = tokenize(text);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const sents = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.ok(sents.includes("Photo: Reuters"));
  assert.ok(sents.every((s) => !s.includes("\n")));
  assert.ok(sents.some((s) => s.startsWith("Talks resume Jan. 17")), "Jan. and U.S. do not end sentences");
  for (const [i, s] of doc.sentences.entries()) for (let k = s.first; k < s.last; k++) assert.equal(doc.tokens[k].sent, i);
});

test("odd characters keep offsets exact", () => {
  const text = "Xi Jinping (習近平) met\u200b officials\u0000 in Kyiv 🎉. «Bien», dit-il.\r\nNext line";
  const doc = tokenize(text);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(doc.tokens.some((t) => t.text === "習近平"));
});

test("lines handles CRLF and unicode separators", () => {
  assert.deepEqual(lines("a\r\nb\u2028c"), [[0, 1], [3, 4], [5, 6]]);
});

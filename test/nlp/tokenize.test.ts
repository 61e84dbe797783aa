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

// Lines are read by wink several at a time; each must come out as it does when read alone.
const WIRE_LINES = [
  "Ukraine's foreign minister said on Tuesday that talks with Mr.",
  "Smith would resume in the U.S.",
  "\"We are not there yet,\" he told reporters in Geneva. \"But we're close...",
  "'Next week', he said",
  "Markets",
  "Oil prices rose 2.5% to $81.40 a barrel on Friday, the highest since Jan. 17, analysts said —",
  "and they can't rule out more gains, as OPEC+ meets on Dec. 1",
  "(Reporting by Jane Doe; Editing by John Roe)",
  "“It’s over,” said Gen. Ali Hassan, whose troops withdrew at 3 p.m. local time.",
  "lowercase start after a break, ending with an abbreviation etc.",
  "... and ellipses",
  "WASHINGTON, June 6 (Reuters) - The Senate voted 52-48.",
  "1. First point",
  "2) Second point?",
  // Lines a boundary pattern would read across if the joint were transparent to it ("\n" is).
  "Officials declined to comment.",
  ". Then the vote was held.",
  "Was it over?",
  "! Not yet.",
];

/**
 * The lines read one by one, stitched into one Doc. wink adds the words it does not know to its
 * lexicon as it meets them, which can change how it splits them later (a name's possessive), so
 * the text is read once first: both readings compared then start from the same lexicon.
 */
function aloneThenStitched(lines: string[]) {
  const text = lines.join("\n");
  tokenize(text);
  const tokens: ReturnType<typeof tokenize>["tokens"] = [];
  const sentences: ReturnType<typeof tokenize>["sentences"] = [];
  let offset = 0;
  let para = 0;
  for (const line of lines) {
    if (line.trim()) {
      const d = tokenize(line);
      const t0 = tokens.length, s0 = sentences.length;
      for (const t of d.tokens) tokens.push({ ...t, start: t.start + offset, end: t.end + offset, sent: t.sent + s0 });
      for (const s of d.sentences) sentences.push({ ...s, start: s.start + offset, end: s.end + offset, first: s.first + t0, last: s.last + t0, para: para + s.para });
      para++;
    }
    offset += line.length + 1;
  }
  return { text, tokens, sentences };
}

test("lines read together get the tokens, tags, lemmas and sentences they get alone", () => {
  const alone = aloneThenStitched(WIRE_LINES);
  assert.deepEqual(tokenize(WIRE_LINES.join("\n")), alone);
  // Cut the same copy at arbitrary characters (mid-word, mid-abbreviation, around quotes).
  const flat = WIRE_LINES.join(" ");
  let seed = 7;
  for (let round = 0; round < 20; round++) {
    const cut: string[] = [];
    let from = 0;
    for (let i = 1; i < flat.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      if (seed % 23 === 0) {
        cut.push(flat.slice(from, i).trim());
        from = i;
      }
    }
    cut.push(flat.slice(from).trim());
    const stitched = aloneThenStitched(cut);
    assert.deepEqual(tokenize(cut.join("\n")), stitched);
  }
});

test("blank lines and lines with outer spaces keep their paragraphs", () => {
  const lines = ["  Indented lead paragraph.", "", "Body text follows.\t", "\u00a0", "Last line."];
  const alone = aloneThenStitched(lines);
  const doc = tokenize(lines.join("\n"));
  assert.deepEqual(doc, alone);
  assert.deepEqual([...new Set(doc.sentences.map((s) => s.para))], [0, 1, 2]);
});

test("a line longer than the slice wink's model is read in is cut at a space, not inside a word", () => {
  const sentence = "Officials in Washington said on Tuesday that the talks would resume in Geneva. ";
  const line = sentence.repeat(Math.ceil(450_000 / sentence.length));
  const words = new Set(tokenize(sentence).tokens.map((t) => t.text));
  const doc = tokenize(line);
  for (const t of doc.tokens) assert.ok(words.has(t.text), `token ${JSON.stringify(t.text)} at ${t.start}`);
  assert.ok(doc.tokens.length > 50_000);
});

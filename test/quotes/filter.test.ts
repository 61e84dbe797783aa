import { test } from "node:test";
import assert from "node:assert/strict";
import { hasWords, markedAsTerm, shapeOf } from "../../src/quotes/filter.js";
import { quoteLexicon, type QuoteLexicon } from "../../src/quotes/lexicon.js";
import type { TextView } from "../../src/quotes/text-view.js";
import type { RawQuote } from "../../src/quotes/marks.js";

// The reading markedAsTerm had: every word of the 48 characters before the mark.
function reference(text: string, open: number, lex: QuoteLexicon): boolean {
  const LETTER = /[\p{L}-]/u;
  const words: string[] = [];
  for (const raw of text.slice(Math.max(0, open - 48), open).toLowerCase().split(/\s+/)) {
    let a = 0;
    let b = raw.length;
    while (a < b && !LETTER.test(raw[a])) a++;
    while (b > a && !LETTER.test(raw[b - 1])) b--;
    if (b > a) words.push(raw.slice(a, b));
    else if (raw) words.push("");
  }
  const tails = [words];
  if (["a", "an", "the"].includes(words[words.length - 1])) tails.push(words.slice(0, -1));
  return tails.some((tail) => (lex.markers.get(tail[tail.length - 1]) ?? []).some((m) => tail.length >= m.words.length && m.words.every((w, i) => tail[tail.length - m.words.length + i] === w)));
}

test("marked as a term: the words just before the mark, as all the words before it would tell", () => {
  const lex = quoteLexicon();
  const pieces = ["what", "is", "known", "as", "so-called", "So", "called", "the", "a", "The", "word", "branded", "dubbed", "(", ",", "—", "Σ", "İ", " ", " ", "\n", "  ", "x"];
  let seed = 9;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let k = 0; k < 3000; k++) {
    const parts = Array.from({ length: Math.floor(rnd() * 14) }, () => pieces[Math.floor(rnd() * pieces.length)]);
    const text = parts.join(rnd() < 0.7 ? " " : "") + '"Axis of Resistance"';
    const open = text.lastIndexOf('"Axis');
    const v = { doc: { text }, lex } as unknown as TextView;
    assert.equal(markedAsTerm(v, open), reference(text, open, lex), JSON.stringify(text));
  }
});

test("enough words: counted as the quotation's shape counts them", () => {
  const texts = ["", "one", "Axis of Resistance", "we don't know what they'll do next", "1 2 3 4 5", "a-b c'd e’f g h i", "日本 語 の 文 で す", "«", "x, y; z. w! v? u"];
  for (const text of texts) {
    const q = { start: 0, end: text.length } as RawQuote;
    const v = { doc: { text }, tokens: [], tokenAt: () => 0 } as unknown as TextView;
    const words = shapeOf(v, q).words;
    for (let n = 0; n <= 8; n++) assert.equal(hasWords(text, 0, text.length, n), words >= n, `${text} ${n}`);
  }
});

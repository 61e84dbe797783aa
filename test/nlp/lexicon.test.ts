import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/nlp/tokenize.js";
import { setLexiconLimits, lexiconStats } from "../../src/nlp/lexicon.js";

const STORIES = [
  "KYIV, March 3 (Reuters) - Ukraine's foreign minister Andrii Sybiha said on Tuesday that talks with Hungary had stalled.\n\"We won't accept these terms,\" he told reporters in Kyiv. The ministry didn't comment further.",
  "GENEVA — Delegates from 14 countries met behind closed doors on Friday, a U.N. spokeswoman said.\nThe meeting, which ran past 11 p.m., ended without a statement. Officials expect to reconvene in mid-April.",
  "Brazil's central bank raised its benchmark Selic rate by 50 basis points to 14.25% on Wednesday, its fifth straight hike.\n\nAnalysts polled by Reuters had expected the move; the real firmed 0.8% against the dollar.",
];

/** Made-up words the model lacks: each is learned into the lexicon. */
function unseenWords(from: number, n: number): string {
  const words: string[] = [];
  for (let i = from; i < from + n; i++) words.push(`Vrel${i.toString(36)}q`);
  return words.join(" ") + ".";
}

test("a replaced lexicon reads every text exactly as the first one did", () => {
  setLexiconLimits();
  const before = STORIES.map((s) => JSON.stringify(tokenize(s)));
  // Replace the instance at nearly every read, many times over (the model's loader once broke
  // after about twenty instances), with unseen words read in between.
  setLexiconLimits({ probeChars: 1, maxGrowth: 1 });
  try {
    const start = lexiconStats().replaced;
    for (let round = 0; round < 8; round++) {
      tokenize(unseenWords(round * 50, 50));
      STORIES.forEach((s, i) => assert.equal(JSON.stringify(tokenize(s)), before[i], `story ${i}, round ${round}`));
    }
    assert.ok(lexiconStats().replaced - start >= 25, `replaced ${lexiconStats().replaced - start} times`);
  } finally {
    setLexiconLimits();
  }
});

test("the lexicon stops growing past the limit: it is replaced", () => {
  setLexiconLimits({ probeChars: 20_000, maxGrowth: 5_000 });
  try {
    const start = lexiconStats().replaced;
    // About 30,000 unseen words in lines of 200: without replacement the lexicon would gain them all.
    for (let i = 0; i < 150; i++) {
      tokenize(unseenWords(100_000 + i * 200, 200));
      // Between two probes about 20,000 characters are read: ~2,000 words, two lexicon entries
      // each (as written and lower-cased).
      assert.ok(lexiconStats().growth < 5_000 + 5_000, `growth ${lexiconStats().growth} after line ${i}`);
    }
    assert.ok(lexiconStats().replaced - start >= 3, `replaced ${lexiconStats().replaced - start} times`);
  } finally {
    setLexiconLimits();
  }
});

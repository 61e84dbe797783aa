import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/nlp/tokenize.js";
import { resetWordIds, setWordIdCap, startWordBatch, WordColumn, wordForm, wordGeneration, wordIdOf, wordIdStats } from "../../src/nlp/word-ids.js";
import { analyzePage, analyzePages } from "../../src/pipeline.js";
import { loadResources } from "../../src/resources.js";
import type { Doc, Page } from "../../src/doc.js";
import { recognizeActors } from "../../src/actors/index.js";
import { findTimexes } from "../../src/time/index.js";
import { findSpeech } from "../../src/quotes/index.js";
import { codeEvents } from "../../src/events/index.js";
import { buildClaims } from "../../src/claims/index.js";

const resources = loadResources();
const opts = { published: "2025-03-04", resources };
const page = (text: string, source = "t.txt"): Page => ({ text, source, contentType: "text/plain" });
/** A result without its timings and its word ids (which differ from one numbering to the next). */
const strip = (x: unknown) => JSON.stringify(x, (k, v) => (k === "timings" || k === "wid" ? undefined : v));

const WIRE = [
  "LIMA, March 3 (Reuters) - Peru's foreign ministry said on Monday it had recalled its ambassador from Mexico after President Claudia Sheinbaum criticized the government.\n\"We reject any interference,\" Foreign Minister Elmer Schialer told reporters in Lima.",
  "The Kenyan government accused opposition leaders of inciting violence on Tuesday, a day after police fired tear gas at protesters in Nairobi.\nInterior Minister Kipchumba Murkomen said the protests would not be tolerated.",
  "Germany and France agreed last week to expand joint military exercises, officials in Berlin said.\nThe drills will begin in September, the defence ministry said in a statement.",
];

/** n words no text has held before (letters only, so wink keeps each whole). */
function unseenWords(n: number, seed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`Zq${seed}${i.toString(26).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}vk`);
  return out;
}

/** Every token's id names its own lower-case form. */
function idsMatch(doc: Doc): boolean {
  return doc.tokens.every((t) => wordForm(t.wid) === t.lower);
}

test("one id per lower-case form, whatever the case of the text, stable within a generation", () => {
  const a = tokenize("The minister said the talks would resume. THE END.");
  const b = tokenize("Talks resume; the Minister said so.");
  const gen = wordGeneration();
  const idOf = (d: Doc, lower: string) => new Set(d.tokens.filter((t) => t.lower === lower).map((t) => t.wid));
  assert.deepEqual([...idOf(a, "the")].length, 1);
  assert.deepEqual(idOf(a, "the"), idOf(b, "the"));
  assert.deepEqual(idOf(a, "minister"), idOf(b, "minister"));
  assert.notDeepEqual(idOf(a, "talks"), idOf(a, "the"));
  assert.ok(idsMatch(a) && idsMatch(b));
  // The tokens of a form share one string.
  const thes = a.tokens.filter((t) => t.lower === "the");
  assert.ok(thes.length >= 3 && thes.every((t) => t.lower === wordForm(t.wid)));
  assert.equal(wordIdOf("Minister"), wordIdOf("MINISTER"));
  assert.equal(wordGeneration(), gen);
});

test("the ids start over only between batches, once past the cap", () => {
  try {
    setWordIdCap(150);
    resetWordIds();
    // A batch taking the table past the cap (not past twice the cap, where a caller that never
    // starts batches is cut short) keeps one numbering throughout.
    const pages = [0, 1, 2, 3].map((k) => page(`${WIRE[k % 3]}\nAlso present were ${unseenWords(30, `b${k}`).join(", ")}.`, `p${k}`));
    const gen = wordGeneration();
    const results = analyzePages(pages, opts);
    assert.equal(wordGeneration(), gen, "no reset in the batch");
    assert.ok(wordIdStats().surfaces > 150 && wordIdStats().surfaces < 300, `surfaces ${wordIdStats().surfaces}`);
    for (const r of results) {
      assert.ok(!(r instanceof Error));
      for (const art of r) assert.ok(idsMatch(art.doc), "every article of the batch carries ids of one numbering");
    }
    analyzePages([page(WIRE[0])], opts);
    assert.equal(wordGeneration(), gen + 1, "the next batch starts over");
    assert.ok(wordIdStats().surfaces < 150);
    // Under the cap, a batch keeps the numbering.
    const g = wordGeneration();
    assert.equal(startWordBatch(), false);
    analyzePages([page(WIRE[1])], opts);
    assert.equal(wordGeneration(), g);
  } finally {
    setWordIdCap();
  }
});

test("stage output is the same with ids of any numbering, and across a reset", () => {
  const texts = [...WIRE, WIRE.join("\n")];
  const first = texts.map((t) => strip(analyzePage(page(t), opts)));
  resetWordIds();
  // Other words first, so that the same forms get other ids this time.
  tokenize(unseenWords(30, "r").join(" "));
  const second = texts.map((t) => strip(analyzePage(page(t), opts)));
  assert.deepEqual(second, first);
  try {
    // A reset before every batch.
    setWordIdCap(1);
    const third = texts.map((t) => strip(analyzePage(page(t), opts)));
    assert.deepEqual(third, first);
  } finally {
    setWordIdCap();
  }
});

/** The stages run one by one on a tokenized document, as bench/ab.mjs calls them. */
function stages(doc: Doc): string {
  const published = opts.published;
  const actors = recognizeActors(doc, { published, kb: resources.kb });
  const timexes = findTimexes(doc, { published });
  const sp = findSpeech(doc, actors);
  const events = codeEvents(doc, actors, timexes, sp.quotes, { published, lexicon: resources.lexicon });
  const claims = buildClaims({ doc, actors, quotes: sp.quotes, reported: sp.reported, events, outlet: null });
  return JSON.stringify({ actors, timexes, sp, events, claims });
}

test("a document numbered before a reset is still read right by the stages", () => {
  const text = WIRE.join("\n");
  const doc = tokenize(text);
  const expected = stages(doc);
  // Start the ids over and hand out the same ids to other words first, then run the stages on
  // the stale document (what a caller of the stages one by one could do).
  resetWordIds();
  tokenize(unseenWords(200, "s").join(" ") + " " + text.split(" ").reverse().join(" "));
  assert.ok(!idsMatch(doc), "the stale ids now name other forms");
  assert.equal(stages(doc), expected);
  assert.equal(stages(tokenize(text)), expected);
  // Tokens made by hand, without ids.
  const bare: Doc = { ...doc, tokens: doc.tokens.map(({ wid: _, ...t }) => t as Doc["tokens"][number]) };
  assert.equal(stages(bare), expected);
});

test("memory stays bounded under many unseen words", () => {
  try {
    setWordIdCap(500);
    // Without batches (stages called one by one): the table starts over past twice the cap.
    for (let k = 0; k < 20; k++) tokenize(unseenWords(300, `m${k}`).join(" "));
    assert.ok(wordIdStats().surfaces <= 2 * 500 + 1, `surfaces ${wordIdStats().surfaces}`);
    // In batches: over the cap by at most one batch's words.
    for (let k = 0; k < 8; k++) analyzePages([page(`${WIRE[k % 3]}\nAlso present: ${unseenWords(200, `n${k}`).join(", ")}.`)], opts);
    assert.ok(wordIdStats().surfaces <= 500 + 400, `surfaces ${wordIdStats().surfaces}`);
    // The stages' columns start over with the table.
    const col = new WordColumn<number>();
    col.set(wordIdOf("embassy"), "embassy", 7);
    assert.equal(col.get(wordIdOf("embassy"), "embassy"), 7);
    resetWordIds();
    col.sync();
    assert.equal(col.get(wordIdOf("embassy"), "embassy"), undefined);
    // A value is given only for the form it was stored for.
    col.set(wordIdOf("consulate"), "consulate", 3);
    assert.equal(col.get(wordIdOf("consulate"), "ambassador"), undefined);
  } finally {
    setWordIdCap();
  }
});

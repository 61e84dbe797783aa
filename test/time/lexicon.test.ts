import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { compileLexicon, loadTimeLexicon, LexiconError } from "../../src/time/lexicon.js";

const dataDir = new URL("../../data/time/", import.meta.url);
const real = (f: string) => readFileSync(new URL(f, dataDir), "utf8");

test("the shipped lexicon loads and holds the core vocabulary", () => {
  const lex = loadTimeLexicon();
  assert.equal(lex.months.get("sept")?.month, 9);
  assert.equal(lex.months.get("may")?.ambiguous, true);
  assert.equal(lex.weekdays.get("sunday"), 7);
  assert.equal(lex.numbers.get("twelve"), 12);
  assert.equal(lex.units.get("decades")?.code, "DE");
  assert.equal(lex.seasons.get("autumn")?.code, "FA");
  assert.ok(lex.vague.next.get("in")?.next.get("recent")?.next.get("years")?.value === "PAST_REF");
  assert.ok(lex.tenseWords.get("future-aux")?.has("will"));
  assert.equal(loadTimeLexicon(), lex, "compiled once");
});

function withOverride(file: string, text: string) {
  return () => compileLexicon((f) => (f === file ? text : real(f)));
}

test("errors name the file and line", () => {
  assert.throws(withOverride("months.tsv", "# header\njanuary\t1\nfoo\t13\n"), (e: Error) => e instanceof LexiconError && /months\.tsv:3: expected an integer 1\.\.12/.test(e.message));
  assert.throws(withOverride("weekdays.tsv", "monday\t1\tx\n"), /weekdays\.tsv:1: expected 2-2 tab-separated columns/);
  assert.throws(withOverride("units.tsv", "day\tDD\tday\n"), /units\.tsv:1: unknown TIMEX3 unit 'DD'/);
  assert.throws(withOverride("vague.tsv", "now\tPRESENT_REF\nnow\tPRESENT_REF\n"), /vague\.tsv:2: duplicate phrase 'now'/);
  assert.throws(withOverride("vague.tsv", "Now\tPRESENT_REF\n"), /vague\.tsv:1: phrase must be lower case/);
  assert.throws(withOverride("holidays.tsv", "christmas\tDec 25\n"), /holidays\.tsv:1: bad holiday rule/);
  assert.throws(withOverride("modifiers.tsv", "about\tROUGHLY\n"), /modifiers\.tsv:1: unknown TIMEX3 mod/);
  assert.throws(withOverride("tense-words.tsv", "will\tmaybe\n"), /tense-words\.tsv:1: unknown role 'maybe'/);
  assert.throws(withOverride("months.tsv", "june\t6\tshort\n"), /months\.tsv:1: unknown flag 'short'/);
  assert.throws(withOverride("grammar-words.tsv", "gmt\tzone\ngmt\tzone\n"), /grammar-words\.tsv:2: duplicate entry .gmt./);
});

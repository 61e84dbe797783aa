import { test } from "node:test";
import assert from "node:assert/strict";
import { compileLexicon, inflect, quoteLexicon, QuoteLexiconError } from "../../src/quotes/lexicon.js";

const FUNCTION_WORDS = ["he\tspeaker-pronoun", "he\tperson-pronoun", "the\tdeterminer", "the\tarticle", "him\tobject-pronoun", "from\tsource-preposition", "while\tsubordinator", "an\tindefinite", "we\tunresolved-pronoun", ""].join("\n");
const good = { "cues.tsv": "say\tspeech\tsaid\n", "phrases.tsv": "according to\taccording\nstatement\tstatement\n", "markers.tsv": "so-called\tscare\n", "titles.tsv": "minister\thead\n", "not-speakers.tsv": "monday\n", "name-particles.tsv": "von\n&\n", "listener-cues.tsv": "say\n", "function-words.tsv": FUNCTION_WORDS };

test("the shipped lexicon loads and knows the common cues", () => {
  const lex = quoteLexicon();
  for (const w of ["said", "says", "told", "added", "wrote", "warned", "stressed", "saying"]) assert.ok(lex.cues.has(w), w);
  assert.equal(lex.cues.get("told")?.lemma, "tell");
  assert.ok(lex.phrases.get("according")?.some((p) => p.kind === "according"));
  assert.equal(lex.titles.get("minister"), "head");
});

test("regular inflections", () => {
  assert.deepEqual(inflect("warn"), ["warn", "warns", "warned", "warning"]);
  assert.deepEqual(inflect("note"), ["note", "notes", "noted", "noting"]);
  assert.deepEqual(inflect("reply"), ["reply", "replies", "replied", "replying"]);
  assert.deepEqual(inflect("stress"), ["stress", "stresses", "stressed", "stressing"]);
});

test("bad rows are refused with the file and line", () => {
  const bad = (file: string, body: string, re: RegExp) =>
    assert.throws(() => compileLexicon({ ...good, [file]: body }), (e: unknown) => e instanceof QuoteLexiconError && re.test((e as Error).message));
  bad("cues.tsv", "# cues\nsay\tspeech\nwarn\tshouting\n", /^cues\.tsv:3: unknown kind 'shouting'/);
  bad("cues.tsv", "say\tspeech\nsay\tspeech\n", /^cues\.tsv:2: duplicate cue/);
  bad("phrases.tsv", "according\taccording\n", /^phrases\.tsv:1: a phrase needs at least two words/);
  bad("markers.tsv", "So-called\tscare\n", /^markers\.tsv:1: entry must be lower case/);
  bad("titles.tsv", "minister\n", /^titles\.tsv:1: expected 2-2/);
  bad("listener-cues.tsv", "say\ntell\n", /^listener-cues\.tsv:2: 'tell' is not a cue lemma/);
  bad("name-particles.tsv", "von\nvon\n", /^name-particles\.tsv:2: duplicate 'von'/);
  bad("function-words.tsv", FUNCTION_WORDS + "she\tpronoun\n", /^function-words\.tsv:10: unknown kind 'pronoun'/);
  bad("function-words.tsv", FUNCTION_WORDS + "he\tspeaker-pronoun\n", /^function-words\.tsv:10: duplicate 'he' as speaker-pronoun/);
  bad("function-words.tsv", FUNCTION_WORDS + "so that\tsubordinator\n", /^function-words\.tsv:10: one word a line/);
  bad("function-words.tsv", FUNCTION_WORDS + "While\tsubordinator\n", /^function-words\.tsv:10: entry must be lower case/);
  bad("function-words.tsv", FUNCTION_WORDS.replace("him\tobject-pronoun\n", ""), /^function-words\.tsv: no word of class 'object-pronoun'/);
  bad("function-words.tsv", FUNCTION_WORDS.replace("we\tunresolved-pronoun\n", ""), /^function-words\.tsv: no word of class 'unresolved-pronoun'/);
  assert.throws(() => compileLexicon({ ...good, "titles.tsv": undefined as unknown as string }), /titles\.tsv: missing/);
});

test("function words: each class read from the data, a word under several classes", () => {
  const lex = compileLexicon(good);
  assert.deepEqual([...lex.speakerPronouns], ["he"]);
  assert.deepEqual([...lex.personPronouns], ["he"]);
  assert.deepEqual([...lex.determiners], ["the"]);
  assert.deepEqual([...lex.articles], ["the"]);
  assert.deepEqual([...lex.objectPronouns], ["him"]);
  assert.deepEqual([...lex.sourcePrepositions], ["from"]);
  assert.deepEqual([...lex.subordinators], ["while"]);
  const shipped = quoteLexicon();
  for (const w of ["he", "she"]) assert.ok(shipped.personPronouns.has(w) && shipped.speakerPronouns.has(w), w);
  for (const w of ["a", "an", "the"]) assert.ok(shipped.articles.has(w) && shipped.determiners.has(w), w);
  assert.ok(shipped.objectPronouns.has("her") && shipped.determiners.has("her"));
  for (const w of ["while", "where", "until", "because"]) assert.ok(shipped.subordinators.has(w), w);
});

test("titles and not-speakers with a stop are found by the word before it", () => {
  const lex = compileLexicon({ ...good, "titles.tsv": "gen.\thead\nminister\thead\nlt.\tmodifier\n", "not-speakers.tsv": "jan.\nmonday\n" });
  assert.deepEqual([...lex.dottedTitles], [["gen", "head"], ["lt", "modifier"]]);
  assert.deepEqual([...lex.dottedNotSpeakers], ["jan"]);
  const shipped = quoteLexicon();
  for (const [w, kind] of shipped.titles) if (w.endsWith(".")) assert.equal(shipped.dottedTitles.get(w.slice(0, -1)), kind, w);
  assert.equal(shipped.dottedTitles.size, [...shipped.titles.keys()].filter((w) => w.endsWith(".")).length);
});

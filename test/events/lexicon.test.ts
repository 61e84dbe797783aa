import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadLexicon, parsePattern, PLOVER_TYPES } from "../../src/events/index.js";
import { lexicon } from "./helpers.js";
import { dataDir } from "../../src/data-path.js";
import { I, ID_CLASSES, loadGrammar, W, WORD_CLASSES } from "../../src/events/lexicon.js";
import { readWords } from "../../src/events/words.js";
import { tokenize } from "../../src/nlp/tokenize.js";

test("every lexicon pattern parses, has a PLOVER type (or OTHER with a category) and an existing CAMEO code", () => {
  const lex = lexicon();
  assert.ok(lex.patterns.length >= 1500, `only ${lex.patterns.length} patterns`);
  const types = new Set<string>(PLOVER_TYPES);
  const seen = new Map<string, number>();
  for (const p of lex.patterns) {
    assert.ok(p.elems.length > 0, p.where);
    if (p.type === "OTHER") {
      assert.ok(p.category, `${p.where}: OTHER without category`);
      continue;
    }
    assert.ok(types.has(p.type), `${p.where}: type ${p.type}`);
    assert.ok(p.cameo && lex.cameo.has(p.cameo), `${p.where}: CAMEO ${p.cameo}`);
    assert.ok(p.intensity === null || (p.intensity >= -10 && p.intensity <= 10), p.where);
    seen.set(p.type, (seen.get(p.type) ?? 0) + 1);
  }
  for (const t of PLOVER_TYPES) assert.ok((seen.get(t) ?? 0) >= 20, `${t} has only ${seen.get(t) ?? 0} patterns`);
});

test("pattern syntax: slots, alternatives, negatives and hyphenated words", () => {
  const e = parsePattern("accuse X of", "t:1");
  assert.deepEqual(e.map((x) => x.kind), ["word", "slot", "word"]);
  const h = parsePattern("cease-fire", "t:2");
  assert.equal(h.length, 3);
  assert.throws(() => parsePattern("X accuse", "t:3"), /t:3/);
  assert.throws(() => parsePattern("accuse X X", "t:4"), /t:4/);
});

test("a bad pattern file is reported with its file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), "evlex-"));
  const f = join(dir, "extra.tsv");
  writeFileSync(f, "id\ttype\tcategory\tmode\tcontext\tcameo\tintensity\tpos\tpattern\tflags\nx.1\tAGREE\t\t\t\t999\t\tV\tshake hands\t\n");
  assert.throws(() => loadLexicon([f]), /extra\.tsv:2: unknown CAMEO code '999'/);
  writeFileSync(f, "x.2\tBICKER\t\t\t\t111\t\tV\tbicker\t\n");
  assert.throws(() => loadLexicon([f]), /extra\.tsv:1: unknown type 'BICKER'/);
  writeFileSync(f, "x.3\tACCUSE\t\t\t\t111\t\tQ\tbicker\t\n");
  assert.throws(() => loadLexicon([f]), /extra\.tsv:1: pos must be V or N/);
});

test("an extra pattern file adds patterns", () => {
  const dir = mkdtempSync(join(tmpdir(), "evlex-"));
  const f = join(dir, "extra.tsv");
  writeFileSync(f, "x.4\tCONSULT\t\t\t\t040\t\tV\tpowwow with\t\n");
  const lex = loadLexicon([f]);
  assert.equal(lex.patterns.length, lexicon().patterns.length + 1);
  const t = lex.triggers[lex.words.get("powwow") ?? -1];
  assert.ok([...(t?.rest ?? []), ...[...(t?.second?.values() ?? [])].flat()].some((p) => p.id === "x.4"));
});

test("a bad grammar file is reported with its file and the list at fault", () => {
  const dir = mkdtempSync(join(tmpdir(), "evgram-"));
  const good = JSON.parse(readFileSync(join(dataDir("patterns"), "grammar.json"), "utf8")) as Record<string, unknown>;
  const check = (edit: (g: Record<string, unknown>) => void, expected: RegExp) => {
    const g = structuredClone(good);
    edit(g);
    const f = join(dir, "grammar.json");
    writeFileSync(f, JSON.stringify(g));
    assert.throws(() => loadGrammar(f), expected);
  };
  assert.ok(loadGrammar().possessives.has("their"));
  check((g) => delete g.phraseBreakers, /grammar\.json: 'phraseBreakers' must be a list of non-empty strings/);
  check((g) => (g.possessives = ["its", 3]), /grammar\.json: 'possessives' must be a list/);
  check((g) => (g.meetingVerbs = ["meet", " "]), /grammar\.json: 'meetingVerbs' must be a list of non-empty strings/);
  check((g) => (g.requiresTarget = ["AID", "BICKER"]), /grammar\.json: 'requiresTarget': unknown type 'BICKER'/);
  check((g) => (g.strikeNouns = ["strike", "Strike"]), /grammar\.json: 'strikeNouns': 'Strike' is listed twice/);
  check((g) => (g.posessives = ["its"]), /grammar\.json: unknown list 'posessives'/);
  check((g) => (g.reciprocals = ["each other", "mutually"]), /grammar\.json: 'reciprocals': 'mutually' must be two words/);
  check((g) => delete g.coordinators, /grammar\.json: 'coordinators' must be a list of non-empty strings/);
  check((g) => (g.insidePreps = ["in ", "at"]), /grammar\.json: 'insidePreps': 'in ' has blanks around it/);
  check((g) => (g.insidePreps = ["in", "inside of"]), /grammar\.json: 'insidePreps': 'inside of' must be one word/);
  check((g) => (g.negation = ["not", "no longer"]), /grammar\.json: 'negation': 'no longer' must be one word/);
  assert.ok([...loadGrammar().liftVerbs].some((w) => w.includes(" ")), "liftVerbs keeps its phrases");
  writeFileSync(join(dir, "broken.json"), "{");
  assert.throws(() => loadGrammar(join(dir, "broken.json")), /broken\.json: cannot read/);
});

test("a token's word classes are exactly the grammar lists its lower-case form and lemma are in", () => {
  const lex = lexicon();
  const g = lex.grammar;
  const doc = tokenize(
    "The two leaders did not meet in Paris on Monday, which officials said had been expected; " +
      "their countries wo n't lift the strikes, including those its troops would call off.",
  );
  const w = readWords(doc.tokens, lex);
  let hits = 0;
  doc.tokens.forEach((t, j) => {
    for (const k of WORD_CLASSES) {
      assert.equal((w.lowerClass[j] & W[k]) !== 0, g[k].has(t.lower), `${t.text} lower ${k}`);
      assert.equal((w.lemmaClass[j] & W[k]) !== 0, g[k].has(t.lemma.toLowerCase()), `${t.text} lemma ${k}`);
      if (g[k].has(t.lower)) hits++;
    }
  });
  assert.ok(hits >= 10, `only ${hits} class hits: the sentence no longer exercises the lists`);
});

test("a token's id classes are exactly the id-class lists its lower-case form is in", () => {
  const lex = lexicon();
  const g = lex.grammar;
  const doc = tokenize("On Monday the envoys of Chile, Peru and Japan met in Lima at this late hour, or so it seemed.");
  const w = readWords(doc.tokens, lex);
  let hits = 0;
  doc.tokens.forEach((t, j) => {
    const id = w.lowerIds[j];
    for (const k of ID_CLASSES) {
      assert.equal(id >= 0 && (lex.idClasses[id] & I[k]) !== 0, g[k].has(t.lower), `${t.text} ${k}`);
      if (g[k].has(t.lower)) hits++;
    }
  });
  assert.ok(hits >= 8, `only ${hits} id-class hits: the sentence no longer exercises the lists`);
});

test("the lexicon compiles the reciprocal pronouns into word-id pairs, the venue names into one pattern and the lift phrases into a map", () => {
  const lex = lexicon();
  const pairs: string[] = [];
  const name = new Map([...lex.words].map(([k, v]) => [v, k]));
  for (let k = 0; k < lex.reciprocals.length; k += 2) pairs.push(`${name.get(lex.reciprocals[k])} ${name.get(lex.reciprocals[k + 1])}`);
  assert.deepEqual(pairs, [...lex.grammar.reciprocals]);
  assert.ok(pairs.includes("each other"));
  assert.ok(lex.venueNames.test("the White House"));
  for (const e of lex.grammar.liftVerbs) {
    const sp = e.indexOf(" ");
    if (sp > 0) assert.ok(lex.liftPhrases.get(e.slice(0, sp))?.has(e.slice(sp + 1)), e);
  }
  assert.ok(!lex.liftPhrases.get("call")?.has("on"));
  assert.ok(!lex.venueNames.test("Parliament"));
});

test("each first word's second-word mask has the bit of every one of its second words", () => {
  const t = lexicon().triggerTable;
  let pairs = 0;
  for (let w = 0; w + 1 < t.secondStart.length; w++) {
    for (let k = t.secondStart[w]; k < t.secondStart[w + 1]; k++) {
      const b = t.secondWord[k];
      assert.equal((t.secondMask[w] >>> (b & 31)) & 1, 1, `word ${w}, second word ${b}`);
      pairs++;
    }
  }
  assert.ok(pairs >= 50, `only ${pairs} first/second word pairs`);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fc from "fast-check";
import model from "wink-eng-lite-web-model";
import { Automaton, Matches, NO_NAME, SKIP, codeOf, type Swap } from "../../../src/nlp/reader/automaton.js";
import { LF_LEXEME, OOV_LEXEME } from "../../../src/nlp/reader/machines.js";
import { annotate } from "../../../src/nlp/reader/annotate.js";
import { readNormals } from "../../../src/nlp/reader/normals.js";
import { sentences } from "../../../src/nlp/reader/sentences.js";
import { tag } from "../../../src/nlp/reader/tagger.js";
import { winkReference } from "./wink-reference.js";

const require = createRequire(import.meta.url);
const ref = winkReference();

/** Reads `text` with wink and with the reader; returns a description of the first difference. */
function differs(text: string): string | null {
  const r = ref.read(text);
  const normals = readNormals(r.raw, ref.lexicon);
  if (String(normals) !== String(r.normals)) return "normals";
  const spans = sentences(r.raw, ref.lexicon, normals);
  if (JSON.stringify(spans) !== JSON.stringify(r.sentences)) return `sentences ${JSON.stringify(spans)} vs ${JSON.stringify(r.sentences)}`;
  tag(r.raw, ref.lexicon, normals);
  for (let i = 0; i < r.tagged.length; i++) if (r.raw.data[i] !== r.tagged[i]) return `token ${i >> 2} field ${i & 3}`;
  return null;
}

const PIECES = [
  "WASHINGTON (Reuters) - The U.S. Senate voted 52-48 on Tuesday to confirm the nominee.",
  "Mr. Lee told reporters in Seoul on Jan. 5 that talks would resume.",
  "J.R. Hammond, a former U.N. envoy, said the deal was \"dead on arrival.\"",
  "\"We will not back down,\" the minister said.",
  "Did they really agree?! Nobody knows...",
  "The vote was close... very close.",
  "1. Ceasefire talks 2. Prisoner swaps 3. Aid corridors",
  "Rebels seize airport in overnight raid",
  "The army (which denies the report) said it saw no troops there.",
  "Officials - speaking on condition of anonymity - said the lead negotiator would lead again.",
  "They can't say, and she won't; we'd rather not, he said.",
  "Police saw the suspect saw through the bars that night.",
  "That is the claim that US officials made to us.",
  "Gen. Mark Smith and Sen. Ann Jones met at 10 a.m. in St. Louis, Mo., on Feb. 3.",
  "Prices rose 3.5% in Q2 vs. 2.1% a year earlier, i.e. faster than forecast.",
  "'It is over,' she said. 'Go home.'",
  "Lead contamination was found in the water (see p. 4).",
  "Who leads?\n\nThe opposition leader — for now.",
];

test("the lexicon's fixed lexemes are the ones wink's automata skip", () => {
  assert.equal(ref.cache.lookup("\n")[0], LF_LEXEME);
  assert.equal(ref.cache.lookup(ref.cache.value(0))[0], OOV_LEXEME);
});

test("wire-copy sentences: same normals, sentence spans and tags as wink", () => {
  for (const p of PIECES) assert.equal(differs(p), null, p);
  assert.equal(differs(PIECES.join(" ")), null);
  assert.equal(differs(PIECES.join("\n")), null);
  assert.equal(differs(PIECES.join("\n\n\n")), null);
  for (const edge of ["", "Hello", "\n\n\n", ".", "\"", "U.S.", "Mr. Smith"]) assert.equal(differs(edge), null, JSON.stringify(edge));
});

test("the reader can be told apart from a wrong reading (the comparison is not vacuous)", () => {
  const r = ref.read(PIECES[2]);
  const normals = readNormals(r.raw, ref.lexicon);
  assert.ok(sentences(r.raw, ref.lexicon, normals).length >= 1);
  const before = Array.from(r.raw.data);
  tag(r.raw, ref.lexicon, normals);
  assert.notDeepEqual(before, Array.from(r.raw.data), "tagging writes the tags");
  assert.deepEqual(Array.from(r.raw.data), r.tagged);
});

test("annotate() gives wink's sentences, tags and automata normals in one call", () => {
  const text = PIECES.slice(0, 6).join(" ");
  const r = ref.read(text);
  const a = annotate(r.raw, ref.lexicon);
  assert.deepEqual(a.sentences, r.sentences);
  assert.deepEqual(Array.from(a.normals), r.normals);
  assert.deepEqual(Array.from(r.raw.data), r.tagged);
});

test("random mixes of wire-copy pieces read as wink reads them", () => {
  const piece = fc.oneof(
    fc.constantFrom(...PIECES),
    fc.constantFrom("Mr.", "U.S.", "Jan.", "A.", "US", "us", "lead", "saw", "that", "\"", "'", "?!", "...", "(", ")", "-", "—", "2.", "can't", "\n", "\n\n", "\n\n\n", "e.g.", "Inc.", "no.", "No. 3"),
  );
  const sep = fc.constantFrom(" ", "", "  ", "\n", "\n\n");
  fc.assert(
    fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 14 }), (parts) => {
      const text = parts.map(([p, s]) => p + s).join("");
      const d = differs(text);
      if (d !== null) throw new Error(`${d} in ${JSON.stringify(text)}`);
    }),
    { numRuns: 300 },
  );
});

/** The machine's integer keys (of every state, or of the root only), to draw streams that walk its states. */
function alphabet(json: string, rootOnly = false): number[] {
  const fsm = JSON.parse(json)[2] as Record<string, Record<string, number>>;
  const keys = new Set<number>();
  for (const s in fsm) {
    if (rootOnly && s !== "0") continue;
    for (const k in fsm[s]) if (String(Number(k)) === k && Number(k) !== 2070003) keys.add(Number(k));
  }
  return [...keys];
}

test("recognize() equals wink's automaton.js on random streams, skipped tokens and pattern swaps", () => {
  const fsm = require("wink-nlp/src/automaton.js");
  const machines = [
    ...(model as unknown as { pos(): { machines: string[] } }).pos().machines,
    ...(model as unknown as { sbd(): { machines: string[] } }).sbd().machines,
  ];
  for (const json of machines) {
    const wink = fsm(ref.cache, ref.cache.value(0));
    wink.importJSON(json);
    const mine = new Automaton(json);
    const keys = alphabet(json);
    const token = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(0, 5, 123456));
    const swapped = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...alphabet(json, true)));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(29), fc.nat(3), swapped), { maxLength: 6 }), (tokens, subs) => {
        const n = tokens.length;
        // wink's keyLF here is lexeme 0: those tokens are skipped.
        const syms = Int32Array.from(tokens, (t) => (t === 0 ? SKIP : mine.symbolOf(t)));
        let swap: Swap | null = null;
        const px: Array<[number, number, string]> = [];
        if (subs.length) {
          swap = { end: new Int32Array(n + 1).fill(-1), sym: new Int32Array(n + 1) };
          const used = new Set<number>();
          for (const [a, len, v] of subs) {
            if (a >= n || used.has(a)) continue;
            used.add(a);
            px.push([a, Math.min(a + len, n - 1), String(v)]);
            swap.end[a] = Math.min(a + len, n - 1);
            swap.sym[a] = mine.symbolOf(codeOf(String(v)));
          }
          wink.setPatternSwap(px.length ? px : null);
          if (!px.length) swap = null;
        } else wink.setPatternSwap(null);
        const expected = (wink.recognize(tokens) as Array<[number, number, string | undefined]>).map(([f, l, name]) => [f, l, name === undefined ? "none" : String(codeOf(name))]);
        const out = new Matches();
        mine.recognize(syms, n, out, swap);
        const got = [];
        for (let k = 0; k < out.count; k++) got.push([out.first(k), out.last(k), out.value(k) === NO_NAME ? "none" : String(out.value(k))]);
        assert.deepEqual(got, expected);
      }),
      { numRuns: 1500 },
    );
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fc from "fast-check";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { Lexicon } from "../../../src/nlp/reader/lexicon.js";
import { CLASS_FLAGS, LONG_RUN, charClasses, tokenize } from "../../../src/nlp/reader/tokenizer.js";
import { lemmaOf, normals, tags, values } from "../../../src/nlp/reader/output.js";
import { PIECES, SENTENCES, SEPARATORS } from "./pieces.js";
import { winkTokens } from "./wink-tokens.js";

const require = createRequire(import.meta.url);

// Each pair (wink, Lexicon) reads the same texts in the same order, so the words either learns
// get the same indexes: raw tokens are compared number for number.
const ref = winkTokens();
const refLex = new Lexicon();

function sameRawTokens(text: string): void {
  const want = ref.tokens(text);
  const got = tokenize(text, refLex);
  assert.equal(got.count, want.length / 4, `token count of ${JSON.stringify(text)}`);
  for (let k = 0; k < want.length; k++) {
    if (got.data[k] !== want[k]) {
      const i = k >> 2;
      assert.fail(`${JSON.stringify(text)}: token ${i} (${ref.cache.value(want[4 * i])}), number ${k & 3}: wink ${want[k]}, reader ${got.data[k]}`);
    }
  }
}

test("raw tokens are wink's, number for number, for wire copy and its awkward cases", () => {
  for (const s of SENTENCES) sameRawTokens(s);
  // Read again: the words learned the first time now split otherwise in neither.
  for (const s of SENTENCES) sameRawTokens(s);
  sameRawTokens(SENTENCES.join("\n\n\n"));
});

test("edge texts: empty, spaces only, one character, a lone surrogate", () => {
  for (const s of ["", " ", "   ", "\u00a0", "\n", "a", ".", "\ud83d", "x\ud800y", "\u3000", "'s", "’s", "s'", "--", "–"]) sameRawTokens(s);
});

test("the class table the scan reads is the model's patterns, code unit by code unit", () => {
  const core = require("wink-eng-lite-web-model").core();
  const word = new RegExp(core.trex.ltc[0][0], core.trex.ltc[0][1]);
  const wordRP = new RegExp(core.trex.ltc[1][0], core.trex.ltc[1][1]);
  const splitter = new RegExp(core.trex.helpers.splitter[0], core.trex.helpers.splitter[1]);
  const cls = charClasses();
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    const parts = ("a" + ch + "a").split(splitter);
    const space = parts.length === 3 && parts[1] === ch && ch !== "\n" && ch !== "\r" && ch !== "\t";
    const lineBreak = parts.length === 3 && parts[1] === ch && !space;
    assert.equal((cls[c] & CLASS_FLAGS.letter) !== 0, word.test(ch), `letter ${c}`);
    assert.equal((cls[c] & CLASS_FLAGS.closing) !== 0, !word.test(ch) && wordRP.test("a" + ch), `closing ${c}`);
    assert.equal((cls[c] & CLASS_FLAGS.space) !== 0, space, `space ${c}`);
    assert.equal((cls[c] & CLASS_FLAGS.lineBreak) !== 0, lineBreak, `line break ${c}`);
  }
});

test("code units alone and after letters: the same raw tokens as wink", () => {
  const alone: string[] = [];
  const after: string[] = [];
  // All of Latin, Greek, Cyrillic, the general punctuation and symbols, then a sample.
  for (let c = 0; c < 65536; c += c < 0x2200 ? 1 : 97) {
    const ch = String.fromCharCode(c);
    alone.push(ch);
    after.push("qz" + ch);
  }
  sameRawTokens(alone.join(" "));
  sameRawTokens(after.join(" "));
});

test("random mixes of awkward pieces: the same raw tokens as wink", () => {
  const piece = fc.constantFrom(...PIECES);
  const sep = fc.constantFrom(...SEPARATORS);
  const text = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 30 }).map((ps) => ps.map(([p, s]) => p + s).join(""));
  fc.assert(fc.property(text, (t) => sameRawTokens(t)), { numRuns: 300 });
});

test("random mixes with random characters glued to pieces: the same raw tokens as wink", () => {
  const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 }));
  const sep = fc.constantFrom(...SEPARATORS);
  const text = fc.array(fc.tuple(piece, piece, sep), { minLength: 1, maxLength: 20 }).map((ps) => ps.map(([a, b, s]) => a + b + s).join(""));
  fc.assert(fc.property(text, (t) => sameRawTokens(t)), { numRuns: 300 });
});

// Against wink's public API: values, normals, spaces and contraction flags as readDoc gives them,
// and tags and lemmas once the reader's tokens carry wink's POS.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
const lex = new Lexicon();
const posNumber = new Map<string, number>();
for (let p = 0; p < 32 && lex.posName(p) !== undefined; p++) posNumber.set(lex.posName(p), p);

function sameAsReadDoc(text: string): void {
  const col = nlp.readDoc(text).tokens();
  const ids = col.out(its.uniqueId) as unknown as number[];
  const winkValues = col.out(its.value);
  const winkNormals = col.out(its.normal);
  const spaces = col.out(its.precedingSpaces) as string[];
  const contractions = col.out(its.contractionFlag) as unknown as boolean[];
  const pos = col.out(its.pos);
  const lemmas = col.out(its.lemma as never) as unknown as string[];
  const raw = tokenize(text, lex);
  const where = JSON.stringify(text);
  assert.equal(raw.count, ids.length, `token count of ${where}`);
  assert.deepEqual(Array.from({ length: raw.count }, (_, i) => raw.data[4 * i]), ids, `lexemes of ${where}`);
  assert.deepEqual(values(raw, lex), winkValues, `values of ${where}`);
  assert.deepEqual(normals(raw, lex), winkNormals, `normals of ${where}`);
  for (let i = 0; i < raw.count; i++) {
    const ps = raw.data[4 * i + 1] & 0xffff;
    if (ps === 0xffff) assert.match(spaces[i], /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/, `${where} token ${i}`);
    else assert.equal(spaces[i].length, ps, `${where} spaces before token ${i}`);
    assert.equal(raw.data[4 * i + 1] > 0xffff, contractions[i], `${where} contraction flag of token ${i}`);
    assert.equal(raw.data[4 * i + 3], 0);
    // What wink's POS setter does: contractions keep the POS their expansion gave them.
    if (raw.data[4 * i + 2] === 0) raw.data[4 * i + 2] = posNumber.get(pos[i])! << 20;
  }
  assert.deepEqual(tags(raw, lex), pos, `tags of ${where}`);
  for (let i = 0; i < raw.count; i++) assert.equal(lemmaOf(raw, lex, i), lemmas[i], `${where} lemma of token ${i} (${winkValues[i]})`);
}

test("values, normals, spaces, contractions, tags and lemmas are readDoc's", () => {
  for (const s of SENTENCES) sameAsReadDoc(s);
  sameAsReadDoc(SENTENCES.join("\n\n\n"));
  for (const s of SENTENCES) sameAsReadDoc(s.toUpperCase());
  for (const s of SENTENCES) sameAsReadDoc(s.toLowerCase());
});

test("random mixes of awkward pieces: the same strings as readDoc", () => {
  const piece = fc.constantFrom(...PIECES);
  const sep = fc.constantFrom(...SEPARATORS);
  const text = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 25 }).map((ps) => ps.map(([p, s]) => p + s).join(""));
  fc.assert(fc.property(text, (t) => sameAsReadDoc(t)), { numRuns: 150 });
});

test("a run without a space longer than LONG_RUN that no fast path reads is read in pieces, each as wink reads it", () => {
  // wink reads such a run whole with patterns that take quadratic time; the reader reads it in pieces.
  const lex = new Lexicon();
  const pieceRef = winkTokens();
  const run = "Supercalifragilistic".repeat(60) + "-ish"; // 1,204 characters, a hyphenated unknown word
  assert.ok(run.length > LONG_RUN && run.length <= 2 * LONG_RUN);
  const got = values(tokenize(`Then ${run} ended.`, lex), lex);
  const want = [
    ...valuesOfWink(pieceRef, "Then"),
    ...valuesOfWink(pieceRef, run.slice(0, LONG_RUN)),
    ...valuesOfWink(pieceRef, run.slice(LONG_RUN)),
    ...valuesOfWink(pieceRef, "ended."),
  ];
  assert.deepEqual(got, want);
  assert.ok(got.length > 4);
});

function valuesOfWink(r: ReturnType<typeof winkTokens>, text: string): string[] {
  const raw = r.tokens(text);
  const out: string[] = [];
  for (let k = 0; k < raw.length; k += 4) out.push(r.cache.value(raw[k]));
  return out;
}

test("a run is never cut between the halves of a surrogate pair, and a 500-character URL is read as wink reads it", () => {
  const lex = new Lexicon();
  const run = "-".repeat(LONG_RUN - 1) + "\u{1F600}x-y";
  const got = values(tokenize(run, lex), lex);
  for (const v of got) assert.ok(!/^[\ud800-\udbff]$|^[\udc00-\udfff]/.test(v), JSON.stringify(v));
  assert.equal(got.join(""), run);
  const url = "https://news.example.com/world/2025/06/06/" + "ministers-meet-to-discuss-border-talks-".repeat(11) + "?utm_source=feed&utm_medium=rss";
  assert.ok(url.length > 450 && url.length < LONG_RUN);
  const ref = winkTokens();
  sameValues(values(tokenize(`See ${url} today.`, lex), lex), valuesOfWink(ref, `See ${url} today.`));
});

function sameValues(got: string[], want: string[]): void {
  assert.deepEqual(got, want);
}

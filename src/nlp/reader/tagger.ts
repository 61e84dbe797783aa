// POS tags exactly as wink-nlp's readDoc gives them with wink-eng-lite-web-model (MIT): each
// token's default POS (wink-nlp src/tokens-mappers.js mapRawTokens2UIdOfDefaultPOS), then every
// pos machine over the tags, tokens transformed as the model's pos-transformers.js does and
// matches applied as its pos-updater.js does, and at the end pos-setter.js: the tag goes into
// data[4i + 2] unless the tokenizer preset it (contractions).
import { Matches, NO_NAME, SKIP } from "./automaton.js";
import { OOV_LEXEME, posMachines } from "./machines.js";
import { BITS4LEMMA, HINT_DELTA, type RawTokens, type ReaderLexicon } from "./types.js";


let tags = new Int32Array(1024);
let hints = new Int32Array(1024);
let syms = new Int32Array(1024);
const matches = new Matches();

/** Fills data[4i + 2] of every token not preset by the tokenizer with its POS << 20. */
export function tag(tokens: RawTokens, lex: ReaderLexicon, normals: ArrayLike<number>): void {
  const n = tokens.count;
  grow(n);
  const data = tokens.data;
  for (let i = 0; i < n; i++) {
    tags[i] = lex.defaultPos(tokens, i);
    hints[i] = lex.posHint(data[4 * i]);
  }
  const machines = posMachines();
  for (let m = 0; m < machines.length; m++) {
    const machine = machines[m];
    const { tagSyms, hintSyms } = symbolTables(m);
    for (let j = 0; j < n; j++) {
      const t = tags[j];
      const h = hints[j];
      if (t === OOV_LEXEME) syms[j] = SKIP;
      else if (h !== 0) syms[j] = h < SMALL ? hintSyms[h] : machine.symbolOf(h + HINT_DELTA);
      else syms[j] = t >= 0 && t < SMALL ? tagSyms[t] : machine.symbolOf(t);
    }
    matches.clear();
    machine.recognize(syms, n, matches, null);
    update(matches, lex, normals, n);
  }
  for (let i = 0; i < n; i++) if (data[4 * i + 2] === 0) data[4 * i + 2] = tags[i] << BITS4LEMMA;
}

/** pos-updater.js: a negative name sets the first token's tag; a positive one only if the word can take it. */
function update(px: Matches, lex: ReaderLexicon, normals: ArrayLike<number>, n: number): void {
  for (let k = 0; k < px.count; k++) {
    const target = px.value(k);
    const at = px.first(k);
    if (target === NO_NAME || at < 0 || at >= n) continue;
    if (target < 0) tags[at] = -target;
    else if (lex.isMemberPOS(normals[at], target)) tags[at] = target;
  }
}

/** Tags and hints are small numbers: their symbols are read from tables, not hashed. */
const SMALL = 256;
const tables: Array<{ tagSyms: Int32Array; hintSyms: Int32Array }> = [];

function symbolTables(m: number): { tagSyms: Int32Array; hintSyms: Int32Array } {
  let t = tables[m];
  if (t === undefined) {
    const machine = posMachines()[m];
    t = { tagSyms: new Int32Array(SMALL), hintSyms: new Int32Array(SMALL) };
    for (let v = 0; v < SMALL; v++) {
      t.tagSyms[v] = machine.symbolOf(v);
      t.hintSyms[v] = machine.symbolOf(v + HINT_DELTA);
    }
    tables[m] = t;
  }
  return t;
}

function grow(size: number): void {
  if (tags.length >= size) return;
  const len = Math.max(size, 2 * tags.length);
  tags = new Int32Array(len);
  hints = new Int32Array(len);
  syms = new Int32Array(len);
}

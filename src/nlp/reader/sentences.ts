// Sentence boundaries exactly as wink-nlp's readDoc finds them with wink-eng-lite-web-model (MIT):
// every sbd machine in turn, each fed the previous one's matches as substitutions
// (wink-nlp src/wink-nlp.js readDoc), tokens transformed as the model's sbd-transformers.js does,
// spans built as its sbd-setter.js does.
import { Automaton, Matches, SKIP, STRING_CODE_BASE, type Swap } from "./automaton.js";
import { LF_LEXEME, sbdMachines } from "./machines.js";
import { HINT_DELTA, type RawTokens, type ReaderLexicon } from "./types.js";

/** sbd-transformers.js reads hints and abbreviations as HINT_DELTA + a small code. */
/** sbd-transformers.js: a hint 4 (ambiguous quote) becomes 6 after spaces. */
const AMBIGUOUS_QUOTE = 4;
const SPACED_AMBIGUOUS_QUOTE = 6;
const LIKELY_EOS = 7;
const NON_EOS = 8;

let values = new Int32Array(1024);
let syms = new Int32Array(1024);
let swapEnd = new Int32Array(1024);
let swapSym = new Int32Array(1024);
let matches = new Matches();
let previous = new Matches();

/** Sentences as [first, last] token indexes, equal to wink's rdd.sentences [start, end]. */
export function sentences(tokens: RawTokens, lex: ReaderLexicon, normals: ArrayLike<number>): Array<[number, number]> {
  const n = tokens.count;
  grow(n + 1);
  const data = tokens.data;
  const machines = sbdMachines();
  let swap: Swap | null = null;
  for (let m = 0; m < machines.length; m++) {
    const machine = machines[m];
    if (m === 0) {
      // wink transforms a token each time a machine reads it; the transform is pure, so once.
      for (let j = 0; j < n; j++) {
        if (normals[j] === LF_LEXEME) syms[j] = SKIP;
        else syms[j] = machine.symbolOf((values[j] = transform(normals[j], data, j, lex)));
      }
    } else {
      swap = swapOf(previous, machine, tokens, lex, n);
      for (let j = 0; j < n; j++) syms[j] = normals[j] === LF_LEXEME ? SKIP : machine.symbolOf(values[j]);
    }
    matches.clear();
    machine.recognize(syms, n, matches, swap);
    const t = previous;
    previous = matches;
    matches = t;
  }
  return spans(previous, n);
}

/** sbd-transformers.js transformers[0]: the value the machines read for token j. */
function transform(token: number, data: Uint32Array, j: number, lex: ReaderLexicon): number {
  // A substituted pattern name that is not a number ('SBD') is no lexeme: wink's cache has no
  // sbdHint and no isAbbrev for it.
  const named = token < STRING_CODE_BASE;
  const lexeme = data[4 * j];
  let mapped = named ? lex.sbdHint(token) : 0;
  if (mapped === 0 && lexeme !== token) mapped = lex.sbdHint(lexeme);
  if (mapped === AMBIGUOUS_QUOTE) mapped = (data[4 * j + 1] & 0xffff) !== 0 ? SPACED_AMBIGUOUS_QUOTE : AMBIGUOUS_QUOTE;
  if (mapped) return mapped + HINT_DELTA;
  if (named && lex.isAbbrev(token)) return HINT_DELTA + (lex.valueLength(token) === 2 ? NON_EOS : LIKELY_EOS);
  return token;
}

/** wink's setPatternSwap + the substituted token's transform (not applied to end of stream). */
function swapOf(px: Matches, machine: Automaton, tokens: RawTokens, lex: ReaderLexicon, n: number): Swap {
  swapEnd.fill(-1, 0, n + 1);
  for (let k = 0; k < px.count; k++) {
    const first = px.first(k);
    if (first < 0 || first > n) continue;
    const value = px.value(k);
    swapEnd[first] = px.last(k);
    swapSym[first] = machine.symbolOf(first < n ? transform(value, tokens.data, first, lex) : value);
  }
  return { end: swapEnd, sym: swapSym };
}

/** sbd-setter.js: each match's first token ends a sentence; the rest of the text is the last. */
function spans(px: Matches, n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let si: [number, number] = [0, n - 1];
  for (let k = 0; k < px.count; k++) {
    si[1] = px.first(k);
    if (k < px.count - 1) {
      out.push(si);
      si = [px.first(k) + 1, n - 1];
    }
  }
  out.push(si);
  if (si[1] < n - 1) out.push([si[1] + 1, n - 1]);
  return out;
}

function grow(size: number): void {
  if (values.length >= size) return;
  const len = Math.max(size, 2 * values.length);
  values = new Int32Array(len);
  syms = new Int32Array(len);
  swapEnd = new Int32Array(len);
  swapSym = new Int32Array(len);
}

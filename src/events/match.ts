// Matches lexicon patterns at a token: each element is tried in order with a short bounded gap
// of modifiers between words, so the cost per token is constant.
import { I, type Lexicon, type Pattern, W } from "./lexicon.js";
import type { Sent } from "./np.js";
import { NOT, type PatternTable, SLOT, type TriggerTable } from "./pattern-table.js";
import type { Words } from "./words.js";

export interface Match {
  pattern: Pattern;
  /** Token indexes of the trigger, [first, last]. */
  first: number;
  last: number;
  /** Token range of the X slot, or null. */
  slot: [number, number] | null;
}

const GAP = 4;

/** The parts of speech a gap between pattern words may hold (DET, ADJ, NUM, ADV, NOUN, PROPN,
 *  PART, SYM), compared rather than looked up: wink's tags are interned strings. */
function gapPos(pos: string): boolean {
  return pos === "NOUN" || pos === "ADJ" || pos === "DET" || pos === "PROPN" || pos === "ADV" || pos === "NUM" || pos === "PART" || pos === "SYM";
}

/** True when the token's lower-case form or lemma is one of the word ids of element e. */
function wordOk(w: Words, j: number, t: PatternTable, e: number): boolean {
  const lower = w.lowerIds[j];
  const lemma = w.lemmaIds[j];
  const ids = t.ids;
  for (let k = t.idStart[e]; k < t.idStart[e + 1]; k++) if (ids[k] === lower || ids[k] === lemma) return true;
  return false;
}

/** An ASCII capital first letter, as /^[A-Z]/ tests. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function gapOk(s: Sent, j: number): boolean {
  if (s.lowerIn(j, W.possessives)) return true;
  const t = s.tokens[j];
  if (gapPos(t.pos)) return t.pos !== "PART" || t.lower === "'s" || t.lower === "’s";
  return t.pos === "PUNCT" && (t.text === "-" || t.text === "%");
}

function actorHead(s: Sent, j: number): boolean {
  return s.lemmaIn(j, W.actorNouns) || s.lowerIn(j, W.actorNouns | W.pluralAnaphors);
}

/** The state after a pattern's first k elements: where the next one is looked for, the last word
 *  matched and the X slot. Each state is kept per step id for the token being matched (stepRound),
 *  so patterns that start alike share the work. */
let stepRound = new Int32Array(0);
let stepPos = new Int32Array(0);
let stepLast = new Int32Array(0);
let stepSlotA = new Int32Array(0);
let stepSlotB = new Int32Array(0);
let stepFailed = new Uint8Array(0);

/** Tries pattern p (an index) at token i (its first word already matched); on success the match's
 *  end and X slot are left in `state`. */
function tryPattern(s: Sent, p: number, i: number, lex: Lexicon): boolean {
  const t = lex.table;
  const st = state;
  st.pos = i + 1;
  st.last = i;
  st.slotA = -1;
  st.slotB = -1;
  for (let e = t.elemStart[p] + 1; e < t.elemStart[p + 1]; e++) {
    const id = t.step[e];
    if (stepRound[id] !== tryRound) {
      stepRound[id] = tryRound;
      const ok = step(s, e, t.verb[p] === 1, t, st);
      stepFailed[id] = ok ? 0 : 1;
      if (!ok) return false;
      stepPos[id] = st.pos;
      stepLast[id] = st.last;
      stepSlotA[id] = st.slotA;
      stepSlotB[id] = st.slotB;
      continue;
    }
    if (stepFailed[id]) return false;
    st.pos = stepPos[id];
    st.last = stepLast[id];
    st.slotA = stepSlotA[id];
    st.slotB = stepSlotB[id];
  }
  if (st.slotA >= 0) st.last = Math.max(st.last, st.slotB);
  return true;
}

interface StepState {
  pos: number;
  last: number;
  slotA: number;
  slotB: number;
}

const state: StepState = { pos: 0, last: 0, slotA: -1, slotB: -1 };

/** Reads pattern element e at st.pos, advancing the state; false when it does not match. */
function step(s: Sent, e: number, verb: boolean, t: PatternTable, st: StepState): boolean {
  const toks = s.tokens;
  const pos = st.pos;
  const kind = t.kind[e];
  if (kind === NOT) return !(pos < s.end && wordOk(s.words, pos, t, e));
  if (kind === SLOT) {
    // A few determiners, adjectives or title words ("Prime Minister") may stand before the actor.
    let j = pos;
    let capital = false;
    for (let skip = 0; skip < 4 && j < s.end; skip++) {
      if (s.mentionAt[j] >= 0) break;
      const tag = toks[j].pos;
      const cap = startsUpper(toks[j].text) && (tag === "PROPN" || tag === "NOUN");
      if (!cap && tag !== "DET" && tag !== "ADJ" && tag !== "NUM") break;
      capital ||= cap;
      j++;
    }
    // Capitalized words before the name must end in a title ("Foreign Minister").
    if (capital && j < s.end && s.mentionAt[j] >= 0 && !actorHead(s, j - 1)) return false;
    if (j >= s.end || s.mentionAt[j] < 0) return false;
    let end = s.npEnd(j);
    // "gave Peru a grant": a determiner after the name opens a second object.
    let k = j;
    while (k + 1 < s.end && s.mentionAt[k + 1] === s.mentionAt[j]) k++;
    if (k < end && (toks[k + 1].pos === "DET" || toks[k + 1].pos === "NUM")) end = k;
    // "call Russia's invasion a war": the slot must be an actor, not a thing an actor has.
    if (s.mentionAt[end] < 0 && !actorHead(s, end)) return false;
    st.slotA = j;
    st.slotB = end;
    st.pos = end + 1;
    return true;
  }
  let found = -1;
  const maxGap = t.tight[e] === 1 ? 0 : GAP;
  for (let g = 0, j = pos; g <= maxGap && j < s.end; g++, j++) {
    if (wordOk(s.words, j, t, e)) {
      found = j;
      break;
    }
    if (s.mentionAt[j] >= 0) break;
    // "gave a welcome on Thursday to", "handed over 700 kg of medicine": a date, and a quantity's
    // "of", may stand in the gap.
    if (gapOk(s, j)) continue;
    const dated = verb && (s.timexAt[j] >= 0 || (toks[j].pos === "ADP" && j + 1 < s.end && s.timexAt[j + 1] >= 0));
    const quantity = toks[j].lower === "of" && j > pos && (toks[j - 1].pos === "NUM" || (j - 2 >= s.start && toks[j - 2].pos === "NUM"));
    if (!dated && !quantity) break;
  }
  if (found < 0) return t.optional[e] === 1;
  st.pos = found + 1;
  st.last = found;
  return true;
}

const NOUNISH = new Set(["NOUN", "PROPN", "X", "ADJ", "NUM"]);
export const MODIFIER_POS = new Set(["DET", "ADJ", "PART", "NUM"]);

/** Marks patterns already tried at the current token, without a Set per token. */
let triedAt = new Int32Array(0);
let tryRound = 0;

/** The state of one matchAt call: the token, whether its part of speech admits verb and noun
 *  patterns (computed on first need), and the best match so far (its pattern, end and X slot). */
interface Attempt {
  s: Sent | null;
  i: number;
  lex: Lexicon;
  verbOk: number;
  nounOk: number;
  /** The best pattern's index, or -1. */
  best: number;
  bestLast: number;
  bestSlotA: number;
  bestSlotB: number;
}

const attempt: Attempt = { s: null, i: 0, lex: null as unknown as Lexicon, verbOk: -1, nounOk: -1, best: -1, bestLast: 0, bestSlotA: -1, bestSlotB: -1 };

/** The last token of the blocking phrase the latest matchAt call found, or -1. */
let blockLast = -1;

/** Where the blocking phrase ("matched and consumed, never coded") found by the latest matchAt
 *  call ends (its last token), or -1 when that call found none. */
export function blockEnd(): number {
  return blockLast;
}

/** The most specific pattern matching at token i, or null (also for a blocking pattern, whose end
 *  blockEnd tells: no match object is made for it). Candidates are tried in a fixed order (the
 *  first word's lemma, then its lower-case form; for each, its patterns without a required
 *  second word, then those whose second word stands within reach), each once. */
export function matchAt(s: Sent, i: number, lex: Lexicon): Match | null {
  blockLast = -1;
  const w = s.words;
  const lemmaId = w.lemmaIds[i];
  const lowerId = w.lowerIds[i];
  const opens = lex.triggerTable.opens;
  const byLemma = lemmaId >= 0 && opens[lemmaId] === 1;
  // (Two forms spelt alike have one id.)
  const byLower = lowerId !== lemmaId && lowerId >= 0 && opens[lowerId] === 1;
  if (!byLemma && !byLower) return null;
  if (s.mentionAt[i] >= 0 && s.tokens[i].pos === "PROPN") return null;
  // "so-called" is not a phone call.
  if (i - 2 >= s.start && s.tokens[i - 1].text === "-" && s.tokens[i - 2].lower === "so") return null;
  if (triedAt.length < lex.patterns.length) triedAt = new Int32Array(lex.patterns.length);
  if (stepRound.length < lex.steps) {
    const n = lex.steps;
    [stepRound, stepPos, stepLast, stepSlotA, stepSlotB, stepFailed] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n), new Uint8Array(n)];
  }
  if (++tryRound > 0x7ffffffe) {
    triedAt.fill(0);
    stepRound.fill(0);
    tryRound = 1;
  }
  const at = attempt;
  at.s = s;
  at.i = i;
  at.lex = lex;
  at.verbOk = -1;
  at.nounOk = -1;
  at.best = -1;
  if (byLemma) tryTrigger(at, lemmaId);
  if (byLower) tryTrigger(at, lowerId);
  // (The attempt is reused by the next call and holds on to no document in between.)
  at.s = null;
  if (at.best < 0) return null;
  if (lex.patterns[at.best].block) {
    blockLast = at.bestLast;
    return null;
  }
  return { pattern: lex.patterns[at.best], first: i, last: at.bestLast, slot: at.bestSlotA < 0 ? null : [at.bestSlotA, at.bestSlotB] };
}

/** Tries the patterns the first word w (a word id) opens at the attempt's token. */
function tryTrigger(at: Attempt, w: number): void {
  const t = at.lex.triggerTable;
  for (let k = t.restStart[w]; k < t.restStart[w + 1]; k++) tryOnce(at, t.rest[k]);
  if (t.secondStart[w] === t.secondStart[w + 1]) return;
  const s = at.s!;
  const { lowerIds, lemmaIds } = s.words;
  const isSecond = t.isSecond;
  // (A word whose bit in w's mask is clear is none of w's second words.)
  const mask = t.secondMask[w];
  // Only patterns whose second word stands within reach of the first are tried.
  for (let j = at.i + 1; j <= at.i + 1 + GAP && j < s.end; j++) {
    const lower = lowerIds[j];
    if (lower >= 0 && ((mask >>> (lower & 31)) & 1) === 1 && isSecond[lower] === 1) trySecond(at, t, w, lower);
    const lemma = lemmaIds[j];
    if (lemma !== lower && lemma >= 0 && ((mask >>> (lemma & 31)) & 1) === 1 && isSecond[lemma] === 1) trySecond(at, t, w, lemma);
  }
}

/** Tries the patterns that start with the words w and then b (word ids), if any. */
function trySecond(at: Attempt, t: TriggerTable, w: number, b: number): void {
  // Binary search among w's second words (up to ~80), which are sorted.
  const words = t.secondWord;
  let lo = t.secondStart[w];
  let hi = t.secondStart[w + 1] - 1;
  while (lo <= hi) {
    const k = (lo + hi) >> 1;
    const x = words[k];
    if (x < b) lo = k + 1;
    else if (x > b) hi = k - 1;
    else {
      for (let q = t.secondPatStart[k]; q < t.secondPatStart[k + 1]; q++) tryOnce(at, t.secondPats[q]);
      return;
    }
  }
}

/** Tries pattern p (an index) at the attempt's token, once, keeping it when it is the best so far. */
function tryOnce(at: Attempt, p: number): void {
  if (triedAt[p] === tryRound) return;
  triedAt[p] = tryRound;
  const t = at.lex.table;
  // A less specific pattern than the best so far cannot replace it (matching is free of side
  // effects: a step it would have read is read alike by the next pattern that needs it).
  if (at.best >= 0 && t.weight[p] < t.weight[at.best]) return;
  // A pattern whose start already failed here, for another pattern that starts alike, fails too.
  const second = t.elemStart[p] + 1;
  if (second < t.elemStart[p + 1]) {
    const first = t.step[second];
    if (stepRound[first] === tryRound && stepFailed[first] === 1) return;
  }
  if (t.verb[p] === 1) {
    if (at.verbOk < 0) at.verbOk = verbReading(at.s!, at.i) ? 1 : 0;
    if (at.verbOk === 0) return;
  } else {
    if (at.nounOk < 0) at.nounOk = nounReading(at.s!, at.i) ? 1 : 0;
    if (at.nounOk === 0) return;
  }
  if (!tryPattern(at.s!, p, at.i, at.lex)) return;
  const best = at.best;
  const last = state.last;
  if (best < 0 || t.weight[p] > t.weight[best] || (t.weight[p] === t.weight[best] && last > at.bestLast)) {
    at.best = p;
    at.bestLast = last;
    at.bestSlotA = state.slotA;
    at.bestSlotB = state.slotB;
  }
}

/** True when the token at i may be read as a verb trigger. */
function verbReading(s: Sent, i: number): boolean {
  const t = s.tokens[i];
  const prev = i > s.start ? s.tokens[i - 1] : null;
  // "its long-threatened invasion": a participle hyphened to a word is a modifier; hyphened to an
  // actor ("Russian-occupied", "US-backed") it still says who did it.
  if (prev && prev.text === "-" && prev.start === t.start - 1 && i - 2 >= s.start && s.tokens[i - 2].end === prev.start && s.mentionAt[i - 2] < 0) return false;
  // A sentence-initial gerund ("Fighting between X and Y ...") is a noun, not a verb.
  if (i === s.start && t.lower.endsWith("ing")) return false;
  if (t.pos !== "VERB" && t.pos !== "AUX") {
    // wink sometimes tags a finite verb as a noun; accept it after an actor.
    if (!(NOUNISH.has(t.pos) && prev && s.mentionAt[i - 1] >= 0 && t.lower !== t.lemma && t.pos !== "PROPN")) return false;
  }
  return true;
}

/** True when the token at i may be read as a noun trigger. */
function nounReading(s: Sent, i: number): boolean {
  const t = s.tokens[i];
  const prev = i > s.start ? s.tokens[i - 1] : null;
  // A capitalized proper noun mid-sentence is a name ("March", "Rally"), not a trigger.
  if (t.pos === "PROPN" && i > s.start && t.text[0] !== t.text[0].toLowerCase()) return false;
  if (t.pos === "VERB" || t.pos === "AUX") {
    // "Fighting between X and Y": a gerund heading a phrase is a noun.
    const gerund = t.lower.endsWith("ing") && s.lowerAmong(i + 1, I.gerundPreps);
    if (!gerund && !(prev && MODIFIER_POS.has(prev.pos))) return false;
  }
  return true;
}

// Noun phrases on wink's POS tags: where an actor phrase starts and ends, its coordinated
// partners ("Trump and Xi", "the U.S., Israel and France") and which mentions stand for it.
import type { ActorLayer, Token } from "../doc.js";
import { I, W } from "./lexicon.js";
import type { Words } from "./words.js";

export interface Sent {
  tokens: Token[];
  /** Token range of the sentence, [start, end). */
  start: number;
  end: number;
  /** Global token index → mention index, or -1. */
  mentionAt: Int32Array;
  /** Global token index → time expression index, or -1. */
  timexAt: Int32Array;
  /** Global token index → the entity its mention names, or -1. */
  entityAt: Int32Array;
  /** Some token of the sentence is in a time expression. */
  hasTimex: boolean;
  /** The document's words: lemmas, lexicon word ids and grammar word classes by global token index. */
  words: Words;
  npEnd(j: number): number;
  npStart(j: number): number;
  /** True when token j's lower-case form (lowerIn) or lemma (lemmaIn) is in one of the grammar
   *  word lists named by the class bits (W.negation, W.future | W.hypothetical, ...). j must be a
   *  token of the document (the class arrays end with it); callers bound it by the sentence. */
  lowerIn(j: number, classes: number): boolean;
  lemmaIn(j: number, classes: number): boolean;
  /** True when token j's lower-case form is in one of the id-class word lists named by `classes`
   *  (bits of I); false past the document's end. */
  lowerAmong(j: number, classes: number): boolean;
}

export interface Group {
  start: number;
  end: number;
  mentions: number[];
  /** True when the phrase is a plural anaphor ("the two leaders", "both sides"). */
  plural: boolean;
  /** True when the subject was shared from a coordinated verb phrase ("X rejected ... and threatened"). */
  coord?: boolean;
}

/** The parts of speech a noun phrase is made of: DET, ADJ, NUM, PROPN, NOUN (compared, not looked
 *  up in a set: wink's tags are interned strings, so each test is one pointer compare). */
function npPos(pos: string): boolean {
  return pos === "NOUN" || pos === "PROPN" || pos === "DET" || pos === "ADJ" || pos === "NUM";
}

export function isPoss(t: Token): boolean {
  return t.pos === "PART" && (t.lower === "'s" || t.lower === "’s" || t.lower === "'" || t.lower === "’");
}

let endBuf = new Int32Array(4096);
let startBuf = new Int32Array(4096);

export function makeSent(tokens: Token[], start: number, end: number, mentionAt: Int32Array, timexAt: Int32Array, entityAt: Int32Array, words: Words): Sent {
  // Phrase bounds are asked for again and again by the readers of one sentence: each is computed
  // once (stored +1, so 0 means not yet known) in buffers shared by all sentences. A view of an
  // earlier sentence may be made while one is being read (Pairs.latest); the sentences do not
  // overlap and the memo holds only pure answers, so clearing a range again is safe.
  if (endBuf.length < end) [endBuf, startBuf] = [new Int32Array(2 * end), new Int32Array(2 * end)];
  endBuf.fill(0, start, end);
  startBuf.fill(0, start, end);
  let hasTimex = false;
  for (let j = start; j < end && !hasTimex; j++) hasTimex = timexAt[j] >= 0;
  return new SentView(tokens, start, end, mentionAt, timexAt, entityAt, hasTimex, words);
}

class SentView implements Sent {
  constructor(
    readonly tokens: Token[],
    readonly start: number,
    readonly end: number,
    readonly mentionAt: Int32Array,
    readonly timexAt: Int32Array,
    readonly entityAt: Int32Array,
    readonly hasTimex: boolean,
    readonly words: Words,
  ) {}

  lowerIn(j: number, classes: number): boolean {
    return (this.words.lowerClass[j] & classes) !== 0;
  }

  lemmaIn(j: number, classes: number): boolean {
    return (this.words.lemmaClass[j] & classes) !== 0;
  }

  lowerAmong(j: number, classes: number): boolean {
    const id = this.words.lowerIds[j];
    return id >= 0 && (this.words.lex.idClasses[id] & classes) !== 0;
  }

  private inNP(j: number): boolean {
    const { tokens, start, end, mentionAt } = this;
    if (j < start || j >= end) return false;
    if (mentionAt[j] >= 0) return true;
    const t = tokens[j];
    if (this.lowerIn(j, W.phraseBreakers)) return false;
    if (npPos(t.pos)) return true;
    // "the divided island": a participle between a determiner and a noun.
    if (t.pos === "VERB" && t.lower.endsWith("ed") && j > start && j + 1 < end && (tokens[j - 1].pos === "DET" || tokens[j - 1].pos === "ADJ") && (tokens[j + 1].pos === "NOUN" || tokens[j + 1].pos === "PROPN" || tokens[j + 1].pos === "ADJ")) return true;
    if (isPoss(t)) return true;
    // "Secretary of the Treasury Scott Bessent": "of" inside a title before a name.
    if (t.lower === "of" && j > start && /^[A-Z]/.test(tokens[j - 1].text) && j + 1 < end && (/^[A-Z]/.test(tokens[j + 1].text) || (tokens[j + 1].lower === "the" && j + 2 < end && /^[A-Z]/.test(tokens[j + 2].text)))) return true;
    if (t.pos === "PUNCT" && t.text === "-") return j + 1 < end && (npPos(tokens[j + 1].pos) || mentionAt[j + 1] >= 0);
    return false;
  }

  npEnd(j: number): number {
    const inside = j >= this.start && j < this.end;
    if (inside && endBuf[j] > 0) return endBuf[j] - 1;
    const from = j;
    while (this.inNP(j + 1)) j++;
    if (inside) endBuf[from] = j + 1;
    return j;
  }

  npStart(j: number): number {
    const inside = j >= this.start && j < this.end;
    if (inside && startBuf[j] > 0) return startBuf[j] - 1;
    const from = j;
    const tokens = this.tokens;
    while (this.inNP(j - 1)) {
      j--;
      // A determiner starts the phrase, unless it follows a title's "of" ("Secretary of the Treasury").
      if (tokens[j].pos === "DET" && !(this.inNP(j - 1) && tokens[j - 1].lower === "of")) break;
    }
    if (inside) startBuf[from] = j + 1;
    return j;
  }
}

/** The mention standing for the phrase [a, b], or -1; `role` decides how a non-actor head is read. */
function phraseMention(s: Sent, a: number, b: number, role: "source" | "target"): number {
  // The last mention in the phrase, and the last one not a possessor ("Russia's" in "Russia's ally").
  let last = -1;
  let lastNonPoss = -1;
  for (let j = a; j <= b; j++) {
    const m = s.mentionAt[j];
    if (m < 0 || m === last) continue;
    let k = j;
    while (k + 1 <= b && s.mentionAt[k + 1] === m) k++;
    last = m;
    if (!(k + 1 <= b && isPoss(s.tokens[k + 1]))) lastNonPoss = m;
  }
  if (last < 0) return -1;
  if (s.mentionAt[b] >= 0) return s.mentionAt[b];
  if (s.lemmaIn(b, W.actorNouns) || s.lowerIn(b, W.actorNouns)) return lastNonPoss >= 0 ? lastNonPoss : last;
  if (role === "target") return last;
  return -1;
}

function plural(s: Sent, a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (s.lowerIn(j, W.pluralAnaphors)) return true;
  return false;
}

/** Groups read rightwards, kept for the sentence being read (its readers ask for the same phrase
 *  again and again): groupsAt[role][a] is current when groupRound[role][a] === round. */
const groupsAt: Array<Array<Group | null>> = [[], []];
let groupRound = [new Int32Array(0), new Int32Array(0)];
let round = 0;
let roundSent: Sent | null = null;

/** The coordinated group whose first phrase starts at a (rightwards). */
export function groupFrom(s: Sent, a: number, role: "source" | "target"): Group {
  if (roundSent !== s) [roundSent, round] = [s, round + 1];
  const r = role === "target" ? 1 : 0;
  if (a < 0 || a >= s.end) return readGroupFrom(s, a, role);
  if (groupRound[r].length <= a) {
    const n = Math.max(2 * groupRound[r].length, a + 1024);
    const grown = new Int32Array(n);
    grown.set(groupRound[r]);
    groupRound[r] = grown;
    for (let k = groupsAt[r].length; k < n; k++) groupsAt[r].push(null);
  }
  if (groupRound[r][a] === round) return groupsAt[r][a]!;
  const grp = readGroupFrom(s, a, role);
  groupRound[r][a] = round;
  groupsAt[r][a] = grp;
  return grp;
}

/** Most phrases a group is read across (its first and up to 8 coordinated ones). */
const MAX_PHRASES = 9;
/** The mentions of the group being read, in order (scratch shared by the readers below, copied
 *  out deduplicated: most groups have one mention). */
const found = new Int32Array(MAX_PHRASES);

function readGroupFrom(s: Sent, a: number, role: "source" | "target"): Group {
  let b = s.npEnd(a);
  const first = phraseMention(s, a, b, role);
  const isPl = plural(s, a, b);
  let count = 0;
  if (first >= 0) found[count++] = first;
  for (let n = 0; n < 8; n++) {
    let j = b + 1;
    if (j < s.end && s.tokens[j].text === ",") j++;
    if (j < s.end && s.lowerAmong(j, I.coordinators) && s.tokens[j].text !== ",") j++;
    if (j === b + 1 || j >= s.end) break;
    while (j < s.end && s.tokens[j].pos === "DET") j++;
    if (j >= s.end || !(s.mentionAt[j] >= 0 || s.tokens[j].pos === "ADJ" || s.tokens[j].pos === "PROPN")) break;
    const e = s.npEnd(j);
    const commaOnly = s.tokens[b + 1].text === "," && !s.lowerAmong(b + 2, I.coordinators) || (s.tokens[b + 1].text === "," && s.tokens[b + 2]?.text === ",");
    // "A, B and C" is a list; "A, B said" is not.
    if (commaOnly && !(e + 1 < s.end && (s.tokens[e + 1].text === "," || s.tokens[e + 1].pos === "CCONJ"))) break;
    const more = phraseMention(s, j, e, role);
    if (more < 0) break;
    found[count++] = more;
    b = e;
  }
  return { start: a, end: b, mentions: distinct(found, count, false), plural: isPl };
}

/** The coordinated group whose last phrase ends at b (leftwards). */
export function groupEndingAt(s: Sent, b: number, role: "source" | "target"): Group {
  let a = s.npStart(b);
  const last = phraseMention(s, a, b, role);
  const isPl = plural(s, a, b);
  // (The mentions are found right to left: `found` holds them in reverse.)
  let count = 0;
  if (last >= 0) found[count++] = last;
  let sawAnd = false;
  for (let n = 0; n < 8; n++) {
    let j = a - 1;
    if (j < s.start || !s.lowerAmong(j, I.coordinators)) break;
    // "In Iraq, Iran supports": a bare comma joins a list only after an "and" ("A, B and C").
    if (s.tokens[j].text === "," && !sawAnd) break;
    if (s.tokens[j].text !== ",") sawAnd = true;
    j--;
    if (j >= s.start && s.tokens[j].text === ",") j--;
    if (j < s.start || !(s.mentionAt[j] >= 0 || npPos(s.tokens[j].pos))) break;
    const st = s.npStart(j);
    const more = phraseMention(s, st, j, role);
    if (more < 0) break;
    found[count++] = more;
    a = st;
  }
  return { start: a, end: b, mentions: distinct(found, count, true), plural: isPl };
}

/** A new array of the first n numbers in xs each once, in order of first appearance (read from
 *  the end when `reversed`). */
function distinct(xs: Int32Array, n: number, reversed: boolean): number[] {
  if (n === 0) return [];
  if (n === 1) return [xs[0]];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = xs[reversed ? n - 1 - i : i];
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** The entities the mentions name, each once, in order (an array of its own size: most name one). */
export function entitiesOf(actors: ActorLayer, mentions: number[]): number[] {
  if (mentions.length === 0) return [];
  if (mentions.length === 1) return [actors.mentions[mentions[0]].entity];
  const out: number[] = [];
  for (const m of mentions) {
    const e = actors.mentions[m].entity;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

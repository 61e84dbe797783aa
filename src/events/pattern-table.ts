// The lexicon's patterns compiled for the matcher into flat typed arrays (pattern index → ...,
// element index → ...), so that trying a pattern at a token reads a few compact arrays instead of
// following pattern, element and id-list objects spread over the heap.
import type { Pattern, Trigger } from "./lexicon.js";

export const WORD = 0;
export const SLOT = 1;
export const NOT = 2;

export interface PatternTable {
  /** Pattern → 1 for a verb pattern, 0 for a noun pattern. */
  verb: Uint8Array;
  /** Pattern → 2 × Pattern.words (an X slot counts a half), for comparing specificity. */
  weight: Int32Array;
  /** Pattern → index of its first element; its elements run up to elemStart[p + 1]. */
  elemStart: Int32Array;
  /** Element → WORD, SLOT or NOT. */
  kind: Uint8Array;
  tight: Uint8Array;
  optional: Uint8Array;
  /** Element → the step id of the pattern up to it (Pattern.steps), -1 for a first element. */
  step: Int32Array;
  /** Element → index of its first word id in `ids`; its ids run up to idStart[e + 1]. */
  idStart: Int32Array;
  ids: Int32Array;
}

/** The patterns each first word opens (Lexicon.triggers), as pattern indexes in flat arrays. */
export interface TriggerTable {
  /** Word id → 1 when the word opens some pattern. */
  opens: Uint8Array;
  /** Word id → its patterns tried whenever it is seen: rest[restStart[w] .. restStart[w + 1]). */
  restStart: Int32Array;
  rest: Int32Array;
  /** Word id → its required second words secondWord[secondStart[w] .. secondStart[w + 1]), in
   *  increasing order; entry k's patterns are secondPats[secondPatStart[k] .. secondPatStart[k + 1]). */
  secondStart: Int32Array;
  secondWord: Int32Array;
  secondPatStart: Int32Array;
  secondPats: Int32Array;
  /** Word id → 1 when the word is some pattern's required second word. */
  isSecond: Uint8Array;
  /** Word id → a bit for each of its second words b, bit (b & 31): a word whose bit is clear is
   *  none of them (no search needed). */
  secondMask: Int32Array;
}

export function compilePatterns(patterns: Pattern[]): PatternTable {
  const elemCount = patterns.reduce((n, p) => n + p.elems.length, 0);
  const t: PatternTable = {
    verb: new Uint8Array(patterns.length),
    weight: new Int32Array(patterns.length),
    elemStart: new Int32Array(patterns.length + 1),
    kind: new Uint8Array(elemCount),
    tight: new Uint8Array(elemCount),
    optional: new Uint8Array(elemCount),
    step: new Int32Array(elemCount),
    idStart: new Int32Array(elemCount + 1),
    ids: new Int32Array(0),
  };
  const ids: number[] = [];
  let e = 0;
  patterns.forEach((p, i) => {
    t.verb[i] = p.pos === "V" ? 1 : 0;
    t.weight[i] = 2 * p.words;
    t.elemStart[i] = e;
    p.elems.forEach((el, k) => {
      t.kind[e] = el.kind === "word" ? WORD : el.kind === "slot" ? SLOT : NOT;
      if (el.kind === "word") [t.tight[e], t.optional[e]] = [el.tight ? 1 : 0, el.optional ? 1 : 0];
      t.step[e] = p.steps[k];
      t.idStart[e] = ids.length;
      if (el.kind !== "slot") ids.push(...el.ids);
      e++;
    });
  });
  t.elemStart[patterns.length] = e;
  t.idStart[e] = ids.length;
  t.ids = Int32Array.from(ids);
  return t;
}

export function compileTriggers(triggers: Array<Trigger | null>): TriggerTable {
  const n = triggers.length;
  const opens = new Uint8Array(n);
  const isSecond = new Uint8Array(n);
  const secondMask = new Int32Array(n);
  const restStart = new Int32Array(n + 1);
  const secondStart = new Int32Array(n + 1);
  const rest: number[] = [];
  const secondWord: number[] = [];
  const secondPatStart: number[] = [];
  const secondPats: number[] = [];
  triggers.forEach((t, w) => {
    restStart[w] = rest.length;
    secondStart[w] = secondWord.length;
    if (!t) return;
    opens[w] = 1;
    for (const p of t.rest) rest.push(p.index);
    // Sorted by second word, for a binary search (each pair of words is listed once).
    for (const [b, ps] of [...(t.second ?? [])].sort((x, y) => x[0] - y[0])) {
      isSecond[b] = 1;
      secondMask[w] |= 1 << (b & 31);
      secondWord.push(b);
      secondPatStart.push(secondPats.length);
      for (const p of ps) secondPats.push(p.index);
    }
  });
  restStart[n] = rest.length;
  secondStart[n] = secondWord.length;
  secondPatStart.push(secondPats.length);
  return {
    opens, restStart, rest: Int32Array.from(rest), secondStart, secondWord: Int32Array.from(secondWord),
    secondPatStart: Int32Array.from(secondPatStart), secondPats: Int32Array.from(secondPats), isSecond, secondMask,
  };
}

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

/** The patterns a first word opens, as pattern indexes (Trigger.rest and Trigger.second). */
export interface TriggerIndexes {
  rest: Int32Array;
  second: Map<number, Int32Array> | null;
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

export function triggerIndexes(trig: Trigger): TriggerIndexes {
  const index = (ps: Pattern[]) => Int32Array.from(ps, (p) => p.index);
  return { rest: index(trig.rest), second: trig.second && new Map([...trig.second].map(([w, ps]) => [w, index(ps)])) };
}

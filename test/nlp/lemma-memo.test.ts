import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LemmaMemo } from "../../src/nlp/lemma-memo.js";

/** The memo as tokenize kept it before the table in front: one map, emptied at the cap. */
class PlainMemo {
  private map = new Map<string, Array<string | undefined>>();
  private size = 0;
  constructor(private cap: number) {}
  get(normal: string, tag: string): string | undefined {
    const byTag = this.map.get(normal) ?? [];
    for (let k = 0; k < byTag.length; k += 2) if (byTag[k] === tag) return byTag[k + 1];
    return undefined;
  }
  add(normal: string, tag: string, lemma: string | undefined): void {
    if (this.size >= this.cap) [this.map, this.size] = [new Map(), 0];
    const byTag = this.map.get(normal) ?? [];
    this.map.set(normal, byTag);
    byTag.push(tag, lemma);
    this.size++;
  }
}

test("lemma memo: answers what was added, per tag, and asks again after the cap empties it", () => {
  const m = new LemmaMemo(3);
  assert.equal(m.get("ran", "VERB"), undefined);
  m.add("ran", "VERB", "run");
  m.add("ran", "NOUN", "ran");
  assert.equal(m.get("ran", "VERB"), "run");
  assert.equal(m.get("ran", "VERB"), "run"); // now from the table in front
  assert.equal(m.get("ran", "NOUN"), "ran");
  assert.equal(m.get("ran", "ADJ"), undefined);
  m.add("talks", "NOUN", "talk");
  m.add("said", "VERB", "say"); // the fourth entry empties the memo first
  assert.equal(m.get("ran", "VERB"), undefined);
  assert.equal(m.get("said", "VERB"), "say");
});

test("lemma memo: answers exactly as the plain map on any sequence, colliding words and missing lemmas included", () => {
  // Same length, first and last letters and tag initial: these words share a slot of the table.
  const normal = fc.constantFrom("tab", "tub", "tib", "", "a", "ab", "abb", "été", "’s");
  const tag = fc.constantFrom("NOUN", "NUM", "VERB", "X");
  const lemma = fc.option(fc.constantFrom("l1", "l2", "l3"), { nil: undefined });
  fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(normal, tag, lemma), { maxLength: 120 }), (cap, steps) => {
    const a = new LemmaMemo(cap);
    const b = new PlainMemo(cap);
    for (const [n, t, l] of steps) {
      const got = a.get(n, t);
      assert.equal(got, b.get(n, t));
      if (got === undefined) {
        a.add(n, t, l);
        b.add(n, t, l);
      }
    }
  }), { numRuns: 1500 });
});

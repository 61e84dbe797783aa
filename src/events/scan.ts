// Bounded scans over a sentence's tokens: verb groups, clause breaks and word tests.
import type { Token } from "../doc.js";
import { I, W } from "./lexicon.js";
import { isPoss, type Sent } from "./np.js";

export function verbGroupStart(s: Sent, i: number): number {
  let j = i;
  while (j - 1 >= s.start) {
    const t = s.tokens[j - 1];
    if (t.pos === "AUX" || t.pos === "ADV" || (t.pos === "PART" && !isPoss(t))) j--;
    // "have in the past attacked": a short phrase between the auxiliary and the verb.
    else if (j - 3 >= s.start && s.tokens[j - 3].pos === "ADP" && s.tokens[j - 2].pos === "DET" && j - 4 >= s.start && s.tokens[j - 4].pos === "AUX" && (t.pos === "NOUN" || t.pos === "ADJ")) j -= 3;
    else if (t.pos === "DET" && j - 3 >= s.start && s.tokens[j - 2].pos === "ADP" && s.tokens[j - 3].pos === "AUX") j -= 2;
    else break;
  }
  return j;
}

export function hasFiniteVerb(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const t = s.tokens[j];
    if (t.pos !== "VERB" || t.lower.endsWith("ing")) continue;
    if (j - 1 >= s.start && s.tokens[j - 1].lower === "to") continue;
    return true;
  }
  return false;
}

/** True when token j sits in a ", which/who ..." insertion. */
export function insideRelative(s: Sent, j: number): boolean {
  for (let k = j - 1; k >= s.start; k--) {
    const t = s.tokens[k];
    if (t.text === ",") return k + 1 < s.end && s.lowerIn(k + 1, W.relatives);
  }
  return false;
}

export function hasMention(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (s.mentionAt[j] >= 0) return true;
  return false;
}

export function hasVerbBetween(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (s.tokens[j].pos === "VERB") return true;
  return false;
}

export const isAdp = (t: Token) => t.pos === "ADP";

/** True when a token in [a, b] is a relative pronoun ("who", "which"). */
export function hasRelativePronoun(s: Sent, a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (s.lowerIn(j, W.relatives) && s.tokens[j].pos === "PRON") return true;
  return false;
}

/** True when some token in [a, b] passes the test. */
export function someInRange(toks: Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let j = a; j <= b; j++) if (test(toks[j])) return true;
  return false;
}

/** The clause ends at a semicolon, a comma before a conjunction, or the sentence end (bounded). */
export function clauseEnd(s: Sent, from: number): number {
  let j = Math.min(from, s.end - 1);
  for (let n = 0; n < 15 && j + 1 < s.end; n++) {
    const t = s.tokens[j + 1];
    if (t.text === ";" || t.text === "." || (t.text === "," && (s.tokens[j + 2]?.pos === "CCONJ" || s.tokens[j + 2]?.pos === "SCONJ"))) break;
    if (t.pos === "CCONJ" && s.tokens[j + 2] && (s.tokens[j + 2].pos === "VERB" || s.tokens[j + 2].pos === "AUX")) break;
    j++;
  }
  return j;
}

/** True when a reciprocal pronoun ("each other") starts within 8 tokens from `from`. */
export function eachOther(s: Sent, from: number): boolean {
  const ids = s.words.lowerIds;
  const pairs = s.words.lex.reciprocals;
  for (let j = from; j < Math.min(s.end - 1, from + 8); j++) {
    const a = ids[j];
    if (a < 0) continue;
    for (let k = 0; k < pairs.length; k += 2) if (a === pairs[k] && ids[j + 1] === pairs[k + 1]) return true;
  }
  return false;
}

/** True when a token in [a, b], within the sentence, has its lower-case form in one of the
 *  grammar word lists named by `classes` (bits of W). */
export function hasWordIn(s: Sent, a: number, b: number, classes: number): boolean {
  for (let j = Math.max(s.start, a); j <= b && j < s.end; j++) if (s.lowerIn(j, classes)) return true;
  return false;
}

export function definite(s: Sent, at: number): boolean {
  for (let j = at - 1; j >= Math.max(s.start, at - 4); j--) {
    const t = s.tokens[j];
    if (s.lowerAmong(j, I.definiteDeterminers) || isPoss(t)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PUNCT" && t.pos !== "NUM" && t.pos !== "PROPN") return false;
  }
  return false;
}

export function crosses(s: Sent, a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (s.tokens[j].text === ";") return true;
  return false;
}

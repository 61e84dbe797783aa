// Tense and modality of a trigger (negated, future, hypothetical), and the complements a
// threat, request, agreement or rejection governs.
import type { Modality, Token } from "../doc.js";
import { type Grammar, W } from "./lexicon.js";
import type { Sent } from "./np.js";
import type { Draft } from "./draft.js";

export const isBeOrGet = (t: Token) => t.lemma === "be" || t.lemma === "get";

export const isHaveAux = (t: Token) => t.lemma === "have" && t.pos === "AUX";

export const isWill = (t: Token) => t.lemma === "will";

export function hasFutureWord(s: Sent, a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (s.lowerIn(j, W.future | W.futureContractions)) return true;
  return false;
}

/** True when the verb group [a, b] (b the verb) is in the past. */
export function isPast(s: Sent, a: number, b: number): boolean {
  if (b < a) return false;
  const v = s.tokens[b];
  for (let j = a; j <= b; j++) if (s.lowerIn(j, W.pastAuxiliaries)) return true;
  if (v.pos !== "VERB" || v.lower === v.lemma) return false;
  return !(suffixed(v.lower, v.lemma, "s") || suffixed(v.lower, v.lemma, "es") || v.lower.endsWith("ing"));
}

/** word === stem + suffix, without building the string. */
function suffixed(word: string, stem: string, suffix: string): boolean {
  return word.length === stem.length + suffix.length && word.startsWith(stem) && word.endsWith(suffix);
}

let pastOf: Sent | null = null;

let pastValue = false;

/** True when the sentence has a verb in the past (kept for the sentence being read). */
export function sentencePast(s: Sent): boolean {
  if (pastOf !== s) [pastOf, pastValue] = [s, readSentencePast(s)];
  return pastValue;
}

function readSentencePast(s: Sent): boolean {
  for (let j = s.start; j < s.end; j++) {
    const t = s.tokens[j];
    if ((t.pos === "VERB" || t.pos === "AUX") && s.lowerIn(j, W.pastAuxiliaries | W.pastPerfectAuxiliaries)) return true;
    if (t.pos === "VERB" && isPast(s, j, j)) return true;
  }
  return false;
}

export function verbModality(s: Sent, vg: number, at: number, toBefore: number): Modality {
  let mod: Modality = "asserted";
  const toks = s.tokens;
  for (let j = vg; j < at; j++) {
    if (s.lowerIn(j, W.negation)) return "negated";
    if (s.lowerIn(j, W.future)) mod = "future";
    else if (s.lowerIn(j, W.hypothetical) && mod === "asserted") mod = "hypothetical";
  }
  if (vg - 1 >= s.start && s.lowerIn(vg - 1, W.negation)) return "negated";
  if (toBefore >= 0) {
    if (toBefore - 1 >= 0 && s.lowerIn(toBefore - 1, W.futureBefore)) mod = mod === "asserted" ? "future" : mod;
    for (let j = Math.max(s.start, toBefore - 4); j < toBefore; j++) if (s.lowerIn(j, W.negation)) return "negated";
  }
  // A conditional clause: "if", "unless" earlier in the same clause.
  for (let j = vg - 1; j >= Math.max(s.start, vg - 12); j--) {
    if (toks[j].lower === ";") break;
    if (s.lowerIn(j, W.conditional)) return "hypothetical";
  }
  return mod;
}

export function nominalModality(s: Sent, a: number, at: number): Modality {
  for (let j = a; j < at; j++) {
    if (s.tokens[j].lower === "no") return "negated";
    if (s.lowerIn(j, W.hypoAdj)) return "hypothetical";
  }
  return "asserted";
}

/** Events in the complement of a threat, request, agreement or rejection are not events of their own. */
export function markGoverned(s: Sent, drafts: Draft[], g: Grammar): void {
  for (const gov of drafts) {
    if (!g.governorTypes.has(gov.type) && !gov.m.pattern.modal) continue;
    for (const d of drafts) {
      if (d === gov || d.m.first <= gov.m.last || d.governedBy) continue;
      // The words between the governor and the trigger.
      const from = gov.m.last + 1;
      const between = d.m.first - from;
      if (between > 6) continue;
      let ok = true;
      for (let k = 0; k < between; k++) {
        const t = s.tokens[from + k];
        if (t.text === ";" || t.lower === "but" || t.pos === "SCONJ" && t.lower !== "that") ok = false;
        if (t.pos === "CCONJ") {
          const nx = s.tokens[from + k + 1];
          if (nx && nx.pos === "VERB" && nx.lower !== nx.lemma) ok = false;
          if (nx && nx.pos === "AUX") ok = false;
        }
      }
      if (!ok) continue;
      // A noun far into the object is its own event ("a deal to roll back ... tariffs").
      if (d.m.pattern.pos === "N" && between > 3) continue;
      d.governedBy = gov;
      d.negGov = s.lemmaIn(gov.m.first, W.negGovernors) || s.lowerIn(gov.m.first, W.negGovernors);
    }
  }
}

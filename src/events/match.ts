// Matches lexicon patterns at a token: each element is tried in order with a short bounded gap
// of modifiers between words, so the cost per token is constant.
import type { Token } from "../doc.js";
import type { Elem, Lexicon, Pattern } from "./lexicon.js";
import type { Sent } from "./np.js";

export interface Match {
  pattern: Pattern;
  /** Token indexes of the trigger, [first, last]. */
  first: number;
  last: number;
  /** Token range of the X slot, or null. */
  slot: [number, number] | null;
}

const GAP = 4;
const GAP_POS = new Set(["DET", "ADJ", "NUM", "ADV", "NOUN", "PROPN", "PART", "SYM"]);

function wordOk(s: Sent, j: number, alts: string[]): boolean {
  return alts.includes(s.tokens[j].lower) || alts.includes(s.lemmas[j]);
}

const POSSESSIVE = new Set(["its", "their", "his", "her", "our", "my", "your"]);

function gapOk(t: Token): boolean {
  if (POSSESSIVE.has(t.lower)) return true;
  if (GAP_POS.has(t.pos)) return t.pos !== "PART" || t.lower === "'s" || t.lower === "’s";
  return t.pos === "PUNCT" && (t.text === "-" || t.text === "%");
}

function actorHead(s: Sent, j: number, lex: Lexicon): boolean {
  const t = s.tokens[j];
  return lex.grammar.actorNouns.has(s.lemmas[j]) || lex.grammar.actorNouns.has(t.lower) || lex.grammar.pluralAnaphors.has(t.lower);
}

/** Tries one pattern at token i (its first word already matched). */
function tryPattern(s: Sent, p: Pattern, i: number, lex: Lexicon): Match | null {
  const toks = s.tokens;
  let pos = i + 1;
  let slot: [number, number] | null = null;
  let last = i;
  for (let k = 1; k < p.elems.length; k++) {
    const e: Elem = p.elems[k];
    if (e.kind === "not") {
      if (pos < s.end && wordOk(s, pos, e.alts)) return null;
      continue;
    }
    if (e.kind === "slot") {
      // A few determiners, adjectives or title words ("Prime Minister") may stand before the actor.
      let j = pos;
      let capital = false;
      for (let skip = 0; skip < 4 && j < s.end; skip++) {
        if (s.mentionAt[j] >= 0) break;
        const cap = /^[A-Z]/.test(toks[j].text) && (toks[j].pos === "PROPN" || toks[j].pos === "NOUN");
        if (!cap && !["DET", "ADJ", "NUM"].includes(toks[j].pos)) break;
        capital ||= cap;
        j++;
      }
      // Capitalized words before the name must end in a title ("Foreign Minister").
      if (capital && j < s.end && s.mentionAt[j] >= 0 && !actorHead(s, j - 1, lex)) return null;
      if (j >= s.end || s.mentionAt[j] < 0) return null;
      let end = s.npEnd(j);
      // "gave Peru a grant": a determiner after the name opens a second object.
      let k = j;
      while (k + 1 < s.end && s.mentionAt[k + 1] === s.mentionAt[j]) k++;
      if (k < end && ["DET", "NUM"].includes(toks[k + 1].pos)) end = k;
      // "call Russia's invasion a war": the slot must be an actor, not a thing an actor has.
      if (s.mentionAt[end] < 0 && !actorHead(s, end, lex)) return null;
      slot = [j, end];
      pos = end + 1;
      continue;
    }
    let found = -1;
    const maxGap = e.tight ? 0 : GAP;
    for (let g = 0, j = pos; g <= maxGap && j < s.end; g++, j++) {
      if (wordOk(s, j, e.alts)) {
        found = j;
        break;
      }
      if (s.mentionAt[j] >= 0) break;
      // "gave a welcome on Thursday to", "handed over 700 kg of medicine": a date, and a quantity's
      // "of", may stand in the gap.
      const dated = p.pos === "V" && (s.timexAt[j] >= 0 || (toks[j].pos === "ADP" && j + 1 < s.end && s.timexAt[j + 1] >= 0));
      const quantity = toks[j].lower === "of" && j - 1 > pos - 1 && (toks[j - 1].pos === "NUM" || (j - 2 >= s.start && toks[j - 2].pos === "NUM"));
      if (!gapOk(toks[j]) && !dated && !quantity) break;
    }
    if (found < 0) {
      if (e.optional) continue;
      return null;
    }
    pos = found + 1;
    last = found;
  }
  return { pattern: p, first: i, last: Math.max(last, slot ? slot[1] : last), slot };
}

const VERBISH = new Set(["VERB", "AUX"]);
const NOUNISH = new Set(["NOUN", "PROPN", "X", "ADJ", "NUM"]);

/** The most specific pattern matching at token i, or null. */
export function matchAt(s: Sent, i: number, lex: Lexicon): Match | null {
  const t = s.tokens[i];
  if (s.mentionAt[i] >= 0 && t.pos === "PROPN") return null;
  const lem = s.lemmas[i];
  if (!lex.byKey.has(lem) && !lex.byKey.has(t.lower)) return null;
  const keys = lem === t.lower ? [t.lower] : [lem, t.lower];
  const cands: Pattern[] = [];
  for (const k of keys) {
    if (!lex.byKey.has(k)) continue;
    for (const p of lex.byKeyRest.get(k) ?? []) cands.push(p);
    const m2 = lex.byKey2.get(k);
    if (!m2) continue;
    // Only patterns whose second word stands within reach of the first are tried.
    for (let j = i + 1; j <= i + 1 + GAP && j < s.end; j++) {
      const tj = s.tokens[j];
      for (const p of m2.get(tj.lower) ?? []) cands.push(p);
      if (s.lemmas[j] !== tj.lower) for (const p of m2.get(s.lemmas[j]) ?? []) cands.push(p);
    }
  }
  if (!cands.length) return null;
  let best: Match | null = null;
  // "so-called" is not a phone call.
  if (i - 2 >= s.start && s.tokens[i - 1].text === "-" && s.tokens[i - 2].lower === "so") return null;
  const tried = new Set<Pattern>();
  for (const p of cands) {
    if (tried.has(p)) continue;
    tried.add(p);
    const prev = i > s.start ? s.tokens[i - 1] : null;
    // "its long-threatened invasion": a participle hyphened to a word is a modifier; hyphened to an
    // actor ("Russian-occupied", "US-backed") it still says who did it.
    if (p.pos === "V" && prev && prev.text === "-" && prev.start === t.start - 1 && i - 2 >= s.start && s.tokens[i - 2].end === prev.start && s.mentionAt[i - 2] < 0) continue;
    // A sentence-initial gerund ("Fighting between X and Y ...") is a noun, not a verb.
    if (p.pos === "V" && i === s.start && t.lower.endsWith("ing")) continue;
    if (p.pos === "V" && !VERBISH.has(t.pos)) {
      // wink sometimes tags a finite verb as a noun; accept it after an actor.
      if (!(NOUNISH.has(t.pos) && prev && s.mentionAt[i - 1] >= 0 && t.lower !== t.lemma && t.pos !== "PROPN")) continue;
    }
    // A capitalized proper noun mid-sentence is a name ("March", "Rally"), not a trigger.
    if (p.pos === "N" && t.pos === "PROPN" && i > s.start && t.text[0] !== t.text[0].toLowerCase()) continue;
    if (p.pos === "N" && VERBISH.has(t.pos)) {
      // "Fighting between X and Y": a gerund heading a phrase is a noun.
      const next = s.tokens[i + 1];
      const gerund = t.lower.endsWith("ing") && next && ["between", "with", "against", "among"].includes(next.lower);
      if (!gerund && !(prev && ["DET", "ADJ", "PART", "NUM"].includes(prev.pos))) continue;
    }
    const m = tryPattern(s, p, i, lex);
    if (!m) continue;
    if (!best || p.words > best.pattern.words || (p.words === best.pattern.words && m.last > best.last)) best = m;
  }
  return best;
}

// The tense of the clause around an expression, read from wink's POS tags and lemmas: the verb
// group nearest to the expression decides. News dates resolve backward in the past tense and
// forward in the future tense. Cue words come from data/time/tense-words.tsv.
import type { Doc, Token } from "../doc.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Sem } from "./semantics.js";
import type { Words } from "./words.js";

export type Tense = "past" | "present" | "future";

export interface ClauseTense {
  tense: Tense | null;
  /** The head verb that decided, if any. */
  head: Token | null;
}

const SKIP = new Set(["not", "n't", "also", "already", "still", "just", "never", "then", "reportedly", "likely", "probably"]);

export function tokenIndexAt(doc: Doc, offset: number): number {
  const toks = doc.tokens;
  let lo = 0, hi = toks.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** No tense found (shared: callers only read it). */
export const NO_TENSE: ClauseTense = Object.freeze({ tense: null, head: null });
const FUTURE_WORD: ClauseTense = Object.freeze({ tense: "future", head: null });

const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";

export class TenseReader {
  private futureAux: Set<string>;
  private pastAux: Set<string>;
  private presentAux: Set<string>;
  private futureTo: Set<string>;
  private futureWord: Set<string>;
  private directive: Set<string>;
  private attribution: Set<string>;
  constructor(private doc: Doc, lex: TimeLexicon) {
    const w = (r: string) => lex.tenseWords.get(r) ?? new Set<string>();
    this.futureAux = w("future-aux");
    this.pastAux = w("past-aux");
    this.presentAux = w("present-aux");
    this.futureTo = w("future-to");
    this.futureWord = w("future-word");
    this.directive = w("directive");
    this.attribution = w("attribution");
  }

  /**
   * A speech verb closing the sentence after a comma that follows the expression: the trailing
   * ", officials said (on Monday)." of wire copy, not "On April 4, Biden told him that ...".
   */
  private trailingAttribution(k: number, atEnd: number, last: number): boolean {
    const toks = this.doc.tokens;
    if (k <= atEnd || !this.attribution.has(toks[k].lemma) || last - k > 8) return false;
    for (let j = k + 1; j < last; j++) if (isVerb(toks[j]) || toks[j].lower === "that" || toks[j].text === ",") return false;
    for (let j = atEnd + 1; j < k; j++) if (toks[j].text === ",") return true;
    return false;
  }

  /** Tense of the verb group whose head is at index i. */
  private group(i: number, first: number): Tense | null {
    const toks = this.doc.tokens;
    let j = i;
    for (let k = i; k >= Math.max(first, i - 4); k--) {
      const t = toks[k];
      if (k !== i && !(isVerb(t) || SKIP.has(t.lower) || t.pos === "ADV" || t.pos === "PART")) break;
      j = k;
    }
    let tense: Tense | null = null;
    for (let k = j; k <= i; k++) {
      const l = toks[k].lower;
      if (this.futureAux.has(l)) return "future";
      if (this.futureTo.has(l) && toks[k + 1]?.lower === "to") return "future";
      if (this.pastAux.has(l)) tense ??= "past";
      else if (this.presentAux.has(l)) tense ??= "present";
    }
    if (tense) return tense;
    const h = toks[i];
    if (h.pos === "AUX" || h.lower.endsWith("ing")) return null;
    if (h.lower.endsWith("ed") || (h.lower !== h.lemma && !h.lower.endsWith("s"))) return "past";
    return "present";
  }

  /** Whether the nearest verb before the "to" at index k is a directive ("urged voters to"). */
  private directiveBefore(k: number, first: number): boolean {
    const toks = this.doc.tokens;
    for (let j = k - 1; j >= Math.max(first, k - 6); j--) {
      if (toks[j].pos === "VERB") return this.directive.has(toks[j].lemma);
      if (toks[j].pos === "PUNCT") return false;
    }
    return false;
  }

  /** Tense of the clause holding the character span [start, end). */
  at(start: number, end: number): ClauseTense {
    const doc = this.doc;
    const toks = doc.tokens;
    const at = tokenIndexAt(doc, start);
    if (at < 0) return NO_TENSE;
    const sent = doc.sentences[toks[at].sent];
    if (!sent) return NO_TENSE;
    const { first, last } = sent;
    const atEnd = Math.max(at, tokenIndexAt(doc, Math.max(start, end - 1)));
    for (let k = Math.max(first, at - 2); k < at; k++) if (this.futureWord.has(toks[k].lower)) return FUTURE_WORD;
    let best: Tense | null = null, bestHead: Token | null = null;
    let bestDist = Infinity;
    // The attribution clause only decides when the sentence has no other verb.
    let fallback: Tense | null = null, fallbackHead: Token | null = null;
    for (let k = first; k < last; k++) {
      if (k >= at && k <= atEnd) continue;
      const t = toks[k];
      if (!isVerb(t) && !(toks[k + 1]?.lower === "to" && this.futureTo.has(t.lower))) continue;
      // Only the head (last verb) of a group counts; auxiliaries are read through it.
      if (k + 1 < last && isVerb(toks[k + 1]) && !(k + 1 >= at && k + 1 <= atEnd)) continue;
      let g: Tense | null;
      if (t.pos === "VERB" && toks[k - 1]?.lower === "to") {
        // An infinitive after a directive verb points forward ("called on them to vote at noon
        // Sunday"); other infinitives say nothing ("the decision in April to suspend", "used tear
        // gas to disperse them on Monday night").
        if (k > atEnd || !this.directiveBefore(k - 1, first)) continue;
        g = "future";
      } else g = this.group(k, first);
      if (!g) continue;
      if (this.trailingAttribution(k, atEnd, last)) {
        fallback = g;
        fallbackHead = t;
        continue;
      }
      const dist = k < at ? at - k : (k - atEnd) * 1.2;
      if (dist < bestDist) { bestDist = dist; best = g; bestHead = t; }
    }
    if (best) return { tense: best, head: bestHead };
    return fallback ? { tense: fallback, head: fallbackHead } : NO_TENSE;
  }
}

/** The tense an expression resolves by: its clause's, unless a preposition or its form decides. */
export function expressionTense(sem: Sem, ct: ClauseTense, words: Words, s: number, lex: TimeLexicon): Tense | null {
  if (lex.tenseWords.get("past-prep")!.has(words.l(s - 1))) return "past";
  return sem.k === "weekday" ? weekdayTense(sem, ct, words, s, lex) : ct.tense;
}

/**
 * A bare weekday lies within six days of the article date; news mostly looks back. It looks
 * forward in the future tense, with present-tense scheduling verbs ("the vote takes place
 * Sunday"), and as a possessive after "ahead of", "before", "until" ("ahead of Sunday's vote").
 */
function weekdayTense(sem: Sem, ct: ClauseTense, words: Words, s: number, lex: TimeLexicon): Tense | null {
  if (sem.k !== "weekday" || sem.rel) return ct.tense;
  const apostrophe = words.l(s + 1);
  const possessive = (apostrophe === "'" || apostrophe === "’") && words.l(s + 2) === "s" && !words.sp(s + 1);
  if (possessive) {
    const before = lex.tenseWords.get("before-future")!;
    for (let k = s - 1; k >= Math.max(0, s - 3); k--) if (before.has(words.l(k))) return "future";
    return "past";
  }
  if (lex.tenseWords.get("until")!.has(words.l(s - 1))) return "future";
  if (ct.tense === "present") {
    const h = ct.head;
    if (!h || !lex.tenseWords.get("schedule")!.has(h.lemma)) return "past";
    // A copula schedules only right before the day ("the summit is Monday", "is on Monday").
    if (h.lemma === "be") {
      const k = words.l(s - 1) === "on" ? s - 2 : s - 1;
      return k >= 0 && words.start(k) === h.start ? "future" : "past";
    }
    return "future";
  }
  return ct.tense;
}


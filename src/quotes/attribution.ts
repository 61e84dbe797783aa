// Reads the attribution around a quotation: the cue ("said", "according to", "was quoted as
// saying by") and the words naming the speaker, before the quotation, after it or inverted
// after the cue ("said Josh Lipsky").
import type { Cand, TextView } from "./text-view.js";

export type CueKind = "speech" | "frame" | "according" | "quoted" | "cue";

export interface Cue {
  /** Token range [a, b) of the cue words. */
  a: number;
  b: number;
  kind: CueKind;
  /** The cue as reported: the verb's lemma or the phrase. */
  word: string;
}

export interface Attribution {
  cue: Cue;
  speaker: Cand | null;
  /** The outlet the words came through ("by Xinhua"), as a candidate. */
  via: Cand | null;
}

const PARTICIPLE = /ing$/;
const ABBREV_END = /^(?:\p{Lu}|\p{Lu}\p{Ll}{1,3})$/u;

export function cueAt(v: TextView, i: number): Cue | null {
  if (v.quoted[i] || !v.cueStart[i]) return null;
  // Several passes ask for the cue at the same token: it is read once per view.
  let cue = v.cueMemo.get(i);
  if (cue === undefined) v.cueMemo.set(i, (cue = readCue(v, i)));
  return cue;
}

function readCue(v: TextView, i: number): Cue | null {
  const t = v.tokens[i];
  const phrases = v.lex.phrases.get(t.lower);
  if (phrases) {
    for (const p of phrases) {
      if (p.kind === "via") continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = v.tokens[i + k]?.lower === p.words[k];
      if (ok) return { a: i, b: i + p.words.length, kind: p.kind as CueKind, word: p.words.join(" ") };
    }
  }
  const c = v.lex.cues.get(t.lower);
  if (!c) return null;
  const inflected = t.lower !== c.lemma;
  if (t.pos === "VERB" || (inflected && t.pos !== "NOUN" && t.pos !== "PROPN")) return { a: i, b: i + 1, kind: c.kind, word: c.lemma };
  return null;
}

/** End (exclusive token index) of the stretch after a quotation that can hold its attribution:
 * up to the next quotation, the paragraph's end or the sentence's final stop. */
export function windowEnd(v: TextView, from: number, limit = 60): number {
  const para = v.para(from);
  let i = from;
  for (; i < v.tokens.length && i - from < limit; i++) {
    const t = v.tokens[i];
    if (v.quoted[i] || v.para(i) !== para) break;
    if (t.text === "!" || t.text === "?" || t.text === ";") break;
    if (t.text === ".") {
      const prev = v.tokens[i - 1];
      const next = v.tokens[i + 1];
      // "Rep. Jamie Raskin, D-Md., wrote": a stop before a comma or a lower-case word ends no sentence.
      if (next && next.start === t.end + (v.doc.text[t.end] === " " ? 1 : 0) && (next.text === "," || /^\p{Ll}/u.test(next.text))) continue;
      const abbrev = i > from && !!prev && ABBREV_END.test(prev.text) && (v.lex.dottedTitles.has(prev.lower) || v.lex.dottedNotSpeakers.has(prev.lower) || prev.text.length === 1);
      if (!abbrev) break;
    }
  }
  return i;
}

export function firstCue(v: TextView, a: number, b: number): Cue | null {
  for (let i = a; i < b; i++) {
    const c = cueAt(v, i);
    if (c) return c;
  }
  return null;
}

/** The nearest cue before token `b`, back to `a`, outside quotations. */
export function lastCue(v: TextView, a: number, b: number): Cue | null {
  for (let i = b - 1; i >= a; i--) {
    if (v.quoted[i]) continue;
    const c = cueAt(v, i);
    if (c && c.b <= b) return c;
  }
  return null;
}

const SKIP_BACK = new Set(["ADV", "AUX", "PART"]);

/** The speaker a cue's subject names, read from tokens [from, cue.a). */
export function subjectOf(v: TextView, cue: Cue, from: number): Cand | null {
  if (cue.kind === "according") return null;
  // "Where the French president spoke of ambiguity, X ...": skip a leading subordinate clause.
  if (from < cue.a && v.lex.subordinators.has(v.tokens[from].lower)) {
    let k = from;
    while (k < cue.a && v.tokens[k].text !== ",") k++;
    if (k < cue.a) from = k + 1;
  }
  const cands = v.candidates(from, cue.a, true);
  if (!cands.length) return null;
  let k = cue.a - 1;
  while (k >= from && SKIP_BACK.has(v.tokens[k].pos) && !v.quoted[k]) k--;
  const adjacent = cands.find((c) => c.b === k + 1) ?? null;
  if (adjacent && !adjacent.afterPrep && !adjacent.possessive && !(adjacent.kind === "desc" && v.tokens[k].pos !== "NOUN")) return adjacent;
  const usable = (c: Cand) => !c.afterPrep && !c.possessive && (c.kind !== "desc" || c.mention >= 0);
  // "X, an analyst at Y, said" and "X ..., saying": the clause's subject comes first.
  const first = cands.find((c) => usable(c) && c.kind !== "pronoun");
  return first ?? adjacent ?? cands.find(usable) ?? cands.find((c) => c.kind === "desc" && !c.afterPrep && !c.possessive) ?? null;
}

/** The speaker after an inverted cue ("said Josh Lipsky, a G7 organizer") or "according to X". */
export function objectOf(v: TextView, cue: Cue, end: number): Cand | null {
  const cands = v.candidates(cue.b, Math.min(end, cue.b + 10), true);
  const anyPrep = cue.kind === "according";
  const ok = (c: Cand) => !c.possessive && (anyPrep || !c.afterPrep);
  return cands.find((c) => ok(c) && (c.kind !== "desc" || anyPrep || c.mention >= 0)) ?? cands.find((c) => ok(c) && c.kind === "desc" && c.a <= cue.b + 1) ?? null;
}

/** "... by Xinhua", "published by the agency": the outlet after a via phrase or a quoted cue. */
export function viaOf(v: TextView, cue: Cue, end: number): Cand | null {
  for (let i = cue.b; i < end; i++) {
    const t = v.tokens[i];
    let after = -1;
    if (t.lower === "by" && (i === cue.b || cue.kind === "quoted")) after = i + 1;
    const phrases = v.lex.phrases.get(t.lower);
    if (after < 0 && phrases) {
      for (const p of phrases) {
        if (p.kind !== "via") continue;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) ok = v.tokens[i + k]?.lower === p.words[k];
        if (ok) after = i + p.words.length;
      }
    }
    if (after < 0) continue;
    const c = v.candidates(after, Math.min(end, after + 8), true).find((x) => !x.possessive && x.kind !== "pronoun");
    if (c) return c;
  }
  return null;
}

/** Attribution that follows a quotation: ', Trump said', ', said Josh Lipsky', ', according to X'. */
export function attributionAfter(v: TextView, from: number, end: number): (Attribution & { leading: boolean }) | null {
  let lead = from;
  while (lead < end && v.tokens[lead].pos === "PUNCT") lead++;
  let cue = firstCue(v, from, end);
  // ', announcing ...' after a quotation continues the sentence; it does not attribute it.
  if (cue && cue.a === lead && (cue.kind === "speech" || cue.kind === "frame") && PARTICIPLE.test(v.tokens[cue.a].lower)) cue = firstCue(v, cue.b, end);
  if (!cue) return null;
  // ', after it reported ...': a subordinate clause, not an attribution.
  if (cue.a > lead && v.lex.subordinators.has(v.tokens[lead].lower)) return null;
  const leading = lead === cue.a;
  let speaker: Cand | null;
  if (cue.kind === "according" || (leading && cue.kind !== "quoted")) speaker = objectOf(v, cue, end);
  else speaker = subjectOf(v, cue, from);
  return { cue, speaker, via: viaOf(v, cue, end), leading };
}

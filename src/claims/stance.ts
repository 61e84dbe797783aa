// Loads data/claims/stance.json and reads a stance off the words of an attribution.
import { readFileSync } from "node:fs";
import { dataDir } from "../data-path.js";
import type { Token } from "../doc.js";
import type { Stance } from "./types.js";

const ORDER: Stance[] = ["denies", "threatens", "doubts", "plans", "asserts"];
let table: Array<[Stance, string[]]> | null = null;

export function stanceTable(): Array<[Stance, string[]]> {
  if (table) return table;
  const file = dataDir("claims", "stance.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  table = ORDER.map((s) => {
    const words = raw[s];
    if (!Array.isArray(words) || !words.every((w) => typeof w === "string")) throw new Error(`${file}: '${s}' must be a list of words`);
    return [s, (words as string[]).map((w) => w.toLowerCase())];
  });
  return table;
}

/** The cue table compiled once: single words to the rank of the first stance listing them, the
 * phrases of each stance padded with spaces for a whole-word search, and the first words of the
 * phrases to the ranks (a bit each) of the stances with a phrase starting so. */
interface Compiled {
  single: Map<string, number>;
  phrases: string[][];
  firstWords: Map<string, number>;
}
let compiled: Compiled | null = null;

function compiledTable(): Compiled {
  if (compiled) return compiled;
  const single = new Map<string, number>();
  const phrases: string[][] = [];
  const firstWords = new Map<string, number>();
  stanceTable().forEach(([, cues], rank) => {
    phrases.push([]);
    for (const cue of cues) {
      if (cue.includes(" ")) {
        phrases[rank].push(" " + cue + " ");
        const first = cue.split(" ")[0];
        firstWords.set(first, (firstWords.get(first) ?? 0) | (1 << rank));
      } else if (!single.has(cue)) single.set(cue, rank);
    }
  });
  compiled = { single, phrases, firstWords };
  return compiled;
}

/** The stance expressed by the words of an attribution ("denied a report", "warned"), by lemma or phrase:
 * the first stance in ORDER with a cue among the lemmas or the words. */
export function stanceOf(words: string[], lemmas: string[]): Stance {
  const { single, phrases } = compiledTable();
  const text = " " + words.join(" ").toLowerCase() + " ";
  let best = ORDER.length;
  for (const l of lemmas) best = Math.min(best, single.get(l) ?? best);
  for (const w of text.split(" ")) best = Math.min(best, single.get(w) ?? best);
  for (let rank = 0; rank < best; rank++) for (const p of phrases[rank]) if (text.includes(p)) return ORDER[rank];
  return best < ORDER.length ? ORDER[best] : "unclear";
}

/** stanceOf([cue, ...near texts], [cue, ...near lemmas]) for a lower-case cue, read off the
 * tokens (their lower-case forms) without building the word lists. */
export function stanceOfTokens(cue: string, near: readonly Token[]): Stance {
  const table = compiledTable();
  const r = new Reading(table);
  // The words as stanceOf splits them: an empty one before and after, the cue's, the tokens'.
  r.words("");
  r.lemma(cue);
  r.words(cue);
  for (const t of near) {
    r.lemma(t.lemma);
    r.words(t.lower);
  }
  const best = r.best;
  if (best === 0) return ORDER[0];
  // A phrase found in the text starts with one of its words: without one, none is looked for.
  if ((r.phraseRanks & ((1 << best) - 1)) !== 0) {
    let text = " " + cue;
    for (const t of near) text += " " + t.lower;
    text += " ";
    for (let rank = 0; rank < best; rank++) for (const p of table.phrases[rank]) if (text.includes(p)) return ORDER[rank];
  }
  return best < ORDER.length ? ORDER[best] : "unclear";
}

/** The best rank of the single-word cues among words and lemmas, and the ranks whose phrases
 * start with one of the words. */
class Reading {
  best = ORDER.length;
  phraseRanks = 0;

  constructor(private table: Compiled) {}

  lemma(w: string): void {
    const r = this.table.single.get(w);
    if (r !== undefined && r < this.best) this.best = r;
  }

  /** The space-separated words of w. */
  words(w: string): void {
    if (!w.includes(" ")) this.word(w);
    else for (const part of w.split(" ")) this.word(part);
  }

  private word(w: string): void {
    this.lemma(w);
    this.phraseRanks |= this.table.firstWords.get(w) ?? 0;
  }
}

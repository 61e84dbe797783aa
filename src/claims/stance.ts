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

/** The cue table compiled once: single words to the rank of the first stance listing them, and
 * the phrases of each stance padded with spaces for a whole-word search. */
let compiled: { single: Map<string, number>; phrases: string[][] } | null = null;

function compiledTable(): { single: Map<string, number>; phrases: string[][] } {
  if (compiled) return compiled;
  const single = new Map<string, number>();
  const phrases: string[][] = [];
  stanceTable().forEach(([, cues], rank) => {
    phrases.push([]);
    for (const cue of cues) {
      if (cue.includes(" ")) phrases[rank].push(" " + cue + " ");
      else if (!single.has(cue)) single.set(cue, rank);
    }
  });
  compiled = { single, phrases };
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
  const { single, phrases } = compiledTable();
  let best = rankOf(single, "", ORDER.length);
  best = rankOf(single, cue, best);
  best = rankOfWords(single, cue, best);
  let text = " " + cue;
  for (const t of near) {
    best = rankOf(single, t.lemma, best);
    best = rankOfWords(single, t.lower, best);
    text += " " + t.lower;
  }
  if (best === 0) return ORDER[0];
  text += " ";
  for (let rank = 0; rank < best; rank++) for (const p of phrases[rank]) if (text.includes(p)) return ORDER[rank];
  return best < ORDER.length ? ORDER[best] : "unclear";
}

function rankOf(single: Map<string, number>, w: string, best: number): number {
  const r = single.get(w);
  return r !== undefined && r < best ? r : best;
}

/** The best rank among the space-separated words of w. */
function rankOfWords(single: Map<string, number>, w: string, best: number): number {
  if (!w.includes(" ")) return rankOf(single, w, best);
  for (const part of w.split(" ")) best = rankOf(single, part, best);
  return best;
}

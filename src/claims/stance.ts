// Loads data/claims/stance.json and reads a stance off the words of an attribution.
import { readFileSync } from "node:fs";
import { dataDir } from "../data-path.js";
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

/** The stance expressed by the words of an attribution ("denied a report", "warned"), by lemma or phrase. */
export function stanceOf(words: string[], lemmas: string[]): Stance {
  const text = " " + words.join(" ").toLowerCase() + " ";
  const lem = new Set(lemmas);
  for (const [stance, cues] of stanceTable()) {
    for (const cue of cues) {
      if (cue.includes(" ") ? text.includes(" " + cue + " ") : lem.has(cue) || text.includes(" " + cue + " ")) return stance;
    }
  }
  return "unclear";
}

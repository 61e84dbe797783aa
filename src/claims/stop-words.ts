// Loads data/claims/stop-words.tsv once: one lower-case word a line, validated (errors name the
// file and line).
import { readFileSync } from "node:fs";
import { dataDir } from "../data-path.js";

export class StopWordsError extends Error {}

const WORD = /^\p{L}+$/u;

/** The stop words of a stop-words.tsv text ('#' starts a comment line; blank lines are skipped). */
export function parseStopWords(text: string, file: string): Set<string> {
  const out = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const w = line.trim();
    if (!w || w.startsWith("#")) return;
    const where = `${file}:${i + 1}`;
    if (!WORD.test(w)) throw new StopWordsError(`${where}: one word of letters a line: '${w}'`);
    if (w !== w.toLowerCase()) throw new StopWordsError(`${where}: must be lower case: '${w}'`);
    // words() reads runs of three letters (code points) or more: a shorter entry never matches.
    if ([...w].length < 3) throw new StopWordsError(`${where}: shorter than three letters, never a content word: '${w}'`);
    if (out.has(w)) throw new StopWordsError(`${where}: duplicate '${w}'`);
    out.add(w);
  });
  return out;
}

let cached: Set<string> | null = null;

export function stopWords(): Set<string> {
  if (!cached) {
    const file = dataDir("claims", "stop-words.tsv");
    cached = parseStopWords(readFileSync(file, "utf8"), file);
  }
  return cached;
}

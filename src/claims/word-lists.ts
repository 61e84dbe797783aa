// Loads the claims' word lists (data/claims/*.tsv) once: one lower-case word a line, validated
// (errors name the file and line).
import { readFileSync } from "node:fs";
import { dataDir } from "../data-path.js";

export class WordListError extends Error {}

const WORD = /^\p{L}+$/u;

/** The words of a word-list text ('#' starts a comment line; blank lines are skipped), each of
 * at least minLetters letters (code points). */
export function parseWordList(text: string, file: string, minLetters = 1): Set<string> {
  const out = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const w = line.trim();
    if (!w || w.startsWith("#")) return;
    const where = `${file}:${i + 1}`;
    if (!WORD.test(w)) throw new WordListError(`${where}: one word of letters a line: '${w}'`);
    if (w !== w.toLowerCase()) throw new WordListError(`${where}: must be lower case: '${w}'`);
    if ([...w].length < minLetters) throw new WordListError(`${where}: shorter than ${minLetters} letters, never read: '${w}'`);
    if (out.has(w)) throw new WordListError(`${where}: duplicate '${w}'`);
    out.add(w);
  });
  return out;
}

const cached = new Map<string, Set<string>>();

function load(name: string, minLetters: number): Set<string> {
  let set = cached.get(name);
  if (!set) {
    const file = dataDir("claims", name);
    cached.set(name, (set = parseWordList(readFileSync(file, "utf8"), file, minLetters)));
  }
  return set;
}

/** Words left out when claims' content words are compared. words() reads runs of three letters
 * or more, so a shorter entry could never match and is rejected. */
export function stopWords(): Set<string> {
  return load("stop-words.tsv", 3);
}

/** Nouns (lemmas) of a document a quotation is cited from: "statement", "readout". */
export function docNouns(): Set<string> {
  return load("doc-nouns.tsv", 1);
}

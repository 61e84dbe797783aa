// Loads data/claims/stance.json and reads a stance off the words of an attribution.
import { readFileSync } from "node:fs";
import { dataDir } from "../data-path.js";
import type { Token } from "../doc.js";
import type { Stance } from "./types.js";
import { PLOVER_TYPES } from "../events/lexicon.js";
import { WordColumn } from "../nlp/word-ids.js";

const ORDER: Stance[] = ["denies", "threatens", "doubts", "plans", "asserts"];
let table: Array<[Stance, string[]]> | null = null;
let verbal: ReadonlyMap<string, Stance> | null = null;
let rawFile: { file: string; raw: Record<string, unknown> } | null = null;

function stanceFile(): { file: string; raw: Record<string, unknown> } {
  if (rawFile) return rawFile;
  const file = dataDir("claims", "stance.json");
  return (rawFile = { file, raw: JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> });
}

/** Coded event types that are claims in themselves, with their source's stance (stance.json eventTypes). */
export function verbalEventTypes(): ReadonlyMap<string, Stance> {
  if (verbal) return verbal;
  const { file, raw } = stanceFile();
  return (verbal = parseEventTypes(raw.eventTypes, file));
}

/** stance.json's eventTypes, validated (errors name the file): PLOVER types to stances. */
export function parseEventTypes(types: unknown, file: string): ReadonlyMap<string, Stance> {
  if (typeof types !== "object" || types === null || Array.isArray(types)) throw new Error(`${file}: 'eventTypes' must map event types to stances`);
  const out = new Map<string, Stance>();
  for (const [type, stance] of Object.entries(types)) {
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`${file}: 'eventTypes': unknown event type '${type}'`);
    if (!ORDER.includes(stance as Stance)) throw new Error(`${file}: 'eventTypes': '${type}' has no such stance '${String(stance)}'`);
    out.set(type, stance as Stance);
  }
  return out;
}

export function stanceTable(): Array<[Stance, string[]]> {
  if (table) return table;
  const { file, raw } = stanceFile();
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
  const r = new Reading(compiledTable());
  for (const l of lemmas) r.lemma(l);
  const text = " " + words.join(" ").toLowerCase() + " ";
  r.words(text);
  return r.stance(r.mayHavePhrase() ? text : null);
}

/** stanceOf([cue, ...near texts], [cue, ...near lemmas]) for a lower-case cue, read off the
 * tokens (their lower-case forms) without building the word lists. */
export function stanceOfTokens(cue: string, near: readonly Token[]): Stance {
  const r = (reading ??= new Reading(compiledTable())).reset();
  // The words as stanceOf splits them: an empty one before and after, the cue's, the tokens'.
  r.words("");
  r.lemma(cue);
  r.words(cue);
  tokenWords.sync();
  for (const t of near) {
    r.lemma(t.lemma);
    r.add(tokenBits(r, t));
  }
  // The text is put together only when a phrase may be in it.
  if (!r.mayHavePhrase()) return r.stance(null);
  let text = " " + cue;
  for (const t of near) text += " " + t.lower;
  return r.stance(text + " ");
}

/** stanceOfTokens(): its reading, reset for each call (it calls nothing that reads one). */
let reading: Reading | null = null;

/** What r.words(t.lower) adds to a reading, by word id (Token.wid): its best rank, and its
 * phrase ranks shifted by 4 (ORDER has fewer than 16 stances). */
const tokenWords = new WordColumn<number>();

function tokenBits(r: Reading, t: Token): number {
  let v = tokenWords.get(t.wid, t.lower);
  if (v === undefined) {
    const one = new Reading(r.table);
    one.words(t.lower);
    tokenWords.set(t.wid, t.lower, (v = one.best | (one.phraseRanks << 4)));
  }
  return v;
}

/** The best rank of the single-word cues among words and lemmas, and the ranks whose phrases
 * start with one of the words. */
class Reading {
  best = ORDER.length;
  phraseRanks = 0;

  constructor(readonly table: Compiled) {}

  /** Back to no words read. */
  reset(): this {
    this.best = ORDER.length;
    this.phraseRanks = 0;
    return this;
  }

  /** The bits of tokenBits(). */
  add(bits: number): void {
    const rank = bits & 15;
    if (rank < this.best) this.best = rank;
    this.phraseRanks |= bits >> 4;
  }

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

  /** A phrase of a stance ranked above the best single-word cue may be in the text: a phrase
   * found in it starts with one of its words. */
  mayHavePhrase(): boolean {
    return (this.phraseRanks & ((1 << this.best) - 1)) !== 0;
  }

  /** The first stance above the best single-word cue with a phrase in text (its words between
   * spaces; null when none may be), else that cue's stance, or "unclear". */
  stance(text: string | null): Stance {
    if (text !== null) for (let rank = 0; rank < this.best; rank++) for (const p of this.table.phrases[rank]) if (text.includes(p)) return ORDER[rank];
    return this.best < ORDER.length ? ORDER[this.best] : "unclear";
  }
}

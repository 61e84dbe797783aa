// The process's lexicon of wink's English model, which the reader (src/nlp/reader/) learns new
// words into, as wink-nlp does: every word the model lacks is added and kept (about 180 bytes a
// word), so a worker reading news for weeks would grow without bound. Before each read (a line or
// a group of lines, so within one huge article too) the words learned are counted once probeChars
// characters were read since the last count (by default every time: the count is a field); past
// maxGrowth the lexicon is replaced by a fresh one. A fresh lexicon reads a text as the first one did (test/nlp/lexicon.test.ts).
// Splitting does look words up among those learned, so a text read after others could in principle
// split otherwise (wink behaves the same); no case of it is known.
import { Lexicon } from "./reader/lexicon.js";

export interface LexiconLimits {
  /** Text read (characters) between two counts of the words learned. */
  probeChars: number;
  /** Words the lexicon may learn before it is replaced. */
  maxGrowth: number;
}

const DEFAULT_LIMITS: LexiconLimits = { probeChars: 0, maxGrowth: 100_000 };
let limits = DEFAULT_LIMITS;

let instance: Lexicon | null = null;
let unread = 0;
let replaced = 0;

/** The lexicon to read the next text with (a fresh one once the current one has learned too much). */
export function lexicon(): Lexicon {
  if (instance && unread >= limits.probeChars) {
    unread = 0;
    if (instance.learned >= limits.maxGrowth) {
      instance = null;
      replaced++;
    }
  }
  if (!instance) instance = new Lexicon();
  return instance;
}

/** Counts text read towards the next count of the words learned. */
export function noteRead(chars: number): void {
  unread += chars;
}

/** The words the current lexicon has learned, and how many lexicons were replaced. */
export function lexiconStats(): { growth: number; replaced: number } {
  return { growth: instance ? instance.learned : 0, replaced };
}

/** Changes the limits (tests); no argument restores the defaults. */
export function setLexiconLimits(next: Partial<LexiconLimits> = {}): void {
  limits = { ...DEFAULT_LIMITS, ...next };
}

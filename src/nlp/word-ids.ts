// One small integer per lower-case word form, shared by every stage: the tokenizer gives each
// token the id of its lower-case form (Token.wid) with one lookup, and a stage keeps what it
// knows of a word in an array indexed by the id (WordColumn) instead of a map keyed by the string.
//
// News keeps bringing words never seen before (names, figures), so the table starts over once it
// holds `cap` surfaces, and a stage's columns empty themselves when they see it did. It starts
// over only when asked between batches (startWordBatch(), called by analyzePages before it
// tokenizes anything), so that all the documents of a batch carry ids of one numbering. A caller
// that never asks (stages called one by one) is bounded too: past twice the cap the table
// starts over as it meets a new word. Columns hold the form they were filled for and compare it
// with the token's, so tokens numbered before such a reset are still read right, only slower.

const DEFAULT_CAP = 50_000;
let cap = DEFAULT_CAP;

/** Surface text → id of its lower-case form: wink hands out one string per word, so most tokens
 *  are found here without being lower-cased. */
let bySurface = new Map<string, number>();
/** Lower-case form → id, and id → form. */
let byForm = new Map<string, number>();
let forms: string[] = [];
let generation = 0;

/** The id of surface.toLowerCase(). */
export function wordIdOf(surface: string): number {
  const id = bySurface.get(surface);
  return id !== undefined ? id : newSurface(surface);
}

function newSurface(surface: string): number {
  if (bySurface.size >= 2 * cap) resetWordIds();
  const lower = surface.toLowerCase();
  let id = byForm.get(lower);
  if (id === undefined) {
    id = forms.length;
    forms.push(lower);
    byForm.set(lower, id);
  }
  bySurface.set(surface, id);
  return id;
}

/** The lower-case form of id (one string per form, shared by all tokens of the word). */
export function wordForm(id: number): string {
  return forms[id];
}

/** Bumped each time the ids are handed out anew. */
export function wordGeneration(): number {
  return generation;
}

/** Distinct surfaces and lower-case forms the table holds. */
export function wordIdStats(): { surfaces: number; forms: number; generation: number } {
  return { surfaces: bySurface.size, forms: forms.length, generation };
}

/**
 * Called before a batch of documents is tokenized: starts the ids over when the table holds
 * `cap` surfaces or more. True when it did.
 */
export function startWordBatch(): boolean {
  if (bySurface.size < cap) return false;
  resetWordIds();
  return true;
}

/** Starts the ids over (every stage column empties itself at its next use). */
export function resetWordIds(): void {
  bySurface = new Map();
  byForm = new Map();
  forms = [];
  generation++;
}

/** Changes the cap (tests); no argument restores the default. */
export function setWordIdCap(next: number = DEFAULT_CAP): void {
  cap = next;
}

/**
 * Per-word values of one stage, indexed by word id: `of(wid, lower)` is the value stored for that
 * form, or undefined. Emptied when the ids were handed out anew; a value is returned only for the
 * form it was stored for, so a stale id reads as unknown.
 */
export class WordColumn<T> {
  private values: Array<T | undefined> = [];
  private keys: Array<string | undefined> = [];
  private gen = generation;

  /** Call once per document before reading: empties the column after a reset of the ids. */
  sync(): void {
    if (this.gen === generation) return;
    this.gen = generation;
    this.values = [];
    this.keys = [];
  }

  /** Empties the column. */
  clear(): void {
    this.values = [];
    this.keys = [];
  }

  get(wid: number, lower: string): T | undefined {
    return this.keys[wid] === lower ? this.values[wid] : undefined;
  }

  set(wid: number, lower: string, value: T): void {
    // Grown one slot at a time the arrays stay packed (ids come in order within a generation).
    const keys = this.keys;
    const values = this.values;
    while (keys.length < wid) {
      keys.push(undefined);
      values.push(undefined);
    }
    keys[wid] = lower;
    values[wid] = value;
  }
}

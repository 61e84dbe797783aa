import type { Token } from "../doc.js";
import { stopWords } from "./word-lists.js";
import { WordColumn } from "../nlp/word-ids.js";

// The content words of a claim, for matching claims that tell the same thing: letter runs of
// three or more, stop words (data/claims/stop-words.tsv) dropped, a plural or verb ending cut.
// Claims compare their words as bags of stem ids (numbers), not of strings.

/** Lower-case word to the id of its stem (STOP for a stop word), memoized: the same few
 * thousand words recur across the claims of an article. Cleared, with the ids, when a new
 * document starts past the cap, so that ids stay fixed within one document. */
const wordIds = new Map<string, number>();
/** Stem to id and id to stem (ids start at 1). */
const stemIds = new Map<string, number>();
const stemNames: string[] = [""];
const WORDS_CAP = 50_000;
const STOP = -2;
const LETTER = /^\p{L}$/u;

/** One stamp per stem id, to mark the ids of one bag at a time (see Collector). Bags are built
 * with one table and compared (Overlap) with the other, so a comparison survives building bags. */
class Stamps {
  table = new Int32Array(1024);
  last = 0;

  /** A stamp no id carries yet. */
  next(): number {
    if (this.last === 0x7fffffff) {
      this.table.fill(0);
      this.last = 0;
    }
    return ++this.last;
  }

  /** Room for ids up to id. */
  fit(id: number): void {
    if (id < this.table.length) return;
    const grown = new Int32Array(Math.max(id + 1, this.table.length * 2));
    grown.set(this.table);
    this.table = grown;
  }
}
const building = new Stamps();
const comparing = new Stamps();

/** The id of the stem of a lower-case word, or STOP for a stop word. */
function wordId(w: string): number {
  let id = wordIds.get(w);
  if (id === undefined) {
    id = stopWords().has(w) ? STOP : stemId(w.replace(/(?:ing|ed|es|s)$/u, ""));
    wordIds.set(w, id);
  }
  return id;
}

function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stemNames.length;
    stemNames.push(stem);
    stemIds.set(stem, id);
    building.fit(id);
    comparing.fit(id);
  }
  return id;
}

/** The stem an id stands for. */
export function stemText(id: number): string {
  return stemNames[id];
}

/** Gathers distinct stem ids, marking them in a stamp table: only the newest collector of a
 * table is in use (starting one ends the last). */
class Collector {
  private mine: number;
  /** How many ids: they are the first `count` entries of `ids`. */
  count = 0;
  /** Where the ids go (past `count`, stale entries of an earlier bag: the room is kept). */
  private readonly ids: number[] = [];

  constructor(private readonly stamps: Stamps) {
    this.mine = stamps.next();
  }

  /** Starts a new bag (the newest collector of the table from now on). */
  restart(): this {
    this.mine = this.stamps.next();
    this.count = 0;
    return this;
  }

  /** The ids, in a new array of their number. */
  copy(): number[] {
    return this.ids.slice(0, this.count);
  }

  add(id: number): void {
    const table = this.stamps.table;
    if (table[id] !== this.mine) {
      table[id] = this.mine;
      this.ids[this.count++] = id;
    }
  }

  /** Whether add(id) was called (while this is the table's newest collector). */
  has(id: number): boolean {
    return this.stamps.table[id] === this.mine;
  }

  get live(): boolean {
    return this.stamps.last === this.mine;
  }
}

/** SpanWords: the bag being built, copied out at its exact length when done. */
const BAG = new Collector(building);

/** The stems of the content words of s: its runs of three or more letters (code points, as
 * /\p{L}{3,}/u counts them) in lower case. */
export function words(s: string): Set<string> {
  const out = new Set<string>();
  forEachWord(s, (w) => {
    const id = wordId(w);
    if (id !== STOP) out.add(stemNames[id]);
  });
  return out;
}

/** Calls f with each run of three letters or more of s, lower-cased. */
function forEachWord(s: string, f: (w: string) => void): void {
  const text = s.toLowerCase();
  const n = text.length;
  let start = -1;
  let count = 0;
  for (let i = 0; i <= n; ) {
    const width = i < n ? letterWidth(text, i) : 0;
    if (width > 0) {
      if (start < 0) { start = i; count = 0; }
      count++;
      i += width;
      continue;
    }
    if (start >= 0 && count >= 3) f(text.slice(start, i));
    start = -1;
    i++;
  }
}

/** UTF-16 length of the letter at i (2 for an astral one), or 0 when text[i] starts no letter. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i]) ? 1 : 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Per UTF-16 code unit from 128 up: 1 for a letter or half a surrogate pair, 2 for any other
 * character (curly quotes, dashes, spaces, marks), 0 until asked. */
const WIDE_KINDS = new Uint8Array(0x10000);

/** Whether a code unit of 128 or more may be (part of) a letter: a span holding one is read by
 * words(). The others only end letter runs, as ASCII punctuation does. */
function wideLetter(c: number): boolean {
  let kind = WIDE_KINDS[c];
  if (kind === 0) WIDE_KINDS[c] = kind = (c >= 0xd800 && c <= 0xdfff) || LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/** Per token: not plain ASCII letters (else STOP or a stem id). */
const NOT_PLAIN = -1;

/** What idAt() answers, by word id (Token.wid): the same words recur across articles. */
const tokenWords = new WordColumn<number>();
/** Bumped each time the stem memo starts over and the ids are handed out anew. */
let numbering = 0;

/**
 * The stem ids of words(text.slice(a, b)) for spans of one tokenized text, each once. A span
 * whose letters are ASCII is read token by token: a letter run that is exactly a token of plain
 * ASCII letters takes that token's stem, looked up once per token; any other letter sends the
 * span to words().
 */
export class SpanWords {
  /** The numbering of stems this reader's ids belong to. */
  private readonly generation: number;

  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {
    if (wordIds.size >= WORDS_CAP) {
      wordIds.clear();
      stemIds.clear();
      stemNames.length = 1;
      numbering++;
      tokenWords.clear();
    }
    tokenWords.sync();
    this.generation = numbering;
  }

  /** Ids from a reader made before the stems were renumbered would not compare with new ones. */
  private checkNumbering(): void {
    if (this.generation !== numbering) throw new Error("SpanWords: the stem ids were renumbered since this reader was made; make a new one");
  }

  of(a: number, b: number): number[] {
    this.checkNumbering();
    const { text, tokens } = this;
    const out = BAG.restart();
    let k = this.firstEndingAfter(a);
    let i = a;
    while (i < b) {
      const c = text.charCodeAt(i);
      if (c >= 128 && wideLetter(c)) return this.ofText(text.slice(a, b));
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      // A run starts at i: a whole token of plain letters, or letters read one by one.
      while (k < tokens.length && tokens[k].end <= i) k++;
      // A token of one or two letters ("a", "of") is read as letters: no lookup for it.
      if (k < tokens.length && tokens[k].start === i && tokens[k].end <= b && tokens[k].end - i >= 3) {
        const end = tokens[k].end;
        const id = this.idAt(k);
        const next = end < b ? text.charCodeAt(end) : 32;
        if (id !== NOT_PLAIN && (next < 128 ? !isAsciiLetter(next) : !wideLetter(next))) {
          if (id !== STOP) out.add(id);
          i = end;
          continue;
        }
      }
      let j = i + 1;
      for (; j < b; j++) {
        const d = text.charCodeAt(j);
        if (d >= 128) {
          if (wideLetter(d)) return this.ofText(text.slice(a, b));
          break;
        }
        if (!isAsciiLetter(d)) break;
      }
      if (j - i >= 3) {
        const id = wordId(text.slice(i, j).toLowerCase());
        if (id !== STOP) out.add(id);
      }
      i = j;
    }
    return out.copy();
  }

  /** The stem ids of words(s), each once. */
  ofText(s: string): number[] {
    this.checkNumbering();
    const out = BAG.restart();
    forEachWord(s, (w) => {
      const id = wordId(w);
      if (id !== STOP) out.add(id);
    });
    return out.copy();
  }

  /** The index of the first token ending after offset a (the tokens' count when none does). */
  private firstEndingAfter(a: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The id of token k's stem, STOP, or NOT_PLAIN (by word id: looked up once per word). */
  private idAt(k: number): number {
    const t = this.tokens[k];
    const lower = t.lower;
    let id = tokenWords.get(t.wid, lower);
    if (id === undefined) tokenWords.set(t.wid, lower, (id = isAsciiWord(lower) ? wordId(lower) : NOT_PLAIN));
    return id;
  }
}

/**
 * A bag of stem ids to compare others with: overlap(y) = |x ∩ y| / min(|x|, |y|), 0 when either
 * is empty. Only the newest Overlap can be read (they share one stamp table); bags may be built
 * meanwhile.
 */
export class Overlap {
  private readonly marks = new Collector(comparing);

  constructor(...bags: number[][]) {
    for (const bag of bags) for (const id of bag) this.marks.add(id);
  }

  get size(): number {
    return this.marks.count;
  }

  with(y: number[]): number {
    if (!this.marks.live) throw new Error("Overlap read after another bag was built");
    const size = this.marks.count;
    if (!size || !y.length) return 0;
    let n = 0;
    for (const id of y) if (this.marks.has(id)) n++;
    return n / Math.min(size, y.length);
  }
}

/** Only letters a-z (a token's lower-case form, so the text held A-Z, a-z or the Kelvin sign). */
function isAsciiWord(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

// A quick pre-test for membership in a fixed set of words, for scans that ask a lexicon about
// every token: most words are ruled out by their first and last characters and their length,
// without hashing them. A "no" is certain; a "maybe" still needs the real lookup.

const SIZE = 128 << 7;

export class WordFilter {
  /** By first and last character: bit n set when some word of length n (< 32) has them. */
  private readonly bits = new Uint32Array(SIZE);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const key = keyOf(w);
      if (key < SIZE && w.length < 32) this.bits[key] |= 1 << w.length;
    }
  }

  /** False when w is surely not one of the words. */
  mayHave(w: string): boolean {
    return this.mayHaveCodes(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
  }

  /** mayHave(w) told by w's first and last character codes and its length, without w itself. */
  mayHaveCodes(first: number, last: number, len: number): boolean {
    const key = (first << 7) | last;
    return key >= SIZE || len >= 32 || ((this.bits[key] >>> len) & 1) === 1;
  }
}

// Distinct for ASCII first and last characters; other characters may collide, which only
// lets more words through to the real lookup (the same key is computed when building).
function keyOf(w: string): number {
  return (w.charCodeAt(0) << 7) | w.charCodeAt(w.length - 1);
}

// Lemmatizing is wink's costliest step and depends only on the normal form and the tag, so
// lemmas are memoized per (normal, tag) and wink is asked only on a miss. The memo is keyed by
// the normal form; its entry lists tag, lemma, tag, lemma ... (a word takes few tags). It is
// emptied when it reaches `cap` entries.
//
// A lookup in a map of tens of thousands of words misses the processor's caches, and most
// tokens are a few hundred frequent words: a small table in front of the map, indexed by the
// word's length, first and last characters and the tag, answers those. It holds only answers
// the map gave, and is emptied with it, so it never answers otherwise than the map would.

const SLOTS = 4096;

export class LemmaMemo {
  private readonly byNormal = new Map<string, Array<string | undefined>>();
  private size = 0;
  private readonly recentNormal = new Array<string | null>(SLOTS).fill(null);
  private readonly recentTag = new Array<string | null>(SLOTS).fill(null);
  private readonly recentLemma = new Array<string>(SLOTS).fill("");

  constructor(private readonly cap: number) {}

  /** The memoized lemma of (normal, tag), or undefined when wink must be asked. */
  get(normal: string, tag: string): string | undefined {
    // wink always gives strings; anything else skips the table.
    const slot = typeof normal === "string" && typeof tag === "string" ? slotOf(normal, tag) : -1;
    if (slot >= 0 && this.recentNormal[slot] === normal && this.recentTag[slot] === tag) return this.recentLemma[slot];
    const byTag = this.byNormal.get(normal);
    if (byTag === undefined) return undefined;
    for (let k = 0; k < byTag.length; k += 2) {
      if (byTag[k] !== tag) continue;
      const lemma = byTag[k + 1];
      if (lemma !== undefined && slot >= 0) {
        this.recentNormal[slot] = normal;
        this.recentTag[slot] = tag;
        this.recentLemma[slot] = lemma;
      }
      return lemma;
    }
    return undefined;
  }

  /** Records wink's lemma of (normal, tag) after get() found none. */
  add(normal: string, tag: string, lemma: string | undefined): void {
    if (this.size >= this.cap) this.clear();
    let byTag = this.byNormal.get(normal);
    if (byTag === undefined) this.byNormal.set(normal, (byTag = []));
    byTag.push(tag, lemma);
    this.size++;
  }

  private clear(): void {
    this.byNormal.clear();
    this.size = 0;
    this.recentNormal.fill(null);
    this.recentTag.fill(null);
  }
}

function slotOf(normal: string, tag: string): number {
  const n = normal.length;
  return (n * 961 + normal.charCodeAt(0) * 31 + normal.charCodeAt(n - 1) + tag.length * 7 + tag.charCodeAt(0)) & (SLOTS - 1);
}

// How the CLI and the store gather documents before analyzing them as one batch (analyzePages:
// stage by stage, 0.68-1.02x the CPU time of one by one: see there). A batch ends at BATCH_PAGES
// documents or once it holds BATCH_CHARS characters of text, so a few long pages do not hold
// many articles' tokens in memory at once.
export const BATCH_PAGES = 16;
export const BATCH_CHARS = 100_000;

export class Batch<T> {
  private items: T[] = [];
  private chars = 0;

  constructor(
    private readonly maxItems = BATCH_PAGES,
    private readonly maxChars = BATCH_CHARS,
  ) {}

  /** Adds an item of `chars` characters; true when the batch is now full and should be taken. */
  add(item: T, chars: number): boolean {
    this.items.push(item);
    this.chars += chars;
    return this.items.length >= this.maxItems || this.chars >= this.maxChars;
  }

  /** True when the batch holds something and `chars` more would take it over its budget. */
  wouldOverflow(chars: number): boolean {
    return this.items.length > 0 && this.chars + chars > this.maxChars;
  }

  get size(): number {
    return this.items.length;
  }

  /** The items gathered so far, in the order they came; the batch is empty afterwards. */
  take(): T[] {
    const out = this.items;
    this.items = [];
    this.chars = 0;
    return out;
  }
}

// Per-token typed arrays reused from document to document: a typed array of more than a few
// dozen bytes gets a backing store of its own, which costs more to make and free than to reuse.
// Only for arrays used within one call that calls nothing else using the same instance.

/** A byte array of at least n entries, kept for the next caller of the same instance. */
export class ByteScratch {
  private buf = new Uint8Array(256);

  /** At least n entries, the first n zero. */
  zeroed(n: number): Uint8Array {
    if (this.buf.length < n) this.buf = new Uint8Array(grown(n));
    else this.buf.fill(0, 0, n);
    return this.buf;
  }

  /** At least n entries of any content (the caller writes each one it reads). */
  any(n: number): Uint8Array {
    if (this.buf.length < n) this.buf = new Uint8Array(grown(n));
    return this.buf;
  }
}

/** An Int32 array of at least n entries, kept for the next caller of the same instance. */
export class IntScratch {
  private buf = new Int32Array(256);

  /** At least n entries of any content (the caller writes each one it reads). */
  any(n: number): Int32Array {
    if (this.buf.length < n) this.buf = new Int32Array(grown(n));
    return this.buf;
  }
}

function grown(n: number): number {
  return Math.max(n, 1024) * 2;
}

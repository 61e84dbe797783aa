// Duplicate detection across a batch. Exact duplicates (same normalized text) are skipped as
// "duplicate of <id>"; near-duplicates (a wire story republished with small edits) keep their place
// in the batch and are linked to the first copy with nearDuplicateOf. Near-duplicates are found
// with MinHash over word 3-shingles and LSH banding, so the cost per document stays flat.
import { createHash } from "node:crypto";
import type { InputItem, SourceDoc } from "./types.js";

const PERMS = 64;
const BANDS = 16;
const ROWS = PERMS / BANDS;
const SHINGLE = 3;
/** Estimated Jaccard similarity of shingle sets from which two texts count as near-duplicates. */
export const NEAR_THRESHOLD = 0.7;

const SEEDS = Array.from({ length: PERMS }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0]);

export function normalizeForDedup(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MinHash signature of the text's word 3-shingles; null when the text is too short to judge. */
export function minhash(normalized: string): Uint32Array | null {
  const words = normalized.split(" ").filter(Boolean);
  if (words.length < SHINGLE + 5) return null;
  const sig = new Uint32Array(PERMS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv(words.slice(i, i + SHINGLE).join(" "));
    for (let p = 0; p < PERMS; p++) {
      const v = (Math.imul(h ^ SEEDS[p][1], SEEDS[p][0]) ^ (h >>> 15)) >>> 0;
      if (v < sig[p]) sig[p] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMS; i++) if (a[i] === b[i]) same++;
  return same / PERMS;
}

export class Deduper {
  private exact = new Map<string, string>();
  private sigs = new Map<string, Uint32Array>();
  private buckets = new Map<string, string[]>();

  /** Returns the item to emit: a Skipped for an exact repeat, the document (maybe linked) otherwise. */
  check(doc: SourceDoc): InputItem {
    const norm = normalizeForDedup(doc.page.text);
    const key = createHash("sha256").update(norm).digest("hex");
    const seen = this.exact.get(key);
    if (seen !== undefined) return { kind: "skipped", source: doc.source, reason: `duplicate of ${seen}` };
    this.exact.set(key, doc.id);
    const sig = minhash(norm);
    if (!sig) return doc;
    let best: string | null = null;
    let bestSim = NEAR_THRESHOLD;
    const keys: string[] = [];
    for (let b = 0; b < BANDS; b++) {
      const k = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(",")}`;
      keys.push(k);
      for (const other of this.buckets.get(k) ?? []) {
        const s = similarity(sig, this.sigs.get(other)!);
        if (s >= bestSim && other !== doc.id) [best, bestSim] = [other, s];
      }
    }
    if (best) return { ...doc, nearDuplicateOf: best };
    this.sigs.set(doc.id, sig);
    for (const k of keys) {
      const list = this.buckets.get(k);
      if (list) list.push(doc.id);
      else this.buckets.set(k, [doc.id]);
    }
    return doc;
  }
}

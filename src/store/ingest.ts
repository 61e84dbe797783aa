// Analyzes inputs and stores them, one document per transaction. Known documents (same content
// hash) are skipped before analysis, so a rerun after a crash resumes where the last one stopped.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { readInputs, type InputItem } from "../ingest/index.js";
import { analyzeSources } from "../analyze.js";
import { asError } from "../pipeline.js";
import { Batch } from "../batch.js";
import type { SourceDoc } from "../ingest/types.js";
import type { DocumentRecord } from "../record/types.js";
import type { Resources } from "../resources.js";
import type { Store } from "./types.js";

export interface IngestOptions {
  published?: string | null;
  resources?: Resources;
  /** Called for every input as it is handled. */
  onItem?: (r: IngestItemResult) => void;
  /** Checked between documents: a stop request finishes the current batch and returns. */
  shouldStop?: () => boolean;
}

export type IngestItemResult =
  | { kind: "stored"; source: string; id: string; articles: number; events: number; merged: number }
  | { kind: "known"; source: string; id: string }
  | { kind: "error"; source: string; message: string; /** The store failed (locked, connection lost): worth another try. */ storeFailed?: true }
  | { kind: "skipped"; source: string; reason: string };

export interface IngestSummary { stored: number; known: number; errors: number; skipped: number; articles: number; events: number; merged: number }

export function emptySummary(): IngestSummary {
  return { stored: 0, known: 0, errors: 0, skipped: 0, articles: 0, events: 0, merged: 0 };
}

/**
 * Stores every input. Documents not yet stored are analyzed in batches (analyzeSources), then
 * stored one by one, each in its own transaction.
 */
export async function ingestItems(store: Store, items: AsyncIterable<InputItem>, opts: IngestOptions = {}, sum = emptySummary()): Promise<IngestSummary> {
  const note = (r: IngestItemResult) => {
    if (r.kind === "stored") { sum.stored++; sum.articles += r.articles; sum.events += r.events; sum.merged += r.merged; }
    else if (r.kind === "known") sum.known++;
    else if (r.kind === "error") sum.errors++;
    else sum.skipped++;
    opts.onItem?.(r);
  };
  // Results of inputs that need no analysis wait in the batch too, so onItem hears of every input
  // in the order it came.
  const batch = new Batch<SourceDoc | IngestItemResult>();
  const flush = async () => {
    const entries = batch.take();
    const docs = entries.filter((e): e is SourceDoc => e.kind === "doc");
    let recs: Array<DocumentRecord | Error>;
    try {
      recs = docs.length ? analyzeSources(docs, { published: opts.published ?? null, resources: opts.resources }) : [];
    } catch (e) {
      recs = docs.map(() => asError(e));
    }
    let k = 0;
    for (const e of entries) {
      if (e.kind !== "doc") {
        note(e);
        continue;
      }
      const rec = recs[k++];
      note(rec instanceof Error ? { kind: "error", source: e.source, message: `analysis failed: ${rec.message}` } : await storeRecord(store, e, rec));
    }
  };
  // Whatever ends the loop (a stop request, a failing input reader), the documents already read
  // are analyzed, stored and reported.
  try {
    for await (const item of items) {
      const entry = item.kind === "doc" ? await knownOrDoc(store, item) : item;
      const chars = entry.kind === "doc" ? entry.page.text.length : 0;
      if (batch.wouldOverflow(chars)) await flush();
      if (entry.kind !== "doc" && batch.size === 0) note(entry);
      else if (batch.add(entry, chars)) await flush();
      if (opts.shouldStop?.()) break;
    }
  } finally {
    await flush();
  }
  return sum;
}

/** The document itself when it is not stored yet, else what to report for it. */
async function knownOrDoc(store: Store, item: SourceDoc): Promise<SourceDoc | IngestItemResult> {
  try {
    return (await store.hasDocument(item.id)) ? { kind: "known", source: item.source, id: item.id } : item;
  } catch (e) {
    return { kind: "error", source: item.source, message: `could not look up the store: ${(e as Error).message}`, storeFailed: true };
  }
}

async function storeRecord(store: Store, item: SourceDoc, rec: DocumentRecord): Promise<IngestItemResult> {
  try {
    const res = await store.addDocument(rec);
    if (!res.stored) return { kind: "known", source: item.source, id: item.id };
    return { kind: "stored", source: item.source, id: item.id, articles: res.articles, events: res.events, merged: res.mergedInto };
  } catch (e) {
    return { kind: "error", source: item.source, message: `could not store: ${(e as Error).message}`, storeFailed: true };
  }
}

/** Files under the given paths (folders walked in name order, hidden entries skipped), for watching. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === "-") { out.push(p); continue; }
    let st;
    try { st = await stat(p); } catch { out.push(p); continue; }
    if (st.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  return ingestItems(store, readInputs(paths), opts);
}

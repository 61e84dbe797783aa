// `ingest --watch`: keeps a folder or a feed URL in the store, one pass every interval, taking
// only what is new since the last pass. When asked to stop, finishes the documents already read.
import { readFile, stat } from "node:fs/promises";
import { readBuffer, type InputItem } from "../ingest/index.js";
import type { Store } from "./types.js";
import { emptySummary, expandPaths, ingestItems, type IngestItemResult, type IngestOptions, type IngestSummary } from "./ingest.js";

export interface WatchOptions extends IngestOptions {
  everyMs: number;
  /** Stop after this many passes (tests); unbounded when absent. */
  passes?: number;
  onPass?: (pass: number, s: IngestSummary) => void;
  /** Resolves or aborts the wait between passes. */
  signal?: AbortSignal;
}

export function parseInterval(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "ms"]);
  return n > 0 ? n : null;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function watch(store: Store, target: string, opts: WatchOptions): Promise<IngestSummary> {
  const total = emptySummary();
  const seen = new Map<string, string>();
  const stopped = () => opts.signal?.aborted === true;
  for (let pass = 1; !stopped(); pass++) {
    const sum = emptySummary();
    const o = { ...opts, shouldStop: stopped };
    try {
      if (isUrl(target)) await feedPass(store, target, o, sum);
      else await folderPass(store, target, seen, o, sum);
    } catch (e) {
      sum.errors++;
      opts.onItem?.({ kind: "error", source: target, message: (e as Error).message });
    }
    for (const k of Object.keys(total) as (keyof IngestSummary)[]) total[k] += sum[k];
    opts.onPass?.(pass, sum);
    if (opts.passes !== undefined && pass >= opts.passes) break;
    await sleep(opts.everyMs, opts.signal);
  }
  return total;
}

async function folderPass(store: Store, dir: string, seen: Map<string, string>, opts: IngestOptions, sum: IngestSummary): Promise<void> {
  const fresh: string[] = [];
  for (const f of await expandPaths([dir])) {
    const st = await stat(f).catch(() => null);
    const sig = st ? `${st.size}:${st.mtimeMs}` : "?";
    if (seen.get(f) === sig) continue;
    seen.set(f, sig);
    fresh.push(f);
  }
  // A file the store could not take (locked, connection lost) is read again on the next pass; its
  // documents already stored are then known and skipped.
  const fileOf = new Map<string, string>();
  const onItem = (r: IngestItemResult) => {
    if (r.kind === "error" && r.storeFailed) seen.delete(fileOf.get(r.source) ?? r.source);
    opts.onItem?.(r);
  };
  if (fresh.length) await ingestItems(store, fileItems(fresh, fileOf), { ...opts, onItem }, sum);
}

/** Files found in a folder: anything that is not a document is skipped, not an error. `fileOf`
 *  learns the file each item came from (a feed or WARC file holds many). */
async function* fileItems(files: string[], fileOf = new Map<string, string>()): AsyncGenerator<InputItem> {
  for (const f of files) {
    try {
      for await (const item of readBuffer(f, await readFile(f), { fromFolder: true })) {
        fileOf.set(item.source, f);
        yield item;
      }
    } catch (e) {
      yield { kind: "error", source: f, message: (e as Error).message };
    }
  }
}

/** A feed is read by the ingest stage (one document per item); items already stored are skipped by id. */
async function feedPass(store: Store, url: string, opts: IngestOptions, sum: IngestSummary): Promise<void> {
  const res = await fetch(url, { headers: { accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5" }, signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`feed answered HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  await ingestItems(store, readBuffer(url, bytes, { contentType: res.headers.get("content-type"), url }), opts, sum);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() { clearTimeout(t); signal?.removeEventListener("abort", done); resolve(); }
    signal?.addEventListener("abort", done, { once: true });
  });
}

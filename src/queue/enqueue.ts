// Reads inputs (files, folders, WARCs, feed or page URLs) with the ingest stage and adds one job
// per document. The job id is the content hash, so re-enqueueing a document is a no-op while its
// job is kept; a worker also skips documents the store already has.
import { Queue } from "bullmq";
import { readBuffer, readInputs, type InputItem } from "../ingest/index.js";
import { jobIdFor, type DocJob } from "./jobs.js";
import type { QueueSettings } from "./config.js";
import { redisConnection } from "./config.js";

export interface EnqueueSummary { added: number; alreadyQueued: number; errors: number; skipped: number }
export type EnqueueItemResult =
  | { kind: "added" | "queued"; source: string; id: string }
  | { kind: "error"; source: string; message: string }
  | { kind: "skipped"; source: string; reason: string };

export interface EnqueueOptions {
  published?: string | null;
  onItem?: (r: EnqueueItemResult) => void;
  /** Checked between documents. */
  shouldStop?: () => boolean;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Job options: retries with exponential backoff; finished jobs are kept a week (the dedup window), failed ones until cleaned. */
export function jobOptions(s: QueueSettings, docId: string) {
  return {
    jobId: jobIdFor(docId),
    attempts: s.attempts,
    backoff: { type: "exponential" as const, delay: s.backoffMs },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: false,
  };
}

export function openQueue(s: QueueSettings): Queue<DocJob> {
  return new Queue<DocJob>(s.queue, { connection: redisConnection(s.redis) });
}

/** Adds one document job; false when a job with its content hash is already queued or kept. */
export async function enqueueDoc(queue: Queue<DocJob>, s: QueueSettings, data: DocJob): Promise<boolean> {
  const opts = jobOptions(s, data.doc.id);
  if (await queue.getJob(opts.jobId)) return false;
  await queue.add("analyze", data, opts);
  return true;
}

export async function enqueueInputs(queue: Queue<DocJob>, s: QueueSettings, inputs: string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const sum: EnqueueSummary = { added: 0, alreadyQueued: 0, errors: 0, skipped: 0 };
  const files = inputs.filter((i) => !isUrl(i));
  const urls = inputs.filter(isUrl);
  const emit = (r: EnqueueItemResult) => {
    if (r.kind === "added") sum.added++;
    else if (r.kind === "queued") sum.alreadyQueued++;
    else if (r.kind === "error") sum.errors++;
    else sum.skipped++;
    opts.onItem?.(r);
  };
  const handle = async (items: AsyncIterable<InputItem>) => {
    for await (const item of items) {
      if (item.kind === "doc") {
        const added = await enqueueDoc(queue, s, { doc: item, published: opts.published ?? null });
        emit({ kind: added ? "added" : "queued", source: item.source, id: item.id });
      } else emit(item);
      if (opts.shouldStop?.()) return true;
    }
    return false;
  };
  if (files.length && await handle(readInputs(files))) return sum;
  for (const url of urls) {
    try {
      if (await handle(fetchItems(url))) return sum;
    } catch (e) {
      emit({ kind: "error", source: url, message: (e as Error).message });
    }
  }
  return sum;
}

/** A feed URL gives one document per item; a page URL one document. */
async function* fetchItems(url: string): AsyncGenerator<InputItem> {
  const res = await fetch(url, { headers: { accept: "application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, */*;q=0.5" }, signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`answered HTTP ${res.status}`);
  yield* readBuffer(url, new Uint8Array(await res.arrayBuffer()), { contentType: res.headers.get("content-type"), url });
}

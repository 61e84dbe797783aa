// A queue worker: takes document jobs, analyzes them and writes them to the store. A document
// the store already has is acknowledged without analysis, so a retry after a crash (the write
// committed, the acknowledgement lost) does nothing twice. Inputs that fail every attempt land
// in the dead-letter queue with their error.
import { hostname } from "node:os";
import { Queue, UnrecoverableError, Worker, type Job } from "bullmq";
import { analyzeSource } from "../analyze.js";
import { loadResources, type Resources } from "../resources.js";
import type { Store } from "../store/types.js";
import { asDocJob, type DeadLetter, type DocJob } from "./jobs.js";
import { deadQueueName, redisConnection, type QueueSettings } from "./config.js";

/** Milliseconds per job: analysis (outside any transaction), the store write, and within it waiting for and holding its locks. */
export interface JobTiming { analyzeMs: number; storeMs: number; lockMs: number; heldMs: number }

export type JobOutcome = { status: "stored"; articles: number; events: number; timing: JobTiming } | { status: "known" };

export interface WorkerEvents {
  onDone?(job: Job<DocJob>, outcome: JobOutcome): void;
  onFailed?(job: Job<DocJob> | undefined, error: Error, final: boolean): void;
}

export interface RunningWorker {
  worker: Worker<DocJob, JobOutcome>;
  /** Stops taking jobs, waits up to shutdownMs for the current ones, then leaves any unfinished job to be retried. */
  close(): Promise<void>;
}

export async function processDocJob(store: Store, data: unknown, resources: Resources): Promise<JobOutcome> {
  let job: DocJob;
  try {
    job = asDocJob(data);
  } catch (e) {
    throw new UnrecoverableError((e as Error).message);
  }
  if (await store.hasDocument(job.doc.id)) return { status: "known" };
  const t0 = performance.now();
  const rec = analyzeSource(job.doc, { published: job.published, resources });
  const t1 = performance.now();
  const res = await store.addDocument(rec);
  const timing = { analyzeMs: ms(t1 - t0), storeMs: ms(performance.now() - t1), lockMs: ms(res.timing?.lockMs ?? 0), heldMs: ms(res.timing?.heldMs ?? 0) };
  return res.stored ? { status: "stored", articles: res.articles, events: res.events, timing } : { status: "known" };
}

const ms = (v: number) => Math.round(v * 10) / 10;

export async function startWorker(store: Store, s: QueueSettings, opts: WorkerEvents & { concurrency?: number; resources?: Resources } = {}): Promise<RunningWorker> {
  const resources = opts.resources ?? loadResources();
  const dead = new Queue<DeadLetter>(deadQueueName(s), { connection: redisConnection(s.redis) });
  const worker = new Worker<DocJob, JobOutcome>(s.queue, (job) => processDocJob(store, job.data, resources), {
    connection: redisConnection(s.redis),
    // shows in each job's processedBy: which machine and process holds it
    name: `${hostname()}:${process.pid}`,
    concurrency: opts.concurrency ?? 1,
    lockDuration: s.lockMs,
    stalledInterval: s.stalledMs,
    autorun: false,
  });
  const pending = new Set<Promise<unknown>>();
  worker.on("completed", (job, outcome) => opts.onDone?.(job, outcome));
  worker.on("failed", (job, err) => {
    const p = (async () => {
      // Retried jobs wait in 'delayed'; only a job that has run out of attempts is 'failed'.
      const final = !job || (await job.getState()) === "failed";
      if (job && final) {
        const letter: DeadLetter = {
          jobId: job.id ?? "", docId: (job.data as Partial<DocJob>)?.doc?.id ?? null, source: (job.data as Partial<DocJob>)?.doc?.source ?? "(unknown)",
          error: err.message, attempts: job.attemptsMade, failedAt: new Date().toISOString(),
        };
        // same id as the job: a dead letter recorded twice is one entry
        await dead.add("dead", letter, { jobId: job.id, removeOnComplete: false, removeOnFail: false });
      }
      opts.onFailed?.(job, err, final);
    })().catch(() => {});
    pending.add(p);
    void p.finally(() => pending.delete(p));
  });
  worker.on("error", () => {});
  void worker.run();
  await worker.waitUntilReady();
  let closing: Promise<void> | null = null;
  return {
    worker,
    close() {
      closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const graceful = worker.close();
        const late = new Promise<"late">((r) => { timer = setTimeout(() => r("late"), s.shutdownMs); });
        // Past the grace period the claim is dropped: the job's lock lapses and another worker retries it.
        if ((await Promise.race([graceful, late])) === "late") await worker.close(true);
        clearTimeout(timer);
        await Promise.all(pending);
        await dead.close();
      })();
      return closing;
    },
  };
}

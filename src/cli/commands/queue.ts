// Distributed work: `enqueue` adds one job per document to Redis, `worker` takes jobs and writes
// to the store (PostgreSQL for several machines), `queue` shows the counts and dead letters.
import { fork } from "node:child_process";
import type { Command } from "commander";
import { loadResources } from "../../resources.js";
import { queueSettings, type QueueSettings } from "../../queue/config.js";
import type { EnqueueItemResult } from "../../queue/enqueue.js";
import { fail, parseDateOption, writeOut } from "../util.js";

const REDIS_HELP = "Redis URL (default $EVENTLINE_REDIS or redis://127.0.0.1:6379)";
const QUEUE_HELP = "queue name (default $EVENTLINE_QUEUE or eventline)";

function settings(flags: { redis?: string; queue?: string }): QueueSettings {
  try {
    return queueSettings({ redis: flags.redis, queue: flags.queue });
  } catch (e) {
    fail((e as Error).message);
  }
}

function wholeNumber(s: string | undefined, what: string, fallback: number): number {
  if (s === undefined) return fallback;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) fail(`${what} wants a positive whole number, not '${s}'`);
  return n;
}

export function registerQueueCommands(program: Command): void {
  program.command("enqueue")
    .description("add one job per document (deduplicated by content hash) to the work queue")
    .argument("<inputs...>", "files, folders, WARC files, feed or page URLs")
    .option("--redis <url>", REDIS_HELP)
    .option("--queue <name>", QUEUE_HELP)
    .option("-p, --published <date>", "YYYY-MM-DD: the date relative times resolve against")
    .option("-q, --quiet", "print only the summary and errors")
    .action(async (inputs: string[], flags: { redis?: string; queue?: string; published?: string; quiet?: boolean }) => {
      const s = settings(flags);
      const published = parseDateOption(flags.published);
      // BullMQ, Redis and the store load only for the command that needs them (CLI start-up).
      const { enqueueInputs, openQueue } = await import("../../queue/enqueue.js");
      const queue = openQueue(s);
      let stop = false;
      const onSignal = () => { if (stop) process.exit(130); stop = true; };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const onItem = (r: EnqueueItemResult) => {
        if (r.kind === "error") process.stderr.write(`eventline: ${r.source}: ${r.message}\n`);
        else if (flags.quiet) return;
        else if (r.kind === "skipped") process.stderr.write(`skip   ${r.source}: ${r.reason}\n`);
        else process.stderr.write(`${r.kind === "added" ? "queued" : "already queued"} ${r.source}\n`);
      };
      try {
        const sum = await enqueueInputs(queue, s, inputs, { published, onItem, shouldStop: () => stop });
        process.stderr.write(`eventline: ${sum.added} jobs added, ${sum.alreadyQueued} already queued, ${sum.errors} failed${sum.skipped ? `, ${sum.skipped} skipped` : ""}\n`);
        if (sum.errors) process.exitCode = 1;
      } catch (e) {
        fail(`cannot enqueue on ${s.redis}: ${(e as Error).message}`);
      } finally {
        await queue.close();
      }
    });

  program.command("worker")
    .description("take jobs from the work queue, analyze them and store them (stops cleanly on SIGTERM)")
    .option("--db <location>", "store: a SQLite file or postgres:// URL (default $EVENTLINE_DB)")
    .option("--redis <url>", REDIS_HELP)
    .option("--queue <name>", QUEUE_HELP)
    .option("-c, --concurrency <n>", "worker processes on this machine, each analyzing one document at a time", "1")
    .option("-q, --quiet", "print only failures")
    .action(async (flags: { db?: string; redis?: string; queue?: string; concurrency: string; quiet?: boolean }) => {
      const s = settings(flags);
      const n = wholeNumber(flags.concurrency, "--concurrency", 1);
      if (n > 1) return runChildren(n);
      let resources;
      try { resources = loadResources(); } catch (e) { fail((e as Error).message); }
      const { dbLocation, openStore } = await import("../../store/index.js");
      const { startWorker } = await import("../../queue/worker.js");
      let store;
      try { store = await openStore(dbLocation(flags.db)); } catch (e) { fail(`cannot open database ${dbLocation(flags.db)}: ${(e as Error).message}`); }
      const w = await startWorker(store, s, {
        resources,
        onDone: (job, r) => { if (!flags.quiet) process.stderr.write(`${r.status === "stored" ? "stored" : "known "} ${job.data.doc?.source ?? job.id}\n`); },
        onFailed: (job, err, final) => process.stderr.write(`eventline: ${job?.data?.doc?.source ?? job?.id ?? "?"}: ${err.message}${final ? " (dead letter)" : " (will retry)"}\n`),
      });
      process.stderr.write(`eventline: worker ${process.pid} ready on ${s.queue} (store ${redact(store.location)})\n`);
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`eventline: worker ${process.pid} stopping after its current job\n`);
        await w.close();
        await store.close();
        process.exit(0);
      };
      process.on("SIGTERM", () => void stop());
      process.on("SIGINT", () => void stop());
    });

  program.command("queue")
    .description("show the work queue: waiting, active, done, failed and dead-letter counts")
    .option("--redis <url>", REDIS_HELP)
    .option("--queue <name>", QUEUE_HELP)
    .option("--dead", "list the dead letters (inputs that kept failing) with their errors")
    .option("--json", "print JSON")
    .action(async (flags: { redis?: string; queue?: string; dead?: boolean; json?: boolean }) => {
      const s = settings(flags);
      const { deadLetters, queueCounts } = await import("../../queue/status.js");
      try {
        if (flags.dead) {
          const dead = await deadLetters(s);
          await writeOut(flags.json ? JSON.stringify(dead, null, 2) + "\n" : dead.map((d) => `${d.source}\t${d.docId ?? ""}\t${d.attempts} attempts\t${d.error}\n`).join(""));
          return;
        }
        const c = await queueCounts(s);
        await writeOut(flags.json ? JSON.stringify(c) + "\n"
          : `waiting ${c.waiting}\nactive  ${c.active}\ndelayed ${c.delayed} (retrying after backoff)\ndone    ${c.done}\nfailed  ${c.failed}\ndead    ${c.dead}\n`);
      } catch (e) {
        fail(`cannot read the queue on ${s.redis}: ${(e as Error).message}`);
      }
    });
}

/** Several worker processes (analysis is CPU-bound: one core each); signals are passed on. */
function runChildren(n: number): void {
  const args = process.argv.slice(2).filter((a, i, all) => !(a === "-c" || a === "--concurrency" || a.startsWith("--concurrency=") || all[i - 1] === "-c" || all[i - 1] === "--concurrency"));
  const children = Array.from({ length: n }, () => fork(process.argv[1], [...args, "--concurrency", "1"], { execArgv: process.execArgv, stdio: "inherit" }));
  let left = n;
  let code = 0;
  for (const c of children) c.on("exit", (status) => { if (status) code = status; if (--left === 0) process.exit(code); });
  const pass = (sig: NodeJS.Signals) => () => { for (const c of children) if (c.exitCode === null) c.kill(sig); };
  process.on("SIGTERM", pass("SIGTERM"));
  process.on("SIGINT", pass("SIGINT"));
}

const redact = (loc: string) => loc.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");

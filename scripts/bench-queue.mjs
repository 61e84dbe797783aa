#!/usr/bin/env node
// Queue throughput: the same corpus analyzed by one and by two worker processes (Redis queue,
// PostgreSQL store). Needs EVENTLINE_TEST_REDIS and EVENTLINE_TEST_PG (`. scripts/ci-services.sh`);
// without them it says so and exits 0. Usage: node scripts/bench-queue.mjs [--articles 400] [--workers 1,2] [--days N] [--warmup 150] [--json FILE]
// --days N publishes the corpus over N consecutive days (a news stream; claims then link only
// within their date window); by default the articles are undated.
// Each run: fresh database and queue, jobs enqueued and the queue paused, workers started and
// ready, then the clock runs from resume until every job is done. Each stored job returns its
// timings (analysis, store write, lock wait, locks held), summarized per run as mean / p95.
// EL_WORKER_PROF=DIR writes each worker's CPU profile (node --cpu-prof) into DIR.
// --warmup N (default 150) documents per worker, different from the measured ones, are stored
// before the clock starts: a worker's first few hundred jobs run while V8 is still compiling the
// pipeline (seconds of CPU per process), which a long-running worker pays once, not per batch.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { Queue } from "bullmq";
import pg from "pg";
import { corpus } from "../bench/corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const N = Number(opt("--articles", 400));
const counts = String(opt("--workers", "1,2")).split(",").map(Number);
const jsonOut = opt("--json", null);
const days = Number(opt("--days", 0));
const warmup = Number(opt("--warmup", 150));
const redis = process.env.EVENTLINE_TEST_REDIS;
const pgUrl = process.env.EVENTLINE_TEST_PG;
if (!redis || !pgUrl) {
  console.log("bench-queue: skipped (set EVENTLINE_TEST_REDIS and EVENTLINE_TEST_PG, e.g. `. scripts/ci-services.sh`)");
  process.exit(0);
}
// the built CLI when it is newer than every source file, else the sources through tsx
const dist = join(root, "dist", "cli", "main.js");
const newest = (p) => (statSync(p).isDirectory() ? Math.max(0, ...readdirSync(p).map((f) => newest(join(p, f)))) : statSync(p).mtimeMs);
const built = existsSync(join(root, "dist", "cli", "commands", "queue.js")) && statSync(dist).mtimeMs > newest(join(root, "src"));
const cli = built ? [dist] : ["--import", "tsx", join(root, "src", "cli", "main.ts")];

/** CPU seconds (user + system) a process has used so far; 0 where /proc is missing. */
function cpuSeconds(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = f.slice(f.lastIndexOf(")") + 2).split(" ");
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by the PostgreSQL server processes on this machine (0 where /proc is missing). */
function databaseCpuSeconds() {
  let sum = 0;
  try {
    for (const pid of readdirSync("/proc").filter((f) => /^\d+$/.test(f))) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, "utf8");
        if (f.slice(f.indexOf("(") + 1, f.lastIndexOf(")")) === "postgres") sum += cpuSeconds(pid);
      } catch { /* gone */ }
    }
  } catch { /* no /proc */ }
  return sum;
}

async function admin(sqlText) {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try { await c.query(sqlText); } finally { await c.end(); }
}

function startWorker(env) {
  const child = spawn(process.execPath, [...(process.env.EL_WORKER_PROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.EL_WORKER_PROF] : []), ...cli, "worker", "-q"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  const ready = new Promise((resolve, reject) => {
    let buf = "";
    child.stderr.on("data", (d) => { buf += d; if (/ ready on /.test(buf)) resolve(); });
    child.on("exit", (code) => reject(new Error(`worker exited (${code}): ${buf}`)));
  });
  return { child, ready, cpuAtStart: 0, exited: new Promise((r) => child.on("exit", r)) };
}

/** Mean and 95th percentile of the timings the workers return with each stored job. */
async function perJob(q) {
  const done = (await q.getJobs(["completed"], 0, -1)).filter((j) => !String(j.data?.doc?.source ?? "").includes("/warmup/"));
  const t = done.map((j) => j.returnvalue?.timing).filter(Boolean);
  if (!t.length) return null;
  const stat = (key) => {
    const v = t.map((x) => x[key] ?? 0).sort((a, b) => a - b);
    return { mean: Number((v.reduce((n, x) => n + x, 0) / v.length).toFixed(1)), p95: v[Math.min(v.length - 1, Math.floor(v.length * 0.95))] };
  };
  const r = { jobs: t.length, analyzeMs: stat("analyzeMs"), storeMs: stat("storeMs"), lockMs: stat("lockMs"), heldMs: stat("heldMs") };
  r.storeShare = Number((r.storeMs.mean / (r.storeMs.mean + r.analyzeMs.mean)).toFixed(2));
  return r;
}

const dir = mkdtempSync(join(tmpdir(), "el-bench-queue-"));
/** Folders to enqueue, each with the publication date its articles get (null: undated). */
const batches = days > 0
  ? Array.from({ length: days }, (_, d) => ({ dir: join(dir, `d${String(d).padStart(4, "0")}`), published: new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10) }))
  : [{ dir, published: null }];
for (const b of batches) mkdirSync(b.dir, { recursive: true });
const warmDir = join(dir, "warmup");
mkdirSync(warmDir);
const warmTexts = [...corpus(N + warmup * Math.max(...counts))].slice(N);
let i = 0;
for (const text of corpus(N)) { writeFileSync(join(batches[i % batches.length].dir, `a${String(i).padStart(5, "0")}.txt`), text); i++; }
const out = { articles: N, days, runs: [] };
try {
  for (const k of counts) {
    const name = `elbench_${randomBytes(3).toString("hex")}`;
    await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    const env = { ...process.env, EVENTLINE_REDIS: redis, EVENTLINE_QUEUE: name, EVENTLINE_DB: u.toString() };
    const q = new Queue(name, { connection: { url: redis, maxRetriesPerRequest: null } });
    try {
      const enqueue = (folder, published) => {
        const enq = spawnSync(process.execPath, [...cli, "enqueue", "-q", ...(published ? ["--published", published] : []), folder], { cwd: root, env, encoding: "utf8" });
        const added = Number(/(\d+) jobs added/.exec(enq.stderr)?.[1] ?? NaN);
        if (!(added > 0)) throw new Error(`enqueue failed: ${enq.stderr}`);
        return added;
      };
      const waitFor = async (n) => {
        for (;;) {
          const c = await q.getJobCounts("completed", "failed");
          if (c.completed + c.failed >= n) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await q.pause();
      const workers = Array.from({ length: k }, () => startWorker(env));
      await Promise.all(workers.map((w) => w.ready));
      let warmed = 0;
      if (warmup > 0) {
        rmSync(warmDir, { recursive: true, force: true });
        mkdirSync(warmDir);
        warmTexts.slice(0, warmup * k).forEach((t, j) => writeFileSync(join(warmDir, `w${String(j).padStart(5, "0")}.txt`), t));
        warmed = enqueue(warmDir, batches[0].published);
        await q.resume();
        await waitFor(warmed);
        await q.pause();
      }
      let jobs = 0;
      for (const b of batches) {
        jobs += enqueue(b.dir, b.published);
      }
      for (const w of workers) w.cpuAtStart = cpuSeconds(w.child.pid);
      const dbCpu0 = databaseCpuSeconds();
      const t0 = performance.now();
      await q.resume();
      await waitFor(warmed + jobs);
      const secs = (performance.now() - t0) / 1000;
      const dbCpu = databaseCpuSeconds() - dbCpu0;
      const cpu = workers.reduce((n, w) => n + cpuSeconds(w.child.pid), 0) - workers.reduce((n, w) => n + w.cpuAtStart, 0);
      for (const w of workers) w.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.exited));
      const run = { workers: k, documents: jobs, seconds: Number(secs.toFixed(2)), docsPerSecond: Number((jobs / secs).toFixed(1)), workerCpuMsPerDoc: Number(((cpu * 1000) / jobs).toFixed(1)), databaseCpuMsPerDoc: Number(((dbCpu * 1000) / jobs).toFixed(1)), loadAverage: Number(loadavg()[0].toFixed(1)), warmupDocuments: warmed, perJob: await perJob(q) };
      out.runs.push(run);
      console.log(`queue: ${k} worker process${k > 1 ? "es" : ""} (after ${warmed} warm-up documents): ${jobs} documents in ${run.seconds} s = ${run.docsPerSecond} docs/s (CPU per doc: worker ${run.workerCpuMsPerDoc} ms, database ${run.databaseCpuMsPerDoc} ms; load average ${run.loadAverage})`);
      const p = run.perJob;
      if (p) console.log(`queue:   per job (mean / p95 ms): analysis ${p.analyzeMs.mean} / ${p.analyzeMs.p95}, store ${p.storeMs.mean} / ${p.storeMs.p95}, lock wait ${p.lockMs.mean} / ${p.lockMs.p95}, locks held ${p.heldMs.mean} / ${p.heldMs.p95}; store share ${p.storeShare}`);
    } finally {
      await q.obliterate({ force: true }).catch(() => {});
      await q.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  const one = out.runs.find((r) => r.workers === 1), two = out.runs.find((r) => r.workers === 2);
  if (one && two) {
    out.speedup = Number((two.docsPerSecond / one.docsPerSecond).toFixed(2));
    console.log(`queue: two workers reach ${out.speedup}x one (${availableParallelism()} cores)`);
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 2) + "\n");
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The work queue against real Redis and PostgreSQL: nothing lost or doubled when a worker is
// killed mid-way, poison inputs end as dead letters with their error, SIGTERM finishes cleanly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { Queue } from "bullmq";
import { openStore } from "../../src/store/index.js";
import { docId } from "../../src/ingest/index.js";
import { queueSettings, redisConnection, type QueueSettings } from "../../src/queue/config.js";
import { queueCounts, deadLetters } from "../../src/queue/status.js";
import { pgService, redisService, tempDatabase } from "./services.js";
import { drained, env, runCli, spawnWorker, until, writeCorpus } from "./helpers.js";

const pgs = pgService();
const rds = redisService();
const skip = pgs.skip || rds.skip;

async function setup(over: Partial<QueueSettings> = {}) {
  const s = queueSettings({ redis: rds.url!, queue: `t${randomBytes(4).toString("hex")}`, lockMs: 5000, stalledMs: 1500, backoffMs: 200, shutdownMs: 20_000, ...over });
  const db = await tempDatabase(pgs.url!);
  const dir = mkdtempSync(join(tmpdir(), "el-queue-"));
  const cleanup = async () => {
    const q = new Queue(s.queue, { connection: redisConnection(s.redis) });
    const d = new Queue(`${s.queue}-dead`, { connection: redisConnection(s.redis) });
    await q.obliterate({ force: true }).catch(() => {});
    await d.obliterate({ force: true }).catch(() => {});
    await q.close(); await d.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { s, db, dir, cleanup };
}

test("two workers, one killed mid-way: every document is stored exactly once", { skip, timeout: 180_000 }, async () => {
  const { s, db, dir, cleanup } = await setup();
  try {
    const files = writeCorpus(join(dir, "in"), 30);
    const e = env(s, db.url);
    const enq = await runCli(["enqueue", "-q", join(dir, "in")], e);
    assert.equal(enq.code, 0, enq.stderr);
    assert.match(enq.stderr, /30 jobs added/);
    const again = await runCli(["enqueue", "-q", join(dir, "in")], e);
    assert.match(again.stderr, /0 jobs added, 30 already queued/);
    // A works alone until it holds a job, so the queue cannot drain before A is caught mid-job;
    // B starts as A is killed and must recover that job once A's lock lapses.
    const a = spawnWorker(e);
    await until("worker A to store a document", 90_000, () => a.stored >= 1 || (a.child.exitCode !== null ? Promise.reject(new Error(a.lines.join("\n"))) : false));
    const q = new Queue(s.queue, { connection: redisConnection(s.redis) });
    // Jobs are short: look often, so A is caught holding one before it drains the queue.
    let held: Awaited<ReturnType<typeof q.getJobs>>[number] | undefined;
    for (const end = Date.now() + 60_000; !held && Date.now() < end; await new Promise((r) => setTimeout(r, 10))) {
      held = (await q.getJobs(["active"])).find((j) => j.processedBy?.endsWith(`:${a.child.pid}`));
    }
    assert.ok(held, "worker A was seen holding a job");
    a.child.kill("SIGKILL");
    const b = spawnWorker(e);
    assert.equal(await a.exited, null);
    const c = await until("the queue to drain", 120_000, () => drained(s, 30));
    b.child.kill("SIGTERM");
    assert.equal(await b.exited, 0);
    assert.equal(c.done, 30);
    assert.equal(c.failed, 0);
    const recovered = await q.getJob(held!.id!);
    assert.equal(await recovered?.getState(), "completed");
    // A can finish the job in the instant between the look-up and the kill; otherwise B must
    // have taken it over once A's lock lapsed.
    const source = recovered!.data.doc.source;
    const finishedByA = recovered!.processedBy?.endsWith(`:${a.child.pid}`) || a.lines.some((l) => l.startsWith("stored ") && l.includes(source));
    if (!finishedByA) {
      assert.ok(b.lines.some((l) => l.includes(source)), "the surviving worker finished the killed worker's job");
    }
    await q.close();
    const store = await openStore(db.url);
    try {
      const docs = (await store.documents({ limit: 100 })).items;
      const want = files.map((f) => docId(readFileSync(f))).sort();
      assert.deepEqual(docs.map((d) => d.id).sort(), want);
      const st = await store.stats();
      assert.equal(st.articles, docs.reduce((n, d) => n + d.articleCount, 0));
      const arts = (await store.articles({ limit: 500 })).items;
      assert.equal(new Set(arts.map((x) => `${x.documentId}:${x.ordinal}`)).size, arts.length);
      assert.ok(st.mentions > 0);
    } finally {
      await store.close();
    }
  } finally {
    await cleanup();
  }
});

test("a poison input is retried with backoff, then lands in the dead-letter queue with its error", { skip, timeout: 120_000 }, async () => {
  const { s, db, cleanup } = await setup({ attempts: 3 });
  try {
    const q = new Queue(s.queue, { connection: redisConnection(s.redis) });
    // a payload from a foreign producer: the page's date is a number, so analysis throws every time
    const bad = { doc: { kind: "doc", id: "badbadbadbadbad0", source: "feed://poison", contentType: "text/plain", url: null, page: { text: "OSLO (Wire) - Talks resumed.", source: "feed://poison", contentType: "text/plain", published: 5 } }, published: null };
    await q.add("analyze", bad, { jobId: "doc-badbadbadbadbad0", attempts: s.attempts, backoff: { type: "exponential", delay: s.backoffMs } });
    // not a document at all: never retried
    await q.add("analyze", { hello: "world" }, { jobId: "doc-notadocument00", attempts: s.attempts });
    await q.close();
    const w = spawnWorker(env(s, db.url));
    await until("two dead letters", 90_000, async () => (await queueCounts(s)).dead === 2);
    w.child.kill("SIGTERM");
    assert.equal(await w.exited, 0);
    const dead = await deadLetters(s);
    const poison = dead.find((d) => d.source === "feed://poison");
    assert.ok(poison, JSON.stringify(dead));
    assert.equal(poison.attempts, 3);
    // the error the analysis threw on the numeric date, whatever read it first
    assert.match(poison.error, /is not a function/);
    const junk = dead.find((d) => d.jobId === "doc-notadocument00");
    assert.equal(junk?.attempts, 1);
    assert.match(junk!.error, /job data is not a document/);
    assert.equal(w.lines.filter((l) => /will retry/.test(l)).length, 2);
    const c = await queueCounts(s);
    assert.equal(c.failed, 2);
    assert.equal(c.done, 0);
  } finally {
    await cleanup();
  }
});

test("SIGTERM: the worker finishes its current job and exits; the rest waits for the next worker", { skip, timeout: 180_000 }, async () => {
  const { s, db, dir, cleanup } = await setup();
  try {
    writeCorpus(join(dir, "in"), 20);
    const e = env(s, db.url);
    assert.equal((await runCli(["enqueue", "-q", join(dir, "in")], e)).code, 0);
    const w = spawnWorker(e);
    await until("3 stored documents", 90_000, () => w.stored >= 3);
    w.child.kill("SIGTERM");
    assert.equal(await until("the worker to exit", 30_000, () => (w.child.exitCode !== null ? w.child.exitCode : false)), 0);
    const c = await queueCounts(s);
    assert.equal(c.active, 0, "no job is left claimed by a stopped worker");
    assert.equal(c.done + c.waiting, 20);
    assert.ok(c.waiting > 0, "the worker stopped before the queue ran dry");
    const store = await openStore(db.url);
    assert.equal((await store.stats()).documents, c.done);
    await store.close();
    // a second worker picks up where the first stopped
    const w2 = spawnWorker(e);
    await until("the queue to drain", 120_000, () => drained(s, 20));
    w2.child.kill("SIGTERM");
    assert.equal(await w2.exited, 0);
    const again = await openStore(db.url);
    assert.equal((await again.stats()).documents, 20);
    await again.close();
  } finally {
    await cleanup();
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { watch, parseInterval } from "../../src/store/watch.js";
import type { IngestSummary } from "../../src/store/ingest.js";
import { cliSpawn, wireText } from "./cli-helpers.js";

test("intervals", () => {
  assert.equal(parseInterval("15m"), 900_000);
  assert.equal(parseInterval("30s"), 30_000);
  assert.equal(parseInterval("1h"), 3_600_000);
  assert.equal(parseInterval("250ms"), 250);
  assert.equal(parseInterval("0s"), null);
  assert.equal(parseInterval("soon"), null);
});

test("watching a folder ingests only what is new on each pass", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-watch-"));
  const src = join(dir, "in");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(src);
  writeFileSync(join(src, "a.txt"), wireText(1));
  writeFileSync(join(src, "b.txt"), wireText(2));
  const store = await openStore(join(dir, "kb.db"));
  const passes: IngestSummary[] = [];
  await watch(store, src, {
    everyMs: 50, passes: 3,
    onPass: (n, s) => {
      passes.push({ ...s });
      if (n === 1) { writeFileSync(join(src, "c.txt"), wireText(3)); writeFileSync(join(src, "a-copy.txt"), wireText(1)); }
    },
  });
  assert.deepEqual(passes.map((p) => [p.stored, p.known]), [[2, 0], [1, 1], [0, 0]]);
  assert.equal((await store.stats()).documents, 3);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("watching a feed URL ingests new items only, with their dates", async () => {
  const item = (i: number, day: number) => `<item><title>Talks round ${i}</title><link>http://127.0.0.1/story/${i}</link><guid>story-${i}</guid>` +
    `<pubDate>${new Date(Date.UTC(2025, 2, day)).toUTCString()}</pubDate><description>&lt;p&gt;${wireText(i).replace(/"/g, "&quot;").replace(/\n+/g, "&lt;/p&gt;&lt;p&gt;")}&lt;/p&gt;</description></item>`;
  let items = [item(1, 3)];
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (req.url !== "/feed.xml") { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://127.0.0.1/</link><description>test feed</description>${items.join("")}</channel></rss>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const dir = mkdtempSync(join(tmpdir(), "el-feed-"));
  const store = await openStore(join(dir, "kb.db"));
  const passes: number[] = [];
  await watch(store, url, { everyMs: 30, passes: 3, onPass: (n, s) => { passes.push(s.stored); if (n === 1) items = [item(2, 4), ...items]; } });
  assert.deepEqual(passes, [1, 1, 0]);
  assert.equal(hits, 3);
  const arts = (await store.articles()).items;
  assert.deepEqual(arts.map((a) => a.published).sort(), ["2025-03-03", "2025-03-04"]);
  const doc = (await store.documents()).items.find((d) => d.url === "http://127.0.0.1/story/2");
  assert.ok(doc);
  const art = await store.article(arts[0].id);
  assert.doesNotMatch(art!.record.text, /<p>/);
  await store.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a failing feed is reported and the watch goes on", async () => {
  const server = createServer((_req, res) => res.writeHead(503).end());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const dir = mkdtempSync(join(tmpdir(), "el-feed-"));
  const store = await openStore(join(dir, "kb.db"));
  const errors: string[] = [];
  const sum = await watch(store, url, { everyMs: 10, passes: 2, onItem: (r) => { if (r.kind === "error") errors.push(r.message); } });
  assert.equal(sum.errors, 2);
  assert.match(errors[0], /HTTP 503/);
  await store.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("ingest --watch stops on SIGTERM", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-watch-"));
  writeFileSync(join(dir, "a.txt"), wireText(5));
  const child = cliSpawn(["ingest", "--watch", dir, "--every", "1h", "--db", join(dir, "kb.db")]);
  let err = "";
  const code = await new Promise<number | null>((resolve) => {
    let sent = false;
    child.stderr!.on("data", (b: Buffer) => { err += b; if (!sent && /pass 1:/.test(err)) { sent = true; child.kill("SIGTERM"); } });
    child.on("exit", (c) => resolve(c));
  });
  assert.match(err, /pass 1: 1 stored/);
  assert.match(err, /stopping/);
  assert.equal(code, 130);
  rmSync(dir, { recursive: true, force: true });
});

test("a file the store could not take is read again on the next pass, a feed file with all its items", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-watch-retry-"));
  const src = join(dir, "in");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(src);
  writeFileSync(join(src, "a.txt"), wireText(1));
  const desc = (i: number) => `&lt;p&gt;${wireText(i).replace(/"/g, "&quot;").replace(/\n+/g, "&lt;/p&gt;&lt;p&gt;")}&lt;/p&gt;`;
  writeFileSync(join(src, "feed.xml"), `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://127.0.0.1/</link><description>test</description>` +
    `<item><title>One</title><link>http://127.0.0.1/s/5</link><guid>s-5</guid><description>${desc(5)}</description></item>` +
    `<item><title>Two</title><link>http://127.0.0.1/s/6</link><guid>s-6</guid><description>${desc(6)}</description></item></channel></rss>`);
  const store = await openStore(join(dir, "kb.db"));
  const real = store.hasDocument.bind(store);
  let failing = true;
  store.hasDocument = async (id: string) => {
    if (failing) throw new Error("database is locked");
    return real(id);
  };
  const passes: IngestSummary[] = [];
  await watch(store, src, { everyMs: 20, passes: 3, onPass: (n, s) => { passes.push({ ...s }); failing = false; } });
  assert.deepEqual(passes.map((p) => [p.stored, p.errors]), [[0, 3], [3, 0], [0, 0]]);
  assert.equal((await store.stats()).documents, 3);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

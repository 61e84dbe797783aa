import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { callDocs } from "./fixtures.js";
import { cli, cliSpawn, wireText } from "./cli-helpers.js";

function tmp(): string { return mkdtempSync(join(tmpdir(), "el-cli-")); }

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const out: Record<string, number> = {};
  for (const t of ["documents", "articles", "timexes", "quotes", "events", "event_reports", "search_index"]) out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  // every stored document has all of its articles: nothing half-written
  const torn = db.prepare("SELECT count(*) AS n FROM documents d WHERE d.article_count <> (SELECT count(*) FROM articles a WHERE a.document_id = d.id)").get() as { n: number };
  out.torn = torn.n;
  db.close();
  return out;
}

test("ingest stores, reports bad inputs and goes on; a second run stores nothing new", () => {
  const dir = tmp();
  const files = [0, 1, 2].map((i) => { const p = join(dir, `n${i}.txt`); writeFileSync(p, wireText(i)); return p; });
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blob.bin"), Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 0, 7, 0, 0]));
  const db = join(dir, "kb.db");
  const first = cli(["ingest", dir, join(dir, "missing.txt"), "--db", db, "--published", "2025-03-10"]);
  assert.equal(first.status, 1, first.stderr);
  assert.match(first.stderr, /empty\.txt: empty file/);
  assert.match(first.stderr, /missing\.txt: no such file/);
  assert.match(first.stderr, /3 stored/);
  const c1 = counts(db);
  assert.equal(c1.documents, 3);
  assert.equal(c1.torn, 0);
  const second = cli(["ingest", ...files, "--db", db]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /0 stored, 3 already known/);
  assert.deepEqual(counts(db), c1);
  // EVENTLINE_DB picks the database
  const viaEnv = cli(["ingest", files[0]], { EVENTLINE_DB: db });
  assert.match(viaEnv.stderr, /0 stored, 1 already known/);
  rmSync(dir, { recursive: true, force: true });
});

test("a killed ingest leaves a consistent database and the rerun resumes", async () => {
  const dir = tmp();
  const src = join(dir, "in");
  const N = 120;
  const { mkdirSync } = await import("node:fs");
  mkdirSync(src);
  for (let i = 0; i < N; i++) writeFileSync(join(src, `w${String(i).padStart(3, "0")}.txt`), wireText(i));
  const db = join(dir, "kb.db");
  const child = cliSpawn(["ingest", src, "--db", db]);
  let stored = 0;
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (b: Buffer) => {
      stored += (b.toString().match(/^stored /gm) ?? []).length;
      if (stored >= 5 && child.exitCode === null && !child.killed) { child.kill("SIGKILL"); }
    });
    child.on("exit", () => resolve());
    child.on("error", reject);
  });
  const mid = counts(db);
  assert.ok(mid.documents >= 5 && mid.documents < N, `killed mid-batch with ${mid.documents} documents stored`);
  assert.equal(mid.torn, 0);
  assert.equal(mid.articles, mid.documents);
  const rerun = cli(["ingest", src, "--db", db, "--quiet"]);
  assert.equal(rerun.status, 0, rerun.stderr);
  const m = /(\d+) stored, (\d+) already known/.exec(rerun.stderr);
  assert.ok(m, rerun.stderr);
  assert.equal(Number(m[1]) + Number(m[2]), N);
  assert.ok(Number(m[2]) >= mid.documents);
  const end = counts(db);
  assert.equal(end.documents, N);
  assert.equal(end.articles, N);
  assert.equal(end.torn, 0);
  assert.equal(end.search_index, end.articles + end.quotes);
  rmSync(dir, { recursive: true, force: true });
});

test("query commands print tables, JSON and CSV", async () => {
  const dir = tmp();
  const db = join(dir, "kb.db");
  const store = await openStore(db);
  for (const d of callDocs()) await store.addDocument(d);
  await store.close();
  const ev = cli(["events", "--db", db, "--actor", "CHN", "--type", "CONSULT", "--since", "2025-06-01", "--format", "json"]);
  assert.equal(ev.status, 0, ev.stderr);
  const j = JSON.parse(ev.stdout);
  assert.equal(j.total, 1, ev.stdout);
  assert.equal(j.items[0].reportCount, 2);
  const table = cli(["events", "--db", db, "--format", "table", "--limit", "2"]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout.split("\n")[0], /^day\s+type\s+source\s+target/);
  assert.equal(table.stdout.trim().split("\n").length, 4);
  const csv = cli(["events", "--db", db, "--format", "csv"]);
  assert.equal(csv.stdout.trim().split("\n").length, 4, csv.stderr);
  const quotes = cli(["quotes", "--db", db, "--speaker", "Donald Trump", "--format", "json"]);
  assert.equal(quotes.status, 0, quotes.stderr);
  assert.equal(JSON.parse(quotes.stdout).items[0].text, "It was a very good call");
  const actors = cli(["actors", "--db", db, "--format", "csv"]);
  assert.match(actors.stdout.split("\n")[1], /^person:donald-trump,Donald Trump,PERSON,USA,GOV,3,2,1$/);
  const search = cli(["search", "sanctions", "--db", db, "--format", "json"]);
  assert.equal(JSON.parse(search.stdout).total, 1, search.stderr);
  const lookup = cli(["actors", "Xi Jinping", "--db", db, "--format", "json"]);
  assert.equal(lookup.status, 0, lookup.stderr);
  assert.ok(JSON.parse(lookup.stdout).stored.some((a: { id: string }) => a.id === "person:xi-jinping"));
  for (const bad of [["events", "--db", db, "--since", "June"], ["events", "--db", db, "--format", "xml"], ["events", "--db", db, "--limit", "0"]]) {
    const r = cli(bad);
    assert.equal(r.status, 2, `${bad.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /^eventline: /);
  }
  const out = join(dir, "events.tsv");
  const ex = cli(["export", "--db", db, "--format", "gdelt", "--out", out]);
  assert.equal(ex.status, 0, ex.stderr);
  assert.match(readFileSync(out, "utf8").split("\n")[0], /^GLOBALEVENTID\tSQLDATE\tActor1Code/);
  rmSync(dir, { recursive: true, force: true });
});

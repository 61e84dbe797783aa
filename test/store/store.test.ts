import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { callDocs, makeDoc, TRUMP, XI, USA, IRN } from "./fixtures.js";
import { analyzeText } from "../../src/analyze.js";

async function fresh(): Promise<{ store: Store; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "el-store-"));
  const store = await openStore(join(dir, "kb.db"));
  return { store, done: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

test("storing a document twice stores nothing new", async () => {
  const { store, done } = await fresh();
  const [a] = callDocs();
  const first = await store.addDocument(a);
  const before = await store.stats();
  const again = await store.addDocument(a);
  assert.equal(first.stored, true);
  assert.equal(again.stored, false);
  assert.deepEqual(await store.stats(), before);
  assert.equal(before.documents, 1);
  assert.equal(before.mentions, 3);
  assert.equal(before.quotes, 1);
  await done();
});

test("the same call reported by two articles becomes one event with two reports", async () => {
  const { store, done } = await fresh();
  for (const d of callDocs()) await store.addDocument(d);
  const s = await store.stats();
  assert.equal(s.reports, 4);
  assert.equal(s.events, 3);
  const consult = (await store.events({ type: "consult" })).items;
  assert.equal(consult.length, 1);
  const e = consult[0];
  assert.equal(e.reportCount, 2);
  assert.deepEqual(e.reports.map((r) => r.pattern).sort(), ["consult.phone.held-call", "consult.phone.spoke-with"]);
  assert.deepEqual(e.source.map((a) => a.id), [TRUMP.id]);
  assert.deepEqual(e.target.map((a) => a.id), [XI.id]);
  assert.equal(e.day, "2025-06-05");
  assert.equal(e.cameo, "041");
  assert.equal(e.ploverQuad, 1);
  assert.equal(typeof e.goldstein, "number");
  // actors merged across articles: one row each, mentions from both articles
  const trump = await store.actor(TRUMP.id);
  assert.equal(trump?.mentions, 3);
  assert.equal(trump?.articles, 2);
  await done();
});

test("reports do not merge across types, actor sets or days more than one apart", async () => {
  const { store, done } = await fresh();
  const text = "Donald Trump spoke with Xi Jinping by phone.";
  const ev = (date: string, type = "CONSULT", target = [XI.id]) => makeDoc(`x-${date}-${type}-${target.join()}`, {
    text, published: date, entities: [TRUMP, XI],
    events: [{ type, source: [TRUMP.id], target, evidence: "Donald Trump spoke with Xi Jinping by phone", trigger: "spoke", date }],
  });
  await store.addDocument(ev("2025-06-01"));
  await store.addDocument(ev("2025-06-03")); // two days later: new event
  await store.addDocument(ev("2025-06-02")); // one day from both: joins the nearest (earliest id on a tie)
  await store.addDocument(ev("2025-06-01", "SUPPORT")); // other type
  await store.addDocument(ev("2025-06-01", "CONSULT", [XI.id, USA.id].sort())); // other target set
  const all = (await store.events({ limit: 100 })).items;
  assert.equal(all.length, 4);
  assert.equal(all.reduce((n, e) => n + e.reportCount, 0), 5);
  await done();
});

test("event filters: actor by id, country code or name; type; date range", async () => {
  const { store, done } = await fresh();
  for (const d of callDocs()) await store.addDocument(d);
  const n = async (f: Parameters<Store["events"]>[0]) => (await store.events(f)).total;
  assert.equal(await n({ actor: XI.id }), 1);
  assert.equal(await n({ actor: "CHN" }), 1);
  assert.equal(await n({ actor: "chn" }), 1);
  assert.equal(await n({ actor: "xi jinping" }), 1);
  assert.equal(await n({ actor: "IRN" }), 2);
  assert.equal(await n({ actor: "Nobody" }), 0);
  assert.equal(await n({ type: "SANCTION" }), 1);
  assert.equal(await n({ actor: "USA", type: "SANCTION", since: "2025-06-06" }), 1);
  assert.equal(await n({ since: "2025-06-07" }), 1); // the undated ACCUSE sits on its article's day
  assert.equal(await n({ until: "2025-06-05" }), 1);
  const asc = (await store.events({ order: "asc" })).items.map((e) => e.day);
  assert.deepEqual(asc, [...asc].sort());
  const page = await store.events({ limit: 2, offset: 2 });
  assert.equal(page.items.length, 1);
  assert.equal(page.total, 3);
  await done();
});

test("quotes by speaker, actors by mentions, full-text search, network", async () => {
  const { store, done } = await fresh();
  for (const d of callDocs()) await store.addDocument(d);
  assert.equal((await store.quotes({ speaker: "Donald Trump" })).total, 1);
  assert.equal((await store.quotes({ speaker: TRUMP.id })).items[0].text, "It was a very good call");
  assert.equal((await store.quotes({ speaker: "Xi Jinping" })).total, 0);
  const actors = (await store.actors()).items;
  assert.equal(actors[0].id, TRUMP.id);
  assert.ok(actors.every((a, i) => i === 0 || actors[i - 1].mentions >= a.mentions));
  assert.equal((await store.actors({ q: "jinping" })).items[0].id, XI.id);
  const hits = await store.search("telephone");
  assert.equal(hits.total, 1);
  assert.match(hits.items[0].snippet, /\u27e6telephone\u27e7/);
  const quoteHit = await store.search("very good call");
  assert.ok(quoteHit.items.some((h) => h.kind === "quote"));
  assert.equal((await store.search("\"*(")).total, 0);
  const net = await store.network();
  assert.deepEqual(net.edges.map((e) => `${e.source}>${e.target}`).sort(), [`${IRN.id}>${USA.id}`, `${TRUMP.id}>${XI.id}`, `${USA.id}>${IRN.id}`].sort());
  await done();
});

test("articles keep their full record; documents list their articles", async () => {
  const { store, done } = await fresh();
  const docs = callDocs();
  for (const d of docs) await store.addDocument(d);
  const art = await store.article(docs[1].articles[0].id);
  assert.deepEqual(art?.record, docs[1].articles[0]);
  const merged = Object.values(art!.mergedEvents);
  assert.equal(merged[0], docs[0].articles[0].events[0].id);
  const doc = await store.document(docs[2].id);
  assert.equal(doc?.articles.length, 1);
  assert.equal((await store.documents()).total, 3);
  assert.equal((await store.articles({ since: "2025-06-06" })).total, 2);
  assert.equal(await store.article("nope"), null);
  await done();
});

test("records from analyzeText store and reopen (schema migrations run once)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-store-"));
  const file = join(dir, "kb.db");
  let store = await openStore(file);
  const rec = analyzeText("LONDON, June 3 - The British foreign minister met her French counterpart in Paris on Tuesday, officials said.", { published: "2025-06-03" });
  assert.equal((await store.addDocument(rec)).stored, true);
  await store.close();
  store = await openStore(file);
  const s = await store.stats();
  assert.equal(s.schemaVersion, 3);
  assert.equal(s.documents, 1);
  assert.equal((await store.addDocument(rec)).stored, false);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("repeated mentions in one article merge; a negated or planned report stands apart", async () => {
  const { store, done } = await fresh();
  const text = "Donald Trump spoke with Xi Jinping by phone. The call with Xi Jinping lasted an hour. Donald Trump did not speak with Xi Jinping in person. Donald Trump will meet Xi Jinping soon.";
  const ev = (evidence: string, modality: string) => ({ type: "CONSULT", source: [TRUMP.id], target: [XI.id], evidence, trigger: evidence.split(" ")[2], date: "2025-06-01", modality });
  const doc = makeDoc("repeat.txt", {
    text, published: "2025-06-01", entities: [TRUMP, XI],
    events: [
      ev("Donald Trump spoke with Xi Jinping by phone", "asserted"),
      ev("The call with Xi Jinping lasted an hour", "reported"),
      ev("Donald Trump did not speak with Xi Jinping in person", "negated"),
      ev("Donald Trump will meet Xi Jinping soon", "future"),
    ],
  });
  await store.addDocument(doc);
  const all = (await store.events({ limit: 10 })).items;
  assert.deepEqual(all.map((e) => `${e.modality}:${e.reportCount}`).sort(), ["actual:2", "future:1", "negated:1"]);
  await done();
});

test("untitled articles get a headline from their first sentence", async () => {
  const { headline } = await import("../../src/store/read.js");
  assert.equal(headline("Own title", "Text."), "Own title");
  assert.equal(headline(null, "Ministers met in Oslo. They agreed."), "Ministers met in Oslo.");
  const long = headline(null, "word ".repeat(60));
  assert.ok(long.length <= 91 && long.endsWith("…"));
});

test("undirected types merge with source and target swapped; directed ones do not", async () => {
  const { store, done } = await fresh();
  const doc = (src: string, type: string, source: string[], target: string[], text: string, evidence: string) =>
    makeDoc(src, { text, published: "2025-06-05", entities: [TRUMP, XI], events: [{ type, source, target, evidence, trigger: evidence.split(" ")[2], date: "2025-06-05" }] });
  await store.addDocument(doc("a", "CONSULT", [TRUMP.id], [XI.id], "Donald Trump phoned Xi Jinping on Thursday.", "Donald Trump phoned Xi Jinping"));
  await store.addDocument(doc("b", "CONSULT", [XI.id], [TRUMP.id], "Xi Jinping took a call from Donald Trump on Thursday.", "Xi Jinping took a call from Donald Trump"));
  await store.addDocument(doc("c", "ACCUSE", [TRUMP.id], [XI.id], "Donald Trump blamed Xi Jinping on Thursday.", "Donald Trump blamed Xi Jinping"));
  await store.addDocument(doc("d", "ACCUSE", [XI.id], [TRUMP.id], "Xi Jinping blamed Donald Trump on Thursday.", "Xi Jinping blamed Donald Trump"));
  const consult = (await store.events({ type: "CONSULT" })).items;
  assert.equal(consult.length, 1);
  assert.equal(consult[0].reportCount, 2);
  assert.equal((await store.events({ type: "ACCUSE" })).total, 2);
  await done();
});

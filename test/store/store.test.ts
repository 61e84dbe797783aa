// SQLite-only store behaviour. The engine-independent behaviour (idempotent writes, event
// merging, filters, search, records, migrations) is the contract in contract.ts, which
// postgres.test.ts runs on SQLite and on PostgreSQL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { makeDoc, TRUMP, XI } from "./fixtures.js";

async function fresh(): Promise<{ store: Store; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "el-store-"));
  const store = await openStore(join(dir, "kb.db"));
  return { store, done: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

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

// The store contract on both engines, plus what only PostgreSQL has to get right: workers
// starting together migrate once, and concurrent writers neither lose nor double a document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storeContract } from "./contract.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openStore } from "../../src/store/index.js";
import { tsQuery } from "../../src/store/dialect-postgres.js";
import { pgService, tempDatabase } from "../queue/services.js";
import { callDocs, makeDoc, TRUMP, XI } from "./fixtures.js";

const pgs = pgService();

storeContract("sqlite", {
  async location() {
    const dir = mkdtempSync(join(tmpdir(), "el-contract-"));
    return { location: join(dir, "kb.db"), done: async () => rmSync(dir, { recursive: true, force: true }) };
  },
});

storeContract("postgres", {
  async location() {
    const db = await tempDatabase(pgs.url!);
    return { location: db.url, done: db.drop };
  },
}, { skip: pgs.skip });

test("tsQuery ANDs plain lexemes and drops syntax", () => {
  assert.equal(tsQuery("Very good CALL"), "very & good & call");
  assert.equal(tsQuery("\"*( & | !"), null);
  assert.equal(tsQuery("São Paulo's"), "são & paulo & s");
});

test("postgres: parallel openers migrate once; parallel writers store each document once and merge events", { skip: pgs.skip }, async () => {
  const db = await tempDatabase(pgs.url!);
  try {
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(db.url)));
    assert.equal((await stores[0].stats()).schemaVersion, MIGRATIONS.at(-1)!.version);
    const text = "Donald Trump spoke with Xi Jinping by phone.";
    const docs = Array.from({ length: 12 }, (_, i) => makeDoc(`par-${i}.txt`, {
      text, published: "2025-06-01", entities: [TRUMP, XI],
      events: [{ type: "CONSULT", source: [TRUMP.id], target: [XI.id], evidence: "Donald Trump spoke with Xi Jinping by phone", trigger: "spoke", date: "2025-06-01" }],
    }));
    // every store writes every document at once: each lands exactly once
    const results = await Promise.all(stores.flatMap((s) => [...docs, ...callDocs()].map((d) => s.addDocument(d))));
    assert.equal(results.filter((r) => r.stored).length, docs.length + 3);
    const s = await stores[1].stats();
    assert.equal(s.documents, docs.length + 3);
    // twelve reports of one call on one day merge into one event (the merge key's lock orders the merges)
    const consult = (await stores[2].events({ type: "CONSULT", since: "2025-06-01", until: "2025-06-01" })).items;
    assert.equal(consult.length, 1);
    assert.equal(consult[0].reportCount, docs.length);
    await Promise.all(stores.map((x) => x.close()));
  } finally {
    await db.drop();
  }
});

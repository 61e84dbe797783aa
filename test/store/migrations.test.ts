import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite } from "../../src/store/dialect.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openStore } from "../../src/store/index.js";
import { callDocs } from "./fixtures.js";
import { claimDocs } from "./claim-fixtures.js";

test("a version-1 database is upgraded in place and keeps its rows", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-mig-"));
  const file = join(dir, "old.db");
  const { db, parts } = openSqlite(file);
  await db.schema.createTable("schema_version").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("applied_at", "text", (c) => c.notNull()).execute();
  await MIGRATIONS[0].up(db, parts);
  await db.insertInto("schema_version").values({ version: 1, applied_at: "2025-01-01T00:00:00Z" }).execute();
  await db.insertInto("events").values({
    id: "old:e0", type: "CONSULT", category: null, mode: null, context: "[]", cameo: "040", day: "2025-01-02", date: null, source_key: "", target_key: "",
    location_id: null, goldstein: 1, quad: 1, plover_quad: 1, report_count: 0, first_seen: "2025-01-02T00:00:00Z",
  } as never).execute();
  await db.destroy();
  const store = await openStore(file);
  assert.equal((await store.stats()).schemaVersion, MIGRATIONS.at(-1)!.version);
  const e = await store.event("old:e0");
  assert.equal(e?.modality, "actual");
  for (const d of callDocs()) await store.addDocument(d);
  assert.equal((await store.stats()).events, 4);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a database from a newer eventline is refused", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-mig-"));
  const file = join(dir, "new.db");
  await (await openStore(file)).close();
  const { db } = openSqlite(file);
  await db.insertInto("schema_version").values({ version: 99, applied_at: "2030-01-01T00:00:00Z" }).execute();
  await db.destroy();
  await assert.rejects(openStore(file), /schema version 99 is newer/);
  rmSync(dir, { recursive: true, force: true });
});

test("a version-2 database gets the claims of its stored records, linked across articles", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-mig-"));
  const file = join(dir, "v2.db");
  const { db, parts } = openSqlite(file);
  await db.schema.createTable("schema_version").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("applied_at", "text", (c) => c.notNull()).execute();
  for (const m of MIGRATIONS.slice(0, 2)) await m.up(db, parts);
  await db.insertInto("schema_version").values({ version: 2, applied_at: "2025-01-01T00:00:00Z" }).execute();
  const cd = claimDocs();
  for (const d of [cd.denial, cd.shelling]) {
    await db.insertInto("documents").values({ id: d.id, source: d.source, content_type: d.contentType, url: null, duplicate_of: null, near_duplicate_of: null, article_count: 1, ingested_at: "2025-01-01T00:00:00Z" }).execute();
    const a = d.articles[0];
    await db.insertInto("articles").values({ id: a.id, document_id: d.id, ordinal: 0, title: a.title, byline: null, published: a.published, published_from: a.publishedFrom, text: a.text, record: JSON.stringify(a) }).execute();
  }
  await db.destroy();
  const store = await openStore(file);
  assert.equal((await store.stats()).claims, 2);
  const disputes = await store.disputes();
  assert.equal(disputes.total, 1);
  assert.equal(disputes.items[0].articles, 2);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a version-2 database whose records hold plans is upgraded with every claim", async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-mig-"));
  const file = join(dir, "v2plans.db");
  const { db, parts } = openSqlite(file);
  await db.schema.createTable("schema_version").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("applied_at", "text", (c) => c.notNull()).execute();
  for (const m of MIGRATIONS.slice(0, 2)) await m.up(db, parts);
  await db.insertInto("schema_version").values({ version: 2, applied_at: "2025-01-01T00:00:00Z" }).execute();
  const cd = claimDocs();
  const docs = [cd.plan, cd.held];
  for (const d of docs) {
    await db.insertInto("documents").values({ id: d.id, source: d.source, content_type: d.contentType, url: null, duplicate_of: null, near_duplicate_of: null, article_count: 1, ingested_at: "2025-01-01T00:00:00Z" }).execute();
    const a = d.articles[0];
    await db.insertInto("articles").values({ id: a.id, document_id: d.id, ordinal: 0, title: a.title, byline: null, published: a.published, published_from: a.publishedFrom, text: a.text, record: JSON.stringify(a) }).execute();
  }
  await db.destroy();
  const store = await openStore(file);
  assert.equal((await store.stats()).claims, docs.reduce((n, d) => n + (d.articles[0].claims?.length ?? 0), 0));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

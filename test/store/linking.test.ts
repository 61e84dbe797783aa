// Cross-article claim links are made after a document commits, in a second transaction without
// key locks: two writers storing matching claims at once must still link every pair exactly once,
// a write that stops between its two transactions is finished later, and plans end up settled the
// same whatever order their articles arrive in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import { KyselyStore, openStore } from "../../src/store/index.js";
import { openSqlite, type DialectParts } from "../../src/store/dialect.js";
import { openPostgres } from "../../src/store/dialect-postgres.js";
import { linkStored, storeRows } from "../../src/store/write.js";
import type { Database } from "../../src/store/schema.js";
import type { DocumentRecord } from "../../src/record/types.js";
import { pgService, tempDatabase } from "../queue/services.js";
import { makeDoc } from "./fixtures.js";
import { claimDocs, KES, KES_MOD, VAL } from "./claim-fixtures.js";

const pgs = pgService();
const OUTLETS = ["harbor-wire", "northern-post", "valley-times", "river-daily", "coast-herald", "plains-ledger"];

/** One outlet's report of the ferry seizure: asserted, or denied by Valdoria. Every two of them link. */
function seizure(outlet: string, day: number, deny: boolean): DocumentRecord {
  const text = deny
    ? `VALBURG, May ${day} (${outlet}) - Valdoria denied that its coast guard seized a Kesland ferry, a spokesman said.`
    : `KESTOWN, May ${day} (${outlet}) - Valdoria's coast guard seized a Kesland ferry off the cape, the defence ministry said.`;
  return makeDoc(`${outlet}/seizure-${day}.txt`, {
    text, published: `2025-05-${String(day).padStart(2, "0")}`, entities: deny ? [VAL, KES] : [VAL, KES, KES_MOD],
    claims: [deny
      ? { claimant: VAL.id, claimantText: "a spokesman", stance: "denies", type: "SEIZE", source: [VAL.id], target: [KES.id], date: "2025-05-04", polarity: "negative", evidence: "Valdoria denied that its coast guard seized a Kesland ferry" }
      : { claimant: KES_MOD.id, claimantText: "the defence ministry", stance: "asserts", type: "SEIZE", source: [VAL.id], target: [KES.id], date: "2025-05-04", evidence: "Valdoria's coast guard seized a Kesland ferry off the cape" }],
  });
}

async function crossLinks(db: Kysely<Database>): Promise<Array<{ a: string; b: string; relation: string }>> {
  const r = await sql<{ a: string; b: string; relation: string }>`SELECT from_id AS a, to_id AS b, relation FROM claim_links WHERE scope = 'cross' ORDER BY 1, 2, 3`.execute(db);
  return r.rows;
}

/** Each unordered pair of the claims once, and nothing else. */
function assertEveryPairOnce(links: Array<{ a: string; b: string; relation: string }>, claims: string[]): void {
  const seen = new Map<string, number>();
  for (const l of links) { const k = [l.a, l.b].sort().join(" "); seen.set(k, (seen.get(k) ?? 0) + 1); }
  assert.equal(seen.size, (claims.length * (claims.length - 1)) / 2, "every pair is linked");
  assert.ok([...seen.values()].every((n) => n === 1), `no pair is linked twice: ${JSON.stringify(links)}`);
}

test("postgres: two writers storing matching claims at once link every pair exactly once", { skip: pgs.skip, timeout: 120_000 }, async () => {
  const tmp = await tempDatabase(pgs.url!);
  try {
    // Six reports, every pair linked; two stores (two pools) each start all of them at once, in opposite orders.
    const docs = OUTLETS.map((o, i) => seizure(o, 5 + i, i % 2 === 1));
    const [a, b] = await Promise.all([openStore(tmp.url), openStore(tmp.url)]);
    const results = await Promise.all([...docs.map((d) => a.addDocument(d)), ...[...docs].reverse().map((d) => b.addDocument(d))]);
    assert.equal(results.filter((r) => r.stored).length, docs.length);
    await Promise.all([a.close(), b.close()]);
    const { db } = openPostgres(tmp.url);
    try {
      assertEveryPairOnce(await crossLinks(db), docs.map((d) => `${d.articles[0].id}:c0`));
    } finally {
      await db.destroy();
    }
  } finally {
    await tmp.drop();
  }
});

test("postgres: two documents committed before either links: both find the pair, it is stored once", { skip: pgs.skip, timeout: 60_000 }, async () => {
  const tmp = await tempDatabase(pgs.url!);
  try {
    await (await openStore(tmp.url)).close();
    const { db, parts } = openPostgres(tmp.url);
    try {
      const [x, y] = [seizure("harbor-wire", 5, false), seizure("northern-post", 6, true)];
      await Promise.all([storeRows(db, parts, x), storeRows(db, parts, y)]);
      assert.deepEqual(await crossLinks(db), [], "no link before the second step");
      await Promise.all([linkStored(db, parts, [x.articles[0].id]), linkStored(db, parts, [y.articles[0].id])]);
      assert.deepEqual(await crossLinks(db), [{ a: `${x.articles[0].id}:c0`, b: `${y.articles[0].id}:c0`, relation: "contradicts" }]);
    } finally {
      await db.destroy();
    }
  } finally {
    await tmp.drop();
  }
});

for (const engine of ["sqlite", "postgres"] as const) {
  test(`${engine}: a write stopped between its two transactions is linked by its next attempt or the next opening`, { skip: engine === "postgres" && pgs.skip, timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "el-link-"));
    const tmp = engine === "postgres" ? await tempDatabase(pgs.url!) : null;
    const location = tmp?.url ?? join(dir, "kb.db");
    const open = (): { db: Kysely<Database>; parts: DialectParts } => (tmp ? openPostgres(location) : openSqlite(location));
    try {
      await (await openStore(location)).close();
      const d = claimDocs();
      const { db, parts } = open();
      // all stop after their first transaction (a worker killed in between)
      for (const doc of [d.shelling, d.denial, d.plan, d.heldEvent]) assert.equal((await storeRows(db, parts, doc)).result.stored, true);
      assert.deepEqual(await crossLinks(db), []);
      // the denial's next attempt finishes it (a store over the same database, not reopened)
      const same = new KyselyStore(db, parts, location);
      try {
        assert.equal(await same.hasDocument(d.denial.id), false, "a document not yet linked is not had");
        assert.equal((await same.addDocument(d.denial)).stored, false);
        assert.equal(await same.hasDocument(d.denial.id), true);
        assert.equal((await crossLinks(db)).length, 1);
        assert.equal(await same.hasDocument(d.plan.id), false);
      } finally {
        await same.close();
      }
      // opening the store finishes the others
      const store = await openStore(location);
      try {
        for (const doc of [d.shelling, d.plan, d.heldEvent]) assert.equal(await store.hasDocument(doc.id), true);
        assert.equal((await store.disputes()).total, 1);
        const done = await store.claims({ status: "done" });
        assert.equal(done.total, 1);
        assert.equal(done.items[0].settledBy, `${d.heldEvent.articles[0].id}:e0`);
      } finally {
        await store.close();
      }
    } finally {
      await tmp?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("sqlite: a plan's status, what settled it and its links do not depend on the order its articles arrive in", async () => {
  const permutations = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  const d = claimDocs();
  const seen = new Map<string, string[]>();
  for (const order of permutations([d.plan, d.calledOff, d.held, d.heldEvent])) {
    const dir = mkdtempSync(join(tmpdir(), "el-link-"));
    const store = await openStore(join(dir, "kb.db"));
    try {
      for (const doc of order) await store.addDocument(doc);
      const claims = (await store.claims({ limit: 100 })).items;
      const state = JSON.stringify(claims.map((c) => [c.id, c.status, c.settledBy, c.links.map((l) => `${l.relation}:${l.direction}:${l.claim}`).sort()]));
      seen.set(state, [...(seen.get(state) ?? []), order.map((x) => x.source).join(" ")]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  assert.equal(seen.size, 1, [...seen.values()].map((v) => v[0]).join("\n"));
  const plan = JSON.parse([...seen.keys()][0]).find((c: unknown[]) => c[0] === `${d.plan.articles[0].id}:c0`);
  // called off on the 7th, then reported held on the 9th: the latest report wins; the event report is named
  assert.equal(plan[1], "done");
  assert.equal(plan[2], `${d.heldEvent.articles[0].id}:e0`);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { makeDoc } from "./fixtures.js";
import { pgService, tempDatabase } from "../queue/services.js";
import { claimDocs, VAL, KES, KES_MOD } from "./claim-fixtures.js";

type Fresh = () => Promise<{ store: Store; done: () => Promise<void> }>;

const sqlite: Fresh = async () => {
  const dir = mkdtempSync(join(tmpdir(), "el-claims-"));
  const store = await openStore(join(dir, "kb.db"));
  return { store, done: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
};

const pgs = pgService();
const postgres: Fresh = async () => {
  const db = await tempDatabase(pgs.url!);
  const store = await openStore(db.url);
  return { store, done: async () => { await store.close(); await db.drop(); } };
};

claimsSuite("sqlite", sqlite);
claimsSuite("postgres", postgres, pgs.skip);


function claimsSuite(name: string, fresh: Fresh, skip: string | false = false): void {
  test(`${name}: two outlets contradicting each other make one dispute with both claimants`, { skip }, async () => {
    const { store, done } = await fresh();
    const d = claimDocs();
    await store.addDocument(d.shelling);
    await store.addDocument(d.denial);
    const disputes = await store.disputes();
    assert.equal(disputes.total, 1);
    const x = disputes.items[0];
    assert.equal(x.proposition.type, "FIGHT");
    assert.deepEqual(x.claimants.asserts, [KES_MOD.name]);
    assert.deepEqual(x.claimants.denies, [VAL.name]);
    assert.equal(x.articles, 2);
    assert.equal(x.asserts[0].stance, "asserts");
    assert.equal(x.denies[0].stance, "denies");
    assert.match(x.denies[0].evidence.text, /denied/);
    assert.ok(x.asserts[0].links.some((l) => l.relation === "contradicts" && l.scope === "cross" && l.claim === x.denies[0].id));
    // by actor: either claimant or a party of the proposition; none for an outsider
    assert.equal((await store.disputes({ actor: "KES" })).total, 1);
    assert.equal((await store.disputes({ actor: VAL.name })).total, 1);
    assert.equal((await store.disputes({ actor: "NOR" })).total, 0);
    assert.equal((await store.disputes({ type: "CONSULT" })).total, 0);
    // storing the denial again changes nothing
    const before = await store.stats();
    assert.equal((await store.addDocument(d.denial)).stored, false);
    assert.deepEqual(await store.stats(), before);
    assert.equal(before.claims, 2);
    await done();
  });

  test(`${name}: an article whose claims contradict each other is a dispute on its own; claims filter by stance and actor`, { skip }, async () => {
    const { store, done } = await fresh();
    await store.addDocument(claimDocs().both);
    const d = await store.disputes();
    assert.equal(d.total, 1);
    assert.equal(d.items[0].articles, 1);
    assert.equal((await store.claims({ stance: "denies" })).total, 1);
    assert.equal((await store.claims({ actor: "country:VAL" })).total, 2);
    assert.equal((await store.claims({ type: "fight", since: "2025-03-01", until: "2025-03-31" })).total, 2);
    assert.equal((await store.claims({ until: "2025-02-01" })).total, 0);
    await done();
  });

  test(`${name}: a planned meeting is pending until a later article reports it held`, { skip }, async () => {
    const { store, done } = await fresh();
    const d = claimDocs();
    await store.addDocument(d.plan);
    const pending = await store.claims({ status: "pending" });
    assert.equal(pending.total, 1);
    assert.equal(pending.items[0].stance, "plans");
    await store.addDocument(d.held);
    assert.equal((await store.claims({ status: "pending" })).total, 0);
    const done1 = await store.claims({ status: "done" });
    assert.equal(done1.total, 1);
    assert.ok(done1.items[0].links.some((l) => l.relation === "fulfils" && l.direction === "in"));
    assert.equal((await store.disputes()).total, 0);
    await done();
  });

  test(`${name}: a plan reported called off is cancelled, whichever article is stored first`, { skip }, async () => {
    const { store, done } = await fresh();
    const d = claimDocs();
    await store.addDocument(d.calledOff);
    await store.addDocument(d.plan);
    const c = await store.claims({ status: "cancelled" });
    assert.equal(c.total, 1);
    assert.equal(c.items[0].proposition.type, "CONSULT");
    assert.ok(c.items[0].links.some((l) => l.relation === "cancels"));
    await done();
  });

  test(`${name}: a plan is settled by a later article's event report, whichever is stored first`, { skip }, async () => {
    for (const order of [["plan", "heldEvent"], ["heldEvent", "plan"]] as const) {
      const { store, done } = await fresh();
      const d = claimDocs();
      for (const k of order) await store.addDocument(d[k]);
      const c = await store.claims({ status: "done" });
      assert.equal(c.total, 1, order.join(" then "));
      assert.equal(c.items[0].settledBy, `${d.heldEvent.articles[0].id}:e0`);
      await done();
    }
  });

  test(`${name}: claims of another type or other actors are not linked`, { skip }, async () => {
    const { store, done } = await fresh();
    const d = claimDocs();
    await store.addDocument(d.plan);
    const other = makeDoc("other.txt", {
      text: "The trade ministers of Norland and Ostia met in Oslo on Tuesday, officials said.", published: "2025-04-09",
      entities: [{ id: "country:NOR", name: "Norland", type: "GPE", country: "NOR", surface: ["Norland"] }, { id: "country:OST", name: "Ostia", type: "GPE", country: "OST", surface: ["Ostia"] }],
      claims: [{ claimant: null, claimantText: "officials", stance: "asserts", type: "CONSULT", source: ["country:NOR"], target: ["country:OST"], date: "2025-04-08", evidence: "The trade ministers of Norland and Ostia met in Oslo on Tuesday, officials said." }],
    });
    await store.addDocument(other);
    assert.equal((await store.claims({ status: "pending" })).total, 1);
    assert.ok((await store.claims({ actor: KES.id })).items.every((c) => c.links.length === 0));
    await done();
  });

  test(`${name}: a claim links only to claims naming one of its own actors, whatever else the article says`, { skip }, async () => {
    const { store, done } = await fresh();
    const NOR = { id: "country:NOR", name: "Norland", type: "GPE", country: "NOR", surface: ["Norland"] };
    const OST = { id: "country:OST", name: "Ostia", type: "GPE", country: "OST", surface: ["Ostia"] };
    await store.addDocument(makeDoc("harbor-wire/refusal.txt", {
      text: "OSLO, May 2 - Norland has so far refused to sign the fishing accord, officials said.", published: "2025-05-02", entities: [NOR],
      claims: [{ claimant: null, claimantText: "officials", stance: "asserts", type: "REJECT", source: [NOR.id], target: [], evidence: "Norland has so far refused to sign the fishing accord" }],
    }));
    // Ostia's refusal is another proposition, although the same article also mentions Norland.
    await store.addDocument(makeDoc("northern-post/refusal.txt", {
      text: "OSTBURG, May 3 - Ostia has so far refused to sign the accord. Its envoy met Norland's envoy on Friday, diplomats said.", published: "2025-05-03", entities: [NOR, OST],
      claims: [
        { claimant: null, claimantText: "diplomats", stance: "asserts", type: "REJECT", source: [OST.id], target: [], evidence: "Ostia has so far refused to sign the accord" },
        { claimant: null, claimantText: "diplomats", stance: "asserts", type: "CONSULT", source: [OST.id], target: [NOR.id], evidence: "Its envoy met Norland's envoy on Friday" },
      ],
    }));
    assert.ok((await store.claims({ type: "REJECT" })).items.every((c) => c.links.length === 0));
    // the same refusal told again does link
    await store.addDocument(makeDoc("valley-times/refusal.txt", {
      text: "OSLO, May 4 - Norland still refuses to sign the fishing accord, its trade minister said.", published: "2025-05-04", entities: [NOR],
      claims: [{ claimant: null, claimantText: "its trade minister", stance: "asserts", type: "REJECT", source: [NOR.id], target: [], evidence: "Norland still refuses to sign the fishing accord" }],
    }));
    const nor = (await store.claims({ type: "REJECT", actor: NOR.id })).items;
    assert.equal(nor.length, 2);
    assert.ok(nor.every((c) => c.links.some((l) => l.relation === "supports" && l.scope === "cross")));
    await done();
  });
}

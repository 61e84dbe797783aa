// PostgreSQL with several writers at once: storing overlapping documents concurrently gives the
// same rows as one writer storing them in turn (nothing lost, nothing doubled, merges and claim
// links intact). The fixtures are chosen so that the one-writer result does not depend on order.
import { test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { openStore } from "../../src/store/index.js";
import type { DocumentRecord } from "../../src/record/types.js";
import { pgService, tempDatabase } from "../queue/services.js";
import { callDocs, makeDoc, TRUMP, XI } from "./fixtures.js";
import { claimDocs, KES, KES_MOD, VAL } from "./claim-fixtures.js";

const pgs = pgService();

const OUTLETS = ["harbor-wire", "northern-post", "valley-times", "river-daily", "coast-herald", "plains-ledger", "city-bulletin", "border-news"];

/** The same phone call told by eight outlets (some with the sides swapped: CONSULT is undirected), all on one day. */
function callReports(): DocumentRecord[] {
  return OUTLETS.map((o, i) => {
    const swap = i % 3 === 1;
    const text = swap ? `BEIJING, June 2 (${o}) - Xi Jinping spoke with Donald Trump by phone on Sunday, state media said.` : `WASHINGTON, June 2 (${o}) - Donald Trump spoke with Xi Jinping by phone on Sunday, the White House said.`;
    const evidence = swap ? "Xi Jinping spoke with Donald Trump by phone" : "Donald Trump spoke with Xi Jinping by phone";
    return makeDoc(`${o}/call.txt`, {
      text, published: "2025-06-02", entities: [TRUMP, XI],
      events: [{ type: "CONSULT", source: [swap ? XI.id : TRUMP.id], target: [swap ? TRUMP.id : XI.id], evidence, trigger: "spoke", date: "2025-06-01" }],
    });
  });
}

/** Outlets asserting or denying the same shelling on different days: every pair is linked, none is a plan. */
function shellingClaims(): DocumentRecord[] {
  return OUTLETS.slice(0, 6).map((o, i) => {
    const deny = i % 2 === 1;
    const text = deny
      ? `VALBURG, March ${12 + i} (${o}) - Valdoria again denied that its army fired on villages in Kesland, officials said.`
      : `KESTOWN, March ${12 + i} (${o}) - Valdoria's army shelled villages in Kesland, the defence ministry said.`;
    return makeDoc(`${o}/shelling.txt`, {
      text, published: `2025-03-${12 + i}`, entities: deny ? [VAL, KES] : [VAL, KES, KES_MOD],
      claims: [deny
        ? { claimant: VAL.id, claimantText: "officials", stance: "denies", type: "FIGHT", source: [VAL.id], target: [KES.id], date: "2025-03-09", polarity: "negative", evidence: "Valdoria again denied that its army fired on villages in Kesland" }
        : { claimant: KES_MOD.id, claimantText: "the defence ministry", stance: "asserts", type: "FIGHT", source: [VAL.id], target: [KES.id], date: "2025-03-09", evidence: "Valdoria's army shelled villages in Kesland" }],
    });
  });
}

function corpus(): DocumentRecord[] {
  const c = claimDocs();
  return [...callReports(), ...callDocs(), ...shellingClaims(), c.shelling, c.denial, c.plan, c.heldEvent];
}

/** Everything stored, with the parts that name rows by storing order (serial ids, which report's id an event took) left out. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const rows = async (q: string) => (await c.query(q)).rows.map((r) => Object.values(r).join("|")).sort();
    return {
      documents: await rows("SELECT id, article_count FROM documents"),
      articles: await rows("SELECT id, document_id, ordinal FROM articles"),
      actors: await rows("SELECT id, name, type, known FROM actors"),
      mentions: await rows(`SELECT article_id, actor_id, start, "end" FROM mentions`),
      quotes: await rows(`SELECT article_id, start, "end", speaker_id FROM quotes`),
      search: await rows("SELECT kind, article_id, body FROM search_index"),
      // an undirected event (CONSULT) takes its sides from whichever report came first
      events: await rows(`SELECT e.type, e.day, CASE WHEN e.type = 'CONSULT' THEN least(e.source_key, e.target_key) || '~' || greatest(e.source_key, e.target_key) ELSE e.source_key || '>' || e.target_key END,
        e.report_count, e.modality, (SELECT string_agg(r.id, ',' ORDER BY r.id) FROM event_reports r WHERE r.event_id = e.id) AS reports FROM events e`),
      eventActors: await rows(`SELECT (SELECT min(r.id) FROM event_reports r WHERE r.event_id = a.event_id), actor_id, CASE WHEN e.type = 'CONSULT' THEN 'side' ELSE role END
        FROM event_actors a JOIN events e ON e.id = a.event_id`),
      claims: await rows("SELECT id, status, settled_by, day FROM claims"),
      claimActors: await rows("SELECT claim_id, actor_id, role FROM claim_actors"),
      // supports and contradicts read the same either way round; which claim was stored second names the first
      links: await rows(`SELECT CASE WHEN relation IN ('supports', 'contradicts') THEN least(from_id, to_id) ELSE from_id END,
        CASE WHEN relation IN ('supports', 'contradicts') THEN greatest(from_id, to_id) ELSE to_id END, relation, scope FROM claim_links`),
    };
  } finally {
    await c.end();
  }
}

test("postgres: two writers storing overlapping documents at once store the same rows as one writer", { skip: pgs.skip, timeout: 120_000 }, async () => {
  const docs = corpus();
  const one = await tempDatabase(pgs.url!);
  const two = await tempDatabase(pgs.url!);
  try {
    const store = await openStore(one.url);
    for (const d of docs) assert.equal((await store.addDocument(d)).stored, true);
    await store.close();
    const want = await snapshot(one.url);
    assert.equal(want.events.find((e) => e.startsWith("CONSULT|2025-06-01"))?.split("|")[3], String(OUTLETS.length));
    assert.ok(want.links.length >= 15, "every pair of shelling claims is linked");
    assert.ok(want.claims.some((c) => c.includes("|done|")), "the plan is settled by the event report");

    // Two stores (two connection pools), each storing most of the documents, in opposite orders,
    // every document of its share started at once: the shares overlap in the middle.
    const [a, b] = await Promise.all([openStore(two.url), openStore(two.url)]);
    const cut = Math.floor(docs.length / 3);
    const results = await Promise.all([
      ...docs.slice(0, docs.length - cut).map((d) => a.addDocument(d)),
      ...docs.slice(cut).reverse().map((d) => b.addDocument(d)),
    ]);
    assert.equal(results.filter((r) => r.stored).length, docs.length, "each document is stored exactly once");
    assert.equal(results.filter((r) => !r.stored).length, docs.length - 2 * cut);
    // storing everything again, at once, changes nothing
    const again = await Promise.all(docs.flatMap((d) => [a.addDocument(d), b.addDocument(d)]));
    assert.ok(again.every((r) => !r.stored));
    await Promise.all([a.close(), b.close()]);
    assert.deepEqual(await snapshot(two.url), want);
  } finally {
    await one.drop();
    await two.drop();
  }
});

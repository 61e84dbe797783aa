import { test } from "node:test";
import assert from "node:assert/strict";
import { claimDocs, KES_MOD, VAL } from "../store/claim-fixtures.js";
import { apiHarness } from "./harness.js";

const api = apiHarness(() => {
  const d = claimDocs();
  return [d.shelling, d.denial, d.plan];
}, { webRoot: null });
const get = api.get;

test("GET /api/claims filters by actor, stance, status and pages", async () => {
  const all = await get("/api/claims");
  assert.equal(all.total, 3);
  assert.equal((await get("/api/claims?stance=denies")).items[0].claimant.id, VAL.id);
  const pending = await get("/api/claims?status=pending");
  assert.equal(pending.total, 1);
  assert.equal(pending.items[0].proposition.type, "CONSULT");
  assert.equal((await get("/api/claims?actor=KES&type=FIGHT")).total, 2);
  const first = await get("/api/claims?limit=2");
  assert.equal(first.items.length, 2);
  assert.equal(first.next, "/api/claims?limit=2&offset=2");
  assert.equal((await get(first.next)).items.length, 1);
});

test("GET /api/disputes puts the claimants of a contested proposition on their sides", async () => {
  const d = await get("/api/disputes?actor=VAL");
  assert.equal(d.total, 1);
  assert.deepEqual(d.items[0].claimants, { asserts: [KES_MOD.name], denies: [VAL.name] });
  assert.equal(d.items[0].asserts[0].articleId.split(":")[1], "0");
  assert.ok(d.items[0].denies[0].evidence.span[1] > d.items[0].denies[0].evidence.span[0]);
  assert.equal((await get("/api/disputes?since=2025-04-01")).total, 0);
  // the short paths of the issue answer the same
  assert.deepEqual((await get("/disputes?actor=VAL")).items, d.items);
  assert.equal((await get("/claims?status=pending")).total, 1);
});

test("bad claims and disputes parameters answer 400 with a JSON error", async () => {
  for (const p of ["/api/claims?stance=maybe", "/api/claims?status=open", "/api/claims?since=2025-02-30", "/api/claims?limit=0", "/api/claims?type=no%20such",
    "/api/disputes?until=soon", "/api/disputes?offset=x", "/api/disputes?type=1", "/disputes?limit=99999", "/claims?stance=x"]) {
    const body = await get(p, 400);
    assert.equal(body.error.status, 400);
    assert.ok(body.error.message.length > 5, p);
  }
});

test("openapi.json describes /api/claims and /api/disputes", async () => {
  const doc = await get("/openapi.json");
  for (const p of ["/api/claims", "/api/disputes", "/claims", "/disputes"]) {
    assert.ok(doc.paths[p]?.get, p);
    assert.ok(doc.paths[p].get.responses[400]);
  }
  assert.ok(doc.paths["/api/claims"].get.parameters.some((x: { name: string }) => x.name === "status"));
  assert.ok(doc.components.schemas.Dispute);
});

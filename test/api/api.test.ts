import { test } from "node:test";
import assert from "node:assert/strict";
import { callDocs, TRUMP, XI } from "../store/fixtures.js";
import { apiHarness } from "./harness.js";

const docs = callDocs();
const api = apiHarness(() => docs, { maxBodyBytes: 4096, webRoot: null });
const get = api.get;

test("stats, documents, articles", async () => {
  const s = await get("/api/stats");
  assert.equal(s.documents, 3);
  const d = await get("/api/documents?limit=2");
  assert.equal(d.items.length, 2);
  assert.equal(d.total, 3);
  assert.equal(d.next, "/api/documents?limit=2&offset=2");
  const last = await get(d.next);
  assert.equal(last.items.length, 1);
  assert.equal(last.next, null);
  const one = await get(`/api/documents/${docs[0].id}`);
  assert.equal(one.articles[0].id, docs[0].articles[0].id);
  const arts = await get(`/api/articles?document=${docs[1].id}`);
  assert.equal(arts.total, 1);
  const art = await get(`/api/articles/${encodeURIComponent(docs[1].articles[0].id)}`);
  assert.equal(art.record.text, docs[1].articles[0].text);
  assert.equal(art.record.events.length, 1);
  assert.equal((await get("/api/articles?since=2025-06-07")).total, 1);
});

test("events with filters, one event with its reports, the network", async () => {
  const all = await get("/api/events");
  assert.equal(all.total, 3);
  const cn = await get("/api/events?actor=CHN&type=consult&since=2025-06-01&until=2025-06-30&order=asc");
  assert.equal(cn.total, 1);
  assert.equal(cn.items[0].reportCount, 2);
  const one = await get(`/api/events/${encodeURIComponent(cn.items[0].id)}`);
  assert.equal(one.reports.length, 2);
  assert.ok(one.reports.every((r: any) => r.evidence.text && r.pattern));
  assert.equal((await get("/api/events?quad=4")).total, 1);
  assert.equal((await get(`/api/events?article=${encodeURIComponent(docs[2].articles[0].id)}`)).total, 2);
  const net = await get("/api/network?actor=CHN");
  assert.deepEqual(net.edges.map((e: any) => [e.source, e.target]), [[TRUMP.id, XI.id]]);
});

test("actors, quotes, search", async () => {
  const a = await get("/api/actors?q=xi");
  assert.equal(a.items[0].id, XI.id);
  assert.equal((await get(`/api/actors/${encodeURIComponent(TRUMP.id)}`)).mentions, 3);
  const q = await get("/api/quotes?speaker=Donald%20Trump");
  assert.equal(q.total, 1);
  assert.equal(q.items[0].speaker.id, TRUMP.id);
  assert.equal((await get(`/api/quotes?article=${encodeURIComponent(docs[0].articles[0].id)}`)).total, 1);
  const s = await get("/api/search?q=sanctions%20oil");
  assert.equal(s.total, 1);
  assert.equal(s.items[0].articleId, docs[2].articles[0].id);
});

test("bad parameters answer 400 with a JSON error", async () => {
  for (const p of ["/api/events?limit=0", "/api/events?limit=5000", "/api/events?limit=abc", "/api/events?offset=-1", "/api/events?since=2025-13-01",
    "/api/events?until=yesterday", "/api/events?quad=7", "/api/events?type=no%20such", "/api/events?order=sideways", "/api/search", "/api/search?q=",
    "/api/articles?since=2025-02-30", "/api/network?limit=0", "/api/actors?limit=-5"]) {
    const body = await get(p, 400);
    assert.equal(body.error.status, 400);
    assert.ok(body.error.message.length > 5, p);
  }
});

test("unknown routes and ids answer 404 with a JSON error", async () => {
  for (const p of ["/api/nothing", "/nothing/at/all", "/api/events/none", "/api/articles/none", "/api/documents/none", "/api/actors/none"]) {
    const body = await get(p, 404);
    assert.equal(body.error.status, 404);
  }
  const res = await api.app().request("/api/events", { method: "DELETE" });
  assert.equal(res.status, 405);
});

test("POST /analyze takes text or JSON and returns an eventline/1 record", async () => {
  const text = "TOKYO, June 2 - Japan's prime minister met the Australian foreign minister in Tokyo on Monday.";
  for (const path of ["/api/analyze?published=2025-06-02", "/analyze?published=2025-06-02"]) {
    const res = await api.app().request(path, { method: "POST", body: text, headers: { "content-type": "text/plain" } });
    assert.equal(res.status, 200);
    const rec = (await res.json()) as { format: string; documents: Array<{ articles: Array<{ published: string | null }> }> };
    assert.equal(rec.format, "eventline/1");
    assert.equal(rec.documents[0].articles[0].published, "2025-06-02");
  }
  const res = await api.app().request("/api/analyze", { method: "POST", body: JSON.stringify({ text, published: "2025-06-02" }), headers: { "content-type": "application/json" } });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { documents: Array<{ articles: Array<{ text: string }> }> };
  assert.ok(body.documents[0].articles[0].text.includes("prime minister"));
  const stored = (await get("/api/stats")).documents;
  assert.equal(stored, 3, "analyze stores nothing");
});

test("POST /analyze refuses bad and oversized bodies", async () => {
  const post = (body: string, type: string, path = "/api/analyze") => api.app().request(path, { method: "POST", body, headers: { "content-type": type } });
  const cases: Array<[Response, number]> = [
    [await post("{not json", "application/json"), 400],
    [await post(JSON.stringify({ txt: "x" }), "application/json"), 400],
    [await post(JSON.stringify({ text: "Some words.", published: "June" }), "application/json"), 400],
    [await post("   ", "text/plain"), 400],
    [await post("<b>x</b>", "image/png"), 415],
    [await post("word ".repeat(2000), "text/plain"), 413],
    [await post(JSON.stringify({ text: "word ".repeat(2000) }), "application/json"), 413],
  ];
  for (const [res, status] of cases) {
    assert.equal(res.status, status);
    assert.equal(((await res.json()) as { error: { status: number } }).error.status, status);
  }
});

test("openapi.json describes every route the app serves", async () => {
  const doc = await get("/openapi.json");
  assert.equal(doc.openapi, "3.1.0");
  const served = api.app().routes.filter((r) => r.method !== "ALL" && !["/", "/assets/*", "/api/*"].includes(r.path))
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  for (const r of served) {
    const [method, path] = r.split(" ");
    assert.ok(doc.paths[path]?.[method], `openapi.json lacks ${r}`);
  }
  for (const [path, ops] of Object.entries<any>(doc.paths)) for (const op of Object.values<any>(ops)) assert.ok(op.responses?.["200"], `${path} has no 200 response`);
});

test("the web UI is served at / (or a build hint when it is not built)", async () => {
  const res = await api.app().request("/");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /html/);
});

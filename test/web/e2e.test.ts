/// <reference lib="dom" />
// Drives the web UI in Debian's Chromium: timeline click → event panel → article view with the
// event's evidence highlighted; the actor network shows the edge; the disputes view links each
// side's claim to its evidence in the article. Screenshots go to test-artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { startServer, type Running } from "../../src/api/serve.js";
import { callDocs, TRUMP, XI } from "../store/fixtures.js";
import { claimDocs, KES_MOD, VAL } from "../store/claim-fixtures.js";
import { analyzeText } from "../../src/analyze.js";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = join(import.meta.dirname, "..", "..");
const WEB = join(ROOT, "dist", "web");
const ARTIFACTS = join(ROOT, "test-artifacts");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === "true") throw new Error(`${CHROMIUM} is missing; CI must install chromium for the web e2e tests`);
const skip = haveChromium ? false : `${CHROMIUM} not installed (apt-get install -y chromium); web e2e skipped`;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the client when dist/web is missing or older than its sources. */
function ensureBuilt(): void {
  const index = join(WEB, "index.html");
  const src = Math.max(newest(join(ROOT, "src", "web", "client")), statSync(join(ROOT, "src", "web", "vite.config.ts")).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= src) return;
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "src/web/vite.config.ts"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

let dir: string, store: Store, server: Running;
let browser: import("playwright-core").Browser;
const docs = callDocs();

before(async () => {
  if (skip) return;
  ensureBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "el-e2e-"));
  store = await openStore(join(dir, "kb.db"));
  for (const d of docs) await store.addDocument(d);
  server = await startServer(store, { port: 0, host: "127.0.0.1", webRoot: WEB });
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("timeline click opens the event, the article view highlights its evidence", { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const offsite: string[] = [];
  page.on("request", (r) => { if (!r.url().startsWith(server.url)) offsite.push(r.url()); });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url + "/");
  await page.waitForSelector("circle.tl-event");
  assert.equal(await page.locator("circle.tl-event").count(), 3);
  await page.waitForSelector(`path.edge[data-source="${TRUMP.id}"][data-target="${XI.id}"]`);
  await page.screenshot({ path: join(ARTIFACTS, "overview.png"), fullPage: true });

  const consult = docs[0].articles[0].events[0];
  await page.locator(`circle.tl-event[data-event-id="${consult.id}"]`).click();
  await page.waitForSelector(`.event-panel[data-event-id="${consult.id}"]`);
  const panel = await page.locator(".event-panel").innerText();
  assert.match(panel, /CONSULT/);
  assert.match(panel, /Donald Trump/);
  assert.match(panel, /consult\.phone\.spoke-with/);
  assert.match(panel, /consult\.phone\.held-call/);
  await page.screenshot({ path: join(ARTIFACTS, "event-selected.png"), fullPage: true });

  await page.locator(".event-panel a.open-article").first().click();
  await page.waitForSelector(".seg.evidence.selected");
  const highlighted = (await page.locator(".seg.evidence.selected").allInnerTexts()).join("");
  assert.equal(highlighted, consult.evidence.text);
  assert.ok(await page.locator(".seg.trigger", { hasText: consult.trigger.text }).count() > 0);
  assert.match(await page.locator(".event-detail").innerText(), /consult\.phone\.spoke-with/);
  assert.ok(await page.locator(".seg.entity", { hasText: "Xi Jinping" }).count() > 0);
  assert.ok(await page.locator(".seg.timex", { hasText: "Thursday" }).count() > 0);
  assert.ok(await page.locator(".seg.quote").count() > 0);
  await page.screenshot({ path: join(ARTIFACTS, "article.png"), fullPage: true });

  await page.locator(".article-side a", { hasText: docs[1].articles[0].title! }).click();
  await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, docs[1].articles[0].title);
  assert.equal((await page.locator(".seg.evidence.selected").allInnerTexts()).join(""), docs[1].articles[0].events[0].evidence.text);
  assert.deepEqual(offsite, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("filters narrow the timeline; search finds quotes and articles", { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url + "/#/?actor=IRN");
  await page.waitForSelector("circle.tl-event");
  assert.equal(await page.locator("circle.tl-event").count(), 2);
  await page.selectOption("select[name=type]", "SANCTION");
  await page.click("form.filters button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll("circle.tl-event").length === 1);
  await page.fill("header input[type=search]", "very good call");
  await page.press("header input[type=search]", "Enter");
  await page.waitForSelector(".results li");
  assert.match(await page.locator(".results").innerText(), /quote/);
  assert.ok(await page.locator(".results mark").count() > 0);
  await page.screenshot({ path: join(ARTIFACTS, "search.png"), fullPage: true });
  await page.close();
});

test("the disputes view puts both sides of a contested proposition side by side and links to the evidence", { skip }, async () => {
  const kb = await openStore(join(dir, "disputes.db"));
  const cd = claimDocs();
  for (const d of [cd.shelling, cd.denial, cd.plan]) await kb.addDocument(d);
  const srv = await startServer(kb, { port: 0, host: "127.0.0.1", webRoot: WEB });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(srv.url + "/");
    await page.locator("header nav a", { hasText: "Disputes" }).click();
    await page.waitForSelector(".dispute");
    assert.equal(await page.locator(".dispute").count(), 1);
    assert.match(await page.locator(".side.asserts").innerText(), new RegExp(KES_MOD.name));
    assert.match(await page.locator(".side.denies").innerText(), new RegExp(VAL.name));
    await page.fill("form.filters input[name=actor]", "NOR");
    await page.click("form.filters button[type=submit]");
    await page.waitForSelector("text=No claims in the store contradict each other");
    await page.goto(srv.url + "/#/disputes?actor=KES");
    await page.waitForSelector(".dispute");
    await page.screenshot({ path: join(ARTIFACTS, "disputes.png"), fullPage: true });
    const denial = cd.denial.articles[0].claims[0];
    await page.locator(".side.denies a.open-claim").first().click();
    await page.waitForSelector(".seg.claim-evidence");
    assert.equal((await page.locator(".seg.claim-evidence").allInnerTexts()).join(""), denial.evidence.text);
    assert.match(await page.locator(".claim-detail").innerText(), /denies/);
    await page.screenshot({ path: join(ARTIFACTS, "dispute-claim.png"), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await srv.close();
    await kb.close();
  }
});

const WIRE = [
  "WASHINGTON, June 5 (Reuters) - U.S. President Donald Trump held a phone call with Chinese President Xi Jinping on Thursday, the White House said.\n\n\"We had a very good conversation,\" Trump told reporters aboard Air Force One.",
  "BRUSSELS, June 4 - The European Union imposed new sanctions on Russia on Wednesday over its war in Ukraine, diplomats said.\n\nMoscow condemned the decision, Foreign Ministry spokeswoman Maria Zakharova said.",
];

test("articles analyzed by the pipeline: their events are on the timeline and their evidence highlights", { skip }, async () => {
  const kb = await openStore(join(dir, "analyzed.db"));
  for (const t of WIRE) await kb.addDocument(analyzeText(t, { published: "2025-06-06" }));
  const events = (await kb.events({ limit: 100 })).items.filter((e) => e.day);
  assert.ok(events.length >= 1, "the pipeline codes at least one event in these wire stories");
  const srv = await startServer(kb, { port: 0, host: "127.0.0.1", webRoot: WEB });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(srv.url + "/");
    await page.waitForSelector("circle.tl-event");
    assert.equal(await page.locator("circle.tl-event").count(), events.length);
    const dyad = events.find((e) => e.source.length && e.target.length);
    if (dyad) await page.waitForSelector(`path.edge[data-source="${dyad.source[0].id}"][data-target="${dyad.target[0].id}"]`);
    const e = events[0];
    await page.locator(`circle.tl-event[data-event-id="${e.id}"]`).click();
    await page.locator(".event-panel a.open-article").first().click();
    await page.waitForSelector(".seg.evidence.selected");
    assert.equal((await page.locator(".seg.evidence.selected").allInnerTexts()).join(""), e.reports[0].evidence.text);
    await page.screenshot({ path: join(ARTIFACTS, "analyzed-article.png"), fullPage: true });
    await page.close();
  } finally {
    await srv.close();
    await kb.close();
  }
});

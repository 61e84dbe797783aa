import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzePage, analyzePages, AnalysisLimitError } from "../../src/pipeline.js";
import { analyzeSources, analyzeText } from "../../src/analyze.js";
import { Batch } from "../../src/batch.js";
import { loadResources } from "../../src/resources.js";
import type { Page } from "../../src/doc.js";
import type { SourceDoc } from "../../src/ingest/types.js";
// @ts-expect-error: the bench's corpus generator is plain JavaScript
import { corpus } from "../../bench/corpus.mjs";

const resources = loadResources();
const opts = { published: "2025-02-14", resources };
const page = (text: string, source = "t.txt"): Page => ({ text, source, contentType: "text/plain" });
const strip = (x: unknown) => JSON.stringify(x, (k, v) => (k === "timings" ? undefined : v));

const WIRE = [
  "ANKARA, Feb 13 (Reuters) - Turkey summoned the Swedish ambassador on Thursday over a protest outside its embassy in Stockholm, the foreign ministry said.\n\"This is unacceptable,\" Foreign Minister Hakan Fidan told reporters in Ankara.\nReporting by Ece Toksabay; Editing by Alex Richardson",
  "Protesters clashed with police in Nairobi on Tuesday after parliament passed a finance bill raising taxes on bread and fuel.\nPresident William Ruto said the government would not back down, according to a statement issued late on Tuesday.",
  "India and Pakistan agreed last week to reopen a border crossing for pilgrims, officials in both countries said on Monday.\nThe crossing has been closed since 2019.",
];

test("a batch gives each page exactly what analyzing it alone gives", () => {
  const texts: string[] = [...WIRE, ...[...corpus(21, 3)]];
  const alone = texts.map((t, i) => analyzePage(page(t, `p${i}`), opts));
  const together = analyzePages(texts.map((t, i) => page(t, `p${i}`)), opts);
  assert.equal(together.length, texts.length);
  for (let i = 0; i < texts.length; i++) assert.equal(strip(together[i]), strip(alone[i]), `page ${i}`);
  assert.ok(alone.some((a) => a.some((x) => x.events.length > 0) && a.some((x) => x.quotes.length > 0)));
});

const withSite = (text: string, extra: Partial<Page>): Page => ({ ...page(text), ...extra });
const MIXED: Page[] = [
  page("Chile and Peru agreed on Tuesday to reopen their northern border crossing, the foreign ministry in Santiago said.\n\"We expect trucks to move again by Friday,\" Foreign Minister Ana Torres told reporters."),
  withSite(
    [
      "Ghana's central bank raised its main interest rate on Thursday, citing inflation that has stayed above 20 percent since March.",
      "The bank said it would review the decision in six weeks.",
      "Additional reporting by Kofi Mensah",
      "Floods swept through parts of eastern Bolivia on Sunday, cutting roads to several towns. Rescue teams said rivers had risen faster than in 2014, and a 30-day emergency was declared for the department where",
    ].join("\n"),
    { published: "2024-06-14" },
  ),
  withSite("Poland summoned Belarus's envoy last week after drones crossed into its airspace, officials in Warsaw said.", { siteName: "Wire Desk" }),
];

test("teasers, page dates, site names and disabled stages come out of a batch as out of one page", () => {
  for (const o of [{}, { published: "2024-06-20" }, { published: "2024-06-20", disable: ["quotes" as const] }]) {
    const batch = analyzePages(MIXED, { ...o, resources });
    assert.equal(batch.length, MIXED.length);
    MIXED.forEach((p, k) => assert.equal(strip(batch[k]), strip(analyzePage(p, { ...o, resources })), `page ${k}`));
  }
  assert.ok((analyzePages(MIXED, { resources })[1] as unknown[]).length >= 2, "the second page holds a main article and a teaser");
  assert.deepEqual(analyzePages([], { resources }), []);
});

test("every article of a batch carries its own stage timings", () => {
  for (const arts of analyzePages(MIXED, opts) as Array<ReturnType<typeof analyzePage>>) {
    for (const a of arts) assert.deepEqual(Object.keys(a.timings), ["segment", "nlp", "actors", "time", "quotes", "events", "claims"]);
  }
});

test("a page that fails gets its error in its place and the rest of the batch goes on", () => {
  const broken = { source: "broken", contentType: "text/plain", get text(): string { throw new Error("unreadable page"); } } as Page;
  const long = page("The council met on Monday. ".repeat(40), "long.txt");
  const res = analyzePages([page(WIRE[1]), long, broken, page(WIRE[2])], { ...opts, maxArticleChars: 500 });
  assert.ok(res[1] instanceof AnalysisLimitError);
  assert.match((res[1] as Error).message, /longer than the limit of 500/);
  assert.ok(res[2] instanceof Error);
  assert.match((res[2] as Error).message, /unreadable page/);
  assert.equal(strip(res[0]), strip(analyzePage(page(WIRE[1]), opts)));
  assert.equal(strip(res[3]), strip(analyzePage(page(WIRE[2]), opts)));
  assert.throws(() => analyzePage(long, { ...opts, maxArticleChars: 500 }), AnalysisLimitError);
});

test("analyzeSources makes the same records as analyzeText, in order", () => {
  const srcs = WIRE.map((text, i): SourceDoc => {
    const one = analyzeText(text, { ...opts, source: `w${i}` });
    return { kind: "doc", id: one.id, source: `w${i}`, contentType: "text/plain", url: null, page: page(text, `w${i}`) };
  });
  const recs = analyzeSources(srcs, opts);
  const strip2 = (x: unknown) => JSON.stringify(x, (k, v) => (k === "timings" || k === "elapsedMs" || k === "analyzedAt" ? undefined : v));
  recs.forEach((r, i) => assert.equal(strip2(r), strip2(analyzeText(WIRE[i], { ...opts, source: `w${i}` }))));
});

test("a Batch fills at its item count or its character budget, and take() empties it", () => {
  const b = new Batch<string>(3, 100);
  assert.equal(b.add("a", 10), false);
  assert.equal(b.add("b", 10), false);
  assert.equal(b.add("c", 10), true);
  assert.deepEqual(b.take(), ["a", "b", "c"]);
  assert.equal(b.size, 0);
  assert.equal(b.add("long", 100), true);
  assert.deepEqual(b.take(), ["long"]);
  assert.deepEqual(b.take(), []);
});

test("a Batch about to go over its character budget says so before the item is added", () => {
  const b = new Batch<string>(10, 100);
  assert.equal(b.wouldOverflow(500), false, "an empty batch takes any one item");
  b.add("a", 60);
  assert.equal(b.wouldOverflow(40), false);
  assert.equal(b.wouldOverflow(41), true);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzePage, analyzePages, AnalysisLimitError, type AnalyzedArticle } from "../../src/pipeline.js";
import type { Page } from "../../src/doc.js";

const page = (text: string, extra: Partial<Page> = {}): Page => ({ text, source: "test", contentType: "text/plain", ...extra });

const PAGES: Page[] = [
  page("Chile and Peru agreed on Tuesday to reopen their northern border crossing, the foreign ministry in Santiago said.\n\"We expect trucks to move again by Friday,\" Foreign Minister Ana Torres told reporters."),
  page(
    [
      "Ghana's central bank raised its main interest rate on Thursday, citing inflation that has stayed above 20 percent since March.",
      "The bank said it would review the decision in six weeks.",
      "Additional reporting by Kofi Mensah",
      "Floods swept through parts of eastern Bolivia on Sunday, cutting roads to several towns. Rescue teams said rivers had risen faster than in 2014, and a 30-day emergency was declared for the department where",
    ].join("\n"),
    { published: "2024-06-14" },
  ),
  page("Poland summoned Belarus's envoy last week after drones crossed into its airspace, officials in Warsaw said.", { siteName: "Wire Desk" }),
];

const withoutTimings = (arts: AnalyzedArticle[]) => arts.map(({ timings, ...rest }) => rest);

test("analyzePages gives each page the articles analyzePage gives it, in order", () => {
  for (const opts of [{}, { published: "2024-06-20" }, { published: "2024-06-20", disable: ["quotes" as const] }]) {
    const batch = analyzePages(PAGES, opts);
    assert.equal(batch.length, PAGES.length);
    PAGES.forEach((p, k) => assert.deepEqual(withoutTimings(batch[k]), withoutTimings(analyzePage(p, opts))));
  }
  assert.ok(analyzePages(PAGES)[1].length >= 2, "the second page holds a main article and a teaser");
  assert.deepEqual(analyzePages([]), []);
});

test("analyzePages times every stage of every article", () => {
  for (const arts of analyzePages(PAGES)) {
    for (const a of arts) assert.deepEqual(Object.keys(a.timings), ["segment", "nlp", "actors", "time", "quotes", "events", "claims"]);
  }
});

test("analyzePages refuses a batch with an over-long article before analyzing any page", () => {
  const long = page("Talks resumed on Monday. ".repeat(40));
  assert.throws(() => analyzePages([PAGES[0], long], { maxArticleChars: 500 }), AnalysisLimitError);
  assert.equal(analyzePages([PAGES[0]], { maxArticleChars: 500 }).length, 1);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentPage } from "../../src/segment/index.js";
import { findDateline, findDatelineDate } from "../../src/segment/dateline.js";

const page = (text: string) => ({ text, source: "t.txt", contentType: "text/plain" });

const DUMP = [
  "Brazil and Argentina agreed on Tuesday to cut tariffs on steel and grain, ending a months-long dispute that had strained the Mercosur trade bloc.",
  "The two governments said in a joint statement that the cuts would take effect in March.",
  "Photo: AFP",
  "Argentine Economy Minister Luis Caputo told reporters the deal was fair to both sides.",
  "Brazilian officials said talks on car parts would continue next month.",
  "Additional reporting by Ana Souza and Pedro Lima",
  "Heavy rain triggered landslides across southern Chile on Monday, cutting roads to several mountain towns. Rescue teams said at least four people were missing. Regional governor Marta Ruiz said the army had been asked to help with",
  "Voters in Lisbon head to the polls on Sunday in a municipal election seen as a test for the governing party. Opinion surveys show a tight race between the two main candidates, who have clashed over",
].join("\n");

test("a page dump splits into the story and its cut-off teasers, with credits moved out", () => {
  const arts = segmentPage(page(DUMP));
  assert.equal(arts.length, 3);
  const [main, t1, t2] = arts;
  assert.equal(main.truncated, false);
  assert.ok(main.text.startsWith("Brazil and Argentina agreed"));
  assert.ok(main.text.endsWith("would continue next month."));
  assert.ok(!main.text.includes("Photo: AFP"));
  assert.ok(!main.text.includes("Additional reporting"));
  assert.deepEqual(main.credits.map((c) => c.kind), ["photo", "reporting"]);
  assert.equal(t1.truncated, true);
  assert.ok(t1.text.startsWith("Heavy rain"));
  assert.equal(t2.truncated, true);
  assert.ok(t2.text.startsWith("Voters in Lisbon"));
});

test("pieces map article offsets back to the document", () => {
  const [main] = segmentPage(page(DUMP));
  for (const p of main.pieces) assert.equal(main.text.slice(p.from, p.to), DUMP.slice(p.docStart, p.docStart + (p.to - p.from)));
  assert.equal(DUMP.slice(main.span[0], main.span[0] + 10), "Brazil and");
});

test("datelines, bylines, related links and contributor lines leave the body", () => {
  const text = [
    "By Jane Okafor",
    "",
    "LAGOS, Nigeria (Reuters) - Nigeria's central bank raised its main interest rate on Tuesday to fight inflation.",
    "",
    "More:Why the naira keeps falling against the dollar",
    "",
    "What happens next?",
    "",
    "Analysts expect another increase before the end of the year, the bank's governor said.",
    "",
    "Contributing: Musa Bello",
    "",
    "Jane Okafor is a business reporter for the Daily Ledger. You can reach her at jokafor@example.com.",
  ].join("\n");
  const arts = segmentPage(page(text));
  assert.equal(arts.length, 1);
  const a = arts[0];
  assert.ok(a.text.startsWith("Nigeria's central bank"));
  assert.equal(a.dateline, "LAGOS, Nigeria (Reuters)");
  assert.ok(!a.text.includes("More:"));
  assert.ok(a.text.includes("What happens next?"), "section headers stay in the text");
  assert.ok(a.text.endsWith("the bank's governor said."));
  assert.equal(a.byline, "Jane Okafor");
  const kinds = a.credits.map((c) => c.kind).sort();
  assert.deepEqual(kinds, ["byline", "byline", "reporting", "source"]);
  assert.equal(a.truncated, false);
});

test("dateline shapes", () => {
  assert.equal(findDateline("WASHINGTON – The Senate voted on Friday.")?.place, "WASHINGTON");
  assert.equal(findDateline("BEIJING, June 6 (Reuters) - China said.")?.agency, "Reuters");
  assert.equal(findDatelineDate("TOKYO, March 3, 2024 (Kyodo) — Japan's cabinet approved the plan."), "2024-03-03");
  assert.equal(findDateline("US - China talks resumed."), null);
  assert.equal(findDateline("The talks - which began Monday - ended."), null);
});

test("an HTML or feed article is one article even when it ends mid-sentence", () => {
  const arts = segmentPage({ ...page("First paragraph of the story ends cleanly.\nSecond paragraph of the story is cut off in the middle of a long sentence that goes on and on without"), singleArticle: true });
  assert.equal(arts.length, 1);
  assert.equal(arts[0].truncated, true);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { reported, run } from "./helpers.js";

const MINISTRY = { name: "Ministry of Foreign Affairs", type: "ORG" as const, surfaces: [["foreign ministry", "description"] as [string, "description"], ["the ministry", "description"] as [string, "description"]] };

test("X said that CLAUSE", () => {
  const r = reported(`The foreign ministry said that Beijing was deliberately distorting the island's position.`, [MINISTRY]);
  assert.equal(r.quotes.length, 1);
  const q = r.quotes[0];
  assert.equal(q.text, "Beijing was deliberately distorting the island's position");
  assert.equal(q.direct, false);
  assert.equal(r.who(q), "Ministry of Foreign Affairs");
  assert.equal(q.cue, "say");
});

test("X told Y that CLAUSE", () => {
  const r = reported(`Xi told Trump that the two sides should handle the issue with great care.`, [
    { name: "Xi Jinping", type: "PERSON", surfaces: ["Xi"] },
    { name: "Donald Trump", type: "PERSON", surfaces: ["Trump"] },
  ]);
  assert.equal(r.quotes[0].text, "the two sides should handle the issue with great care");
  assert.equal(r.who(r.quotes[0]), "Xi Jinping");
});

test("X said (no that) CLAUSE, after a time phrase", () => {
  const r = reported(`Zelensky said on Friday he had received new intelligence about the troops.`);
  assert.equal(r.quotes[0].text, "he had received new intelligence about the troops");
  assert.equal(r.quotes[0].speakerText, "Zelensky");
});

test("CLAUSE, the ministry added", () => {
  const r = reported(`It is a tactic that Beijing uses whenever it deals with other countries, the ministry added.`, [MINISTRY]);
  assert.equal(r.quotes[0].text, "It is a tactic that Beijing uses whenever it deals with other countries");
  assert.equal(r.who(r.quotes[0]), "Ministry of Foreign Affairs");
});

test("direct quotations are not reported speech, and findQuotes never returns indirect speech", () => {
  const text = `"We will act when the time comes," she said.\n\nThe ministry said that the talks would resume next week.`;
  const r = reported(text, [MINISTRY]);
  assert.deepEqual(r.quotes.map((q) => q.text), ["the talks would resume next week"]);
  assert.ok(run(text).quotes.every((q) => q.direct));
  assert.equal(run(text).quotes.length, 1);
});

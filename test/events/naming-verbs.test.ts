import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../../src/analyze.js";

test("'calls' that names something is not a request; 'called on X to' is", () => {
  const a = analyzeText("Vietnam protested the incursions into waters that China claims and calls the Xisha Islands.", { published: "2025-03-24" }).articles[0];
  assert.ok(!a.events.some((e) => e.type === "REQUEST" && /calls/.test(e.trigger.text)), JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
  const b = analyzeText("Vietnam called on China to withdraw its survey ship from the area.", { published: "2025-03-24" }).articles[0];
  assert.ok(b.events.some((e) => e.type === "REQUEST"), JSON.stringify(b.events.map((e) => [e.type, e.trigger.text])));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../../src/analyze.js";

const PAGE = [
  "Kenya and Tanzania signed a border trade agreement on Monday, officials in Nairobi said.",
  "The deal follows talks that began in 2019 and stalled last year.",
  "Additional reporting by Grace Otieno",
  "Wildfires spread across southern Greece on Wednesday, forcing the evacuation of several villages. Firefighters said strong winds had fanned the flames since 2021 levels were last seen, and a 10-day state of emergency was declared for the region where",
].join("\n");

test("the main article resolves relative times; a teaser of unknown date keeps only dated ones", () => {
  const rec = analyzeText(PAGE, { published: "2024-09-12" });
  const [main, teaser] = rec.articles;
  assert.equal(main.published, "2024-09-12");
  assert.equal(teaser.published, null);
  assert.equal(teaser.truncated, true);
  const values = teaser.timexes.map((t) => t.value);
  assert.ok(!values.some((v) => v.includes("X")), `no unanchored values in a teaser: ${values}`);
  assert.ok(!teaser.timexes.some((t) => /wednesday/i.test(t.text)));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzePage } from "../../src/pipeline.js";
import { explainArticle } from "../../src/cli/commands/explain.js";

test("explain prints, per sentence, the pattern, trigger, mentions, modality and date of each event", () => {
  const text = "Chile accused Peru of dumping steel on Tuesday.\nThe weather was mild.\n";
  const [a] = analyzePage({ text, source: "t.txt", contentType: "text/plain" }, { published: "2024-03-08" });
  const out = explainArticle(a, 0);
  const ev = a.events.find((e) => e.type === "ACCUSE");
  assert.ok(ev, "an accusation is coded");
  assert.match(out, /\[1\] Chile accused Peru of dumping steel on Tuesday\./);
  assert.match(out, new RegExp(`pattern ${ev.pattern.replace(/\./g, "\\.")}, trigger "accused Peru of"`));
  assert.match(out, /\[asserted, confidence /);
  assert.doesNotMatch(out, /The weather was mild/);
  assert.match(explainArticle(a, 0, true), /The weather was mild/);
});

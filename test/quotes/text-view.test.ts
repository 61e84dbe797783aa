import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../../src/nlp/tokenize.js";
import { quoteLexicon } from "../../src/quotes/lexicon.js";
import { TextView } from "../../src/quotes/text-view.js";
import { layer } from "./helpers.js";

test("text view: each mention's first token is tokenAt(its start), mentions in gaps or past the end too", () => {
  const pieces = ["Anna Berg", "Berg", "the ministry", "Xinhua", "said", " ", "  ", ", ", ". ", "\n", "-", "Berg's", "AnnaBerg"];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
    const text = parts.join("");
    const doc = tokenize(text);
    const actors = layer(text, [
      { name: "Anna Berg", type: "PERSON", surfaces: ["Anna Berg", ["Berg", "surname"]] },
      { name: "Xinhua", type: "ORG", surfaces: ["Xinhua", "the ministry"] },
    ]);
    // A mention over white space only, and one past the last token: no token starts in them.
    const gap = text.indexOf("  ");
    if (gap >= 0) actors.mentions.push({ start: gap, end: gap + 1, text: " ", entity: 1, kind: "name" });
    actors.mentions.push({ start: text.length, end: text.length + 1, text: "", entity: 1, kind: "name" });
    actors.mentions.sort((a, b) => a.start - b.start);
    const v = new TextView(doc, actors, quoteLexicon(), []);
    actors.mentions.forEach((m, i) => assert.equal(v.mentionToken[i], v.tokenAt(m.start), JSON.stringify({ text, m })));
  }), { numRuns: 500 });
});

test("a view reading a buffer a longer article released answers as a fresh one", async () => {
  const { run } = await import("./helpers.js");
  const BERG = { name: "Anna Berg", type: "PERSON" as const, surfaces: ["Anna Berg"] };
  const short = `"We will not bow to pressure," Anna Berg told reporters. She said talks would go on.`;
  const long = Array.from({ length: 60 }, (_, i) => `"Point ${i} stands," Anna Berg said on day ${i}. Officials said the ${i}th round "went well" and that "nothing" had changed.`).join("\n");
  const alone = JSON.stringify(run(short, [BERG]).quotes);
  run(long, [BERG]);
  assert.equal(JSON.stringify(run(short, [BERG]).quotes), alone);
});

test("a view hands its buffer on once: a second release is refused", () => {
  const text = `"We will go on," Anna Berg said.`;
  const doc = tokenize(text);
  const v = new TextView(doc, layer(text, [{ name: "Anna Berg", type: "PERSON", surfaces: ["Anna Berg"] }]), quoteLexicon(), []);
  v.release();
  assert.throws(() => v.release(), /released twice/);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/nlp/tokenize.js";
import { findTimexes } from "../../src/time/index.js";
import { CASES } from "./cases.js";

const count = CASES.reduce((n, c) => n + c.want.length, 0);

test(`the table holds at least 200 expressions (${count})`, () => {
  assert.ok(count >= 200, `only ${count} expressions`);
});

for (const c of CASES) {
  test(`${c.pub ?? "no date"}: ${c.text}`, () => {
    const got = findTimexes(tokenize(c.text), { published: c.pub });
    const view = got.map((t) => [t.text, t.value, t.type, t.mod ?? ""]);
    const want = c.want.map(([text, value, type, mod]) => [text, value, type ?? "DATE", mod ?? ""]);
    assert.deepEqual(view, want);
  });
}

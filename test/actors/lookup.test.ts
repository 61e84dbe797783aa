import { test } from "node:test";
import assert from "node:assert/strict";
import { formatActorLookup, lookupActors } from "../../src/actors/lookup.js";
import { testKB } from "./helpers.js";

test("lookup finds people by full name, case-insensitively, and by surname", () => {
  const kb = testKB();
  assert.deepEqual(lookupActors(kb, "joe biden").map((a) => a.id), ["person:joe-biden"]);
  assert.ok(lookupActors(kb, "Biden").some((a) => a.id === "person:joe-biden"));
  assert.ok(lookupActors(kb, "lakeside courier").some((a) => a.id === "org:lakeside-courier"));
  assert.deepEqual(lookupActors(kb, "nobody at all"), []);
});

test("the lookup view lists each role with its dates", () => {
  const out = formatActorLookup(lookupActors(testKB(), "Joe Biden"));
  assert.match(out, /Joe Biden/);
  assert.match(out, /2009-01-20 – 2017-01-20\s+Vice President of the United States/);
  assert.match(out, /2021-01-20 – 2025-01-20\s+President of the United States/);
  assert.equal(formatActorLookup([]), "no actor found");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { loadActorKB, ActorDataError } from "../../src/actors/kb.js";
import { recognizeActors } from "../../src/actors/index.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { FIXTURE } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "eventline-actors-"));

test("the built-in knowledge base loads and knows countries with demonyms and capitals", () => {
  const kb = loadActorKB();
  assert.ok(kb.size > 200);
  const chn = kb.actors.get("country:CHN");
  assert.equal(chn?.name, "China");
  assert.ok(chn?.demonyms.includes("Chinese"));
});

test("a user's actors file overrides a built-in entry with the same id", () => {
  const file = join(dir, "override.jsonl");
  writeFileSync(file, JSON.stringify({ id: "country:KEN", kind: "country", type: "GPE", name: "Kenya", country: "KEN", aliases: ["Jamhuri"], demonyms: ["Kenyan"], metonyms: [] }) + "\n");
  const kb = loadActorKB([file]);
  assert.deepEqual(kb.actors.get("country:KEN")?.aliases, ["Jamhuri"]);
  const layer = recognizeActors(tokenize("Officials in Jamhuri said the talks would resume."), { published: "2025-01-01", kb });
  assert.deepEqual(layer.entities.map((e) => e.id), ["country:KEN"]);
});

test("a user's file adds new actors that are then recognized", () => {
  const kb = loadActorKB([FIXTURE]);
  const layer = recognizeActors(tokenize("The Lakeside Courier reported the visit on Tuesday."), { published: "2025-01-01", kb });
  const e = layer.entities.find((x) => x.id === "org:lakeside-courier");
  assert.equal(e?.sector, "MED");
  assert.equal(e?.country, "KEN");
  assert.equal(loadActorKB().actors.get("org:lakeside-courier"), undefined);
});

test("a malformed actors file is rejected with file and line number", () => {
  const file = join(dir, "bad.jsonl");
  const good = JSON.stringify({ id: "person:ada-okafor", kind: "person", type: "PERSON", name: "Ada Okafor", country: "NGA", roles: [] });
  const bad = JSON.stringify({ id: "person:ben-okafor", kind: "person", type: "PERSON", name: "Ben Okafor", country: "NGA", roles: [{ title: "Mayor of Lagos", office: "mayor", country: "NGA", sector: "GOV", start: "last spring", end: null }] });
  writeFileSync(file, [good, "", bad].join("\n") + "\n");
  assert.throws(() => loadActorKB([file]), (e: Error) => e instanceof ActorDataError && e.message.includes(`${file}:3: role.start is not a date`));
});

test("broken JSON and unknown codes are reported by line", () => {
  const file = join(dir, "bad2.jsonl");
  writeFileSync(file, '{"id":"org:x","kind":"org","name":"X","country":"XX"}\n{not json\n');
  assert.throws(() => loadActorKB([file]), (e: Error) => e.message.includes(":1: country is not an ISO-3 code") && e.message.includes(":2: not valid JSON"));
});

test("loading is fast enough to do once per process", () => {
  const t = performance.now();
  loadActorKB();
  assert.ok(performance.now() - t < 3000);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readNameLexicon } from "../../src/actors/lexicon.js";
import { actorsDataDir, loadActorKB } from "../../src/actors/kb.js";
import { knownNameKeys } from "../../src/actors/name-keys.js";

test("names.json gives the name particles, the family-name-first countries and the names that take 'the'", () => {
  const n = readNameLexicon(actorsDataDir());
  assert.ok(n.particles.has("von") && !n.particles.has("-"));
  assert.ok(n.shortNameParticles.has("ibn"));
  assert.ok(n.familyFirst.has("CHN"));
  assert.ok(n.takesThe.test("United States") && n.takesThe.test("Philippines") && n.takesThe.test("Central African Republic"));
  assert.ok(!n.takesThe.test("France") && !n.takesThe.test("Unitedstan"));
});

test("a malformed names.json is an error naming the file and the field", () => {
  const dir = mkdtempSync(join(tmpdir(), "names-"));
  const good = { nameParticles: ["von"], shortNameParticles: ["von"], familyNameFirst: ["CHN"], theNames: { first: ["United"], last: ["States"] }, nameSuffixes: ["Jr"], lowerInTitles: ["of"] };
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, familyNameFirst: ["China"] }));
  assert.throws(() => readNameLexicon(dir), /names\.json: familyNameFirst 'China'/);
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, nameParticles: ["Von"] }));
  assert.throws(() => readNameLexicon(dir), /names\.json: nameParticles 'Von'/);
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, theNames: { first: ["United|X"], last: [] } }));
  assert.throws(() => readNameLexicon(dir), /names\.json: theNames\.first/);
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, nameSuffixes: ["Jr."] }));
  assert.throws(() => readNameLexicon(dir), /names\.json: nameSuffixes 'Jr\.'/);
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, lowerInTitles: ["Of"] }));
  assert.throws(() => readNameLexicon(dir), /names\.json: lowerInTitles 'Of'/);
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, nameParticle: ["von"] }));
  assert.throws(() => readNameLexicon(dir), /names\.json: nameParticle is not a known field/);
  writeFileSync(join(dir, "names.json"), JSON.stringify({ ...good, theNames: { first: ["United"], last: ["States"], middle: [] } }));
  assert.throws(() => readNameLexicon(dir), /names\.json: theNames\.middle is not a known field/);
});

test("a person's name keys follow the names lexicon they are read with", () => {
  const xi = loadActorKB().actors.get("person:xi-jinping")!;
  const names = readNameLexicon(actorsDataDir());
  assert.deepEqual(knownNameKeys(xi, names).shorts, ["xi"]);
  const givenFirst = { ...names, familyFirst: new Set<string>() };
  assert.deepEqual(knownNameKeys(xi, givenFirst).shorts, ["jinping"]);
  assert.deepEqual(knownNameKeys(xi, names).shorts, ["xi"]);
});

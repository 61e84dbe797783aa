import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { actorsDataDir, compileBuiltIn, loadActorKB, storeCompiledKB, tableSources, type ActorKB } from "../../src/actors/kb.js";
import { readCompiledKB } from "../../src/actors/compiled.js";
import { recognizeActors } from "../../src/actors/index.js";
import { tokenize } from "../../src/nlp/tokenize.js";

const dir = mkdtempSync(join(tmpdir(), "eventline-compiled-"));

test("the stored knowledge base is the one compiled from data/, trie for trie", () => {
  const file = join(dir, "kb.compiled.json");
  storeCompiledKB(file);
  const fromData = loadActorKB([], join(dir, "absent.json"));
  const stored = loadActorKB([], file);
  assert.deepEqual([...stored.actors], [...fromData.actors]);
  const tables = compileBuiltIn();
  for (const k of ["names", "contextual", "given", "cities", "offices"] as const) {
    for (const [key, value] of tables[k]) {
      assert.deepEqual(stored[k].get(key), value, `${k} ${key}`);
      assert.deepEqual(fromData[k].get(key), value, `${k} ${key}`);
    }
    assert.equal(stored[k].has("no such key at all"), false);
  }
  assert.deepEqual([...stored.lex.givenNames].sort(), [...fromData.lex.givenNames].sort());
  assert.deepEqual([...stored.heads.keys()].sort(), [...fromData.heads.keys()].sort());
  for (const k of fromData.heads.keys()) assert.deepEqual(stored.heads.get(k), fromData.heads.get(k), k);
});

test("a stored form is not used once a data file changes", () => {
  const data = join(dir, "actors");
  cpSync(actorsDataDir(), data, { recursive: true });
  const file = join(dir, "copy.compiled.json");
  storeCompiledKB(file, data);
  assert.ok(readCompiledKB(data, tableSources(data), file));
  appendFileSync(join(data, "orgs.jsonl"), JSON.stringify({ id: "org:lakeside-gazette", kind: "org", name: "Lakeside Gazette", sector: "MED" }) + "\n");
  assert.equal(readCompiledKB(data, tableSources(data), file), null);
});

test("a damaged stored form is ignored", () => {
  const file = join(dir, "broken.compiled.json");
  storeCompiledKB(file);
  writeFileSync(file, "{}\n[");
  const kb: ActorKB = loadActorKB([], file);
  const layer = recognizeActors(tokenize("Kenyan police said the march would go ahead."), { published: "2025-01-01", kb });
  assert.ok(layer.entities.some((e) => e.country === "KEN"));
});

test("a stored form outlives a new file time when the content is the same (a checkout, an unpacked package)", () => {
  const data = join(dir, "touched");
  cpSync(actorsDataDir(), data, { recursive: true });
  const file = join(dir, "touched.compiled.json");
  storeCompiledKB(file, data);
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(data, "places.jsonl"), later, later);
  assert.ok(readCompiledKB(data, tableSources(data), file));
  writeFileSync(join(data, "places.jsonl"), readFileSync(join(data, "places.jsonl"), "utf8").replace("Nairobi", "Nairobx"));
  assert.equal(readCompiledKB(data, tableSources(data), file), null);
});

test("a stored form depends on the actor files, names.json and shapes.json, not on the other data files", () => {
  const data = join(dir, "sources");
  cpSync(actorsDataDir(), data, { recursive: true });
  const file = join(dir, "sources.compiled.json");
  storeCompiledKB(file, data);
  const stale = () => readCompiledKB(data, tableSources(data), file) === null;
  assert.deepEqual(tableSources(data).filter((f) => f.endsWith(".json")), ["names.json", "shapes.json"]);
  // The fuzzy index, titles and given names are read at run time, not compiled into the tables.
  for (const f of ["fuzzy.json", "titles.json", "given-names.json"]) {
    const j = JSON.parse(readFileSync(join(data, f), "utf8")) as Record<string, unknown>;
    writeFileSync(join(data, f), JSON.stringify({ ...j, about: "changed" }));
  }
  assert.equal(stale(), false);
  for (const f of ["names.json", "shapes.json"]) {
    const before = readFileSync(join(data, f), "utf8");
    const j = JSON.parse(before) as Record<string, unknown>;
    writeFileSync(join(data, f), JSON.stringify({ ...j, about: "changed" }));
    assert.equal(stale(), true, f);
    writeFileSync(join(data, f), before);
    assert.equal(stale(), false, f);
  }
  // A new actor file is a new source.
  writeFileSync(join(data, "extra.jsonl"), JSON.stringify({ id: "org:lakeside-gazette", kind: "org", name: "Lakeside Gazette", sector: "MED" }) + "\n");
  assert.equal(stale(), true);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, byMention } from "./helpers.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { testKB } from "./helpers.js";

test("archive articles: leaders before 2015 resolve with the office they held on the date", () => {
  const layer = analyze("Chancellor Helmut Kohl met President Francois Mitterrand in Bonn on Tuesday.", "1990-05-02");
  const kohl = byMention(layer, "Helmut Kohl");
  assert.equal(kohl?.id, "person:helmut-kohl");
  assert.equal(kohl?.country, "DEU");
  assert.equal(kohl?.sector, "GOV");
  assert.equal(byMention(layer, "Francois Mitterrand")?.id, "person:francois-mitterrand");
  // Out of office by 2005: the country stays, the office does not.
  const later = byMention(analyze("Helmut Kohl gave an interview on Tuesday.", "2005-05-02"), "Helmut Kohl");
  assert.equal(later?.country, "DEU");
  assert.equal(later?.sector, null);
});

test("a misspelled name without its accents still finds the one known person", () => {
  const layer = analyze("President Francois Mitterand hosted the summit.", "1990-05-02");
  assert.equal(layer.entities.find((e) => e.type === "PERSON")?.id, "person:francois-mitterrand");
});

test("the historical file names no one twice and keeps IGO roles without a country", () => {
  const kb = testKB();
  const annan = kb.actors.get("person:kofi-annan");
  assert.equal(annan?.roles[0].office, "igo-leader");
  assert.equal(annan?.roles[0].country, null);
  // A historical name may coincide with someone's nickname (the name outranks an alias), never
  // with another name, and its aliases are its own.
  const owners = new Map<string, Set<string>>();
  const names = new Map<string, Set<string>>();
  for (const a of kb.actors.values()) {
    if (a.kind !== "person") continue;
    names.set(a.name.toLowerCase(), (names.get(a.name.toLowerCase()) ?? new Set()).add(a.id));
    for (const n of a.aliases) owners.set(n.toLowerCase(), (owners.get(n.toLowerCase()) ?? new Set()).add(a.id));
  }
  const file = fileURLToPath(new URL("../../data/actors/historical-leaders.jsonl", import.meta.url));
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("//")) continue;
    const r = JSON.parse(line) as { id: string; name: string; aliases: string[] };
    assert.deepEqual([...(names.get(r.name.toLowerCase()) ?? [])], [r.id], r.name);
    for (const n of r.aliases) {
      assert.deepEqual([...(owners.get(n.toLowerCase()) ?? [])], [r.id], n);
      assert.ok(!names.has(n.toLowerCase()), n);
    }
  }
});

test("namesakes under a title or alone: the one in office on the date, else the nearest term", () => {
  const early = analyze("President Bush spoke to reporters. Bush said the talks would go on.", "1990-06-01");
  assert.equal(early.entities.find((e) => e.type === "PERSON")?.id, "person:george-h-w-bush");
  const later = analyze("President Bush spoke to reporters.", "2003-06-01");
  assert.equal(later.entities.find((e) => e.type === "PERSON")?.id, "person:george-w-bush");
  const between = analyze("The Bush administration announced new tariffs.", "2000-03-01");
  assert.equal(between.entities.find((e) => e.type === "PERSON")?.id, "person:george-w-bush");
});

test("a leader's name outranks another person's nickname", () => {
  const layer = analyze("Thousands fled when Idi Amin expelled them.", "1990-01-01");
  assert.equal(byMention(layer, "Idi Amin")?.country, "UGA");
});

// Checks the hand-written place and organization tables in data/actors: every line is a valid
// actor, ids are unique, and every country code points at a row of countries.jsonl.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dataDir } from "../../src/data-path.js";

type Row = Record<string, unknown> & { id: string; kind: string; type: string; name: string; country: string | null; aliases: string[] };

const FILES = ["countries.jsonl", "places.jsonl", "orgs.jsonl"] as const;
const SECTORS = new Set(["GOV", "MIL", "COP", "LEG", "JUD", "MED", "BUS", "IGO", "NGO", "REB", "PTY", "EDU", "REL", "CVL"]);
const TYPE_OF_KIND: Record<string, string> = { country: "GPE", territory: "GPE", region: "GPE", city: "GPE", place: "LOC", org: "ORG" };
const PREFIX_OF_KIND: Record<string, string> = { country: "country", territory: "country", region: "region", city: "city", place: "place", org: "org" };

function load(file: string): { row: Row; where: string }[] {
  const text = readFileSync(dataDir("actors", file), "utf8");
  const out: { row: Row; where: string }[] = [];
  text.split("\n").forEach((line, i) => {
    if (line === "") return;
    const where = `${file}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      assert.fail(`${where}: not JSON (${(e as Error).message})`);
    }
    assert.ok(row && typeof row === "object" && !Array.isArray(row), `${where}: not an object`);
    out.push({ row: row as Row, where });
  });
  assert.ok(text.endsWith("\n"), `${file}: last line must end with a newline`);
  return out;
}

const tables = Object.fromEntries(FILES.map((f) => [f, load(f)])) as Record<(typeof FILES)[number], { row: Row; where: string }[]>;
const all = FILES.flatMap((f) => tables[f]);
const codes = new Set(tables["countries.jsonl"].map(({ row }) => row.country));

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
const clean = (s: string) => s.length > 0 && s === s.trim() && !/\s{2}/.test(s);

test("every row has the required fields with the right shapes", () => {
  for (const { row, where } of all) {
    for (const k of ["id", "kind", "type", "name"]) assert.equal(typeof row[k], "string", `${where}: ${k} must be a string`);
    assert.ok(clean(row.name), `${where}: name has stray whitespace`);
    assert.ok(row.country === null || typeof row.country === "string", `${where}: country must be a string or null`);
    assert.ok(isStringList(row.aliases), `${where}: aliases must be a list of strings`);
    for (const a of row.aliases) assert.ok(clean(a), `${where}: alias ${JSON.stringify(a)} has stray whitespace`);
    assert.ok(!row.aliases.includes(row.name), `${where}: alias repeats the name`);
    assert.equal(new Set(row.aliases).size, row.aliases.length, `${where}: duplicate alias`);
    if ("contextual" in row) assert.ok(isStringList(row.contextual) && row.contextual.length > 0, `${where}: contextual must be a non-empty list of strings`);
  }
});

test("ids are unique across the three files and follow the prefix of their kind", () => {
  const seen = new Map<string, string>();
  for (const { row, where } of all) {
    assert.ok(!seen.has(row.id), `${where}: id ${row.id} already used at ${seen.get(row.id)}`);
    seen.set(row.id, where);
    const prefix = PREFIX_OF_KIND[row.kind];
    assert.ok(prefix, `${where}: unknown kind ${row.kind}`);
    if (prefix === "country") assert.match(row.id, /^country:[A-Z]{3}$/, `${where}: bad country id`);
    else assert.match(row.id, new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`), `${where}: bad id ${row.id}`);
  }
});

test("kinds, types and sectors fit the file they are in", () => {
  const kindsIn: Record<string, string[]> = { "countries.jsonl": ["country", "territory"], "places.jsonl": ["region", "city", "place"], "orgs.jsonl": ["org"] };
  for (const f of FILES) {
    for (const { row, where } of tables[f]) {
      assert.ok(kindsIn[f].includes(row.kind), `${where}: kind ${row.kind} does not belong in ${f}`);
      assert.equal(row.type, TYPE_OF_KIND[row.kind], `${where}: type ${row.type} for kind ${row.kind}`);
      if (row.kind === "org") assert.ok(typeof row.sector === "string" && SECTORS.has(row.sector), `${where}: bad sector ${String(row.sector)}`);
      else assert.equal(row.sector ?? null, null, `${where}: places have no sector`);
    }
  }
});

test("every country code is a row of countries.jsonl", () => {
  for (const { row, where } of all) {
    if (row.country !== null) assert.ok(codes.has(row.country), `${where}: unknown country ${row.country}`);
  }
  for (const { row, where } of tables["countries.jsonl"]) {
    assert.equal(row.id, `country:${row.country}`, `${where}: id and country code disagree`);
    assert.ok(isStringList(row.demonyms) && isStringList(row.metonyms), `${where}: demonyms and metonyms must be lists`);
    assert.ok(row.capital === null || typeof row.capital === "string", `${where}: capital must be a string or null`);
  }
  for (const { row, where } of tables["places.jsonl"]) {
    if (row.kind !== "place") assert.notEqual(row.country, null, `${where}: a ${row.kind} belongs to a country`);
  }
});

test("an alias names one organization only; shared names go to contextual", () => {
  const owner = new Map<string, string>();
  for (const { row, where } of tables["orgs.jsonl"]) {
    for (const a of row.aliases) {
      assert.ok(!owner.has(a), `${where}: alias ${JSON.stringify(a)} also belongs to ${owner.get(a)}`);
      owner.set(a, row.id);
    }
  }
});

test("the tables cover the world and the names news copy uses", () => {
  assert.ok(tables["countries.jsonl"].length >= 249);
  assert.ok(tables["places.jsonl"].filter(({ row }) => row.kind === "city").length >= 1000);
  assert.ok(tables["orgs.jsonl"].length >= 1500);
  for (const code of ["TWN", "PSE", "XKX", "USA", "CHN", "GBR"]) assert.ok(codes.has(code), code);
  const byId = new Map(all.map(({ row }) => [row.id, row]));
  const capitals = new Set(tables["places.jsonl"].filter(({ row }) => row.kind === "city").map(({ row }) => `${row.country}|${row.name}`));
  for (const { row, where } of tables["countries.jsonl"]) {
    const cap = row.capital as string | null;
    if (row.kind === "country" && cap && cap !== row.name && !row.aliases.includes(cap)) assert.ok(capitals.has(`${row.country}|${cap}`), `${where}: capital ${cap} has no city row`);
  }
  const withAlias = (id: string, alias: string) => assert.ok(byId.get(id)?.aliases.includes(alias), `${id} should have alias ${alias}`);
  withAlias("country:GBR", "UK");
  withAlias("country:KOR", "Republic of Korea");
  withAlias("org:xinhua", "Xinhua");
  withAlias("org:cna", "CNA");
  withAlias("org:nato", "NATO");
  withAlias("org:usa-government", "US government");
  assert.equal(byId.get("org:cna")?.country, "TWN");
  assert.equal(byId.get("org:gbr-government")?.sector, "GOV");
});

test("every organization a person's role points at is in orgs.jsonl", (t) => {
  const people = dataDir("actors", "people.jsonl");
  if (!existsSync(people)) return t.skip("no people.jsonl");
  const orgIds = new Set(tables["orgs.jsonl"].map(({ row }) => row.id));
  readFileSync(people, "utf8").split("\n").forEach((line, i) => {
    if (!line) return;
    const p = JSON.parse(line) as { roles?: Array<{ org?: string | null }> };
    for (const r of p.roles ?? []) if (r.org) assert.ok(orgIds.has(r.org), `people.jsonl:${i + 1}: role org ${r.org} is not in orgs.jsonl`);
  });
});

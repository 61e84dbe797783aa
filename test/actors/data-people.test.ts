import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../data/actors/", import.meta.url));
const FILE = root + "people.jsonl";
const COUNTRIES = root + "countries.jsonl";

const OFFICES = new Set(
  ("head-of-state head-of-government deputy-head-of-government vice-president foreign-minister defence-minister " +
    "finance-minister trade-minister commerce-minister interior-minister justice-minister energy-minister economy-minister " +
    "chief-of-staff national-security-adviser spokesperson ambassador central-bank-governor military-chief intelligence-chief " +
    "legislator speaker governor chief-minister mayor party-leader opposition-leader igo-leader armed-group-leader adviser " +
    "business-leader judge other").split(" "),
);
const SECTORS = new Set("GOV MIL LEG JUD IGO PTY REB BUS MED NGO CVL".split(" "));
// Offices one person can hold several of at once (distinct titles): two embassies, two companies, two seats.
const MULTI = new Set(["ambassador", "business-leader", "adviser", "other", "judge", "legislator", "party-leader", "armed-group-leader"]);

interface Role {
  title: string;
  office: string;
  org?: string;
  country: string | null;
  sector: string;
  start: string | null;
  end: string | null;
}
interface Person {
  id: string;
  kind: string;
  type: string;
  name: string;
  country: string;
  aliases: string[];
  gender: string | null;
  roles: Role[];
}

const lines = readFileSync(FILE, "utf8").split("\n");
const people: Person[] = [];
const parseErrors: string[] = [];
lines.forEach((line, i) => {
  if (!line.trim()) return;
  try {
    people.push(JSON.parse(line) as Person);
  } catch (e) {
    parseErrors.push(`people.jsonl:${i + 1}: ${(e as Error).message}`);
  }
});

function knownCountries(): ((code: string) => boolean) {
  if (!existsSync(COUNTRIES)) return (code) => /^[A-Z]{3}$/.test(code);
  const codes = new Set<string>();
  for (const line of readFileSync(COUNTRIES, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as Record<string, unknown>;
    for (const key of ["iso3", "code", "country"]) {
      const v = rec[key];
      if (typeof v === "string" && /^[A-Z]{3}$/.test(v)) codes.add(v);
    }
    const id = rec.id;
    if (typeof id === "string" && /^country:[a-z]{3}$/i.test(id)) codes.add(id.slice(8).toUpperCase());
  }
  // Fall back to the code shape if the countries file uses a layout we do not recognise.
  return codes.size ? (code) => codes.has(code) : (code) => /^[A-Z]{3}$/.test(code);
}
const isCountry = knownCountries();

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(s + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const where = (p: Person) => `${p.id} (people.jsonl:${people.indexOf(p) + 1})`;

test("every line parses as JSON", () => {
  assert.deepEqual(parseErrors, []);
});

test("the file holds at least 1,500 people", () => {
  assert.ok(people.length >= 1500, `only ${people.length}`);
});

test("ids are unique slugs of the name", () => {
  const seen = new Set<string>();
  for (const p of people) {
    assert.match(p.id, /^person:[a-z0-9]+(-[a-z0-9]+)*$/, where(p));
    assert.ok(!seen.has(p.id), `duplicate id ${p.id}`);
    seen.add(p.id);
  }
});

test("required fields have the right shapes", () => {
  for (const p of people) {
    const w = where(p);
    assert.equal(p.kind, "person", w);
    assert.equal(p.type, "PERSON", w);
    assert.ok(typeof p.name === "string" && p.name.trim() === p.name && p.name.length > 1, w);
    assert.ok(isCountry(p.country), `${w}: nationality ${p.country}`);
    assert.ok(p.gender === "m" || p.gender === "f" || p.gender === null, w);
    assert.ok(Array.isArray(p.aliases), w);
    for (const a of p.aliases) {
      assert.ok(typeof a === "string" && a.length > 1 && a !== p.name, `${w}: alias ${a}`);
    }
    assert.equal(new Set(p.aliases).size, p.aliases.length, `${w}: repeated alias`);
    assert.ok(Array.isArray(p.roles) && p.roles.length > 0, `${w}: no roles`);
  }
});

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

test("aliases are full forms, not a bare surname", () => {
  for (const p of people) {
    const parts = p.name.split(" ");
    if (parts.length === 1) continue;
    const last = fold(parts.at(-1)!);
    for (const a of p.aliases) assert.ok(fold(a) !== last, `${where(p)}: surname-only alias ${a}`);
  }
});

test("roles use the office vocabulary, sectors, countries and valid dates", () => {
  for (const p of people) {
    for (const r of p.roles) {
      const w = `${where(p)} ${r.title}`;
      assert.ok(typeof r.title === "string" && r.title.length > 2, w);
      assert.ok(OFFICES.has(r.office), `${w}: office ${r.office}`);
      assert.ok(SECTORS.has(r.sector), `${w}: sector ${r.sector}`);
      assert.ok(r.country === null || isCountry(r.country), `${w}: country ${r.country}`);
      if (r.country === null) assert.match(r.org ?? "", /^org:[a-z0-9-]+$/, `${w}: a role without a country names its org`);
      if (r.org !== undefined) assert.match(r.org, /^org:[a-z0-9-]+$/, w);
      assert.ok(r.start === null || validDate(r.start), `${w}: start ${r.start}`);
      assert.ok(r.end === null || validDate(r.end), `${w}: end ${r.end}`);
      if (r.start && r.end) assert.ok(r.start <= r.end, `${w}: ${r.start} after ${r.end}`);
    }
  }
});

const overlaps = (a: Role, b: Role) => (a.start ?? "0000") < (b.end ?? "9999") && (b.start ?? "0000") < (a.end ?? "9999");

test("no person holds the same office of the same country twice at once", () => {
  for (const p of people) {
    for (let i = 0; i < p.roles.length; i++) {
      for (let j = i + 1; j < p.roles.length; j++) {
        const a = p.roles[i]!;
        const b = p.roles[j]!;
        if (a.office !== b.office || a.country !== b.country || a.org !== b.org) continue;
        if (MULTI.has(a.office) && a.title !== b.title) continue;
        assert.ok(!overlaps(a, b), `${where(p)}: ${a.office} ${a.country} ${a.start}..${a.end} and ${b.start}..${b.end}`);
      }
    }
  }
});

test("at most one head of state per country on any date", () => {
  const byCountry = new Map<string, { id: string; role: Role }[]>();
  for (const p of people) {
    for (const role of p.roles) {
      if (role.office !== "head-of-state" || !role.country) continue;
      const list = byCountry.get(role.country) ?? [];
      list.push({ id: p.id, role });
      byCountry.set(role.country, list);
    }
  }
  const dates: string[] = [];
  for (let y = 2015; y <= 2026; y++) for (const md of ["-01-01", "-03-15", "-05-31", "-08-15", "-10-31", "-12-20"]) dates.push(`${y}${md}`);
  for (const [country, list] of byCountry) {
    for (const d of dates) {
      const holders = list.filter(({ role }) => (role.start ?? "0000") <= d && d < (role.end ?? "9999")).map((h) => h.id);
      assert.ok(holders.length <= 1, `${country} on ${d}: ${holders.join(", ")}`);
    }
  }
});

test("anchor facts the recognizer depends on", () => {
  const byId = new Map(people.map((p) => [p.id, p]));
  const holds = (id: string, office: string, country: string | null, date: string) => {
    const p = byId.get(id);
    assert.ok(p, `missing ${id}`);
    const ok = p.roles.some((r) => r.office === office && r.country === country && (r.start ?? "0000") <= date && date < (r.end ?? "9999"));
    assert.ok(ok, `${id} should be ${office} of ${country} on ${date}`);
  };
  holds("person:xi-jinping", "head-of-state", "CHN", "2020-06-01");
  holds("person:donald-trump", "head-of-state", "USA", "2025-06-01");
  holds("person:joe-biden", "head-of-state", "USA", "2022-06-01");
  holds("person:keir-starmer", "head-of-government", "GBR", "2025-01-01");
  holds("person:friedrich-merz", "head-of-government", "DEU", "2025-06-01");
  holds("person:angela-merkel", "head-of-government", "DEU", "2016-06-01");
  holds("person:siddaramaiah", "chief-minister", "IND", "2024-01-01");
  holds("person:elon-musk", "adviser", "USA", "2025-03-01");
  holds("person:antonio-guterres", "igo-leader", null, "2020-01-01");
});

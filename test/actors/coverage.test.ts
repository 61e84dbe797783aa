// The cabinets the knowledge base must cover (data/actors/coverage.tsv): for every filled row, the
// head of state, the head of government (when a separate one exists), and the foreign, defence,
// finance and trade ministers from 2015-01-01 to 2026-01-01, with no gap longer than 90 days. A longer
// gap passes only inside a documented true vacancy (data/actors/coverage-vacancies.tsv, with its reason)
// or a period whose holder we could not source (data/actors/coverage-unsourced.tsv, the to-do list).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { actorsDataDir, loadActorKB } from "../../src/actors/kb.js";

const FROM = "2015-01-01";
const TO = "2026-01-01";
const MAX_GAP_DAYS = 90;

interface Row {
  iso3: string;
  region: string;
  combined: "yes" | "no";
  line: number;
}

function coverageRows(): { rows: Row[]; errors: string[] } {
  const rows: Row[] = [];
  const errors: string[] = [];
  const lines = readFileSync(join(actorsDataDir(), "coverage.tsv"), "utf8").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("iso3\t")) return;
    const [iso3, region, combined] = line.split("\t");
    if (!iso3 || !/^[A-Z]{3}$/.test(iso3) || !region || !combined) errors.push(`coverage.tsv:${i + 1}: expected iso3, region, combined`);
    else if (combined === "?") return;
    else if (combined !== "yes" && combined !== "no") errors.push(`coverage.tsv:${i + 1}: combined must be yes, no or ?`);
    else rows.push({ iso3, region, combined, line: i + 1 });
  });
  return { rows, errors };
}

interface Vacancy {
  iso3: string;
  office: string;
  from: number;
  to: number;
}

function vacancies(name = "coverage-vacancies.tsv"): { list: Vacancy[]; errors: string[] } {
  const list: Vacancy[] = [];
  const errors: string[] = [];
  const file = join(actorsDataDir(), name);
  if (!existsSync(file)) return { list, errors };
  readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("iso3\t")) return;
    const [iso3, office, from, to, note] = line.split("\t");
    const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
    if (!iso3 || !/^[A-Z]{3}$/.test(iso3) || !OFFICES.some((o) => o.need === office) || !date.test(from ?? "") || !date.test(to ?? "") || !note?.trim()) {
      errors.push(`${name}:${i + 1}: expected iso3, a required office, from, to and a note`);
    } else list.push({ iso3, office: office!, from: day(from!, "start"), to: day(to!, "end") });
  });
  return { list, errors };
}

/** Day number of a date; a coarse date stands for its whole month or year (start of it, or end of it). */
function day(date: string, side: "start" | "end"): number {
  const [y, m, d] = date.split("-").map(Number);
  if (d) return Date.UTC(y, m - 1, d) / 86_400_000;
  if (m) return side === "start" ? Date.UTC(y, m - 1, 1) / 86_400_000 : Date.UTC(y, m, 0) / 86_400_000;
  return side === "start" ? Date.UTC(y, 0, 1) / 86_400_000 : Date.UTC(y, 11, 31) / 86_400_000;
}
const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Gaps longer than the limit in the union of the intervals over FROM..TO. */
function gaps(intervals: Array<[number, number]>, from: number, to: number, maxGap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let covered = from;
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (s > covered && s - covered > maxGap) out.push([covered, Math.min(s, to)]);
    if (s >= to) break;
    covered = Math.max(covered, e);
  }
  if (covered < to && to - covered > maxGap) out.push([covered, to]);
  return out;
}

const OFFICES: Array<{ need: string; accept: string[]; when?: "no" }> = [
  { need: "head-of-state", accept: ["head-of-state"] },
  { need: "head-of-government", accept: ["head-of-government"], when: "no" },
  { need: "foreign-minister", accept: ["foreign-minister"] },
  { need: "defence-minister", accept: ["defence-minister"] },
  { need: "finance-minister", accept: ["finance-minister"] },
  { need: "trade-minister", accept: ["trade-minister", "commerce-minister"] },
];

test("gap finder: merges overlaps, tolerates short gaps, reports long ones and open ends", () => {
  const d = (s: string) => day(s, "start");
  const from = d("2015-01-01");
  const to = d("2026-01-01");
  assert.deepEqual(gaps([[d("2010-01-01"), d("2030-01-01")]], from, to, 90), []);
  assert.deepEqual(gaps([[d("2010-01-01"), d("2018-01-01")], [d("2018-03-01"), Infinity]], from, to, 90), []);
  assert.deepEqual(
    gaps([[d("2010-01-01"), d("2018-01-01")], [d("2018-09-01"), d("2024-01-01")]], from, to, 90).map(([a, b]) => `${iso(a)}..${iso(b)}`),
    ["2018-01-01..2018-09-01", "2024-01-01..2026-01-01"],
  );
  assert.deepEqual(gaps([], from, to, 90).map(([a, b]) => `${iso(a)}..${iso(b)}`), ["2015-01-01..2026-01-01"]);
  assert.equal(day("2019-05", "end"), d("2019-05-31"));
  assert.equal(day("2019", "end"), d("2019-12-31"));
});

test("coverage.tsv and coverage-vacancies.tsv rows are well formed", () => {
  assert.deepEqual(coverageRows().errors, []);
  assert.deepEqual(vacancies().errors, []);
  assert.deepEqual(vacancies("coverage-unsourced.tsv").errors, []);
});

/** Role intervals for a country's office, as day numbers. */
function held(kb: ReturnType<typeof loadActorKB>, iso3: string, office: (typeof OFFICES)[number]): Array<[number, number]> {
  const intervals: Array<[number, number]> = [];
  for (const o of office.accept) {
    for (const { role } of kb.offices.get(`${o}|${iso3}`) ?? []) {
      intervals.push([role.start ? day(role.start, "start") : -Infinity, role.end ? day(role.end, "end") : Infinity]);
    }
  }
  return intervals;
}

test("every filled country has each required officeholder from 2015 to 2026", () => {
  const kb = loadActorKB();
  const from = day(FROM, "start");
  const to = day(TO, "start");
  const excusedBy = [...vacancies().list, ...vacancies("coverage-unsourced.tsv").list];
  const missing: string[] = [];
  for (const row of coverageRows().rows) {
    for (const office of OFFICES) {
      if (office.when && office.when !== row.combined) continue;
      const excused = excusedBy.filter((v) => v.iso3 === row.iso3 && v.office === office.need).map((v): [number, number] => [v.from, v.to]);
      for (const [a, b] of gaps([...held(kb, row.iso3, office), ...excused], from, to, MAX_GAP_DAYS)) missing.push(`${row.iso3} (${row.region}) ${office.need}: ${iso(a)}..${iso(b)}`);
    }
  }
  assert.ok(missing.length === 0, `${missing.length} uncovered periods:\n  ${missing.join("\n  ")}`);
});

test("every period listed as unsourced is still a gap in the data (the to-do list stays current)", () => {
  const kb = loadActorKB();
  const stale: string[] = [];
  for (const u of vacancies("coverage-unsourced.tsv").list) {
    const office = OFFICES.find((o) => o.need === u.office)!;
    if (!gaps(held(kb, u.iso3, office), u.from, u.to + 1, MAX_GAP_DAYS).length) stale.push(`${u.iso3} ${u.office} ${iso(u.from)}..${iso(u.to)}`);
  }
  assert.deepEqual(stale, [], "these rows of coverage-unsourced.tsv are now covered: remove them");
});

test("no id appears twice across the built-in data/actors/*.jsonl files", () => {
  const dir = actorsDataDir();
  const seen = new Map<string, string>();
  const dups: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    readFileSync(join(dir, file), "utf8").split("\n").forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith("//")) return;
      const id = (JSON.parse(line) as { id?: unknown }).id;
      if (typeof id !== "string") return;
      const here = `${file}:${i + 1}`;
      const before = seen.get(id);
      if (before) dups.push(`${id} at ${before} and ${here}`);
      else seen.set(id, here);
    });
  }
  assert.ok(dups.length === 0, `duplicate ids (a later record silently replaces an earlier one):\n  ${dups.join("\n  ")}`);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { exportEvents, GDELT_COLUMNS, CSV_COLUMNS, actorCode } from "../../src/store/export.js";
import { loadOntology, eventScale, cameoInfo } from "../../src/ontology.js";
import { callDocs } from "./fixtures.js";

async function exported(format: "plover" | "gdelt" | "csv"): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "el-export-"));
  const store = await openStore(join(dir, "kb.db"));
  for (const d of callDocs()) await store.addDocument(d);
  let out = "";
  await exportEvents(store, format, (s) => { out += s; });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return out;
}

test("ontology: Goldstein and quad class from the CAMEO code, else from the PLOVER type", () => {
  const ont = loadOntology();
  assert.equal(cameoInfo(ont, "0411")?.code, "041");
  const phone = eventScale(ont, "CONSULT", "041");
  assert.equal(phone.quad, 1);
  assert.equal(phone.goldstein, 1);
  const sanction = eventScale(ont, "SANCTION", null);
  assert.equal(sanction.ploverQuad, 4);
  assert.equal(sanction.quad, 4);
  assert.ok(sanction.goldstein! < -5);
  const protest = eventScale(ont, "PROTEST", "141");
  assert.equal(protest.quad, 3, "GDELT puts CAMEO 14 in verbal conflict");
  assert.equal(protest.ploverQuad, 4, "PLOVER puts PROTEST in material conflict");
  const other = eventScale(ont, "OTHER", null);
  assert.equal(other.goldstein, null);
  assert.equal(other.quad, null);
  assert.equal(ont.plover.size, 16);
});

test("PLOVER JSON lines: one merged event a line, with its reports", async () => {
  const lines = (await exported("plover")).trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  const consult = lines.find((l) => l.event_type === "CONSULT");
  assert.equal(consult.mode, "phone");
  assert.equal(consult.reports.length, 2);
  assert.equal(consult.source[0].code, "USAGOV");
  assert.equal(consult.target[0].code, "CHNGOV");
  assert.equal(consult.quad_class, 1);
  assert.deepEqual(lines.map((l) => l.day), [...lines.map((l) => l.day)].sort());
});

test("GDELT-style TSV: CAMEO, Goldstein, quad class and country+sector actor codes", async () => {
  const rows = (await exported("gdelt")).trim().split("\n").map((l) => l.split("\t"));
  assert.deepEqual(rows[0], GDELT_COLUMNS);
  const body = rows.slice(1).map((r) => Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, r[i]])));
  assert.equal(body.length, 3);
  for (const r of body) assert.equal(Object.keys(r).length, GDELT_COLUMNS.length);
  const call = body.find((r) => r.PloverType === "CONSULT")!;
  assert.equal(call.SQLDATE, "20250605");
  assert.equal(call.Actor1Code, "USAGOV");
  assert.equal(call.Actor2Code, "CHNGOV");
  assert.equal(call.EventCode, "041");
  assert.equal(call.EventRootCode, "04");
  assert.equal(call.QuadClass, "1");
  assert.equal(call.NumArticles, "2");
  const sanction = body.find((r) => r.PloverType === "SANCTION")!;
  assert.equal(sanction.Actor1Code, "USA");
  assert.equal(sanction.Actor2CountryCode, "IRN");
  assert.equal(sanction.QuadClass, "4");
  assert.equal(Number(sanction.GoldsteinScale) < 0, true);
  assert.equal(actorCode({ id: "x", name: "x", type: "ORG", country: null, sector: "IGO" }), "IGO");
});

test("CSV: header and one row per event, quoted where needed", async () => {
  const lines = (await exported("csv")).trim().split("\n");
  assert.equal(lines[0], CSV_COLUMNS.join(","));
  assert.equal(lines.length, 4);
  assert.ok(lines.some((l) => l.includes("consult.phone.spoke-with")));
});

test("ontology files are validated; errors name the file and line", async () => {
  const { mkdtempSync, writeFileSync, copyFileSync, rmSync } = await import("node:fs");
  const { dataDir } = await import("../../src/data-path.js");
  const dir = mkdtempSync(join(tmpdir(), "el-ont-"));
  copyFileSync(dataDir("ontology", "cameo.tsv"), join(dir, "cameo.tsv"));
  writeFileSync(join(dir, "plover.tsv"), "type\tquad\tcameo\tundirected\nAGREE\t1\t030\tno\nCONSULT\t5\t040\tyes\n");
  assert.throws(() => loadOntology(dir), /plover\.tsv:3: quad class '5' is not 1-4/);
  writeFileSync(join(dir, "plover.tsv"), "type\tquad\tcameo\tundirected\nAGREE\t1\t999\tno\n");
  assert.throws(() => loadOntology(dir), /plover\.tsv:2: CAMEO code '999' is not in cameo\.tsv/);
  writeFileSync(join(dir, "plover.tsv"), "type\tquad\tcameo\nAGREE\t1\t030\n");
  assert.throws(() => loadOntology(dir), /plover\.tsv:1: expected header/);
  writeFileSync(join(dir, "cameo.tsv"), "code\tgoldstein\tquad\tplover\tmode\tcontext\tname\n010\tlots\t1\t\t\t\tx\n");
  assert.throws(() => loadOntology(dir), /cameo\.tsv:2: Goldstein value 'lots'/);
  rmSync(dir, { recursive: true, force: true });
});

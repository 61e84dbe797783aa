// eventline claims / disputes over articles run through the whole pipeline (texts written for this test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./cli-helpers.js";

const ACCUSE = "MANILA, March 3 (Harbor Wire) - The Philippines said on Sunday that China had attacked a Philippine supply boat near Second Thomas Shoal.\n";
const DENY = "BEIJING, March 4 (Northern Post) - China on Monday denied that it had attacked a Philippine supply boat, saying the vessel had intruded into Chinese waters.\n";
const PLAN = "TOKYO, May 5 (Harbor Wire) - Japanese Prime Minister Shigeru Ishiba will meet Peruvian President Dina Boluarte in Lima later this week, the foreign ministry said.\n";
const HELD = "LIMA, May 10 (Northern Post) - Japanese Prime Minister Shigeru Ishiba met Peruvian President Dina Boluarte in Lima on Friday and the two leaders agreed to extend a fishing accord.\n";

test("claims and disputes commands over ingested articles: one dispute with both sides, a plan settled later", () => {
  const dir = mkdtempSync(join(tmpdir(), "el-claims-cli-"));
  const db = join(dir, "kb.db");
  const files: Array<[string, string, string]> = [["accuse.txt", ACCUSE, "2025-03-03"], ["deny.txt", DENY, "2025-03-04"], ["plan.txt", PLAN, "2025-05-05"]];
  for (const [name, text, day] of files) {
    writeFileSync(join(dir, name), text);
    const r = cli(["ingest", join(dir, name), "--db", db, "--published", day, "--quiet"]);
    assert.equal(r.status, 0, r.stderr);
  }
  const pending = cli(["claims", "--pending", "--db", db, "--format", "json"]);
  assert.equal(pending.status, 0, pending.stderr);
  assert.equal(JSON.parse(pending.stdout).total, 1);

  writeFileSync(join(dir, "held.txt"), HELD);
  assert.equal(cli(["ingest", join(dir, "held.txt"), "--db", db, "--published", "2025-05-10", "--quiet"]).status, 0);
  assert.equal(JSON.parse(cli(["claims", "--pending", "--db", db, "--format", "json"]).stdout).total, 0);

  const disputes = cli(["disputes", "--actor", "CHN", "--db", db, "--format", "json"]);
  assert.equal(disputes.status, 0, disputes.stderr);
  const d = JSON.parse(disputes.stdout);
  assert.equal(d.total, 1);
  assert.equal(d.items[0].proposition.type, "ASSAULT");
  assert.deepEqual(d.items[0].claimants, { asserts: ["Philippines"], denies: ["China"] });
  assert.equal(d.items[0].articles, 2);

  const table = cli(["disputes", "--actor", "CHN", "--db", db, "--format", "table"]);
  assert.match(table.stdout.split("\n")[0], /^latest\s+type\s+proposition\s+asserts\s+denies\s+articles$/);
  assert.match(table.stdout, /ASSAULT.*Philippines\s+China\s+2/);
  const csv = cli(["claims", "--stance", "denies", "--db", db, "--format", "csv"]).stdout.trim().split("\n");
  assert.equal(csv[0], "published,claimant,stance,status,type,proposition,links");
  assert.ok(csv.slice(1).every((l) => l.includes(",denies,")), csv.join("\n"));
  const bad = cli(["claims", "--stance", "maybe", "--db", db]);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--stance/);
  rmSync(dir, { recursive: true, force: true });
});

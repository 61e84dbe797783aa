#!/usr/bin/env node
// Runs every test file under test/ with node:test through tsx. Node 20 needs the files named
// explicitly. Extra arguments narrow the run: `npm test -- test/time` runs that folder only.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["test"];
const files = [];
const walk = (p) => {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
  else if (/\.test\.(ts|mts|js|mjs)$/.test(p)) files.push(p);
};
roots.forEach(walk);
if (!files.length) {
  console.error(`run-tests: no test files under ${roots.join(", ")}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);

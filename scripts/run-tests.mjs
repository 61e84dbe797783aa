#!/usr/bin/env node
// Runs every test file under test/ with node:test through tsx. Node 20 needs the files named
// explicitly. Extra arguments narrow the run: `npm test -- test/time` runs that folder only.
// A whole run first type-checks the sources and the tests (tsconfig.test.json; the build checks
// src only) and fails at the end if that failed.
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
let typeErrors = false;
if (!process.argv.slice(2).length) {
  const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.test.json"], { stdio: "inherit" });
  typeErrors = tsc.status !== 0;
  console.log(typeErrors ? "run-tests: type errors in src/ or test/ (tsc -p tsconfig.test.json)" : "run-tests: src/ and test/ type-check");
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(typeErrors ? 1 : (r.status ?? 1));

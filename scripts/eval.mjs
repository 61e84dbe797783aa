#!/usr/bin/env node
// Accuracy on every answer key and benchmark under ../shared, with the shared scorers.
// Usage: npm run eval [-- --only keys|gsr|extraction] [--json FILE]
// Skips cleanly when ../shared is absent (it exists only on our machines).
import { existsSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;

if (!existsSync(shared)) {
  console.log("eval: ../shared is not here; nothing to score (it exists only on the developers' machines).");
  process.exit(0);
}
const built = existsSync(join(root, "dist", "cli", "main.js"));
const cli = built ? `node ${join(root, "dist", "cli", "main.js")}` : `npx --no-install tsx ${join(root, "src", "cli", "main.ts")}`;
const results = {};

function run(title, script, extra = []) {
  if (!existsSync(script)) return null;
  console.log(`\n## ${title}`);
  const r = spawnSync(process.execPath, [script, ...extra], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stdout.write(r.stderr);
  return r;
}

if (!only || only === "keys") {
  const r = run("Answer keys (seed and dev): F1 per measure", join(shared, "tools", "score-all.mjs"), ["--cli", cli]);
  const j = spawnSync(process.execPath, [join(shared, "tools", "score-all.mjs"), "--cli", cli, "--json"], { cwd: root, encoding: "utf8" });
  if (r && j.status === 0) results.keys = JSON.parse(j.stdout);
  // The seed alone, every measure.
  const seedGold = join(shared, "gold", "000_517201ba1aa2df3a.gold.json");
  if (existsSync(seedGold)) {
    console.log("\n## Seed page, every measure");
    const out = spawnSync(cli.split(" ")[0], [...cli.split(" ").slice(1), "analyze", join(shared, "seeds", "000_517201ba1aa2df3a.txt"), "--published", "2025-06-06", "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const tmp = join(root, "scratch-eval-seed.json");
    writeFileSync(tmp, out.stdout);
    const s = spawnSync(process.execPath, [join(shared, "tools", "score.mjs"), seedGold, tmp], { encoding: "utf8" });
    process.stdout.write(s.stdout);
    const sj = spawnSync(process.execPath, [join(shared, "tools", "score.mjs"), seedGold, tmp, "--json"], { encoding: "utf8" });
    if (sj.status === 0) results.seed = JSON.parse(sj.stdout);
    spawnSync("rm", ["-f", tmp]);
  }
}
if (!only || only === "gsr") {
  run("PLOVER gold-standard sentences", join(shared, "tools", "score-plover-gsr.mjs"), ["--cli", cli]);
  const j = spawnSync(process.execPath, [join(shared, "tools", "score-plover-gsr.mjs"), "--cli", cli, "--json"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  if (j.status === 0) results.gsr = JSON.parse(j.stdout);
}
if (!only || only === "extraction") {
  run("Article extraction benchmarks", join(root, "scripts", "eval-extraction.mjs"));
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));

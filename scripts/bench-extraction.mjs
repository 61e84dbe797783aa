#!/usr/bin/env node
// Pages per second for HTML extraction alone (decoding and extractHtml, no analysis) on the
// benchmark pages under ../shared/bench. Pages are decompressed and decoded before timing starts.
// Usage: node scripts/bench-extraction.mjs [--rounds N]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const rounds = Number(args.includes("--rounds") ? args[args.indexOf("--rounds") + 1] : 1) || 1;
const shared = resolve(process.env.EVENTLINE_SHARED ?? join(root, "..", "shared"));
const dirs = ["article-extraction/html", "trafilatura-en/html"].map((d) => join(shared, "bench", d)).filter(existsSync);
if (!dirs.length) {
  console.log(`bench-extraction: no benchmark pages under ${join(shared, "bench")} (skipped).`);
  process.exit(0);
}
register();
const { extractHtml } = await import(pathToFileURL(join(root, "src/extract/index.ts")).href);
const { decodeHtmlBytes } = await import(pathToFileURL(join(root, "src/ingest/decode.ts")).href);

const pages = [];
for (const d of dirs) for (const f of readdirSync(d).sort()) if (f.endsWith(".gz")) pages.push(gunzipSync(readFileSync(join(d, f))));
const bytes = pages.reduce((n, p) => n + p.length, 0);
extractHtml(decodeHtmlBytes(pages[0]).text); // warm-up
const times = [];
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    const s = performance.now();
    extractHtml(decodeHtmlBytes(p).text);
    times.push(performance.now() - s);
  }
}
const secs = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const q = (x) => times[Math.min(times.length - 1, Math.floor(x * times.length))].toFixed(1);
console.log(`extraction: ${pages.length} pages x ${rounds} round(s), ${(bytes / 1e6).toFixed(1)} MB of HTML`);
console.log(`  ${(times.length / secs).toFixed(1)} pages/s  ${((bytes * rounds) / 1e6 / secs).toFixed(2)} MB/s  median ${q(0.5)} ms  p95 ${q(0.95)} ms  max ${q(1)} ms`);

#!/usr/bin/env node
// Scores HTML extraction on the public benchmarks under ../shared/bench (read at eval time only):
//   article-extraction: body F1 with the benchmark's own scorer;
//   trafilatura-en: snippet pass rate, snippet precision/recall, title/author/date accuracy.
// Usage: node scripts/eval-extraction.mjs [--bench DIR] [--keep PRED.json]
import { existsSync, readFileSync, writeFileSync, mkdtempSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const shared = resolve(opt("--shared") ?? process.env.EVENTLINE_SHARED ?? join(root, "..", "shared"));
const bench = join(shared, "bench");
const scorer = join(shared, "tools", "score-extraction.mjs");
if (!existsSync(bench)) {
  console.log(`eval-extraction: ${bench} is absent; nothing to score (skipped).`);
  process.exit(0);
}
register();
const { extractHtml } = await import(pathToFileURL(join(root, "src/extract/index.ts")).href);
const { decodeHtmlBytes } = await import(pathToFileURL(join(root, "src/ingest/decode.ts")).href);

const pct = (x) => (x * 100).toFixed(1) + "%";

function articleExtraction() {
  const dir = join(bench, "article-extraction");
  if (!existsSync(join(dir, "ground-truth.json"))) return console.log("article-extraction: absent (skipped)");
  const gt = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  const pred = {};
  const t0 = performance.now();
  for (const [id, g] of Object.entries(gt)) {
    const file = join(dir, "html", `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const html = decodeHtmlBytes(gunzipSync(readFileSync(file))).text;
    pred[id] = { articleBody: extractHtml(html, { url: g.url }).text };
  }
  const ms = performance.now() - t0;
  const out = opt("--keep") ?? join(mkdtempSync(join(tmpdir(), "eventline-eval-")), "pred.json");
  writeFileSync(out, JSON.stringify(pred));
  console.log(`article-extraction (${Object.keys(pred).length} pages, ${(ms / 1000).toFixed(1)} s):`);
  if (!existsSync(scorer)) return console.log(`  scorer ${scorer} absent; predictions in ${out}`);
  const r = spawnSync(process.execPath, [scorer, join(dir, "ground-truth.json"), out], { encoding: "utf8" });
  process.stdout.write("  " + (r.stdout || r.stderr).trim() + "\n");
}

const norm = (s) => String(s ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();
// Author lists compare as sets of names, whatever separator or order the gold uses.
const normName = (s) =>
  (Array.isArray(s) ? s : String(s ?? "").split(/\s*(?:;|,|\band\b|&)\s*/))
    .map((n) => norm(n).toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, "").trim())
    .filter(Boolean)
    .sort()
    .join("; ");

function trafilaturaEn() {
  const dir = join(bench, "trafilatura-en");
  if (!existsSync(join(dir, "evaldata_en.json"))) return console.log("trafilatura-en: absent (skipped)");
  const data = JSON.parse(readFileSync(join(dir, "evaldata_en.json"), "utf8"));
  let pages = 0, pass = 0, tp = 0, fn = 0, fp = 0, tn = 0;
  const fields = { title: [0, 0], author: [0, 0], date: [0, 0] };
  const misses = { title: [], author: [], date: [] };
  for (const [url, item] of Object.entries(data)) {
    const file = join(dir, "html", item.file.endsWith(".gz") ? item.file : item.file + ".gz");
    if (!existsSync(file)) continue;
    pages++;
    const html = decodeHtmlBytes(gunzipSync(readFileSync(file))).text;
    const ex = extractHtml(html, { url });
    const body = norm(ex.text);
    let ok = true;
    for (const w of item.with ?? []) if (body.includes(norm(w))) tp++; else { fn++; ok = false; }
    for (const w of item.without ?? []) if (body.includes(norm(w))) { fp++; ok = false; } else tn++;
    if (ok) pass++;
    const got = { title: ex.title, author: ex.byline, date: ex.published };
    for (const f of ["title", "author", "date"]) {
      if (!item[f]) continue;
      fields[f][1]++;
      const same = f === "author" ? normName(got[f]) === normName(item[f]) : norm(got[f]).toLowerCase() === norm(item[f]).toLowerCase();
      if (same) fields[f][0]++;
      else misses[f].push(`${item.file}: want ${JSON.stringify(item[f])} got ${JSON.stringify(got[f])}`);
    }
  }
  console.log(`trafilatura-en (${pages} pages):`);
  console.log(`  pages passing ${pass}/${pages} (${pct(pass / pages)})  snippet precision ${pct(tp / (tp + fp))}  recall ${pct(tp / (tp + fn))}`);
  for (const [f, [ok, n]] of Object.entries(fields)) console.log(`  ${f} accuracy ${ok}/${n} (${pct(ok / n)})`);
  if (args.includes("--verbose")) for (const [f, list] of Object.entries(misses)) for (const m of list) console.log(`  miss ${f}: ${m}`);
}

articleExtraction();
trafilaturaEn();

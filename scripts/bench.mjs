#!/usr/bin/env node
// Speed and memory of the whole pipeline on one core, against wink-nlp alone and compromise.
// Usage: npm run bench [-- --articles 2000] [--warmup 300] [--no-queue] [--json FILE]. Needs `npm run build` (npm ci does it).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "../bench/corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist", "index.js");
if (!existsSync(dist)) {
  console.error("bench: build first (npm run build)");
  process.exit(1);
}
const args = process.argv.slice(2);
const N = Number(args.includes("--articles") ? args[args.indexOf("--articles") + 1] : 2000);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
const out = {};
const fmt = (x, d = 1) => x.toLocaleString("en-US", { maximumFractionDigits: d });
// CPU time of this process in ms: steadier than the wall clock on a machine shared with other work.
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Start-up: a fresh process loading the library, the actors and the lexicons.
const start = spawnSync(process.execPath, ["-e", `const t=performance.now();const m=await import(${JSON.stringify(dist)});m.loadResources();m.analyzeText("Warm up.");console.log(performance.now()-t)`, "--input-type=module"], { encoding: "utf8" });
out.startupMs = Number(start.stdout.trim());
console.log(`start-up (load library, actors, lexicons, model; first analysis): ${fmt(out.startupMs, 0)} ms`);

const { analyzeText, loadResources, analyzePage } = await import(dist);
const resources = loadResources();
// The first WARM documents (not among the measured ones) run first: V8 compiles the pipeline's
// hot functions during the first few hundred documents, seconds of CPU that a long run pays once.
// That cold pass is reported on its own; the ratios compare steady states, wink and compromise
// warmed up the same way.
const WARM = Number(args.includes("--warmup") ? args[args.indexOf("--warmup") + 1] : 300);
const all = [...corpus(N + WARM)];
const warm = all.slice(0, WARM);
const texts = all.slice(WARM);
const bytesOf = (ts) => ts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const bytes = bytesOf(texts);

if (WARM > 0) {
  const w0 = performance.now();
  const wc = cpuMs();
  let n = 0;
  for (const text of warm) for (const _ of analyzePage({ text, source: "bench", contentType: "text/plain" }, { published: "2025-06-06", resources })) n++;
  const sec = (performance.now() - w0) / 1000;
  const warmMb = bytesOf(warm) / 1e6;
  out.cold = { documents: WARM, articles: n, mb: warmMb, seconds: sec, cpuSeconds: (cpuMs() - wc) / 1000, articlesPerSec: n / sec, mbPerSec: warmMb / sec };
  console.log(`cold pass (first ${WARM} documents of a fresh process, V8 still compiling): ${fmt(n / sec)} articles/s, ${fmt(out.cold.mbPerSec, 3)} MB/s (CPU time: ${fmt(out.cold.mb / out.cold.cpuSeconds, 3)} MB/s)`);
}

// Whole pipeline.
const stages = {};
let articles = 0;
let peak = process.memoryUsage().rss;
let t0 = performance.now();
let c0 = cpuMs();
for (const text of texts) {
  for (const a of analyzePage({ text, source: "bench", contentType: "text/plain" }, { published: "2025-06-06", resources })) {
    articles++;
    for (const [k, v] of Object.entries(a.timings)) stages[k] = (stages[k] ?? 0) + v;
  }
  peak = Math.max(peak, process.memoryUsage().rss);
}
const pipeSec = (performance.now() - t0) / 1000;
const pipeCpu = (cpuMs() - c0) / 1000;
const mb = bytes / 1e6;
out.pipeline = { documents: N, articles, mb, seconds: pipeSec, cpuSeconds: pipeCpu, articlesPerSec: articles / pipeSec, mbPerSec: mb / pipeSec, cpuMbPerSec: mb / pipeCpu, peakRssMb: peak / 1e6 };
console.log(`\ncorpus: ${N} generated documents, ${fmt(bytes / 1e6, 2)} MB (steady state, after ${WARM} other documents)`);
console.log(`pipeline: ${fmt(articles / pipeSec)} articles/s, ${fmt(mb / pipeSec, 3)} MB/s (CPU time: ${fmt(mb / pipeCpu, 3)} MB/s), peak RSS ${fmt(peak / 1e6, 0)} MB`);
const total = Object.values(stages).reduce((s, v) => s + v, 0);
out.stages = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, { ms: v, share: v / total, msPerMb: v / mb }]));
console.log("time per stage: " + Object.entries(stages).map(([k, v]) => `${k} ${fmt((100 * v) / total)}%`).join(" · "));
console.log("ms per MB:      " + Object.entries(stages).map(([k, v]) => `${k} ${fmt(v / mb, 0)}`).join(" · ") + ` · total ${fmt(total / mb, 0)}`);

// wink-nlp alone: tokenize and tag, line by line as the pipeline does.
const winkNLP = (await import("wink-nlp")).default;
const model = (await import("wink-eng-lite-web-model")).default;
const nlp = winkNLP(model, ["sbd", "pos"]);
for (const text of warm) for (const line of text.split("\n")) if (line.trim()) nlp.readDoc(line).tokens().out(nlp.its.pos);
let tokens = 0;
t0 = performance.now();
c0 = cpuMs();
for (const text of texts) for (const line of text.split("\n")) if (line.trim()) tokens += nlp.readDoc(line).tokens().out(nlp.its.pos).length;
const winkSec = (performance.now() - t0) / 1000;
const winkCpu = (cpuMs() - c0) / 1000;
out.wink = { seconds: winkSec, cpuSeconds: winkCpu, tokensPerSec: tokens / winkSec, mbPerSec: mb / winkSec, cpuMbPerSec: mb / winkCpu, msPerMb: (1000 * winkSec) / mb };
console.log(`wink-nlp tokenize+tag alone: ${fmt(tokens / winkSec, 0)} tokens/s, ${fmt(mb / winkSec, 3)} MB/s (CPU time: ${fmt(mb / winkCpu, 3)} MB/s), ${fmt((1000 * winkSec) / mb, 0)} ms per MB`);

// compromise: people, places, organizations on a slice (it is much slower), scaled per MB.
const nlpC = (await import("compromise")).default;
const slice = texts.slice(0, Math.max(50, Math.floor(N / 10)));
const sliceBytes = bytesOf(slice);
for (const text of warm.slice(0, 30)) nlpC(text).people().out("array");
t0 = performance.now();
c0 = cpuMs();
for (const text of slice) {
  const d = nlpC(text);
  d.people().out("array");
  d.places().out("array");
  d.organizations().out("array");
}
const compSec = (performance.now() - t0) / 1000;
const compCpu = (cpuMs() - c0) / 1000;
out.compromise = { mbPerSec: sliceBytes / 1e6 / compSec, cpuMbPerSec: sliceBytes / 1e6 / compCpu, documents: slice.length };
console.log(`compromise people/places/organizations (${slice.length} documents): ${fmt(sliceBytes / 1e6 / compSec, 3)} MB/s (CPU time: ${fmt(sliceBytes / 1e6 / compCpu, 3)} MB/s)`);
out.ratios = { vsWink: out.pipeline.mbPerSec / out.wink.mbPerSec, vsCompromise: out.pipeline.mbPerSec / out.compromise.mbPerSec };
out.cpuRatios = { vsWink: out.pipeline.cpuMbPerSec / out.wink.cpuMbPerSec, vsCompromise: out.pipeline.cpuMbPerSec / out.compromise.cpuMbPerSec };
console.log(`\nratio: pipeline / wink = ${fmt(out.ratios.vsWink, 2)}×   pipeline / compromise = ${fmt(out.ratios.vsCompromise, 1)}×`);
console.log(`ratio by CPU time: pipeline / wink = ${fmt(out.cpuRatios.vsWink, 2)}×   pipeline / compromise = ${fmt(out.cpuRatios.vsCompromise, 1)}×`);
// The nlp stage runs wink itself, so wink alone bounds the pipeline: this is the best ratio
// reachable if every stage after the tokenizer took no time at all.
const nlpMs = stages.nlp ?? 0;
if (nlpMs > 0) console.log(`nlp stage ${fmt(nlpMs / mb, 0)} ms/MB = ${fmt(nlpMs / mb / out.wink.msPerMb, 2)}× wink alone; the other stages ${fmt((total - nlpMs) / mb, 0)} ms/MB = ${fmt((total - nlpMs) / mb / out.wink.msPerMb, 2)}× wink`);

// Linearity: one document at 1×, 4× and 16× size.
const unit = texts.slice(0, 20).join("\n");
out.scaling = [];
for (const k of [1, 4, 16]) {
  const big = Array.from({ length: k }, () => unit).join("\n");
  const t = performance.now();
  analyzeText(big, { published: "2025-06-06", resources });
  const ms = performance.now() - t;
  out.scaling.push({ factor: k, kb: Buffer.byteLength(big) / 1e3, ms });
}
const base = out.scaling[0].ms;
console.log("scaling (one document): " + out.scaling.map((s) => `${s.factor}× ${fmt(s.kb, 0)} kB ${fmt(s.ms, 0)} ms (${fmt(s.ms / base / s.factor, 2)} per unit)`).join(" · "));

// Shared benchmark pages, when ../shared is here.
const dev = join(root, "..", "shared", "dev", "news");
if (existsSync(dev)) {
  const files = readdirSync(dev).filter((f) => f.endsWith(".txt"));
  const devTexts = files.map((f) => readFileSync(join(dev, f), "utf8"));
  const devBytes = devTexts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const t = performance.now();
  for (let r = 0; r < 5; r++) for (const text of devTexts) analyzeText(text, { published: "2025-06-06", resources });
  const sec = (performance.now() - t) / 1000;
  out.devPages = { pages: files.length * 5, pagesPerSec: (files.length * 5) / sec, mbPerSec: (devBytes * 5) / 1e6 / sec };
  console.log(`shared dev pages: ${fmt(out.devPages.pagesPerSec)} pages/s, ${fmt(out.devPages.mbPerSec, 3)} MB/s`);
}
const extraction = join(root, "scripts", "bench-extraction.mjs");
if (existsSync(extraction)) spawnSync(process.execPath, [extraction], { stdio: "inherit" });
// Queue throughput with one and two worker processes (PostgreSQL and Redis): run where the
// test services are configured or can be started from installed binaries.
const queueBench = join(root, "scripts", "bench-queue.mjs");
const haveServers = spawnSync("bash", ["-c", "ls /usr/lib/postgresql/*/bin/initdb && command -v redis-server"], { stdio: "ignore" }).status === 0;
if (args.includes("--no-queue")) console.log("queue: skipped (--no-queue)");
else if (process.env.EVENTLINE_TEST_PG && process.env.EVENTLINE_TEST_REDIS) spawnSync(process.execPath, [queueBench], { stdio: "inherit" });
else if (haveServers) spawnSync("bash", ["-c", `. scripts/ci-services.sh >/dev/null && node ${JSON.stringify(queueBench)}`], { cwd: root, stdio: "inherit" });
else console.log("queue: skipped (no PostgreSQL/Redis: set EVENTLINE_TEST_PG and EVENTLINE_TEST_REDIS, or install postgresql and redis-server)");
out.peakRssMb = process.resourceUsage().maxRSS / 1e3;
console.log(`peak memory (max RSS of the run): ${fmt(out.peakRssMb, 0)} MB`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 2));

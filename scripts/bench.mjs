#!/usr/bin/env node
// Speed and memory of the whole pipeline on one core, against wink-nlp alone and compromise.
// Usage: npm run bench [-- --articles 2000] [--warmup 300] [--no-queue] [--no-longrun] [--json FILE]. Needs `npm run build` (npm ci does it).
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

const { analyzeText, loadResources, analyzePage, analyzePages, tuneHeap, Batch } = await import(dist);
// The heap setting the CLI and the queue workers run with (src/heap.ts); wink-nlp and compromise
// share the process and the setting. BENCH_DEFAULT_HEAP=1 measures with V8's default instead.
if (!process.env.BENCH_DEFAULT_HEAP) tuneHeap();
console.log(`heap: ${process.env.BENCH_DEFAULT_HEAP ? "V8 default" : "collected at 1.5x the live heap, as the CLI and workers run (src/heap.ts)"}`);
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
// The pipeline reads documents in batches, as the CLI and the store do (src/batch.ts): each
// stage runs over the whole batch before the next one starts.
const page = (text) => ({ text, source: "bench", contentType: "text/plain" });
const batchesOf = (ts) => {
  const out = [];
  const b = new Batch();
  for (const t of ts) if (b.add(page(t), t.length)) out.push(b.take());
  if (b.size) out.push(b.take());
  return out;
};
const analyzeBatch = (pages) => analyzePages(pages, { published: "2025-06-06", resources }).flatMap((r) => {
  if (r instanceof Error) throw r;
  return r;
});

if (WARM > 0) {
  const w0 = performance.now();
  const wc = cpuMs();
  let n = 0;
  for (const pages of batchesOf(warm)) n += analyzeBatch(pages).length;
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
for (const pages of batchesOf(texts)) {
  for (const a of analyzeBatch(pages)) {
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

// The peers, on the same documents. wink-nlp alone: tokenize and tag, line by line (wink does not
// split on line breaks; the pipeline reads each line as if alone too). compromise: people, places and organizations, on every COMP_EVERY-th document
// (it is much slower), scaled per MB.
const winkNLP = (await import("wink-nlp")).default;
const model = (await import("wink-eng-lite-web-model")).default;
const nlp = winkNLP(model, ["sbd", "pos"]);
const nlpC = (await import("compromise")).default;
const winkDoc = (text) => {
  let n = 0;
  for (const line of text.split("\n")) if (line.trim()) n += nlp.readDoc(line).tokens().out(nlp.its.pos).length;
  return n;
};
const compromiseDoc = (text) => {
  const d = nlpC(text);
  d.people().out("array");
  d.places().out("array");
  d.organizations().out("array");
};
const pipelineBatch = (pages) => analyzeBatch(pages).length;
const pipelineSingle = (text) => analyzePage(page(text), { published: "2025-06-06", resources }).length;
for (const text of warm) winkDoc(text);
for (const text of warm.slice(0, 30)) compromiseDoc(text);

// The ratios come from ROUNDS rounds in which the contenders take turns on the same slice of the
// corpus, so that a shared machine's drift in speed (often +-30% over a minute here) falls on
// all alike instead of on whichever ran during a slow spell. The pipeline runs twice: in batches
// (how the CLI and the store run it; the ratios) and one page at a time (analyzePage, as an
// embedding program calling it per page would).
const ROUNDS = 10;
const COMP_EVERY = 10;
const timed = (fn, items) => {
  const t = performance.now();
  const c = cpuMs();
  let r = 0;
  for (const x of items) r += fn(x) ?? 0;
  return { sec: (performance.now() - t) / 1000, cpu: (cpuMs() - c) / 1000, r };
};
const sum = { pipe: { sec: 0, cpu: 0 }, single: { sec: 0, cpu: 0 }, wink: { sec: 0, cpu: 0 }, comp: { sec: 0, cpu: 0 } };
let tokens = 0;
let compBytes = 0;
let compDocs = 0;
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const chunk = texts.filter((_, i) => i % ROUNDS === r);
  const compChunk = chunk.filter((_, i) => i % COMP_EVERY === 0);
  const chunkMb = bytesOf(chunk) / 1e6;
  const compMb = bytesOf(compChunk) / 1e6;
  // Alternate the order so that neither side always runs first.
  const order = r % 2 === 0 ? ["pipe", "wink", "single", "comp"] : ["comp", "single", "wink", "pipe"];
  const batches = batchesOf(chunk);
  const res = {};
  const run = { pipe: () => timed(pipelineBatch, batches), single: () => timed(pipelineSingle, chunk), wink: () => timed(winkDoc, chunk), comp: () => timed(compromiseDoc, compChunk) };
  for (const k of order) res[k] = run[k]();
  for (const k of order) {
    sum[k].sec += res[k].sec;
    sum[k].cpu += res[k].cpu;
  }
  tokens += res.wink.r;
  compBytes += compMb * 1e6;
  compDocs += compChunk.length;
  rounds.push({ vsWink: res.wink.cpu / res.pipe.cpu, vsCompromise: chunkMb / res.pipe.cpu / (compMb / res.comp.cpu) });
}
out.wink = { seconds: sum.wink.sec, cpuSeconds: sum.wink.cpu, tokensPerSec: tokens / sum.wink.sec, mbPerSec: mb / sum.wink.sec, cpuMbPerSec: mb / sum.wink.cpu, msPerMb: (1000 * sum.wink.sec) / mb };
console.log(`wink-nlp tokenize+tag alone: ${fmt(tokens / sum.wink.sec, 0)} tokens/s, ${fmt(mb / sum.wink.sec, 3)} MB/s (CPU time: ${fmt(mb / sum.wink.cpu, 3)} MB/s), ${fmt((1000 * sum.wink.sec) / mb, 0)} ms per MB`);
const compMbTotal = compBytes / 1e6;
out.compromise = { mbPerSec: compMbTotal / sum.comp.sec, cpuMbPerSec: compMbTotal / sum.comp.cpu, documents: compDocs };
console.log(`compromise people/places/organizations (${compDocs} documents, every ${COMP_EVERY}th, ${fmt(compMbTotal, 2)} MB): ${fmt(out.compromise.mbPerSec, 3)} MB/s (CPU time: ${fmt(out.compromise.cpuMbPerSec, 3)} MB/s)`);
const pipeRounds = { mbPerSec: mb / sum.pipe.sec, cpuMbPerSec: mb / sum.pipe.cpu };
out.single = { mbPerSec: mb / sum.single.sec, cpuMbPerSec: mb / sum.single.cpu, batchGain: sum.single.cpu / sum.pipe.cpu };
out.ratios = { vsWink: pipeRounds.mbPerSec / out.wink.mbPerSec, vsCompromise: pipeRounds.mbPerSec / out.compromise.mbPerSec };
out.cpuRatios = { vsWink: pipeRounds.cpuMbPerSec / out.wink.cpuMbPerSec, vsCompromise: pipeRounds.cpuMbPerSec / out.compromise.cpuMbPerSec };
const spread = (key) => {
  const xs = rounds.map((r) => r[key]).sort((x, y) => x - y);
  return { min: xs[0], median: xs[Math.floor(xs.length / 2)], max: xs[xs.length - 1] };
};
out.roundRatios = { vsWink: spread("vsWink"), vsCompromise: spread("vsCompromise") };
console.log(`\nratios over ${ROUNDS} interleaved rounds (pipeline ${fmt(pipeRounds.mbPerSec, 3)} MB/s there):`);
console.log(`  wall time: pipeline / wink = ${fmt(out.ratios.vsWink, 2)}×   pipeline / compromise = ${fmt(out.ratios.vsCompromise, 1)}×`);
console.log(`  CPU time:  pipeline / wink = ${fmt(out.cpuRatios.vsWink, 2)}×   pipeline / compromise = ${fmt(out.cpuRatios.vsCompromise, 1)}×`);
console.log(`  one page at a time (analyzePage): ${fmt(out.single.mbPerSec, 3)} MB/s = ${fmt(out.single.mbPerSec / out.wink.mbPerSec, 2)}× wink, ${fmt(out.single.mbPerSec / out.compromise.mbPerSec, 1)}× compromise (batches take ${fmt(1 / out.single.batchGain, 2)}× its CPU time)`);
const rr = out.roundRatios;
console.log(`  per round (CPU): vs wink ${fmt(rr.vsWink.min, 2)}–${fmt(rr.vsWink.max, 2)} (median ${fmt(rr.vsWink.median, 2)}), vs compromise ${fmt(rr.vsCompromise.min, 1)}–${fmt(rr.vsCompromise.max, 1)} (median ${fmt(rr.vsCompromise.median, 1)})`);
// The nlp stage reads wink's model with its own reader (src/nlp/reader: wink's tokens, sentences and
// tags, exactly, without wink-nlp's code): its share against wink alone, and the other stages'.
const nlpMs = stages.nlp ?? 0;
if (nlpMs > 0) console.log(`nlp stage ${fmt(nlpMs / mb, 0)} ms/MB = ${fmt(nlpMs / mb / out.wink.msPerMb, 2)}× wink alone; the other stages ${fmt((total - nlpMs) / mb, 0)} ms/MB = ${fmt((total - nlpMs) / mb / out.wink.msPerMb, 2)}× wink (stage times from the first pass, wink from the rounds)`);

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

// Memory over a long run with fresh vocabulary, in a process of its own.
if (args.includes("--no-longrun")) console.log("long run: skipped (--no-longrun)");
else {
  const lr = spawnSync(process.execPath, [join(root, "scripts", "bench-longrun.mjs")], { encoding: "utf8", env: { ...process.env, BENCH_JSON: "1" } });
  const [text, json] = lr.stdout.split("\n\n");
  process.stdout.write(text.trimEnd() + "\n");
  if (json) out.longRun = JSON.parse(json);
  if (lr.status !== 0) console.log(`long run failed: ${lr.stderr.trim().split("\n").slice(-3).join(" ")}`);
}

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

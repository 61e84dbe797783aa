#!/usr/bin/env node
// Memory over a long run, in a process of its own: the benchmark corpus repeats a small
// vocabulary, real news does not (names, numbers, places never seen before), and wink-nlp keeps
// every word it has not seen. Each document here carries a line of made-up names and figures no
// other document has. Prints the RSS every REPORT documents: flat means bounded.
// Usage: node scripts/bench-longrun.mjs [DOCUMENTS] (default 6000). Needs `npm run build`.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "../bench/corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { analyzePages, loadResources, tuneHeap, Batch } = await import(join(root, "dist", "index.js"));
// As the CLI and the queue workers run (src/heap.ts); BENCH_DEFAULT_HEAP=1 keeps V8's default.
if (!process.env.BENCH_DEFAULT_HEAP) tuneHeap();
const { lexiconStats } = await import(join(root, "dist", "nlp", "lexicon.js"));
const N = Number(process.argv[2] ?? 6000);
const REPORT = Math.max(1, Math.floor(N / 6));
const resources = loadResources();
const SYLLABLES = ["ka", "ro", "vel", "mi", "tan", "su", "dor", "ex", "li", "qua", "zen", "bo", "rin", "the", "al"];
let serial = 0;
/** A made-up name that no earlier document used. */
function freshName() {
  let n = serial++;
  let s = "";
  do {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return s[0].toUpperCase() + s.slice(1) + "ski";
}
function freshLine(i) {
  const names = Array.from({ length: 30 }, () => `${freshName()} ${freshName()}`);
  const figures = Array.from({ length: 10 }, (_, k) => `${(i * 10 + k) * 37}.${k}`);
  return `Also at the meeting were ${names.join(", ")}. Figures cited: ${figures.join(", ")}.`;
}
const rows = [];
const t0 = performance.now();
let i = 0;
// In batches, as the CLI and the store read documents (src/batch.ts).
const batch = new Batch();
const analyze = () => {
  for (const r of analyzePages(batch.take(), { published: "2025-06-06", resources })) if (r instanceof Error) throw r;
};
for (const base of corpus(N, 11)) {
  const text = `${base}\n${freshLine(i)}`;
  if (batch.add({ text, source: "longrun", contentType: "text/plain" }, text.length)) analyze();
  if (++i % REPORT === 0) {
    rows.push({ documents: i, rssMb: process.memoryUsage().rss / 1e6, heapMb: process.memoryUsage().heapUsed / 1e6, newWords: serial + i * 10, lexiconsReplaced: lexiconStats().replaced });
  }
}
analyze();
const sec = (performance.now() - t0) / 1000;
const fmt = (x) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
console.log(`long run (${N} documents, each with 60 unseen names and 10 unseen figures; ${fmt(N / sec)} docs/s):`);
console.log("  " + rows.map((r) => `${fmt(r.documents)} docs: RSS ${fmt(r.rssMb)} MB (heap ${fmt(r.heapMb)})`).join(" · "));
console.log(`  unseen words read: ${fmt(rows.at(-1)?.newWords ?? 0)}; lexicons replaced: ${rows.at(-1)?.lexiconsReplaced ?? 0}; max RSS ${fmt(process.resourceUsage().maxRSS / 1e3)} MB`);
if (process.env.BENCH_JSON) process.stdout.write(`\n${JSON.stringify({ longRun: rows, maxRssMb: process.resourceUsage().maxRSS / 1e3 })}\n`);

#!/usr/bin/env node
// Compares two builds stage by stage on the benchmark corpus, in CPU time, with the documents
// interleaved (A then B, B then A, ...) so that the load of a shared machine falls on both alike.
// Usage: node bench/ab.mjs DIST_A DIST_B [--articles 300] [--rounds 2]. A DIST is a dist/ folder
// (npm run build) of a checkout, e.g. one made with `git worktree add` or `git archive`.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { corpus } from "./corpus.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const [A, B] = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")).map((d) => resolve(d));
if (!A || !B || !existsSync(join(A, "index.js")) || !existsSync(join(B, "index.js"))) {
  console.error("usage: node bench/ab.mjs DIST_A DIST_B [--articles N] [--rounds R] (each DIST holds a built index.js)");
  process.exit(1);
}
const N = opt("--articles", 300);
const R = opt("--rounds", 2);
async function load(D) {
  const imp = (p) => import(join(D, p));
  const m = {
    segmentPage: (await imp("segment/index.js")).segmentPage, tokenize: (await imp("nlp/tokenize.js")).tokenize,
    recognizeActors: (await imp("actors/index.js")).recognizeActors, findTimexes: (await imp("time/index.js")).findTimexes,
    findSpeech: (await imp("quotes/index.js")).findSpeech, buildClaims: (await imp("claims/index.js")).buildClaims,
    codeEvents: (await imp("events/index.js")).codeEvents, res: (await imp("resources.js")).loadResources(),
  };
  m.acc = {};
  return m;
}
const builds = [await load(A), await load(B)];
const texts = [...corpus(N)];
const mb = (R * texts.reduce((s, t) => s + Buffer.byteLength(t), 0)) / 1e6;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const published = "2025-06-06";
// The stages called as src/pipeline.ts calls them, each timed on its own.
function one(m, text, measure) {
  let t = cpu();
  const lap = (k) => { const n = cpu(); if (measure) m.acc[k] = (m.acc[k] ?? 0) + n - t; t = n; };
  const segs = m.segmentPage({ text, source: "b", contentType: "text/plain" });
  lap("segment");
  for (const seg of segs) {
    const doc = m.tokenize(seg.text); lap("nlp");
    const actors = m.recognizeActors(doc, { published, kb: m.res.kb }); lap("actors");
    const timexes = m.findTimexes(doc, { published }); lap("time");
    const sp = m.findSpeech(doc, actors); lap("quotes");
    const events = m.codeEvents(doc, actors, timexes, sp.quotes, { published, lexicon: m.res.lexicon }); lap("events");
    m.buildClaims({ doc, actors, quotes: sp.quotes, reported: sp.reported, events, outlet: null }); lap("claims");
  }
}
for (const text of texts) for (const m of builds) one(m, text, false);
let k = 0;
for (let r = 0; r < R; r++) for (const text of texts) { const order = k++ % 2 ? [1, 0] : [0, 1]; for (const i of order) one(builds[i], text, true); }
for (const [name, m] of [["A", builds[0]], ["B", builds[1]]]) {
  const tot = Object.values(m.acc).reduce((a, b) => a + b, 0);
  console.log(`${name}: ` + Object.entries(m.acc).map(([k, v]) => `${k} ${(v / mb).toFixed(0)}`).join(" · ") + ` · total ${(tot / mb).toFixed(0)} ms/MB`);
}
const a = builds[0].acc, b = builds[1].acc;
console.log("B/A: " + Object.keys(a).map((k) => `${k} ${(b[k] / a[k]).toFixed(2)}`).join(" · ") + ` · total ${(Object.values(b).reduce((x, y) => x + y, 0) / Object.values(a).reduce((x, y) => x + y, 0)).toFixed(2)}`);

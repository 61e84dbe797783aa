// Knowledge-base commands: ingest (once or --watch), events, actors, quotes, claims, disputes, search, export, serve.
import type { Command } from "commander";
import { createWriteStream } from "node:fs";
import type { Store } from "../../store/index.js";
import type { IngestItemResult, IngestSummary } from "../../store/ingest.js";
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from "../../store/export.js";
import { loadResources } from "../../resources.js";
import { fail, parseDateOption, writeOut } from "../util.js";
import { outFormat, render, type Column, type OutFormat } from "../store/table.js";
import type { ActorSummary, Dispute, PageOf, StoredClaim, StoredEvent, StoredQuote, SearchResult } from "../../store/types.js";

export function registerStoreCommands(program: Command): void {
  registerIngest(program);
  registerQueries(program);
  program.command("export")
    .description("export the stored events as PLOVER JSON lines, a GDELT-style TSV or CSV")
    .option("--db <file>", "database file (default ./eventline.db or $EVENTLINE_DB)")
    .option("-f, --format <format>", "plover, gdelt or csv", "plover")
    .option("-o, --out <file>", "write to this file instead of standard output")
    .action(async (flags: { db?: string; format: string; out?: string }) => {
      if (!EXPORT_FORMATS.includes(flags.format as ExportFormat)) fail(`unknown --format '${flags.format}' (${EXPORT_FORMATS.join(", ")})`);
      const store = await open(flags.db);
      const out = flags.out ? createWriteStream(flags.out) : null;
      const write = out ? (s: string) => new Promise<void>((res, rej) => out.write(s, (e) => (e ? rej(e) : res()))) : writeOut;
      const n = await exportEvents(store, flags.format as ExportFormat, write);
      if (out) await new Promise<void>((res) => out.end(res));
      await store.close();
      if (flags.out) process.stderr.write(`eventline: exported ${n} events to ${flags.out}\n`);
    });
  program.command("serve")
    .description("serve the HTTP API and the web UI over the knowledge base")
    .option("--db <file>", "database file (default ./eventline.db or $EVENTLINE_DB)")
    .option("--port <port>", "port", "8787")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .action(async (flags: { db?: string; port: string; host: string }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port wants a number 0-65535, not '${flags.port}'`);
      const store = await open(flags.db, true);
      const { startServer } = await import("../../api/serve.js");
      const srv = await startServer(store, { port, host: flags.host });
      process.stderr.write(`eventline: serving ${store.location} at ${srv.url}\n`);
      const stop = async () => { await srv.close(); await store.close(); process.exit(0); };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

/** Opens the store; only ingest and serve create a new database. */
async function open(db?: string, create = false): Promise<Store> {
  // The database drivers load only for the commands that use the store (CLI start-up).
  const { openStore, dbLocation, NoStore } = await import("../../store/index.js");
  try {
    return await openStore(dbLocation(db), { mustExist: !create });
  } catch (e) {
    if (e instanceof NoStore) fail(e.message);
    fail(`cannot open database ${dbLocation(db)}: ${(e as Error).message}`);
  }
}

function report(r: IngestItemResult): void {
  if (r.kind === "error") process.stderr.write(`eventline: ${r.source}: ${r.message}\n`);
  else if (r.kind === "stored") process.stderr.write(`stored ${r.source} (${r.articles} articles, ${r.events} events${r.merged ? `, ${r.merged} merged` : ""})\n`);
  else if (r.kind === "known") process.stderr.write(`known  ${r.source}\n`);
  else process.stderr.write(`skip   ${r.source}: ${r.reason}\n`);
}

const summaryLine = (s: IngestSummary) => `${s.stored} stored, ${s.known} already known, ${s.errors} failed${s.skipped ? `, ${s.skipped} skipped` : ""}, ${s.articles} articles, ${s.events} event reports (${s.merged} merged into earlier events)`;

function registerIngest(program: Command): void {
  program.command("ingest")
    .description("analyze inputs and store them in the knowledge base (a document already stored is skipped)")
    .argument("<inputs...>", "files or folders; with --watch one folder or feed URL")
    .option("--db <file>", "database file (default ./eventline.db or $EVENTLINE_DB)")
    .option("-p, --published <date>", "YYYY-MM-DD: the date relative times resolve against")
    .option("--watch", "keep watching the folder or feed and ingest what is new")
    .option("--every <interval>", "time between watch passes: 30s, 15m, 1h", "15m")
    .option("--passes <n>", "stop after this many watch passes")
    .option("-q, --quiet", "print only the summary and errors")
    .action(async (inputs: string[], flags: { db?: string; published?: string; watch?: boolean; every: string; passes?: string; quiet?: boolean }) => {
      const published = parseDateOption(flags.published);
      let resources;
      try { resources = loadResources(); } catch (e) { fail((e as Error).message); }
      const store = await open(flags.db, true);
      const onItem = (r: IngestItemResult) => { if (!flags.quiet || r.kind === "error") report(r); };
      const ctl = new AbortController();
      // First signal: finish the documents already read (at most one batch) and stop. A second one quits at once; the
      // open transaction is rolled back by SQLite, so the database stays consistent either way.
      const onSignal = () => {
        if (ctl.signal.aborted) process.exit(130);
        process.stderr.write("eventline: stopping after the documents already read (again to quit now)\n");
        ctl.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      let sum: IngestSummary;
      if (flags.watch) {
        const { isUrl, parseInterval, watch } = await import("../../store/watch.js");
        if (inputs.length !== 1) fail("--watch takes one folder or feed URL");
        const everyMs = parseInterval(flags.every);
        if (everyMs === null) fail(`--every wants an interval like 30s, 15m or 1h, not '${flags.every}'`);
        const passes = flags.passes === undefined ? undefined : Number(flags.passes);
        if (passes !== undefined && !(Number.isInteger(passes) && passes > 0)) fail(`--passes wants a positive whole number, not '${flags.passes}'`);
        if (!isUrl(inputs[0])) process.stderr.write(`eventline: watching ${inputs[0]} every ${flags.every}\n`);
        sum = await watch(store, inputs[0], {
          everyMs, passes, published, resources, onItem, signal: ctl.signal,
          onPass: (n, s) => process.stderr.write(`pass ${n}: ${summaryLine(s)}\n`),
        });
      } else {
        const { ingestPaths } = await import("../../store/ingest.js");
        sum = await ingestPaths(store, inputs, { published, resources, onItem, shouldStop: () => ctl.signal.aborted });
      }
      await store.close();
      process.stderr.write(`eventline: ${summaryLine(sum)}\n`);
      if (sum.errors) process.exitCode = 1;
      if (ctl.signal.aborted) process.exitCode = 130;
    });
}

const names = (xs: { name: string }[]) => xs.map((a) => a.name).join(", ");
const EVENT_COLS: Column<StoredEvent>[] = [
  { title: "day", get: (e) => e.day ?? "" },
  { title: "type", get: (e) => e.type },
  { title: "source", get: (e) => names(e.source), max: 30 },
  { title: "target", get: (e) => names(e.target), max: 30 },
  { title: "cameo", get: (e) => e.cameo ?? "" },
  { title: "reports", get: (e) => e.reportCount },
  { title: "evidence", get: (e) => e.reports[0]?.evidence.text ?? "", max: 70 },
];
const ACTOR_COLS: Column<ActorSummary>[] = [
  { title: "id", get: (a) => a.id, max: 36 },
  { title: "name", get: (a) => a.name, max: 30 },
  { title: "type", get: (a) => a.type },
  { title: "country", get: (a) => a.country ?? "" },
  { title: "sector", get: (a) => a.sector ?? "" },
  { title: "mentions", get: (a) => a.mentions },
  { title: "articles", get: (a) => a.articles },
  { title: "events", get: (a) => a.events },
];
const QUOTE_COLS: Column<StoredQuote>[] = [
  { title: "published", get: (q) => q.published ?? "" },
  { title: "speaker", get: (q) => q.speaker?.name ?? q.speakerText ?? "", max: 26 },
  { title: "cue", get: (q) => q.cue ?? "" },
  { title: "quote", get: (q) => q.text, max: 90 },
];
const SEARCH_COLS: Column<SearchResult>[] = [
  { title: "kind", get: (r) => r.kind },
  { title: "published", get: (r) => r.published ?? "" },
  { title: "article", get: (r) => r.articleTitle, max: 40 },
  { title: "match", get: (r) => r.snippet.replace(/\u27e6/g, "[").replace(/\u27e7/g, "]"), max: 90 },
];

const CLAIM_COLS: Column<StoredClaim>[] = [
  { title: "published", get: (c) => c.published ?? "" },
  { title: "claimant", get: (c) => c.claimant?.name ?? c.claimantText ?? "", max: 26 },
  { title: "stance", get: (c) => c.stance },
  { title: "status", get: (c) => c.status ?? "" },
  { title: "type", get: (c) => c.proposition.type ?? "" },
  { title: "proposition", get: (c) => `${c.proposition.polarity === "negative" ? "NOT " : ""}${c.proposition.text}`, max: 70 },
  { title: "links", get: (c) => c.links.map((l) => l.relation).join(" "), max: 24 },
];
const DISPUTE_COLS: Column<Dispute>[] = [
  { title: "latest", get: (d) => d.latest ?? "" },
  { title: "type", get: (d) => d.proposition.type ?? "" },
  { title: "proposition", get: (d) => d.proposition.text, max: 60 },
  { title: "asserts", get: (d) => d.claimants.asserts.join("; "), max: 30 },
  { title: "denies", get: (d) => d.claimants.denies.join("; "), max: 30 },
  { title: "articles", get: (d) => d.articles },
];
const STANCES = ["asserts", "denies", "plans", "threatens", "doubts", "unclear"];

function limitOption(v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`--limit wants a positive whole number, not '${v}'`);
  return n;
}

function fmt(flag: string | undefined): OutFormat {
  return outFormat(flag) ?? fail(`unknown --format '${flag}' (json, csv or table)`);
}

function registerQueries(program: Command): void {
  const common = (c: Command) => c.option("--db <file>", "database file (default ./eventline.db or $EVENTLINE_DB)").option("-f, --format <format>", "table, json or csv (table on a terminal)").option("-n, --limit <n>", "rows to show");
  rangeQuery(common(program.command("events").description("list stored events, newest first")), {
    actor: "canonical id, country code or name of an actor on either side", type: "PLOVER event type, e.g. SANCTION", limit: 50, cols: EVENT_COLS,
    query: (store, f) => store.events(f),
  });
  common(program.command("actors").description("without NAME: stored actors by mention count; with NAME: knowledge-base lookup").argument("[name]"))
    .action(async (name: string | undefined, f: { db?: string; format?: string; limit?: string }) => {
      const format = fmt(f.format);
      if (name) return actorLookup(name, f.db, format);
      const store = await open(f.db);
      const page = await store.actors({ limit: limitOption(f.limit, 50) });
      await store.close();
      await writeOut(render(page.items, ACTOR_COLS, format, (items) => ({ total: page.total, items })));
    });
  common(program.command("quotes").description("list stored quotes"))
    .option("--speaker <speaker>", "speaker id, name or country code")
    .action(async (f: { db?: string; format?: string; limit?: string; speaker?: string }) => {
      const format = fmt(f.format);
      const store = await open(f.db);
      const page = await store.quotes({ speaker: f.speaker, limit: limitOption(f.limit, 50) });
      await store.close();
      await writeOut(render(page.items, QUOTE_COLS, format, (items) => ({ total: page.total, items })));
    });
  common(program.command("claims").description("list stored claims: who asserts, denies, plans or doubts what"))
    .option("--actor <actor>", "claimant, source or target: canonical id, country code or name")
    .option("--stance <stance>", STANCES.join(", "))
    .option("--pending", "only planned or announced events no later article has reported done or called off")
    .option("--type <type>", "PLOVER type of the proposition")
    .option("--since <date>", "YYYY-MM-DD, inclusive")
    .option("--until <date>", "YYYY-MM-DD, inclusive")
    .action(async (f: { db?: string; format?: string; limit?: string; actor?: string; stance?: string; pending?: boolean; type?: string; since?: string; until?: string }) => {
      const format = fmt(f.format);
      if (f.stance !== undefined && !STANCES.includes(f.stance)) fail(`unknown --stance '${f.stance}' (${STANCES.join(", ")})`);
      const since = dateFlag("--since", f.since), until = dateFlag("--until", f.until);
      const store = await open(f.db);
      const page = await store.claims({ actor: f.actor, stance: f.stance, status: f.pending ? "pending" : undefined, type: f.type, since, until, limit: limitOption(f.limit, 50) });
      await store.close();
      await writeOut(render(page.items, CLAIM_COLS, format, (items) => ({ total: page.total, items })));
    });
  rangeQuery(common(program.command("disputes").description("contested propositions, with the claimants asserting and denying each")), {
    actor: "claimant, source or target: canonical id, country code or name", type: "PLOVER type of the proposition", limit: 20, cols: DISPUTE_COLS,
    query: (store, f) => store.disputes(f),
  });
  common(program.command("search").description("full-text search over stored articles and quotes").argument("<text...>"))
    .action(async (text: string[], f: { db?: string; format?: string; limit?: string }) => {
      const format = fmt(f.format);
      const store = await open(f.db);
      const page = await store.search(text.join(" "), { limit: limitOption(f.limit, 20) });
      await store.close();
      await writeOut(render(page.items, SEARCH_COLS, format, (items) => ({ total: page.total, items })));
    });
}

interface ListFlags { db?: string; format?: string; limit?: string }
interface RangeFlags extends ListFlags { actor?: string; type?: string; since?: string; until?: string }
interface RangeFilter { actor?: string; type?: string; since?: string; until?: string; limit: number }

/** A list command filtered by --actor, --type, --since and --until (events, disputes): open the store, query one page, render it. */
function rangeQuery<T>(c: Command, o: { actor: string; type: string; limit: number; cols: Column<T>[]; query: (store: Store, f: RangeFilter) => Promise<PageOf<T>> }): void {
  c.option("--actor <actor>", o.actor)
    .option("--type <type>", o.type)
    .option("--since <date>", "YYYY-MM-DD, inclusive")
    .option("--until <date>", "YYYY-MM-DD, inclusive")
    .action(async (f: RangeFlags) => {
      const format = fmt(f.format);
      const since = dateFlag("--since", f.since), until = dateFlag("--until", f.until);
      const store = await open(f.db);
      const page = await o.query(store, { actor: f.actor, type: f.type, since, until, limit: limitOption(f.limit, o.limit) });
      await store.close();
      await writeOut(render(page.items, o.cols, format, (items) => ({ total: page.total, items })));
    });
}

function dateFlag(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) fail(`${name} wants a date as YYYY-MM-DD, not '${v}'`);
  return v;
}

interface LookupModule { lookupActors(kb: unknown, name: string): Array<{ id: string }>; formatActorLookup(actors: unknown[]): string }

async function actorLookup(name: string, db: string | undefined, format: OutFormat): Promise<void> {
  // The lookup module belongs to the actors stage; loaded by name so this file builds without it.
  const spec = "../../actors/lookup.js";
  let mod: LookupModule | null = null;
  try { mod = (await import(spec)) as LookupModule; } catch { mod = null; }
  const found = mod ? mod.lookupActors(loadResources().kb, name) : [];
  const { existsSync } = await import("node:fs");
  const stored: ActorSummary[] = [];
  const { dbLocation } = await import("../../store/index.js");
  if (existsSync(dbLocation(db))) {
    const store = await open(db);
    for (const a of found) { const s = await store.actor(a.id); if (s) stored.push(s); }
    if (!found.length) stored.push(...(await store.actors({ q: name, limit: 20 })).items);
    await store.close();
  }
  if (format === "json") return writeOut(JSON.stringify({ knowledgeBase: found, stored }, null, 2) + "\n");
  if (mod && found.length && format === "table") await writeOut(mod.formatActorLookup(found) + "\n");
  else if (!found.length && format === "table") await writeOut(mod ? `no knowledge-base actor matches '${name}'\n` : "knowledge-base lookup is not available in this build\n");
  if (stored.length) await writeOut((format === "table" ? "\nin the store:\n" : "") + render(stored, ACTOR_COLS, format, (x) => x));
}

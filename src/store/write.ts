// Stores one analyzed document in two transactions. Actors go first in a statement of their own
// (idempotent reference rows). The document's transaction writes the rows no other write reads
// before it commits (article text, mentions, timexes, quotes, search index, claims), then locks
// the event merge keys the document touches (locks.ts) and merges its event reports. Once that
// commits, a second short transaction links its claims across articles and settles plans
// (claims-link.ts), with no key locks: whichever of two matching documents commits second finds
// the other. Articles waiting for that second step are marked unlinked, so a crash in between is
// repaired by the next attempt at the document or the next opening of the store. A transaction
// that loses a deadlock is run again. On PostgreSQL each step's rows go in one statement
// (bulk-postgres.ts); SQLite, in process, writes them table by table.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";
import type { DialectParts } from "./dialect.js";
import type { AddResult } from "./types.js";
import type { ArticleRecord, DocumentRecord } from "../record/types.js";
import { claimRows, insertClaims, needsLinking } from "./claims-write.js";
import { insertTextRows, type TextRows } from "./bulk-postgres.js";
import { linkArticles } from "./claims-link.js";
import { addEventReports } from "./events-write.js";
import { writeKeys } from "./locks.js";
import { chunks } from "./rows.js";

type ActorRow = Database["actors"];

export async function addDocument(db: Kysely<Database>, parts: DialectParts, doc: DocumentRecord): Promise<AddResult> {
  const t0 = performance.now();
  const { result, lockMs, heldMs } = await storeRows(db, parts, doc);
  const t1 = performance.now();
  // A document stored before (by another writer, or by an attempt that stopped between the two
  // transactions) may still have articles to link.
  if (result.stored) {
    const waiting = doc.articles.filter(needsLinking);
    await linkStored(db, parts, waiting.map((a) => a.id), waiting);
  } else {
    await linkStored(db, parts, await unlinkedArticles(db, [doc.id]));
  }
  const end = performance.now();
  return { ...result, timing: { lockMs, heldMs, linkMs: end - t1, writeMs: end - t0 } };
}

/** The first step: the document's rows, committed, its articles with claims or settling events left unlinked. */
export async function storeRows(db: Kysely<Database>, parts: DialectParts, doc: DocumentRecord): Promise<{ result: AddResult; lockMs: number; heldMs: number }> {
  const keys = writeKeys(doc);
  await upsertActors(db, documentActors(doc));
  let lockMs = 0;
  const { locked, ...result } = await retrying(parts, () => db.transaction().execute(async (trx) => {
    let at = 0;
    const r = await writeDocument(trx, parts, doc, async () => {
      const t = performance.now();
      await parts.lockKeys?.(trx, keys);
      at = performance.now();
      lockMs += at - t;
    });
    return { ...r, locked: at };
  }));
  // the commit is part of the time the locks are held: measured once execute() has returned
  return { result, lockMs, heldMs: locked ? performance.now() - locked : 0 };
}

/**
 * The second step for committed articles: cross-article links and plans, then marked linked.
 * `records`: the articles as this process just stored them (their claims are then not read back).
 */
export async function linkStored(db: Kysely<Database>, parts: DialectParts, articleIds: string[], records?: ArticleRecord[]): Promise<void> {
  if (!articleIds.length) return;
  const ids = [...new Set(articleIds)].sort();
  await retrying(parts, () => db.transaction().execute(async (trx) => {
    const postgres = parts.name === "postgres";
    await linkArticles(trx, ids, { lockRows: postgres, postgres, markLinked: postgres }, records);
    if (!postgres) for (const part of chunks(ids)) await trx.updateTable("articles").set({ linked: 1 }).where("id", "in", part).where("linked", "=", 0).execute();
  }));
}

/** Articles of these documents (all documents when none are named) still waiting for linking. */
export async function unlinkedArticles(db: Kysely<Database>, documents?: string[]): Promise<string[]> {
  let q = db.selectFrom("articles").select("id").where("linked", "=", 0);
  if (documents) q = q.where("document_id", "in", documents);
  return (await q.orderBy("id").execute()).map((r) => r.id);
}

async function retrying<T>(parts: DialectParts, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 5 || !parts.isRetryable?.(e)) throw e;
    }
  }
}

async function writeDocument(trx: Transaction<Database>, parts: DialectParts, doc: DocumentRecord, lock: () => Promise<void>): Promise<AddResult> {
  const now = new Date().toISOString();
  const document = {
    id: doc.id, source: doc.source, content_type: doc.contentType, url: doc.url ?? null,
    duplicate_of: doc.duplicateOf ?? null, near_duplicate_of: doc.nearDuplicateOf ?? null,
    article_count: doc.articles.length, ingested_at: now,
  };
  const articles = doc.articles.map((a, i) => ({
    id: a.id, document_id: doc.id, ordinal: i, title: a.title, byline: a.byline, published: a.published,
    published_from: a.publishedFrom, text: a.text, record: JSON.stringify(a), linked: needsLinking(a) ? 0 : 1,
  }));
  // A document another writer stored (or is storing: the insert waits for it) is not stored again.
  if (!(parts.name === "postgres" ? await insertTextRows(trx, textRows(doc, document, articles)) : await insertTextRowsEach(trx, parts, doc, document, articles))) {
    return { stored: false, articles: 0, events: 0, mergedInto: 0 };
  }
  const res: AddResult = { stored: true, articles: 0, events: 0, mergedInto: 0 };
  await lock();
  for (const a of doc.articles) {
    res.mergedInto += await addEventReports(trx, parts, a, now);
    res.events += a.events.length;
    res.articles++;
  }
  return res;
}

type DocumentRow = Database["documents"];
type ArticleRow = Omit<Database["articles"], "linked"> & { linked: number };

/** The same rows as insertTextRows, one table (and slice) at a time. */
async function insertTextRowsEach(trx: Transaction<Database>, parts: DialectParts, doc: DocumentRecord, document: DocumentRow, articles: ArticleRow[]): Promise<boolean> {
  const inserted = await trx.insertInto("documents").values(document).onConflict((oc) => oc.column("id").doNothing()).returning("id").executeTakeFirst();
  if (!inserted) return false;
  if (articles.length) await trx.insertInto("articles").values(articles).execute();
  for (const a of doc.articles) {
    await addArticleText(trx, parts, a);
    await insertClaims(trx, a);
  }
  return true;
}

/** Every row insertTextRows writes, for the one-statement PostgreSQL path. */
function textRows(doc: DocumentRecord, document: DocumentRow, articles: ArticleRow[]): TextRows {
  const claims = doc.articles.map(claimRows);
  return {
    document, articles,
    mentions: doc.articles.flatMap(mentionRows), timexes: doc.articles.flatMap(timexRows), quotes: doc.articles.flatMap(quoteRows),
    claims: claims.flatMap((c) => c.claims), claimActors: claims.flatMap((c) => c.actors), claimLinks: claims.flatMap((c) => c.links),
  };
}

const mentionRows = (a: ArticleRecord) => a.entities.flatMap((e) => e.mentions.map((m) => ({ article_id: a.id, actor_id: e.id, start: m.span[0], end: m.span[1], text: m.text, kind: m.kind ?? "name" })));
const timexRows = (a: ArticleRecord) => a.timexes.map((t) => ({ article_id: a.id, start: t.span[0], end: t.span[1], text: t.text, type: t.type, value: t.value }));
const quoteRows = (a: ArticleRecord) => a.quotes.map((q) => ({
  article_id: a.id, start: q.span[0], end: q.span[1], text: q.text, speaker_id: q.speaker, speaker_text: q.speakerText,
  cue: q.cue, via_id: q.via, direct: q.direct ? 1 : 0,
}));

/** What only this article's own rows hold: mentions, timexes, quotes and its search entries. */
async function addArticleText(trx: Transaction<Database>, parts: DialectParts, a: ArticleRecord): Promise<void> {
  for (const rows of chunks(mentionRows(a))) await trx.insertInto("mentions").values(rows).execute();
  for (const rows of chunks(timexRows(a))) await trx.insertInto("timexes").values(rows).execute();
  const index = [{ kind: "article", refId: a.id, articleId: a.id, body: [a.title, a.text].filter(Boolean).join("\n\n") }];
  for (const part of chunks(quoteRows(a), 300)) {
    const ids = await trx.insertInto("quotes").values(part).returning(["id", "start", "end"]).execute();
    // RETURNING promises no order: pair rows with quotes by span.
    const bySpan = new Map<string, number[]>();
    for (const r of ids) (bySpan.get(`${r.start}:${r.end}`) ?? bySpan.set(`${r.start}:${r.end}`, []).get(`${r.start}:${r.end}`)!).push(Number(r.id));
    for (const q of part) index.push({ kind: "quote", refId: String(bySpan.get(`${q.start}:${q.end}`)!.shift()), articleId: a.id, body: q.text });
  }
  await parts.indexText(trx, index);
}

/** Every actor the document names: its entities, plus placeholders for ids only events or claims use. */
function documentActors(doc: DocumentRecord): ActorRow[] {
  const rows = new Map<string, ActorRow>();
  for (const a of doc.articles) {
    for (const e of a.entities) {
      const row = { id: e.id, name: e.name, type: e.type, country: e.country, sector: e.sector, role: e.role, known: e.known ? 1 : 0 };
      const old = rows.get(e.id);
      if (!old || better(row, old)) rows.set(e.id, row);
    }
  }
  const ids = new Set<string>();
  for (const a of doc.articles) {
    for (const ev of a.events) for (const id of [...ev.source, ...ev.target]) ids.add(id);
    for (const c of a.claims ?? []) for (const id of [c.claimant, ...c.proposition.source, ...c.proposition.target]) if (id) ids.add(id);
  }
  for (const id of ids) if (!rows.has(id)) rows.set(id, placeholder(id));
  return [...rows.values()];
}

/** A knowledge-base entry beats a guess from one article; a placeholder (name = id) is replaced. */
function better(row: ActorRow, old: ActorRow): boolean {
  return row.known > old.known || (old.name === old.id && row.name !== row.id);
}

function placeholder(id: string): ActorRow {
  const country = /^country:([A-Z]{3})$/.exec(id)?.[1] ?? null;
  return { id, name: id, type: country ? "GPE" : "OTHER", country, sector: null, role: null, known: 0 };
}

/**
 * Inserts new actors and improves known ones (see better()), in id order so concurrent writers
 * lock rows in one order. Runs outside the document's transaction: an actor row is harmless on
 * its own, and its row locks are then held for one statement only. A row this process has
 * upserted before is left out: the stored one is already as good (rows only ever improve).
 */
export async function upsertActors(db: Kysely<Database>, rows: ActorRow[]): Promise<void> {
  const done = upserted.get(db) ?? upserted.set(db, new Map()).get(db)!;
  const fresh = rows.filter((r) => done.get(r.id) !== actorKey(r));
  if (!fresh.length) return;
  const sorted = fresh.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const part of chunks(sorted, 300)) {
    await db.insertInto("actors").values(part).onConflict((oc) => oc.column("id").doUpdateSet((eb) => ({
      name: eb.ref("excluded.name"), type: eb.ref("excluded.type"), country: eb.ref("excluded.country"),
      sector: eb.ref("excluded.sector"), role: eb.ref("excluded.role"), known: eb.ref("excluded.known"),
    })).where((eb) => eb.or([
      eb("excluded.known", ">", eb.ref("actors.known")),
      eb.and([eb("actors.name", "=", eb.ref("actors.id")), eb("excluded.name", "<>", eb.ref("excluded.id"))]),
    ]))).execute();
  }
  if (done.size + sorted.length > MAX_UPSERTED) done.clear();
  for (const r of sorted) done.set(r.id, actorKey(r));
}

/** Per store, the actor rows this process has upserted (committed: the statement runs on its own). */
const upserted = new WeakMap<Kysely<Database>, Map<string, string>>();
const MAX_UPSERTED = 100_000;
const actorKey = (r: ActorRow) => JSON.stringify([r.name, r.type, r.country, r.sector, r.role, r.known]);

/** Placeholder rows for actor ids that may not be stored yet (the migration's claims backfill). */
export async function ensureActors(db: Kysely<Database>, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  for (const part of chunks(sorted, 300)) await db.insertInto("actors").values(part.map(placeholder)).onConflict((oc) => oc.column("id").doNothing()).execute();
}

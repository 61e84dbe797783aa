// Stores one analyzed document: document, articles, actors, mentions, timexes, quotes and event
// reports (merged into events across articles), claims with their links, plus the full-text index, in one transaction.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";
import type { DialectParts } from "./dialect.js";
import type { AddResult } from "./types.js";
import type { ArticleRecord, DocumentRecord, EntityRecord, EventRecord } from "../record/types.js";
import { actorKey, dayDistance, eventDay, mergeWindow, modalityGroup } from "./merge.js";
import { eventScale, loadOntology } from "./ontology.js";
import { addClaims } from "./claims-write.js";

export async function addDocument(db: Kysely<Database>, parts: DialectParts, doc: DocumentRecord): Promise<AddResult> {
  let lockMs = 0;
  const t0 = performance.now();
  const res = await db.transaction().execute(async (trx) => {
    await parts.beginWrite?.(trx);
    lockMs = performance.now() - t0;
    const seen = await trx.selectFrom("documents").select("id").where("id", "=", doc.id).executeTakeFirst();
    if (seen) return { stored: false, articles: 0, events: 0, mergedInto: 0 };
    const now = new Date().toISOString();
    await trx.insertInto("documents").values({
      id: doc.id, source: doc.source, content_type: doc.contentType, url: doc.url ?? null,
      duplicate_of: doc.duplicateOf ?? null, near_duplicate_of: doc.nearDuplicateOf ?? null,
      article_count: doc.articles.length, ingested_at: now,
    }).execute();
    const res: AddResult = { stored: true, articles: 0, events: 0, mergedInto: 0 };
    for (const [i, a] of doc.articles.entries()) {
      await addArticle(trx, parts, doc.id, i, a, now, res);
      res.articles++;
    }
    return res;
  });
  return { ...res, timing: { lockMs, writeMs: performance.now() - t0 } };
}

async function addArticle(trx: Transaction<Database>, parts: DialectParts, docId: string, ordinal: number, a: ArticleRecord, now: string, res: AddResult): Promise<void> {
  await trx.insertInto("articles").values({
    id: a.id, document_id: docId, ordinal, title: a.title, byline: a.byline, published: a.published,
    published_from: a.publishedFrom, text: a.text, record: JSON.stringify(a),
  }).execute();
  const known = new Set<string>();
  for (const e of a.entities) {
    if (known.has(e.id)) continue;
    await upsertActor(trx, e);
    known.add(e.id);
  }
  const mentions = a.entities.flatMap((e) => e.mentions.map((m) => ({ article_id: a.id, actor_id: e.id, start: m.span[0], end: m.span[1], text: m.text, kind: m.kind ?? "name" })));
  for (const rows of chunks(mentions)) await trx.insertInto("mentions").values(rows).execute();
  const timexes = a.timexes.map((t) => ({ article_id: a.id, start: t.span[0], end: t.span[1], text: t.text, type: t.type, value: t.value }));
  for (const rows of chunks(timexes)) await trx.insertInto("timexes").values(rows).execute();
  const index = [{ kind: "article", refId: a.id, articleId: a.id, body: [a.title, a.text].filter(Boolean).join("\n\n") }];
  for (const q of a.quotes) {
    const row = await trx.insertInto("quotes").values({
      article_id: a.id, start: q.span[0], end: q.span[1], text: q.text, speaker_id: q.speaker, speaker_text: q.speakerText,
      cue: q.cue, via_id: q.via, direct: q.direct ? 1 : 0,
    }).returning("id").executeTakeFirstOrThrow();
    index.push({ kind: "quote", refId: String(row.id), articleId: a.id, body: q.text });
  }
  await parts.indexText(trx, index);
  for (const ev of a.events) {
    for (const id of [...ev.source, ...ev.target]) if (!known.has(id)) { await ensureActor(trx, id); known.add(id); }
    const merged = await addEventReport(trx, a, ev, now);
    res.events++;
    if (merged) res.mergedInto++;
  }
  await addClaims(trx, a, async (id) => { if (!known.has(id)) { await ensureActor(trx, id); known.add(id); } });
}

async function upsertActor(trx: Transaction<Database>, e: EntityRecord): Promise<void> {
  const row = { id: e.id, name: e.name, type: e.type, country: e.country, sector: e.sector, role: e.role, known: e.known ? 1 : 0 };
  const old = await trx.selectFrom("actors").select(["known", "name"]).where("id", "=", e.id).executeTakeFirst();
  if (!old) await trx.insertInto("actors").values(row).execute();
  // A knowledge-base entry beats a guess from one article; a placeholder (name = id) is replaced.
  else if ((row.known > old.known) || (old.name === e.id && e.name !== e.id)) await trx.updateTable("actors").set(row).where("id", "=", e.id).execute();
}

/** An event may name an actor the article's entity list lacks; keep the foreign key whole. */
export async function ensureActor(trx: Kysely<Database>, id: string): Promise<void> {
  const old = await trx.selectFrom("actors").select("id").where("id", "=", id).executeTakeFirst();
  if (old) return;
  const country = /^country:([A-Z]{3})$/.exec(id)?.[1] ?? null;
  await trx.insertInto("actors").values({ id, name: id, type: country ? "GPE" : "OTHER", country, sector: null, role: null, known: 0 }).execute();
}

/** Returns true when the report joined an existing event. */
async function addEventReport(trx: Transaction<Database>, a: ArticleRecord, ev: EventRecord, now: string): Promise<boolean> {
  const sourceKey = actorKey(ev.source);
  const targetKey = actorKey(ev.target);
  const day = eventDay(ev.date, a.published);
  const window = mergeWindow(sourceKey, targetKey, day);
  let eventId: string | null = null;
  if (window && day) {
    const undirected = loadOntology().plover.get(ev.type)?.undirected ?? false;
    const candidates = await trx.selectFrom("events").select(["id", "day", "date"])
      .where("type", "=", ev.type)
      .where((eb) => {
        const same = eb.and([eb("source_key", "=", sourceKey), eb("target_key", "=", targetKey)]);
        return undirected ? eb.or([same, eb.and([eb("source_key", "=", targetKey), eb("target_key", "=", sourceKey)])]) : same;
      })
      .where("day", "in", window)
      .where((eb) => (ev.category === null ? eb("category", "is", null) : eb("category", "=", ev.category)))
      .where("modality", "=", modalityGroup(ev.modality))
      .execute();
    candidates.sort((x, y) => dayDistance(x.day!, day) - dayDistance(y.day!, day) || x.id.localeCompare(y.id));
    const hit = candidates[0];
    if (hit) {
      eventId = hit.id;
      await trx.updateTable("events").set((eb) => ({ report_count: eb("report_count", "+", 1) })).where("id", "=", hit.id).execute();
      if (!hit.date && ev.date) await trx.updateTable("events").set({ date: ev.date }).where("id", "=", hit.id).execute();
    }
  }
  if (!eventId) {
    eventId = ev.id;
    const sc = eventScale(loadOntology(), ev.type, ev.cameo);
    await trx.insertInto("events").values({
      id: eventId, type: ev.type, category: ev.category, mode: ev.mode, context: JSON.stringify(ev.context ?? []), cameo: ev.cameo ?? sc.cameo, day, date: ev.date,
      source_key: sourceKey, target_key: targetKey, location_id: ev.location, goldstein: sc.goldstein, quad: sc.quad,
      plover_quad: sc.ploverQuad, report_count: 1, first_seen: now, modality: modalityGroup(ev.modality),
    }).execute();
    const roles: Array<{ event_id: string; actor_id: string; role: "source" | "target" }> = [
      ...[...new Set(ev.source)].map((id) => ({ event_id: eventId!, actor_id: id, role: "source" as const })),
      ...[...new Set(ev.target)].map((id) => ({ event_id: eventId!, actor_id: id, role: "target" as const })),
    ];
    if (roles.length) await trx.insertInto("event_actors").values(roles).execute();
  }
  await trx.insertInto("event_reports").values({
    id: ev.id, event_id: eventId, article_id: a.id,
    evidence_start: ev.evidence.span[0], evidence_end: ev.evidence.span[1], evidence_text: ev.evidence.text,
    trigger_start: ev.trigger?.span[0] ?? ev.evidence.span[0], trigger_end: ev.trigger?.span[1] ?? ev.evidence.span[0], trigger_text: ev.trigger?.text ?? "",
    pattern: ev.pattern ?? "", modality: ev.modality, date: ev.date, cameo: ev.cameo, confidence: ev.confidence, reported_by: ev.reportedBy ?? null,
  }).execute();
  return eventId !== ev.id;
}

/** Multi-row inserts in slices that stay under every engine's bound-parameter limit. */
function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

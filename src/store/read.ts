// Read queries over the knowledge base, written once in Kysely for every engine.
import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from "kysely";
import type { Database, EventsTable } from "./schema.js";
import type { DialectParts } from "./dialect.js";
import type {
  ActorFilter, ActorRef, ActorSummary, ArticleFilter, ArticleSummary, DocumentSummary, EventFilter, EventReport,
  Network, NetworkEdge, NetworkNode, PageOf, Paging, QuoteFilter, SearchResult, StoredArticle, StoredEvent, StoredQuote, StoreStats,
} from "./types.js";
import type { ArticleRecord } from "../record/types.js";

type DB = Kysely<Database>;
/** An article's title, else its first sentence (or opening words) without the dateline. */
export function headline(title: string | null, lead: string): string {
  if (title?.trim()) return title.trim();
  const first = lead.replace(/\s+/g, " ").trim().split(/(?<=[.!?])\s/)[0] ?? "";
  return first.length > 90 ? first.slice(0, first.lastIndexOf(" ", 88) > 40 ? first.lastIndexOf(" ", 88) : 88) + "…" : first || "(empty article)";
}
const LEAD = sql<string>`substr(articles.text, 1, 200)`;

const page = (p: Paging) => ({ limit: p.limit ?? 50, offset: p.offset ?? 0 });

function actorRef(r: { id: string; name: string; type: string; country: string | null; sector: string | null }): ActorRef {
  return { id: r.id, name: r.name, type: r.type, country: r.country, sector: r.sector };
}

/** Actor ids matching a canonical id, a country code or a name (case-insensitive). */
function actorIdsMatching(db: DB, actor: string) {
  const a = actor.trim();
  return db.selectFrom("actors").select("id").where((eb) => eb.or([
    eb("id", "=", a),
    eb(eb.fn("upper", ["country"]), "=", a.toUpperCase()),
    eb(eb.fn("lower", ["name"]), "=", a.toLowerCase()),
  ]));
}

function filteredEvents(db: DB, f: EventFilter): SelectQueryBuilder<Database, "events", object> {
  let q = db.selectFrom("events");
  if (f.actor) q = q.where("events.id", "in", db.selectFrom("event_actors").select("event_id").where("actor_id", "in", actorIdsMatching(db, f.actor)));
  if (f.type) q = q.where("events.type", "=", f.type.toUpperCase());
  if (f.since) q = q.where("events.day", ">=", f.since);
  if (f.until) q = q.where("events.day", "<=", f.until);
  if (f.quad) q = q.where("events.plover_quad", "=", f.quad);
  if (f.article) q = q.where("events.id", "in", db.selectFrom("event_reports").select("event_id").where("article_id", "=", f.article));
  return q;
}

export async function listEvents(db: DB, f: EventFilter = {}): Promise<PageOf<StoredEvent>> {
  const { limit, offset } = page(f);
  const base = filteredEvents(db, f);
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const dir = f.order === "asc" ? "asc" : "desc";
  const rows = await base.selectAll("events")
    .orderBy(sql`CASE WHEN events.day IS NULL THEN 1 ELSE 0 END`).orderBy("events.day", dir).orderBy("events.id")
    .limit(limit).offset(offset).execute();
  return { items: await hydrateEvents(db, rows), total: Number(total?.n ?? 0), limit, offset };
}

export async function getEvent(db: DB, id: string): Promise<StoredEvent | null> {
  const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? (await hydrateEvents(db, [row]))[0] : null;
}

async function hydrateEvents(db: DB, rows: Array<Selectable<EventsTable>>): Promise<StoredEvent[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const roles = await db.selectFrom("event_actors").innerJoin("actors", "actors.id", "event_actors.actor_id")
    .select(["event_actors.event_id", "event_actors.role", "actors.id", "actors.name", "actors.type", "actors.country", "actors.sector"])
    .where("event_actors.event_id", "in", ids).orderBy("actors.id").execute();
  const reports = await db.selectFrom("event_reports").innerJoin("articles", "articles.id", "event_reports.article_id")
    .innerJoin("documents", "documents.id", "articles.document_id")
    .selectAll("event_reports").select(["articles.title", "articles.published", "documents.source", "documents.url", LEAD.as("lead")])
    .where("event_reports.event_id", "in", ids).orderBy("articles.published").orderBy("event_reports.id").execute();
  return rows.map((r) => ({
    id: r.id, type: r.type, category: r.category, mode: r.mode, context: JSON.parse(r.context) as string[], cameo: r.cameo, day: r.day, date: r.date,
    source: roles.filter((x) => x.event_id === r.id && x.role === "source").map(actorRef),
    target: roles.filter((x) => x.event_id === r.id && x.role === "target").map(actorRef),
    location: r.location_id, goldstein: r.goldstein, quad: r.quad, ploverQuad: r.plover_quad, modality: r.modality, reportCount: r.report_count,
    reports: reports.filter((x) => x.event_id === r.id).map((x): EventReport => ({
      id: x.id, articleId: x.article_id, articleTitle: headline(x.title, x.lead), published: x.published, documentSource: x.url ?? x.source,
      evidence: { span: [x.evidence_start, x.evidence_end], text: x.evidence_text },
      trigger: { span: [x.trigger_start, x.trigger_end], text: x.trigger_text },
      pattern: x.pattern, modality: x.modality, date: x.date, cameo: x.cameo, confidence: x.confidence, reportedBy: x.reported_by,
    })),
  }));
}

function actorSummaryQuery(db: DB) {
  return db.selectFrom("actors").selectAll("actors").select((eb) => [
    eb.selectFrom("mentions").select(eb.fn.countAll<number>().as("n")).whereRef("mentions.actor_id", "=", "actors.id").as("mention_count"),
    eb.selectFrom("mentions").select(sql<number>`count(distinct mentions.article_id)`.as("n")).whereRef("mentions.actor_id", "=", "actors.id").as("article_count"),
    eb.selectFrom("event_actors").select(sql<number>`count(distinct event_actors.event_id)`.as("n")).whereRef("event_actors.actor_id", "=", "actors.id").as("event_count"),
  ]);
}

function toSummary(r: { id: string; name: string; type: string; country: string | null; sector: string | null; role: string | null; known: number; mention_count: number | null; article_count: number | null; event_count: number | null }): ActorSummary {
  return { ...actorRef(r), role: r.role, known: !!r.known, mentions: Number(r.mention_count ?? 0), articles: Number(r.article_count ?? 0), events: Number(r.event_count ?? 0) };
}

export async function listActors(db: DB, f: ActorFilter = {}): Promise<PageOf<ActorSummary>> {
  const { limit, offset } = page(f);
  let base = db.selectFrom("actors");
  if (f.q) {
    const q = f.q.trim();
    base = base.where((eb) => eb.or([
      eb("id", "=", q), eb(eb.fn("upper", ["country"]), "=", q.toUpperCase()),
      eb(eb.fn("lower", ["name"]), "like", `%${escapeLike(q.toLowerCase())}%`, ),
    ]));
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const ids = base.select("id");
  const rows = await actorSummaryQuery(db).where("actors.id", "in", ids)
    .orderBy("mention_count", "desc").orderBy("event_count", "desc").orderBy("actors.id").limit(limit).offset(offset).execute();
  return { items: rows.map(toSummary), total: Number(total?.n ?? 0), limit, offset };
}

function escapeLike(s: string): string {
  return s.replace(/[%_]/g, "");
}

export async function getActor(db: DB, id: string): Promise<ActorSummary | null> {
  const r = await actorSummaryQuery(db).where("actors.id", "=", id).executeTakeFirst();
  return r ? toSummary(r) : null;
}

export async function listQuotes(db: DB, f: QuoteFilter = {}): Promise<PageOf<StoredQuote>> {
  const { limit, offset } = page(f);
  let base = db.selectFrom("quotes").innerJoin("articles", "articles.id", "quotes.article_id").leftJoin("actors", "actors.id", "quotes.speaker_id");
  if (f.speaker) {
    const s = f.speaker.trim();
    base = base.where((eb) => eb.or([
      eb("quotes.speaker_id", "=", s), eb(eb.fn("lower", ["actors.name"]), "=", s.toLowerCase()),
      eb(eb.fn("lower", ["quotes.speaker_text"]), "=", s.toLowerCase()), eb(eb.fn("upper", ["actors.country"]), "=", s.toUpperCase()),
    ]));
  }
  if (f.article) base = base.where("quotes.article_id", "=", f.article);
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base.selectAll("quotes")
    .select(["articles.title", "articles.published", LEAD.as("lead"), "actors.name as a_name", "actors.type as a_type", "actors.country as a_country", "actors.sector as a_sector"])
    .orderBy("articles.published", "desc").orderBy("quotes.id").limit(limit).offset(offset).execute();
  return {
    items: rows.map((r) => ({
      id: r.id, articleId: r.article_id, articleTitle: headline(r.title, r.lead), published: r.published, span: [r.start, r.end], text: r.text,
      speaker: r.speaker_id ? { id: r.speaker_id, name: r.a_name ?? r.speaker_id, type: r.a_type ?? "OTHER", country: r.a_country ?? null, sector: r.a_sector ?? null } : null,
      speakerText: r.speaker_text, cue: r.cue, direct: !!r.direct,
    })),
    total: Number(total?.n ?? 0), limit, offset,
  };
}

const docSummary = (r: Database["documents"]): DocumentSummary => ({
  id: r.id, source: r.source, contentType: r.content_type, url: r.url, duplicateOf: r.duplicate_of, nearDuplicateOf: r.near_duplicate_of,
  articleCount: r.article_count, ingestedAt: r.ingested_at,
});

export async function listDocuments(db: DB, p: Paging = {}): Promise<PageOf<DocumentSummary>> {
  const { limit, offset } = page(p);
  const total = await db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await db.selectFrom("documents").selectAll().orderBy("ingested_at", "desc").orderBy("id").limit(limit).offset(offset).execute();
  return { items: rows.map(docSummary), total: Number(total?.n ?? 0), limit, offset };
}

const ARTICLE_COLS = ["id", "document_id", "ordinal", "title", "byline", "published", "published_from"] as const;
const artSummary = (r: { id: string; document_id: string; ordinal: number; title: string | null; byline: string | null; published: string | null; published_from: string; length: number; lead: string }): ArticleSummary => ({
  id: r.id, documentId: r.document_id, ordinal: r.ordinal, title: r.title, headline: headline(r.title, r.lead), byline: r.byline, published: r.published, publishedFrom: r.published_from, length: Number(r.length),
});

export async function getDocument(db: DB, id: string): Promise<(DocumentSummary & { articles: ArticleSummary[] }) | null> {
  const r = await db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) return null;
  const arts = await db.selectFrom("articles").select(ARTICLE_COLS).select([sql<number>`length(text)`.as("length"), LEAD.as("lead")]).where("document_id", "=", id).orderBy("ordinal").execute();
  return { ...docSummary(r), articles: arts.map(artSummary) };
}

export async function listArticles(db: DB, f: ArticleFilter = {}): Promise<PageOf<ArticleSummary>> {
  const { limit, offset } = page(f);
  let base = db.selectFrom("articles");
  if (f.document) base = base.where("document_id", "=", f.document);
  if (f.since) base = base.where("published", ">=", f.since);
  if (f.until) base = base.where("published", "<=", f.until);
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base.select(ARTICLE_COLS).select([sql<number>`length(text)`.as("length"), LEAD.as("lead")])
    .orderBy(sql`CASE WHEN published IS NULL THEN 1 ELSE 0 END`).orderBy("published", "desc").orderBy("id").limit(limit).offset(offset).execute();
  return { items: rows.map(artSummary), total: Number(total?.n ?? 0), limit, offset };
}

export async function getArticle(db: DB, id: string): Promise<StoredArticle | null> {
  const r = await db.selectFrom("articles").select(ARTICLE_COLS).select(["record", sql<number>`length(text)`.as("length"), LEAD.as("lead")]).where("id", "=", id).executeTakeFirst();
  if (!r) return null;
  const reps = await db.selectFrom("event_reports").select(["id", "event_id"]).where("article_id", "=", id).execute();
  return { ...artSummary(r), record: JSON.parse(r.record) as ArticleRecord, mergedEvents: Object.fromEntries(reps.map((x) => [x.id, x.event_id])) };
}

export async function search(db: DB, parts: DialectParts, q: string, p: Paging = {}): Promise<PageOf<SearchResult>> {
  const { limit, offset } = page(p);
  const { hits, total } = await parts.search(db, q, limit, offset);
  const ids = [...new Set(hits.map((h) => h.articleId))];
  const arts = ids.length ? await db.selectFrom("articles").select(["id", "title", "published", LEAD.as("lead")]).where("id", "in", ids).execute() : [];
  const byId = new Map(arts.map((a) => [a.id, a]));
  return {
    items: hits.map((h) => ({ kind: h.kind === "quote" ? "quote" : "article", refId: h.refId, articleId: h.articleId, articleTitle: headline(byId.get(h.articleId)?.title ?? null, byId.get(h.articleId)?.lead ?? ""), published: byId.get(h.articleId)?.published ?? null, snippet: h.snippet })),
    total, limit, offset,
  };
}

/** Actors as nodes, events between a source and a target as edges. */
export async function network(db: DB, f: EventFilter = {}): Promise<Network> {
  const ev = await listEvents(db, { ...f, limit: f.limit ?? 5000, offset: 0 });
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of ev.items) {
    for (const a of [...e.source, ...e.target]) {
      const n = nodes.get(a.id) ?? { ...a, events: 0 };
      n.events++;
      nodes.set(a.id, n);
    }
    for (const s of e.source) for (const t of e.target) {
      if (s.id === t.id) continue;
      const k = `${s.id}\u0000${t.id}`;
      const edge = edges.get(k) ?? { source: s.id, target: t.id, events: 0, byQuad: {}, types: {}, eventIds: [] };
      edge.events++;
      const q = String(e.ploverQuad ?? 0);
      edge.byQuad[q] = (edge.byQuad[q] ?? 0) + 1;
      edge.types[e.type] = (edge.types[e.type] ?? 0) + 1;
      edge.eventIds.push(e.id);
      edges.set(k, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export async function stats(db: DB): Promise<StoreStats> {
  const count = async (t: keyof Database) => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst())?.n ?? 0);
  const v = await db.selectFrom("schema_version").select((eb) => eb.fn.max("version").as("v")).executeTakeFirst();
  return {
    documents: await count("documents"), articles: await count("articles"), actors: await count("actors"), mentions: await count("mentions"),
    timexes: await count("timexes"), quotes: await count("quotes"), events: await count("events"), reports: await count("event_reports"), claims: await count("claims"),
    schemaVersion: Number(v?.v ?? 0),
  };
}

// PostgreSQL writes each step of a document in one statement: every table's rows travel as one
// JSON array parameter (json_populate_recordset), with data-modifying CTEs for the tables. The
// statement texts never change, so each connection parses them once (dialect-postgres.ts names
// repeated texts), and a document costs a few round trips instead of one per table and slice.
// The rows are the ones the per-table Kysely path writes on SQLite.
import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.js";

type Row = object;

/** The rows of a document no other write reads before it commits. */
export interface TextRows {
  document: Row;
  articles: Row[];
  mentions: Row[];
  timexes: Row[];
  /** Without ids: the insert numbers them, and their search entries are made from what it returns. */
  quotes: Row[];
  claims: Row[];
  claimActors: Row[];
  claimLinks: Row[];
}

const COLUMNS = {
  documents: ["id", "source", "content_type", "url", "duplicate_of", "near_duplicate_of", "article_count", "ingested_at"],
  articles: ["id", "document_id", "ordinal", "title", "byline", "published", "published_from", "text", "record", "linked"],
  mentions: ["article_id", "actor_id", "start", "end", "text", "kind"],
  timexes: ["article_id", "start", "end", "text", "type", "value"],
  quotes: ["article_id", "start", "end", "text", "speaker_id", "speaker_text", "cue", "via_id", "direct"],
  claims: ["id", "article_id", "kind", "claimant_id", "claimant_text", "stance", "status", "prop_event", "prop_type", "prop_source", "prop_target",
    "prop_date", "polarity", "prop_text", "prop_start", "prop_end", "evidence_start", "evidence_end", "evidence_text", "chain", "day", "settled_by"],
  claim_actors: ["claim_id", "actor_id", "role", "prop_type", "day"],
  claim_links: ["from_id", "to_id", "relation", "reason", "scope"],
  events: ["id", "type", "category", "mode", "context", "cameo", "day", "date", "source_key", "target_key", "location_id", "goldstein", "quad",
    "plover_quad", "report_count", "first_seen", "modality"],
  event_actors: ["event_id", "actor_id", "role", "event_type"],
  event_reports: ["id", "event_id", "article_id", "evidence_start", "evidence_end", "evidence_text", "trigger_start", "trigger_end", "trigger_text",
    "pattern", "modality", "date", "cameo", "confidence", "reported_by"],
} as const;

type Table = keyof typeof COLUMNS;

const cols = (t: Table) => COLUMNS[t].map((c) => `"${c}"`).join(", ");

/** INSERT of a JSON array parameter's rows, only when `guard` (a CTE name) returned a row. */
function insert(t: Table, param: string, guard?: string, returning?: string): string {
  return `INSERT INTO ${t} (${cols(t)}) SELECT ${cols(t)} FROM json_populate_recordset(NULL::${t}, ${param}::json)`
    + (guard ? ` WHERE EXISTS (SELECT FROM ${guard})` : "") + (returning ? ` RETURNING ${returning}` : "");
}

// Search entries in the order the per-table path writes them: per article, the article, then its quotes.
const TEXT_SQL = `WITH d AS (INSERT INTO documents (${cols("documents")}) SELECT ${cols("documents")} FROM json_populate_record(NULL::documents, $1::json)
    ON CONFLICT (id) DO NOTHING RETURNING id),
  a AS (${insert("articles", "$2", "d", "id, ordinal, title, text")}),
  m AS (${insert("mentions", "$3", "d")}),
  t AS (${insert("timexes", "$4", "d")}),
  q AS (${insert("quotes", "$5", "d", "id, article_id, text")}),
  s AS (INSERT INTO search_index (kind, ref_id, article_id, body)
    SELECT kind, ref_id, article_id, body FROM (
      SELECT 'article' AS kind, id AS ref_id, id AS article_id, concat_ws(E'\\n\\n', NULLIF(title, ''), NULLIF(text, '')) AS body, ordinal, 0::bigint AS n FROM a
      UNION ALL SELECT 'quote', q.id::text, q.article_id, q.text, a.ordinal, q.id FROM q JOIN a ON a.id = q.article_id) x
    ORDER BY ordinal, n),
  c AS (${insert("claims", "$6", "d")}),
  ca AS (${insert("claim_actors", "$7", "d")}),
  cl AS (${insert("claim_links", "$8", "d")})
SELECT count(*)::int AS stored FROM d`;

/** Writes the document and its articles' text rows; false when the document was stored already (nothing written). */
export async function insertTextRows(trx: Kysely<Database>, r: TextRows): Promise<boolean> {
  const out = await run<{ stored: number }>(trx, TEXT_SQL, [r.document, r.articles, r.mentions, r.timexes, r.quotes, r.claims, r.claimActors, r.claimLinks]);
  return out[0]?.stored === 1;
}

/** The rows an article's event reports add: new events, their actors, stored events reported again, the reports. */
export interface EventRows {
  events: Row[];
  actors: Row[];
  /** Stored events: reports added, and the date when this article filled it in. */
  updates: Array<{ id: string; added: number; filled: boolean; date: string | null }>;
  reports: Row[];
}

const EVENT_SQL = `WITH e AS (${insert("events", "$1")}),
  ea AS (${insert("event_actors", "$2")}),
  u AS (UPDATE events SET report_count = events.report_count + v.added, date = CASE WHEN v.filled THEN v.date ELSE events.date END
    FROM json_to_recordset($3::json) AS v(id text, added integer, filled boolean, date text) WHERE events.id = v.id),
  r AS (${insert("event_reports", "$4")})
SELECT 1 AS done`;

export async function insertEventRows(trx: Kysely<Database>, r: EventRows): Promise<void> {
  await run(trx, EVENT_SQL, [r.events, r.actors, r.updates, r.reports]);
}

const LINKS_SQL = `WITH l AS (${insert("claim_links", "$1")} ON CONFLICT (from_id, to_id, relation) DO NOTHING)
UPDATE articles SET linked = 1 WHERE id IN (SELECT json_array_elements_text($2::json)) AND linked = 0`;

/** Cross-article links (in the given order) and the articles they were made for marked linked, in one statement. */
export async function insertLinksMarkLinked(trx: Kysely<Database>, links: Row[], articleIds: string[]): Promise<void> {
  await run(trx, LINKS_SQL, [links, articleIds]);
}

async function run<T>(trx: Kysely<Database>, text: string, params: unknown[]): Promise<T[]> {
  return (await trx.executeQuery(CompiledQuery.raw(text, params.map(json)))).rows as T[];
}

/**
 * A parameter as JSON text. PostgreSQL's JSON parser rejects lone UTF-16 surrogates, which pg's
 * UTF-8 encoding of a plain text parameter would have turned into U+FFFD: those strings are
 * made well-formed first, as before.
 */
function json(v: unknown): string {
  const s = JSON.stringify(v);
  return /\\ud[89a-f]/.test(s) ? JSON.stringify(v, (_k, x) => (typeof x === "string" ? (x as unknown as WellFormed).toWellFormed() : x)) : s;
}

/** ES2024, in Node 20. */
interface WellFormed { toWellFormed(): string }

// PostgreSQL engine for the knowledge base (pg pool, tsvector search). The schema, writes and
// reads are the shared Kysely code; only connection, serial ids and search differ.
import pg from "pg";
import { Kysely, PostgresDialect, sql } from "kysely";
import type { Database } from "./schema.js";
import { lockIds } from "./locks.js";
import { nameStatements, PostgresAnyPlugin } from "./pg-statements.js";
import { ftsQuery, HIT_CLOSE, HIT_OPEN, type DialectParts, type OpenedDb } from "./dialect.js";

// count(*) is bigint and sum() numeric: as JS numbers they are exact far beyond any store's size.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

// 'simple' keeps words as written (lower-cased), like SQLite's unicode61 tokenizer: no stemming.
const TS_CONFIG = sql.lit("simple");
const MIGRATE_LOCK = 0x6576_6d67;

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Turns the store's quoted-terms query into a tsquery of ANDed lexemes (terms are letters and digits only). */
export function tsQuery(text: string): string | null {
  const q = ftsQuery(text);
  if (!q) return null;
  return q.split(" ").map((t) => t.slice(1, -1).toLowerCase()).join(" & ");
}

export const postgresParts: DialectParts = {
  name: "postgres",
  serial: "serial",
  async createSearchIndex(db) {
    await sql`CREATE TABLE search_index (
      id bigserial PRIMARY KEY, kind text NOT NULL, ref_id text NOT NULL, article_id text NOT NULL, body text NOT NULL,
      tsv tsvector GENERATED ALWAYS AS (to_tsvector(${TS_CONFIG}, body)) STORED)`.execute(db);
    await sql`CREATE INDEX search_index_tsv ON search_index USING gin (tsv)`.execute(db);
    await sql`CREATE INDEX search_index_article ON search_index (article_id)`.execute(db);
  },
  async indexText(db, rows) {
    if (!rows.length) return;
    await db.insertInto("search_index").values(rows.map((r) => ({ kind: r.kind, ref_id: r.refId, article_id: r.articleId, body: r.body }))).execute();
  },
  async search(db, query, limit, offset) {
    const q = tsQuery(query);
    if (!q) return { hits: [], total: 0 };
    const tsq = sql`to_tsquery(${TS_CONFIG}, ${q})`;
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM search_index WHERE tsv @@ ${tsq}`.execute(db);
    const opts = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "`;
    const res = await sql<{ kind: string; ref_id: string; article_id: string; snippet: string; rank: number }>`
      SELECT kind, ref_id, article_id, ts_headline(${TS_CONFIG}, body, ${tsq}, ${opts}) AS snippet, -ts_rank(tsv, ${tsq}) AS rank
      FROM search_index WHERE tsv @@ ${tsq} ORDER BY rank, id LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return {
      total: Number(total.rows[0]?.n ?? 0),
      hits: res.rows.map((r) => ({ kind: r.kind, refId: r.ref_id, articleId: r.article_id, snippet: r.snippet, rank: Number(r.rank) })),
    };
  },
  async lockKeys(db, keys) {
    const ids = lockIds(keys);
    if (!ids.length) return;
    // One round trip; the locks are taken in the array's (ascending) order.
    await sql`SELECT pg_advisory_xact_lock(k) FROM unnest(${ids}::bigint[]) WITH ORDINALITY AS t(k, i) ORDER BY i`.execute(db);
  },
  isRetryable(e) {
    const code = (e as { code?: unknown } | null)?.code;
    return code === "40P01" || code === "40001";
  },
};

export function openPostgres(url: string, opts: { poolSize?: number } = {}): OpenedDb {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? Number(process.env.EVENTLINE_PG_POOL ?? 4) });
  // An idle client losing its server (restart, failover) must not crash the process.
  pool.on("error", () => {});
  nameStatements(pool);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new PostgresAnyPlugin()] }), parts: postgresParts, location: url };
}

/** Runs `fn` on one connection holding a session lock, so workers starting together migrate once. */
export async function withMigrationLock<T>(db: Kysely<Database>, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATE_LOCK})`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATE_LOCK})`.execute(conn);
    }
  });
}

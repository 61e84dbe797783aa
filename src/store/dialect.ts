// Everything that differs between database engines lives here: opening a connection, the
// auto-increment column type and full-text search. SQLite (better-sqlite3, FTS5) is implemented;
// a PostgreSQL DialectParts (pg, tsvector) slots in beside it.
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type ColumnDataType } from "kysely";
import type { Database } from "./schema.js";

export interface SearchHit { kind: string; refId: string; articleId: string; snippet: string; rank: number }

export interface DialectParts {
  name: "sqlite" | "postgres";
  serial: ColumnDataType;
  createSearchIndex(db: Kysely<Database>): Promise<void>;
  indexText(db: Kysely<Database>, rows: Array<{ kind: string; refId: string; articleId: string; body: string }>): Promise<void>;
  search(db: Kysely<Database>, query: string, limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number }>;
  /** First statement of a write transaction: holds these keys (locks.ts) until it ends. SQLite has one writer and needs none. */
  lockKeys?(db: Kysely<Database>, keys: string[]): Promise<void>;
  /** True for errors after which the whole transaction may simply run again (deadlock victim, serialization failure). */
  isRetryable?(e: unknown): boolean;
}

/** Marks around matched words in search snippets. */
export const HIT_OPEN = "\u27e6";
export const HIT_CLOSE = "\u27e7";

/** Turns free text into an FTS query of quoted terms (all must match), so user input is never syntax. */
export function ftsQuery(text: string): string | null {
  const terms = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!terms.length) return null;
  return terms.slice(0, 32).map((t) => `"${t}"`).join(" ");
}

export const sqliteParts: DialectParts = {
  name: "sqlite",
  serial: "integer",
  async createSearchIndex(db) {
    await sql`CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, article_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },
  async indexText(db, rows) {
    for (const r of rows) await sql`INSERT INTO search_index (kind, ref_id, article_id, body) VALUES (${r.kind}, ${r.refId}, ${r.articleId}, ${r.body})`.execute(db);
  },
  async search(db, query, limit, offset) {
    const q = ftsQuery(query);
    if (!q) return { hits: [], total: 0 };
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM search_index WHERE search_index MATCH ${q}`.execute(db);
    const res = await sql<{ kind: string; ref_id: string; article_id: string; snippet: string; rank: number }>`
      SELECT kind, ref_id, article_id, snippet(search_index, 3, ${HIT_OPEN}, ${HIT_CLOSE}, '…', 16) AS snippet, rank
      FROM search_index WHERE search_index MATCH ${q} ORDER BY rank LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return {
      total: Number(total.rows[0]?.n ?? 0),
      hits: res.rows.map((r) => ({ kind: r.kind, refId: r.ref_id, articleId: r.article_id, snippet: r.snippet, rank: r.rank })),
    };
  },
};

export interface OpenedDb { db: Kysely<Database>; parts: DialectParts; location: string }

export function openSqlite(file: string, opts: { readonly?: boolean } = {}): OpenedDb {
  const database = new BetterSqlite3(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) database.pragma("journal_mode = WAL");
  // WAL with NORMAL sync stays consistent after a crash; only the last commits may be redone.
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), parts: sqliteParts, location: file };
}

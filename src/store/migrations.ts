// Schema migrations, applied in order; schema_version records the highest one applied.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { DialectParts } from "./dialect.js";
import type { ArticleRecord } from "../record/types.js";
import { addClaims } from "./claims-write.js";
import { ensureActors } from "./write.js";
import { chunks } from "./rows.js";

export interface Migration { version: number; up(db: Kysely<Database>, d: DialectParts): Promise<void> }

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    async up(db, d) {
      await db.schema.createTable("documents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("content_type", "text", (c) => c.notNull())
        .addColumn("url", "text")
        .addColumn("duplicate_of", "text")
        .addColumn("near_duplicate_of", "text")
        .addColumn("article_count", "integer", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createTable("articles")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
        .addColumn("ordinal", "integer", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("byline", "text")
        .addColumn("published", "text")
        .addColumn("published_from", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("articles_document").on("articles").column("document_id").execute();
      await db.schema.createIndex("articles_published").on("articles").column("published").execute();
      await db.schema.createTable("actors")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("country", "text")
        .addColumn("sector", "text")
        .addColumn("role", "text")
        .addColumn("known", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("actors_country").on("actors").column("country").execute();
      await db.schema.createTable("mentions")
        .addColumn("id", d.serial, (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
        .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
        .addColumn("start", "integer", (c) => c.notNull())
        .addColumn("end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("mentions_actor").on("mentions").column("actor_id").execute();
      await db.schema.createIndex("mentions_article").on("mentions").column("article_id").execute();
      await db.schema.createTable("timexes")
        .addColumn("id", d.serial, (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
        .addColumn("start", "integer", (c) => c.notNull())
        .addColumn("end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("timexes_article").on("timexes").column("article_id").execute();
      await db.schema.createTable("quotes")
        .addColumn("id", d.serial, (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
        .addColumn("start", "integer", (c) => c.notNull())
        .addColumn("end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("speaker_id", "text")
        .addColumn("speaker_text", "text")
        .addColumn("cue", "text")
        .addColumn("via_id", "text")
        .addColumn("direct", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("quotes_speaker").on("quotes").column("speaker_id").execute();
      await db.schema.createIndex("quotes_article").on("quotes").column("article_id").execute();
      await db.schema.createTable("events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("category", "text")
        .addColumn("mode", "text")
        .addColumn("context", "text", (c) => c.notNull())
        .addColumn("cameo", "text")
        .addColumn("day", "text")
        .addColumn("date", "text")
        .addColumn("source_key", "text", (c) => c.notNull())
        .addColumn("target_key", "text", (c) => c.notNull())
        .addColumn("location_id", "text")
        .addColumn("goldstein", "real")
        .addColumn("quad", "integer")
        .addColumn("plover_quad", "integer")
        .addColumn("report_count", "integer", (c) => c.notNull())
        .addColumn("first_seen", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_merge").on("events").columns(["type", "source_key", "target_key", "day"]).execute();
      await db.schema.createIndex("events_day").on("events").column("day").execute();
      await db.schema.createTable("event_actors")
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id"))
        .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
        .addColumn("role", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("event_actors_pk", ["event_id", "actor_id", "role"])
        .execute();
      await db.schema.createIndex("event_actors_actor").on("event_actors").column("actor_id").execute();
      await db.schema.createTable("event_reports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id"))
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
        .addColumn("evidence_start", "integer", (c) => c.notNull())
        .addColumn("evidence_end", "integer", (c) => c.notNull())
        .addColumn("evidence_text", "text", (c) => c.notNull())
        .addColumn("trigger_start", "integer", (c) => c.notNull())
        .addColumn("trigger_end", "integer", (c) => c.notNull())
        .addColumn("trigger_text", "text", (c) => c.notNull())
        .addColumn("pattern", "text", (c) => c.notNull())
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("cameo", "text")
        .addColumn("confidence", "real", (c) => c.notNull())
        .addColumn("reported_by", "text")
        .execute();
      await db.schema.createIndex("event_reports_event").on("event_reports").column("event_id").execute();
      await db.schema.createIndex("event_reports_article").on("event_reports").column("article_id").execute();
      await d.createSearchIndex(db);
    },
  },
  {
    // Reports merge only with events of the same standing: what happened, what is planned,
    // what might happen, what did not happen.
    version: 2,
    async up(db) {
      await db.schema.alterTable("events").addColumn("modality", "text", (c) => c.notNull().defaultTo("actual")).execute();
      await db.schema.dropIndex("events_merge").execute();
      await db.schema.createIndex("events_merge").on("events").columns(["type", "modality", "day"]).execute();
    },
  },
  {
    // The claims ledger of every article, with links between claims within and across articles.
    version: 3,
    async up(db, d) {
      await db.schema.createTable("claims")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("claimant_id", "text")
        .addColumn("claimant_text", "text")
        .addColumn("stance", "text", (c) => c.notNull())
        .addColumn("status", "text")
        .addColumn("prop_event", "text")
        .addColumn("prop_type", "text")
        .addColumn("prop_source", "text", (c) => c.notNull())
        .addColumn("prop_target", "text", (c) => c.notNull())
        .addColumn("prop_date", "text")
        .addColumn("polarity", "text", (c) => c.notNull())
        .addColumn("prop_text", "text", (c) => c.notNull())
        .addColumn("prop_start", "integer", (c) => c.notNull())
        .addColumn("prop_end", "integer", (c) => c.notNull())
        .addColumn("evidence_start", "integer", (c) => c.notNull())
        .addColumn("evidence_end", "integer", (c) => c.notNull())
        .addColumn("evidence_text", "text", (c) => c.notNull())
        .addColumn("chain", "text", (c) => c.notNull())
        .addColumn("day", "text")
        .addColumn("settled_by", "text")
        .execute();
      await db.schema.createIndex("claims_article").on("claims").column("article_id").execute();
      await db.schema.createIndex("claims_type").on("claims").column("prop_type").execute();
      await db.schema.createIndex("claims_status").on("claims").column("status").execute();
      await db.schema.createIndex("claims_day").on("claims").column("day").execute();
      await db.schema.createTable("claim_actors")
        .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id"))
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        // the claim's type and day (version 6 adds them to stores that had this table before)
        .addColumn("prop_type", "text")
        .addColumn("day", "text")
        .addPrimaryKeyConstraint("claim_actors_pk", ["claim_id", "actor_id", "role"])
        .execute();
      await db.schema.createIndex("claim_actors_actor").on("claim_actors").column("actor_id").execute();
      await db.schema.createTable("claim_links")
        .addColumn("from_id", "text", (c) => c.notNull().references("claims.id"))
        .addColumn("to_id", "text", (c) => c.notNull().references("claims.id"))
        .addColumn("relation", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("scope", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("claim_links_pk", ["from_id", "to_id", "relation"])
        .execute();
      await db.schema.createIndex("claim_links_to").on("claim_links").column("to_id").execute();
      await db.schema.createIndex("claim_links_relation").on("claim_links").column("relation").execute();
      // The claims of articles stored before this version are filled in by version 10, once every
      // table the write path uses has its final columns.
    },
  },
  {
    // Claim links are written only in the transaction that stores one of their two claims, between
    // claims it has just written or read, so their foreign keys hold by construction. On
    // PostgreSQL the two per-row key checks cost several times the insert itself (and an article
    // can add hundreds of links): drop them there. SQLite keeps its table as it is.
    version: 4,
    async up(db, d) {
      if (d.name !== "postgres") return;
      await sql`ALTER TABLE claim_links DROP CONSTRAINT IF EXISTS claim_links_from_id_fkey, DROP CONSTRAINT IF EXISTS claim_links_to_id_fkey`.execute(db);
    },
  },
  {
    // Cross-article links are made after the document commits, by a second short transaction;
    // articles.linked = 0 marks those still waiting for it (a crash in between), found by the
    // partial index. Links that read the same either way round (supports, contradicts) are
    // stored smaller id first, so two writers that both find a pair write the same row.
    version: 5,
    async up(db) {
      await sql`ALTER TABLE articles ADD COLUMN linked integer NOT NULL DEFAULT 1`.execute(db);
      await sql`CREATE INDEX articles_unlinked ON articles (document_id) WHERE linked = 0`.execute(db);
      await sql`DELETE FROM claim_links WHERE relation IN ('supports', 'contradicts') AND from_id > to_id
        AND EXISTS (SELECT 1 FROM claim_links r WHERE r.from_id = claim_links.to_id AND r.to_id = claim_links.from_id AND r.relation = claim_links.relation)`.execute(db);
      await sql`UPDATE claim_links SET from_id = to_id, to_id = from_id WHERE relation IN ('supports', 'contradicts') AND from_id > to_id`.execute(db);
    },
  },
  {
    // Cross-article claim links look stored claims up by (actor, type) key, latest day first
    // (claims-link.ts): claim_actors carries each claim's type and day, and the key index lists
    // each key's sources and targets in that order (SQLite sorts NULLs last when descending).
    version: 6,
    async up(db, d) {
      const have = d.name === "postgres"
        ? (await sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'claim_actors' AND table_schema = current_schema()`.execute(db)).rows
        : (await sql<{ name: string }>`SELECT name FROM pragma_table_info('claim_actors')`.execute(db)).rows;
      if (!have.some((c) => c.name === "prop_type")) {
        await db.schema.alterTable("claim_actors").addColumn("prop_type", "text").execute();
        await db.schema.alterTable("claim_actors").addColumn("day", "text").execute();
        await sql`UPDATE claim_actors SET prop_type = (SELECT c.prop_type FROM claims c WHERE c.id = claim_actors.claim_id),
          day = (SELECT c.day FROM claims c WHERE c.id = claim_actors.claim_id)`.execute(db);
      }
      const order = d.name === "postgres" ? sql`day COLLATE "C" DESC NULLS LAST, claim_id COLLATE "C" DESC` : sql`day DESC, claim_id DESC`;
      await sql`CREATE INDEX claim_actors_key ON claim_actors (actor_id, prop_type, ${order}) WHERE role IN ('source', 'target')`.execute(db);
    },
  },
  {
    // Like version 4 for the claim links: every row below is written by the transaction that
    // stores its article, beside the parent rows it has just written or the actors upserted just
    // before it, and nothing deletes them. On PostgreSQL each key check is a query per row, and
    // the ones on actors and events lock the (shared, much-referenced) parent rows, so parallel
    // writers contend on them: drop them there. SQLite keeps its tables as they are.
    version: 7,
    async up(db, d) {
      if (d.name !== "postgres") return;
      const drop = (table: string, ...cols: string[]) =>
        sql`ALTER TABLE ${sql.table(table)} ${sql.join(cols.map((c) => sql`DROP CONSTRAINT IF EXISTS ${sql.id(`${table}_${c}_fkey`)}`))}`.execute(db);
      await drop("mentions", "article_id", "actor_id");
      await drop("timexes", "article_id");
      await drop("quotes", "article_id");
      await drop("event_actors", "event_id", "actor_id");
      await drop("event_reports", "event_id", "article_id");
      await drop("claims", "article_id");
      await drop("claim_actors", "claim_id");
    },
  },
  {
    // Plans look up the event reports that may settle them by (actor, type) (claims-settle.ts):
    // event_actors carries its event's type, indexed with the actor (which the actor-only index
    // then duplicates).
    version: 8,
    async up(db) {
      await db.schema.alterTable("event_actors").addColumn("event_type", "text").execute();
      await sql`UPDATE event_actors SET event_type = (SELECT e.type FROM events e WHERE e.id = event_actors.event_id)`.execute(db);
      await db.schema.dropIndex("event_actors_actor").execute();
      await db.schema.createIndex("event_actors_key").on("event_actors").columns(["actor_id", "event_type"]).execute();
    },
  },
  {
    // Each article's record (tens of kilobytes of JSON) is compressed as it is stored: lz4 where
    // this PostgreSQL has it costs a fraction of the default pglz's CPU. New rows only.
    version: 9,
    async up(db, d) {
      if (d.name !== "postgres") return;
      const lz4 = await sql<{ ok: boolean }>`SELECT 'lz4' = ANY(enumvals) AS ok FROM pg_settings WHERE name = 'default_toast_compression'`.execute(db);
      if (lz4.rows[0]?.ok) await sql`ALTER TABLE articles ALTER COLUMN record SET COMPRESSION lz4, ALTER COLUMN text SET COMPRESSION lz4`.execute(db);
    },
  },
  {
    // Articles stored before version 3 keep their ledger only in the record: fill the claim tables
    // from it, oldest first, so cross-article links and settled plans come out as at ingest.
    version: 10,
    async up(db, d) {
      const pending = await db.selectFrom("articles").select("id")
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom("claims").select("claims.id").whereRef("claims.article_id", "=", "articles.id"))))
        .orderBy("published").orderBy("id").execute();
      for (const part of chunks(pending.map((r) => r.id), 200)) {
        const rows = await db.selectFrom("articles").select(["id", "record"]).where("id", "in", part).orderBy("published").orderBy("id").execute();
        for (const r of rows) {
          const rec = JSON.parse(r.record) as ArticleRecord;
          if (!rec.claims?.length) continue;
          await ensureActors(db, rec.claims.flatMap((c) => [c.claimant, ...c.proposition.source, ...c.proposition.target].filter((x): x is string => !!x)));
          await addClaims(db, rec, { lockRows: false, postgres: d.name === "postgres" });
        }
      }
    },
  },
];

export async function migrate(db: Kysely<Database>, d: DialectParts): Promise<number> {
  await db.schema.createTable("schema_version").ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const row = await db.selectFrom("schema_version").select((eb) => eb.fn.max("version").as("v")).executeTakeFirst();
  let current = Number(row?.v ?? 0);
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (current > latest) throw new Error(`database schema version ${current} is newer than this eventline (${latest})`);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx, d);
      await trx.insertInto("schema_version").values({ version: m.version, applied_at: new Date().toISOString() }).execute();
    });
    current = m.version;
  }
  return current;
}

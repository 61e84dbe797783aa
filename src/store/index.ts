// Opens the knowledge base. SQLite by default (./eventline.db, --db or EVENTLINE_DB);
// PostgreSQL for a postgres:// URL (dialect-postgres.ts).
import { existsSync } from "node:fs";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import { openSqlite, type DialectParts } from "./dialect.js";
import { isPostgresUrl, openPostgres, withMigrationLock } from "./dialect-postgres.js";
import { migrate } from "./migrations.js";
import { addDocument, linkStored, unlinkedArticles } from "./write.js";
import { chunks } from "./rows.js";
import * as read from "./read.js";
import { listClaims, listDisputes } from "./claims-read.js";
import type { Store } from "./types.js";

export type * from "./types.js";
export { loadOntology, eventScale, QUAD_NAMES, type Quad } from "../ontology.js";

export const DEFAULT_DB = "eventline.db";

export function dbLocation(opt?: string): string {
  return opt ?? process.env.EVENTLINE_DB ?? DEFAULT_DB;
}

export class NoStore extends Error {}

/** Opens (and migrates) a store; with `mustExist`, a missing SQLite file is an error, not a new database. */
export async function openStore(location: string = dbLocation(), opts: { mustExist?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { db, parts } = openPostgres(location);
    await withMigrationLock(db, (conn) => migrate(conn, parts));
    await finishLinking(db, parts);
    return new KyselyStore(db, parts, location);
  }
  if (opts.mustExist && location !== ":memory:" && !existsSync(location)) throw new NoStore(`no knowledge base at ${location} (run eventline ingest first, or pass --db FILE)`);
  const { db, parts } = openSqlite(location);
  try {
    await migrate(db, parts);
    await finishLinking(db, parts);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return new KyselyStore(db, parts, location);
}

/**
 * Links the articles a write left unlinked when it stopped between its two transactions. A writer
 * still working on one does the same: linking twice writes nothing twice.
 */
async function finishLinking(db: Kysely<Database>, parts: DialectParts): Promise<void> {
  const ids = await unlinkedArticles(db);
  for (const part of chunks(ids, 50)) await linkStored(db, parts, part);
}

export class KyselyStore implements Store {
  constructor(private readonly db: Kysely<Database>, private readonly parts: DialectParts, readonly location: string) {}
  /** Stored and linked: a document whose write stopped before linking is not had yet, so its next attempt (addDocument) finishes it. */
  async hasDocument(id: string) {
    const row = await this.db.selectFrom("documents").select("id").where("id", "=", id)
      .where((eb) => eb.not(eb.exists(eb.selectFrom("articles").select("articles.id").whereRef("articles.document_id", "=", "documents.id").where("articles.linked", "=", 0))))
      .executeTakeFirst();
    return !!row;
  }
  addDocument(doc: Parameters<Store["addDocument"]>[0]) { return addDocument(this.db, this.parts, doc); }
  documents(p?: Parameters<Store["documents"]>[0]) { return read.listDocuments(this.db, p); }
  document(id: string) { return read.getDocument(this.db, id); }
  articles(f?: Parameters<Store["articles"]>[0]) { return read.listArticles(this.db, f); }
  article(id: string) { return read.getArticle(this.db, id); }
  events(f?: Parameters<Store["events"]>[0]) { return read.listEvents(this.db, f); }
  event(id: string) { return read.getEvent(this.db, id); }
  actors(f?: Parameters<Store["actors"]>[0]) { return read.listActors(this.db, f); }
  actor(id: string) { return read.getActor(this.db, id); }
  quotes(f?: Parameters<Store["quotes"]>[0]) { return read.listQuotes(this.db, f); }
  search(q: string, p?: Parameters<Store["search"]>[1]) { return read.search(this.db, this.parts, q, p); }
  network(f?: Parameters<Store["network"]>[0]) { return read.network(this.db, f); }
  claims(f?: Parameters<Store["claims"]>[0]) { return listClaims(this.db, f); }
  disputes(f?: Parameters<Store["disputes"]>[0]) { return listDisputes(this.db, f); }
  stats() { return read.stats(this.db); }
  close() { return this.db.destroy(); }
}

// Table shapes of the knowledge base, as Kysely sees them. Column names are snake_case so the
// same SQL reads naturally in SQLite and PostgreSQL.
import type { Generated } from "kysely";

export interface DocumentsTable {
  id: string;
  source: string;
  content_type: string;
  url: string | null;
  duplicate_of: string | null;
  near_duplicate_of: string | null;
  article_count: number;
  ingested_at: string;
}

export interface ArticlesTable {
  id: string;
  document_id: string;
  ordinal: number;
  title: string | null;
  byline: string | null;
  published: string | null;
  published_from: string;
  text: string;
  /** The full eventline/1 article record, JSON. */
  record: string;
  /** 0 while its claims and events still await cross-article linking (claims-link.ts), else 1. */
  linked: Generated<number>;
}

export interface ActorsTable {
  id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  role: string | null;
  known: number;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: string;
  actor_id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
}

export interface TimexesTable {
  id: Generated<number>;
  article_id: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface QuotesTable {
  id: Generated<number>;
  article_id: string;
  start: number;
  end: number;
  text: string;
  speaker_id: string | null;
  speaker_text: string | null;
  cue: string | null;
  via_id: string | null;
  direct: number;
}

/** One merged event: the same happening as reported by one or more articles. */
export interface EventsTable {
  id: string;
  type: string;
  category: string | null;
  mode: string | null;
  /** PLOVER contexts, JSON array. */
  context: string;
  cameo: string | null;
  /** Day the event is placed on (YYYY-MM-DD), from its date or its first article's. */
  day: string | null;
  date: string | null;
  source_key: string;
  target_key: string;
  location_id: string | null;
  goldstein: number | null;
  quad: number | null;
  plover_quad: number | null;
  report_count: number;
  first_seen: string;
  /** actual (asserted or reported), future, hypothetical or negated. */
  modality: string;
}

export interface EventActorsTable {
  event_id: string;
  actor_id: string;
  role: "source" | "target";
  /** The event's type, so plans find the reports that may settle them by (actor, type) from this table's index. */
  event_type: string | null;
}

export interface EventReportsTable {
  id: string;
  event_id: string;
  article_id: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  pattern: string;
  modality: string;
  date: string | null;
  cameo: string | null;
  confidence: number;
  reported_by: string | null;
}

/** One claim of the claims ledger: who asserts, denies, plans or doubts what, in which article. */
export interface ClaimsTable {
  id: string;
  article_id: string;
  kind: string;
  claimant_id: string | null;
  claimant_text: string | null;
  stance: string;
  /** pending (planned or announced), done, cancelled, or null for plain statements. */
  status: string | null;
  prop_event: string | null;
  prop_type: string | null;
  /** Actor ids, JSON arrays. */
  prop_source: string;
  prop_target: string;
  prop_date: string | null;
  polarity: string;
  prop_text: string;
  prop_start: number;
  prop_end: number;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  /** The chain the claim reached the reader through, JSON. */
  chain: string;
  /** The proposition's day, else the article's (YYYY-MM-DD). */
  day: string | null;
  /** For a settled plan: the event report (of a later article) that reports it done or called off. */
  settled_by: string | null;
}

/** Actors a claim is about (source, target) or made by (claimant). */
export interface ClaimActorsTable {
  claim_id: string;
  actor_id: string;
  role: "source" | "target" | "claimant";
  /** The claim's prop_type and day, so the cross-article lookup reads its (actor, type) keys from this table alone. */
  prop_type: string | null;
  day: string | null;
}

/** supports / contradicts within an article or across articles; fulfils / cancels close a pending claim. */
export interface ClaimLinksTable {
  from_id: string;
  to_id: string;
  relation: string;
  reason: string;
  /** article (from the record) or cross (computed at ingest). */
  scope: string;
}

export interface SchemaVersionTable {
  version: number;
  applied_at: string;
}

export interface SearchIndexTable {
  kind: string;
  ref_id: string;
  article_id: string;
  body: string;
}

export interface Database {
  schema_version: SchemaVersionTable;
  documents: DocumentsTable;
  articles: ArticlesTable;
  actors: ActorsTable;
  mentions: MentionsTable;
  timexes: TimexesTable;
  quotes: QuotesTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  event_reports: EventReportsTable;
  search_index: SearchIndexTable;
  claims: ClaimsTable;
  claim_actors: ClaimActorsTable;
  claim_links: ClaimLinksTable;
}

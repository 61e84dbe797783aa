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
}

// The analysis record, format `eventline/1` (see README and the spec it follows). Fields beyond
// the spec are additions: the pattern that coded an event, mention kinds, anchors, timings.
import type { ClaimRecord } from "../claims/record.js";
import type { CreditKind, Entity, Modality, Span, TimexType } from "../doc.js";

export interface RecordFile {
  format: "eventline/1";
  documents: DocumentRecord[];
}

export interface DocumentRecord {
  id: string;
  source: string;
  contentType: string;
  url?: string | null;
  /** Set when this document's text duplicates another's: the id of the original. */
  duplicateOf?: string | null;
  /** Set when this document is a near-duplicate (republished wire copy). */
  nearDuplicateOf?: string | null;
  articles: ArticleRecord[];
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  publishedFrom: "meta" | "text" | "option" | "page" | "none";
  pageDate?: string | null;
  dateline?: string | null;
  truncated: boolean;
  span: Span;
  text: string;
  credits: Array<{ kind: CreditKind; text: string }>;
  entities: EntityRecord[];
  timexes: TimexRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  /** The claims ledger: who asserts, denies, plans or doubts what, and through whom. */
  claims: ClaimRecord[];
}

/** An entity as the record writes it: its mentions carry their spans and text, not indexes. */
export interface EntityRecord extends Omit<Entity, "mentions"> {
  /** fuzzy: the mention is a misspelling of the actor's name, matched within an edit or two. */
  mentions: Array<{ span: Span; text: string; kind: string; fuzzy?: true }>;
}

export interface TimexRecord {
  span: Span;
  text: string;
  type: TimexType;
  value: string;
  mod?: string;
  anchor?: string;
}

export interface QuoteRecord {
  span: Span;
  text: string;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  via: string | null;
  direct: boolean;
}

export interface EventRecord {
  id: string;
  type: string;
  category: string | null;
  mode: string | null;
  context: string[];
  source: string[];
  target: string[];
  date: string | null;
  location: string | null;
  modality: Modality;
  cameo: string | null;
  intensity: number | null;
  evidence: { span: Span; text: string };
  trigger: { span: Span; text: string };
  pattern: string;
  reportedBy: string | null;
  confidence: number;
}

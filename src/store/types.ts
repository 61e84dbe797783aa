// The knowledge-base interface: what the CLI, the exporter and the HTTP API use. Any engine
// (SQLite now, PostgreSQL later) implements Store; callers never see SQL.
import type { ArticleRecord, DocumentRecord } from "../record/types.js";
import type { Span } from "../doc.js";

export interface Paging { limit?: number; offset?: number }
export interface PageOf<T> { items: T[]; total: number; limit: number; offset: number }

export interface ActorRef { id: string; name: string; type: string; country: string | null; sector: string | null }

export interface EventFilter extends Paging {
  /** Canonical actor id, country code (ISO alpha-3) or actor name; any role. */
  actor?: string;
  /** PLOVER type, e.g. SANCTION. */
  type?: string;
  /** Inclusive YYYY-MM-DD bounds on the event's day. */
  since?: string;
  until?: string;
  /** PLOVER quad class 1-4. */
  quad?: number;
  /** Events reported by this article. */
  article?: string;
  order?: "asc" | "desc";
}

export interface EventReport {
  id: string;
  articleId: string;
  /** The article's title, or its opening words. */
  articleTitle: string;
  published: string | null;
  /** URL or path of the document the article came from. */
  documentSource: string;
  evidence: { span: Span; text: string };
  trigger: { span: Span; text: string };
  pattern: string;
  modality: string;
  date: string | null;
  cameo: string | null;
  confidence: number;
  reportedBy: string | null;
}

export interface StoredEvent {
  id: string;
  type: string;
  category: string | null;
  mode: string | null;
  context: string[];
  cameo: string | null;
  day: string | null;
  date: string | null;
  source: ActorRef[];
  target: ActorRef[];
  location: string | null;
  goldstein: number | null;
  /** GDELT quad class from the CAMEO code. */
  quad: number | null;
  /** Quad class of the PLOVER type (what the timeline colours by). */
  ploverQuad: number | null;
  /** actual (asserted or reported), future, hypothetical or negated. */
  modality: string;
  reportCount: number;
  reports: EventReport[];
}

export interface ActorFilter extends Paging { q?: string }
export interface ActorSummary extends ActorRef { role: string | null; known: boolean; mentions: number; articles: number; events: number }

export interface QuoteFilter extends Paging { speaker?: string; article?: string }
export interface StoredQuote {
  id: number;
  articleId: string;
  articleTitle: string;
  published: string | null;
  span: Span;
  text: string;
  speaker: ActorRef | null;
  speakerText: string | null;
  cue: string | null;
  direct: boolean;
}

export interface DocumentSummary { id: string; source: string; contentType: string; url: string | null; duplicateOf: string | null; nearDuplicateOf: string | null; articleCount: number; ingestedAt: string }
export interface ArticleFilter extends Paging { document?: string; since?: string; until?: string }
export interface ArticleSummary { id: string; documentId: string; ordinal: number; title: string | null;
  /** The title, or the opening words of the text when the article has none. */
  headline: string; byline: string | null; published: string | null; publishedFrom: string; length: number }
export interface StoredArticle extends ArticleSummary {
  record: ArticleRecord;
  /** For each event of the record, the id of the merged event it is a report of. */
  mergedEvents: Record<string, string>;
}

export interface SearchResult { kind: "article" | "quote"; refId: string; articleId: string; articleTitle: string; published: string | null; snippet: string }

export interface NetworkNode extends ActorRef { events: number }
export interface NetworkEdge { source: string; target: string; events: number; byQuad: Record<string, number>; types: Record<string, number>; eventIds: string[] }
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[] }

export type ClaimStatus = "pending" | "done" | "cancelled";
export interface ClaimFilter extends Paging {
  /** Claimant, source or target: canonical id, country code or name. */
  actor?: string;
  stance?: string;
  /** pending, done or cancelled. */
  status?: ClaimStatus;
  /** PLOVER type of the proposition. */
  type?: string;
  /** Inclusive YYYY-MM-DD bounds on the claim's day (the proposition's date, else the article's). */
  since?: string;
  until?: string;
  article?: string;
}

export interface ClaimLinkRef { claim: string; relation: "supports" | "contradicts" | "fulfils" | "cancels"; reason: string; scope: "article" | "cross"; direction: "out" | "in" }

export interface StoredClaim {
  id: string;
  articleId: string;
  articleTitle: string;
  published: string | null;
  documentSource: string;
  kind: string;
  claimant: ActorRef | null;
  claimantText: string | null;
  chain: Array<{ entity: string | null; text: string; role: string }>;
  stance: string;
  status: ClaimStatus | null;
  /** The event report that settled a plan, when a later article reported the event itself. */
  settledBy: string | null;
  day: string | null;
  proposition: { event: string | null; type: string | null; source: ActorRef[]; target: ActorRef[]; date: string | null; polarity: "positive" | "negative"; text: string; span: Span };
  evidence: { span: Span; text: string };
  links: ClaimLinkRef[];
}

export interface DisputeFilter extends Paging { actor?: string; type?: string; since?: string; until?: string }

/** A contested proposition: claims joined by contradicts links, split into the two sides. */
export interface Dispute {
  /** The smallest claim id of the group. */
  id: string;
  proposition: { type: string | null; text: string; source: ActorRef[]; target: ActorRef[]; date: string | null };
  asserts: StoredClaim[];
  denies: StoredClaim[];
  /** Who stands on each side (actor name, else the claimant's words as written). */
  claimants: { asserts: string[]; denies: string[] };
  articles: number;
  latest: string | null;
}

export interface StoreStats { documents: number; articles: number; actors: number; mentions: number; timexes: number; quotes: number; events: number; reports: number; claims: number; schemaVersion: number }

/** Where a write's time went: waiting for its keys' locks, holding them (until commit), linking claims after the commit, and the whole write. */
export interface StoreTiming { lockMs: number; heldMs: number; linkMs: number; writeMs: number }

export interface AddResult { stored: boolean; articles: number; events: number; mergedInto: number; timing?: StoreTiming }

export interface Store {
  readonly location: string;
  hasDocument(id: string): Promise<boolean>;
  /** Stores one analyzed document (its rows in one transaction, cross-article links in a second); a known id stores nothing but finishes linking it. */
  addDocument(doc: DocumentRecord): Promise<AddResult>;
  documents(p?: Paging): Promise<PageOf<DocumentSummary>>;
  document(id: string): Promise<(DocumentSummary & { articles: ArticleSummary[] }) | null>;
  articles(f?: ArticleFilter): Promise<PageOf<ArticleSummary>>;
  article(id: string): Promise<StoredArticle | null>;
  events(f?: EventFilter): Promise<PageOf<StoredEvent>>;
  event(id: string): Promise<StoredEvent | null>;
  actors(f?: ActorFilter): Promise<PageOf<ActorSummary>>;
  actor(id: string): Promise<ActorSummary | null>;
  quotes(f?: QuoteFilter): Promise<PageOf<StoredQuote>>;
  search(q: string, p?: Paging): Promise<PageOf<SearchResult>>;
  claims(f?: ClaimFilter): Promise<PageOf<StoredClaim>>;
  disputes(f?: DisputeFilter): Promise<PageOf<Dispute>>;
  network(f?: EventFilter): Promise<Network>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

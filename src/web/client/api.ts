// Typed calls to the eventline HTTP API (same origin).
import type { ActorSummary, Network, PageOf, SearchResult, StoredArticle, StoredEvent, StoreStats, ArticleSummary, StoredQuote, Dispute, StoredClaim } from "../../store/types.js";

export type { ActorSummary, Network, PageOf, SearchResult, StoredArticle, StoredEvent, StoreStats, ArticleSummary, StoredQuote, Dispute, StoredClaim };

export interface Filters { actor: string; type: string; since: string; until: string }

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") u.searchParams.set(k, String(v));
  const res = await fetch(u);
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

const f = (x: Filters) => ({ actor: x.actor.trim(), type: x.type, since: x.since, until: x.until });

export const api = {
  stats: () => get<StoreStats>("/api/stats"),
  events: (x: Filters, limit = 1000) => get<PageOf<StoredEvent>>("/api/events", { ...f(x), order: "asc", limit }),
  event: (id: string) => get<StoredEvent>(`/api/events/${encodeURIComponent(id)}`),
  network: (x: Filters) => get<Network>("/api/network", f(x)),
  actors: (q = "", limit = 200) => get<PageOf<ActorSummary>>("/api/actors", { q, limit }),
  articles: (offset = 0, limit = 50) => get<PageOf<ArticleSummary>>("/api/articles", { offset, limit }),
  article: (id: string) => get<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  quotes: (article: string) => get<PageOf<StoredQuote>>("/api/quotes", { article, limit: 1000 }),
  disputes: (actor: string, offset = 0) => get<PageOf<Dispute>>("/api/disputes", { actor: actor.trim(), offset, limit: 20 }),
  search: (q: string, offset = 0) => get<PageOf<SearchResult>>("/api/search", { q, offset, limit: 30 }),
};

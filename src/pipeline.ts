// The one way through: page → articles → tokens → actors → times → quotes → events → record.
// The CLI, the API, the workers and the tests all call analyzePage; none holds analysis logic.
import type { ActorLayer, ArticleSegment, Doc, Event, Page, Quote, Timex } from "./doc.js";
import { segmentPage } from "./segment/index.js";
import { tokenize } from "./nlp/tokenize.js";
import { recognizeActors } from "./actors/index.js";
import { findTimexes } from "./time/index.js";
import { findSpeech } from "./quotes/index.js";
import { buildClaims, type ClaimLedger } from "./claims/index.js";
import { codeEvents } from "./events/index.js";
import { loadResources, type Resources } from "./resources.js";
import { findDatelineDate } from "./segment/dateline.js";

export interface AnalyzeOptions {
  /** YYYY-MM-DD: the date relative times resolve against; overrides what the page says. */
  published?: string | null;
  resources?: Resources;
  /** Stages to skip, by name. */
  disable?: StageName[];
  /** Longest article text analyzed, in characters; a longer one is refused with an error. */
  maxArticleChars?: number;
}

export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

export class AnalysisLimitError extends Error {}

export type StageName = "actors" | "time" | "quotes" | "events" | "claims";

export interface AnalyzedArticle {
  segment: ArticleSegment;
  published: string | null;
  publishedFrom: "meta" | "text" | "option" | "page" | "none";
  /** The page's date, kept for teasers as an upper bound on when they were written. */
  pageDate: string | null;
  doc: Doc;
  actors: ActorLayer;
  timexes: Timex[];
  quotes: Quote[];
  events: Event[];
  /** Indirect speech ("X said that ..."), kept apart from direct quotes. */
  reported: Quote[];
  claims: ClaimLedger;
  /** Milliseconds spent per stage, for benchmarks. */
  timings: Record<string, number>;
}

export function analyzePage(page: Page, opts: AnalyzeOptions = {}): AnalyzedArticle[] {
  const res = opts.resources ?? loadResources();
  const off = new Set(opts.disable ?? []);
  const t0 = performance.now();
  const segments = segmentPage(page);
  const limit = opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const long = segments.find((s) => s.text.length > limit);
  if (long) throw new AnalysisLimitError(`an article of ${long.text.length.toLocaleString("en-US")} characters is longer than the limit of ${limit.toLocaleString("en-US")}`);
  const segTime = performance.now() - t0;
  const pageDate = opts.published ?? page.published ?? null;
  return segments.map((segment, i) => {
    const timings: Record<string, number> = { segment: i === 0 ? segTime : 0 };
    let published: string | null = null;
    let publishedFrom: AnalyzedArticle["publishedFrom"] = "none";
    const isMain = i === 0 || !segment.truncated;
    if (isMain && opts.published) [published, publishedFrom] = [opts.published, "option"];
    else if (isMain && page.published) [published, publishedFrom] = [page.published, "meta"];
    else {
      const fromText = findDatelineDate(segment.text);
      if (fromText) [published, publishedFrom] = [fromText, "text"];
    }
    const lap = (name: string, t: number) => (timings[name] = performance.now() - t);
    let t = performance.now();
    const doc = tokenize(segment.text);
    lap("nlp", t);
    t = performance.now();
    const actors = off.has("actors") ? { entities: [], mentions: [] } : recognizeActors(doc, { published, kb: res.kb });
    lap("actors", t);
    t = performance.now();
    const found = off.has("time") ? [] : findTimexes(doc, { published });
    // A teaser previews another story of unknown date: its "Wednesday" or "last year" cannot be
    // placed on a timeline, so only expressions that carry their own year are kept.
    const teaser = i > 0 && segment.truncated && published === null;
    const timexes = teaser ? found.filter((t) => /^(\d{2,4}|P[\dT])/.test(t.value) && !/X/.test(t.value)) : found;
    lap("time", t);
    t = performance.now();
    const speech = off.has("quotes") ? { quotes: [], reported: [] } : findSpeech(doc, actors);
    const quotes = speech.quotes;
    lap("quotes", t);
    t = performance.now();
    const events = off.has("events") ? [] : codeEvents(doc, actors, timexes, quotes, { published, lexicon: res.lexicon });
    lap("events", t);
    t = performance.now();
    const reported = speech.reported;
    const outlet = segment.credits.find((c) => c.kind === "source")?.text ?? page.siteName ?? null;
    const claims = off.has("claims") ? { claims: [], links: [] } : buildClaims({ doc, actors, quotes, reported, events, outlet });
    lap("claims", t);
    return { segment, published, publishedFrom, pageDate, doc, actors, timexes, quotes, events, reported, claims, timings };
  });
}

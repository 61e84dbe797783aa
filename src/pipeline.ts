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
  return analyzePages([page], opts)[0];
}

/** An article on its way through the stages. */
interface Pending {
  page: Page;
  segment: ArticleSegment;
  /** Position of the segment on its page. */
  i: number;
  published: string | null;
  publishedFrom: AnalyzedArticle["publishedFrom"];
  timings: Record<string, number>;
}

/**
 * analyzePage of each page (the same articles, in the same order), with each stage run over all
 * the pages' articles before the next stage starts. A stage then finds its code and tables still
 * in the processor's caches from the article before, where running every stage on one article
 * at a time had each reload them (wink's tokenizer and the events stage push them out): batches
 * of 8 articles cost about 0.8x the CPU time, and a stage about what it costs run alone. All the
 * articles of the batch stay in memory until it returns, so pass a few pages (8 or so), not a
 * corpus. `opts` applies to every page; an article over the length limit on any page throws
 * before any page is analyzed.
 */
export function analyzePages(pages: readonly Page[], opts: AnalyzeOptions = {}): AnalyzedArticle[][] {
  const res = opts.resources ?? loadResources();
  const off = new Set(opts.disable ?? []);
  const limit = opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const arts: Pending[] = [];
  const perPage: number[] = [];
  for (const page of pages) {
    const t0 = performance.now();
    const segments = segmentPage(page);
    const long = segments.find((s) => s.text.length > limit);
    if (long) throw new AnalysisLimitError(`an article of ${long.text.length.toLocaleString("en-US")} characters is longer than the limit of ${limit.toLocaleString("en-US")}`);
    const segTime = performance.now() - t0;
    perPage.push(segments.length);
    segments.forEach((segment, i) => arts.push(pending(page, segment, i, i === 0 ? segTime : 0, opts)));
  }
  const docs = stage(arts, "nlp", (a) => tokenize(a.segment.text));
  const actors = stage(arts, "actors", (a, k): ActorLayer => (off.has("actors") ? { entities: [], mentions: [] } : recognizeActors(docs[k], { published: a.published, kb: res.kb })));
  const timexes = stage(arts, "time", (a, k) => {
    const found = off.has("time") ? [] : findTimexes(docs[k], { published: a.published });
    // A teaser previews another story of unknown date: its "Wednesday" or "last year" cannot be
    // placed on a timeline, so only expressions that carry their own year are kept.
    const teaser = a.i > 0 && a.segment.truncated && a.published === null;
    return teaser ? found.filter((t) => /^(\d{2,4}|P[\dT])/.test(t.value) && !/X/.test(t.value)) : found;
  });
  const speech = stage(arts, "quotes", (a, k): { quotes: Quote[]; reported: Quote[] } => (off.has("quotes") ? { quotes: [], reported: [] } : findSpeech(docs[k], actors[k])));
  const events = stage(arts, "events", (a, k): Event[] => (off.has("events") ? [] : codeEvents(docs[k], actors[k], timexes[k], speech[k].quotes, { published: a.published, lexicon: res.lexicon })));
  const claims = stage(arts, "claims", (a, k): ClaimLedger => {
    const outlet = a.segment.credits.find((c) => c.kind === "source")?.text ?? a.page.siteName ?? null;
    return off.has("claims") ? { claims: [], links: [] } : buildClaims({ doc: docs[k], actors: actors[k], quotes: speech[k].quotes, reported: speech[k].reported, events: events[k], outlet });
  });
  const out: AnalyzedArticle[][] = [];
  let k = 0;
  for (const n of perPage) {
    const page: AnalyzedArticle[] = [];
    for (const end = k + n; k < end; k++) {
      const a = arts[k];
      page.push({
        segment: a.segment, published: a.published, publishedFrom: a.publishedFrom, pageDate: opts.published ?? a.page.published ?? null,
        doc: docs[k], actors: actors[k], timexes: timexes[k], quotes: speech[k].quotes, events: events[k], reported: speech[k].reported, claims: claims[k], timings: a.timings,
      });
    }
    out.push(page);
  }
  return out;
}

/** The article's date, from the options, the page or its dateline, before any stage runs. */
function pending(page: Page, segment: ArticleSegment, i: number, segTime: number, opts: AnalyzeOptions): Pending {
  let published: string | null = null;
  let publishedFrom: AnalyzedArticle["publishedFrom"] = "none";
  const isMain = i === 0 || !segment.truncated;
  if (isMain && opts.published) [published, publishedFrom] = [opts.published, "option"];
  else if (isMain && page.published) [published, publishedFrom] = [page.published, "meta"];
  else {
    const fromText = findDatelineDate(segment.text);
    if (fromText) [published, publishedFrom] = [fromText, "text"];
  }
  return { page, segment, i, published, publishedFrom, timings: { segment: segTime } };
}

/** Runs one stage over every article, in order, timing each. */
function stage<T>(arts: readonly Pending[], name: string, run: (a: Pending, k: number) => T): T[] {
  return arts.map((a, k) => {
    const t = performance.now();
    const r = run(a, k);
    a.timings[name] = performance.now() - t;
    return r;
  });
}

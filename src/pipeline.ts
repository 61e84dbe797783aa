// The one way through: page → articles → tokens → actors → times → quotes → events → record.
// The CLI, the API, the workers and the tests all call analyzePage; none holds analysis logic.
import type { ActorLayer, ArticleSegment, Doc, Event, Page, Quote, Timex } from "./doc.js";
import { segmentPage } from "./segment/index.js";
import { tokenize } from "./nlp/tokenize.js";
import { startWordBatch } from "./nlp/word-ids.js";
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
  const [result] = analyzePages([page], opts);
  if (result instanceof Error) throw result;
  return result;
}

/** One article on its way through the stages of a batch. */
interface Work {
  page: number;
  index: number;
  segment: ArticleSegment;
  published: string | null;
  publishedFrom: AnalyzedArticle["publishedFrom"];
  pageDate: string | null;
  timings: Record<string, number>;
  doc?: Doc;
  actors?: ActorLayer;
  timexes?: Timex[];
  speech?: { quotes: Quote[]; reported: Quote[] };
  events?: Event[];
  claims?: ClaimLedger;
}

/**
 * Analyzes several pages stage by stage: every article of the batch is tokenized, then every
 * article's actors are found, and so on. Run one article at a time, each stage finds its code and
 * tables pushed out of the processor's caches by the stages between (wink and events push out
 * most: the time stage cost about twice in the pipeline what it cost run alone); in a batch they
 * stay warm from one article to the next. Batches of 8-16 pages took 0.68-0.93x the CPU time of
 * the same pages one by one, with the same results (less, 0.82-1.02x, where other work shares the
 * process and the caches, as in npm run bench). A page that fails (an
 * article over the length limit, an error in a stage) gets its Error in its place and the rest
 * of the batch goes on. All the batch's articles stay in memory until it returns: pass a few
 * pages (src/batch.ts), not a corpus.
 */
export function analyzePages(pages: Page[], opts: AnalyzeOptions = {}): Array<AnalyzedArticle[] | Error> {
  const res = opts.resources ?? loadResources();
  const off = new Set(opts.disable ?? []);
  const limit = opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const results: Array<AnalyzedArticle[] | Error> = [];
  const work: Work[] = [];
  pages.forEach((page, p) => {
    try {
      const t0 = performance.now();
      const segments = segmentPage(page);
      const long = segments.find((s) => s.text.length > limit);
      if (long) throw new AnalysisLimitError(`an article of ${long.text.length.toLocaleString("en-US")} characters is longer than the limit of ${limit.toLocaleString("en-US")}`);
      const segTime = performance.now() - t0;
      const pageDate = opts.published ?? page.published ?? null;
      segments.forEach((segment, i) => work.push({ page: p, index: i, segment, pageDate, ...publishedOf(page, segment, i, opts), timings: { segment: i === 0 ? segTime : 0 } }));
      results.push([]);
    } catch (e) {
      results.push(asError(e));
    }
  });
  const stage = (name: string, run: (w: Work) => void) => {
    for (const w of work) {
      if (results[w.page] instanceof Error) continue;
      const t = performance.now();
      try {
        run(w);
      } catch (e) {
        results[w.page] = asError(e);
      }
      w.timings[name] = performance.now() - t;
    }
  };
  // The word ids start over, when full, here (and, past twice the cap, as a new word is met:
  // stages check each id's word, so a batch that meets that many new words only reads slower).
  startWordBatch();
  stage("nlp", (w) => (w.doc = tokenize(w.segment.text)));
  stage("actors", (w) => (w.actors = off.has("actors") ? { entities: [], mentions: [] } : recognizeActors(w.doc!, { published: w.published, kb: res.kb })));
  stage("time", (w) => {
    const found = off.has("time") ? [] : findTimexes(w.doc!, { published: w.published });
    // A teaser previews another story of unknown date: its "Wednesday" or "last year" cannot be
    // placed on a timeline, so only expressions that carry their own year are kept.
    const teaser = w.index > 0 && w.segment.truncated && w.published === null;
    w.timexes = teaser ? found.filter((t) => /^(\d{2,4}|P[\dT])/.test(t.value) && !/X/.test(t.value)) : found;
  });
  stage("quotes", (w) => (w.speech = off.has("quotes") ? { quotes: [], reported: [] } : findSpeech(w.doc!, w.actors!)));
  stage("events", (w) => (w.events = off.has("events") ? [] : codeEvents(w.doc!, w.actors!, w.timexes!, w.speech!.quotes, { published: w.published, lexicon: res.lexicon })));
  stage("claims", (w) => {
    const outlet = w.segment.credits.find((c) => c.kind === "source")?.text ?? pages[w.page].siteName ?? null;
    const { quotes, reported } = w.speech!;
    w.claims = off.has("claims") ? { claims: [], links: [] } : buildClaims({ doc: w.doc!, actors: w.actors!, quotes, reported, events: w.events!, outlet });
  });
  for (const w of work) {
    const r = results[w.page];
    if (r instanceof Error) continue;
    const { segment, published, publishedFrom, pageDate, timings } = w;
    r.push({ segment, published, publishedFrom, pageDate, doc: w.doc!, actors: w.actors!, timexes: w.timexes!, quotes: w.speech!.quotes, events: w.events!, reported: w.speech!.reported, claims: w.claims!, timings });
  }
  return results;
}

/** The date an article's relative times resolve against, and where it came from. */
function publishedOf(page: Page, segment: ArticleSegment, i: number, opts: AnalyzeOptions): Pick<Work, "published" | "publishedFrom"> {
  const isMain = i === 0 || !segment.truncated;
  if (isMain && opts.published) return { published: opts.published, publishedFrom: "option" };
  if (isMain && page.published) return { published: page.published, publishedFrom: "meta" };
  const fromText = findDatelineDate(segment.text);
  return fromText ? { published: fromText, publishedFrom: "text" } : { published: null, publishedFrom: "none" };
}

/** e itself when it is an Error, else an Error with its text. */
export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

// The time stage: finds time expressions in an article and normalizes them to TIMEX3 values
// against the article date, the tense of their clause and the dates mentioned before them.
import type { Doc, Timex } from "../doc.js";
import { parseYmd, type YMD } from "./calendar.js";
import { scanTimeWords, startFilter, type Match } from "./grammar.js";
import { loadTimeLexicon, type TimeLexicon } from "./lexicon.js";
import { resolve, type ResolveContext, type Resolved } from "./resolve.js";
import { expressionTense, NO_TENSE, TenseReader, tokenIndexAt } from "./tense.js";
import { splitWords, Words } from "./words.js";

export interface TimeContext { published: string | null }

const TENSE_FREE = new Set(["year", "decade", "century", "duration", "set", "ref", "fiscal", "relunit", "deictic", "time"]);

/**
 * Time expressions of an article, sorted and non-overlapping, each with its TIMEX3 type and
 * value resolved against `ctx.published` (YYYY-MM-DD), the clause tense and earlier dates, and
 * an `anchor` naming what it was resolved against. Without an article date, unknown parts of a
 * value are X (XXXX-05-12, XXXX-WXX-3); no year is ever invented.
 */
export function findTimexes(doc: Doc, ctx: TimeContext): Timex[] {
  const lex = loadTimeLexicon();
  const words = splitWords(doc.text, doc.tokens, startFilter(lex), WORDS);
  try {
    return timexesOf(doc, words, lex, ctx);
  } finally {
    words.release();
  }
}

/** The words of the article being read, refilled for each one (findTimexes does not nest). */
const WORDS = new Words();

function timexesOf(doc: Doc, words: Words, lex: TimeLexicon, ctx: TimeContext): Timex[] {
  const matches = scanTimeWords(words, lex, doc);
  const tenses = new TenseReader(doc, lex);
  // One context for every expression: resolve reads it and keeps nothing of it.
  const c: ResolveContext = { pub: articleDate(ctx.published), tense: null, previous: null, lex, sameSentenceDay: null };
  const out: Timex[] = [];
  // The last day resolved, and its sentence.
  let daySent: number | null = null;
  let lastDay: YMD | null = null;
  const sentOf = (m: Match) => {
    const ti = tokenIndexAt(doc, words.start(m.s));
    return ti >= 0 ? doc.tokens[ti].sent : -1;
  };
  const resolveAt = (m: Match, sameSentenceDay: YMD | null): Resolved => {
    const start = words.start(m.s), end = words.end(m.e - 1);
    const ct = TENSE_FREE.has(m.sem.k) ? NO_TENSE : tenses.at(start, end);
    c.tense = expressionTense(m.sem, ct, words, m.s, lex);
    c.sameSentenceDay = sameSentenceDay;
    return resolve(m.sem, c);
  };
  // The match after a clock time, resolved ahead of its turn.
  let aheadMatch: Match | null = null;
  let aheadResolved: Resolved | null = null;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const sent = sentOf(m);
    let day = daySent === sent ? lastDay : null;
    // A clock time right before its day ("noon Sunday", "9 a.m. on Monday") takes that day.
    const nx = matches[k + 1];
    if (m.sem.k === "time" && nx && nx.s - m.e <= 1 && sentOf(nx) === sent) {
      const r = resolveAt(nx, null);
      if (r.day) { day = r.day; aheadMatch = nx; aheadResolved = r; }
    }
    const r: Resolved = aheadMatch === m ? aheadResolved! : resolveAt(m, day);
    if (r.point) c.previous = r.point;
    if (r.day) {
      c.previous = { v: r.day, gran: "day" };
      daySent = sent;
      lastDay = r.day;
    }
    const start = words.start(m.s), end = words.end(m.e - 1);
    out.push(timexOf(start, end, doc.text.slice(start, end), r));
  }
  return out;
}

// The article date read last: the documents of a batch mostly share one (read-only) date.
let lastPublished: string | null | undefined;
let lastDate: YMD | null = null;

function articleDate(published: string | null): YMD | null {
  if (published !== lastPublished) {
    lastPublished = published;
    const d = parseYmd(published);
    lastDate = d && Object.freeze(d);
  }
  return lastDate;
}

/** A Timex with mod and anchor only when set, made whole at once (keys in the same order). */
function timexOf(start: number, end: number, text: string, r: Resolved): Timex {
  const { type, value, mod, anchor } = r;
  if (mod) return anchor ? { start, end, text, type, value, mod, anchor } : { start, end, text, type, value, mod };
  return anchor ? { start, end, text, type, value, anchor } : { start, end, text, type, value };
}

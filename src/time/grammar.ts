// The time grammar: hand-written patterns over the time words, tried at each word; the longest
// match wins and the scan continues after it, so matches never overlap.
import type { Doc } from "../doc.js";
import { Cursor, type Match, REL, EDGE } from "./cursor.js";
import type { TimeLexicon } from "./lexicon.js";
import { numeric, shortDecade, theDecadeOrCentury } from "./patterns-numbers.js";
import { durationAt, modified, unitWord, periodBack, frequency, everySet, setAdverb, PERIOD_WORDS } from "./patterns-durations.js";
import { secondDay, monthAt, edge, edgeOf, weekdayAt, deictic, relative, weekendWord, dayBeforeAfter, season, quarter, fiscal, trie } from "./patterns-calendar.js";
import type { Words } from "./words.js";
import { WordFilter } from "../nlp/word-filter.js";
import { WordColumn } from "../nlp/word-ids.js";

export type { Match };

/** The filter of the words a pattern can start with, for splitWords. */
export function startFilter(lex: TimeLexicon): WordFilter {
  return startWords(lex).quick;
}

/** All time expressions recognized in the words, sorted and non-overlapping. */
export function scanTimeWords(W: Words, lex: TimeLexicon, doc: Doc): Match[] {
  return scan(new Cursor(W, lex, doc));
}

// The patterns tried at an alphabetic word, in the order they are tried (on equal length the
// first wins). Each word's bit set (see patternMask) names the patterns that can start with it.
const P = {
  duration: 1 << 0, modified: 1 << 1, month: 1 << 2, weekday: 1 << 3, relative: 1 << 4, weekend: 1 << 5,
  periodBack: 1 << 6, dayBeforeAfter: 1 << 7, edgeOf: 1 << 8, frequency: 1 << 9, edge: 1 << 10, deictic: 1 << 11,
  unitWord: 1 << 12, season: 1 << 13, quarter: 1 << 14, fiscal: 1 << 15, everySet: 1 << 16, setAdverb: 1 << 17,
  vague: 1 << 18, holiday: 1 << 19, theDecade: 1 << 20,
};

/** m when it is longer than best (and not empty), else best. */
function longer(best: Match | null, m: Match | null): Match | null {
  return m && m.e > m.s && (!best || m.e > best.e) ? m : best;
}

function at(g: Cursor, i: number, mask: number): Match | null {
  if (g.isNum(i)) return longer(null, numeric(g, i));
  if (!g.isAlpha(i)) return g.l(i) === "'" || g.l(i) === "’" ? longer(null, shortDecade(g, i, i)) : null;
  let best: Match | null = null;
  if (mask & P.duration) best = longer(best, durationAt(g, i, i, undefined));
  if (mask & P.modified) best = longer(best, modified(g, i));
  if (mask & P.month) best = longer(best, monthAt(g, i, i, undefined));
  if (mask & P.weekday) best = longer(best, weekdayAt(g, i, i, undefined));
  if (mask & P.relative) best = longer(best, relative(g, i));
  if (mask & P.weekend) best = longer(best, weekendWord(g, i));
  if (mask & P.periodBack) best = longer(best, periodBack(g, i));
  if (mask & P.dayBeforeAfter) best = longer(best, dayBeforeAfter(g, i));
  if (mask & P.edgeOf) best = longer(best, edgeOf(g, i));
  if (mask & P.frequency) best = longer(best, frequency(g, i));
  if (mask & P.edge) best = longer(best, edge(g, i));
  if (mask & P.deictic) best = longer(best, deictic(g, i));
  if (mask & P.unitWord) best = longer(best, unitWord(g, i));
  if (mask & P.season) best = longer(best, season(g, i, i, undefined));
  if (mask & P.quarter) best = longer(best, quarter(g, i));
  if (mask & P.fiscal) best = longer(best, fiscal(g, i));
  if (mask & P.everySet) best = longer(best, everySet(g, i));
  if (mask & P.setAdverb) best = longer(best, setAdverb(g, i));
  if (mask & P.vague) best = longer(best, trie(g, i, g.lex.vague, "ref"));
  if (mask & P.holiday) best = longer(best, trie(g, i, g.lex.holidays, "holiday"));
  if (mask & P.theDecade) best = longer(best, theDecadeOrCentury(g, i));
  return best;
}

const EDGE_WORDS = ["end", "beginning", "start", "middle"];
const DEICTIC_WORDS = ["noon", "midday", "midnight", "yesterday", "today", "tomorrow", "tonight", "overnight"];

/** The patterns that start with "the" and read the word after it. */
const THE_PATTERNS = P.periodBack | P.dayBeforeAfter | P.edgeOf | P.season | P.quarter | P.theDecade;

/** Every word one of THE_PATTERNS accepts right after "the" (numbers aside). */
function afterThe(lex: TimeLexicon): Set<string> {
  return new Set([
    ...PERIOD_WORDS, // periodBack
    "day", "week", "month", "year", // dayBeforeAfter
    ...EDGE_WORDS, // edgeOf
    "'", "’", // theDecadeOrCentury
    ...lex.seasons.keys(), ...lex.ordinals.keys(), // season, quarter, theDecadeOrCentury
  ]);
}

/**
 * The patterns that can match starting at a word, read off each pattern's first test (a pattern
 * left out here would return null at this word). Over-inclusion is harmless; omission is not.
 */
function patternMask(l: string, lex: TimeLexicon, fuzzy: Set<string>): number {
  const the = l === "the";
  let m = 0;
  if (lex.numbers.has(l) || fuzzy.has(l)) m |= P.duration;
  if (lex.modifiers.next.has(l)) m |= P.modified;
  if (lex.months.has(l)) m |= P.month;
  if (lex.weekdays.has(l) || (l.endsWith("s") && lex.weekdays.has(l.slice(0, -1)))) m |= P.weekday;
  if (REL[l] || l === "earlier" || l === "later") m |= P.relative;
  if (l === "weekend" || l === "weekends") m |= P.weekend;
  if (the || l === "that" || PERIOD_WORDS.includes(l)) m |= P.periodBack;
  if (the) m |= P.dayBeforeAfter;
  if (the || EDGE_WORDS.includes(l)) m |= P.edgeOf;
  if (l === "once" || l === "twice" || lex.numbers.has(l)) m |= P.frequency;
  if (EDGE[l]) m |= P.edge;
  if (DEICTIC_WORDS.includes(l)) m |= P.deictic;
  if (lex.units.has(l)) m |= P.unitWord;
  if (the || l === "this" || lex.seasons.has(l)) m |= P.season;
  if (the || l === "q" || /^q[1-4]$/.test(l) || lex.ordinals.has(l)) m |= P.quarter;
  if (l === "fy" || l === "fiscal") m |= P.fiscal;
  if (l === "every" || l === "each") m |= P.everySet;
  if (lex.sets.has(l)) m |= P.setAdverb;
  if (lex.vague.next.has(l)) m |= P.vague;
  if (lex.holidays.next.has(l)) m |= P.holiday;
  if (the) m |= P.theDecade;
  return m;
}

/** All matches, sorted and non-overlapping. */
function scan(g: Cursor): Match[] {
  const out: Match[] = [];
  const starts = startWords(g.lex);
  const { masks, afterThe } = starts;
  starts.byId.sync();
  const W = g.W;
  for (let i = 0; i < W.n; ) {
    let mask = 0;
    if (!W.isNum(i)) {
      // Most words start no pattern: splitWords ran them through startFilter() before a lookup.
      if (!W.mayStart(i)) { i++; continue; }
      const wid = W.wid(i);
      const l = W.l(i);
      const found = wid >= 0 ? maskById(starts, wid, l) : (masks.get(l) ?? NO_START);
      if (found === NO_START) { i++; continue; }
      mask = found;
      // "the" is common: its patterns all need one of a few words (or a number) right after it.
      if (l === "the" && !W.isNum(i + 1) && !afterThe.has(g.l(i + 1))) {
        mask &= ~THE_PATTERNS;
        if (mask === 0) { i++; continue; }
      }
    }
    const m = at(g, i, mask);
    if (!m) { i++; continue; }
    out.push(m);
    i = m.e;
    // "October 27 or 28": the second day is left out, as answer keys do (a bare "28" is noise).
    const second = secondDay(g, m);
    if (second) i = second.e;
  }
  return out;
}

interface StartIndex {
  /** Every word a pattern can start with, and the patterns it can start. */
  masks: Map<string, number>;
  quick: WordFilter;
  afterThe: Set<string>;
  /** masks by word id (Token.wid), NO_START for a word that starts no pattern. */
  byId: WordColumn<number>;
}

const NO_START = -1;

/** masks.get(l) of the word with id wid and lower-case form l, NO_START when it is none. */
function maskById(starts: StartIndex, wid: number, l: string): number {
  let m = starts.byId.get(wid, l);
  if (m === undefined) starts.byId.set(wid, l, (m = starts.masks.get(l) ?? NO_START));
  return m;
}

const STARTS = new WeakMap<TimeLexicon, StartIndex>();

/** Every word a pattern can start with; other words are skipped without trying the patterns. */
function startWords(lex: TimeLexicon): StartIndex {
  let index = STARTS.get(lex);
  if (index) return index;
  const set = new Set<string>([
    ...Object.keys(REL), ...Object.keys(EDGE), ...(lex.grammarWords.get("fuzzy") ?? []), "'", "’", "the", "that", "earlier", "later", "every", "each",
    "fiscal", "fy", "q", "q1", "q2", "q3", "q4", ...DEICTIC_WORDS, "weekend", "weekends", ...EDGE_WORDS, "once", "twice",
  ]);
  for (const k of lex.months.keys()) set.add(k);
  for (const k of lex.weekdays.keys()) { set.add(k); set.add(k + "s"); }
  for (const k of lex.numbers.keys()) set.add(k);
  for (const k of lex.units.keys()) set.add(k);
  for (const k of lex.seasons.keys()) set.add(k);
  for (const k of lex.ordinals.keys()) set.add(k);
  for (const k of lex.sets.keys()) set.add(k);
  for (const k of lex.modifiers.next.keys()) set.add(k);
  for (const k of lex.vague.next.keys()) set.add(k);
  for (const k of lex.holidays.next.keys()) set.add(k);
  const fuzzy = lex.grammarWords.get("fuzzy") ?? new Set<string>();
  const masks = new Map<string, number>();
  for (const k of set) masks.set(k, patternMask(k, lex, fuzzy));
  index = { masks, quick: new WordFilter(set), afterThe: afterThe(lex), byId: new WordColumn<number>() };
  STARTS.set(lex, index);
  return index;
}

// The time grammar: hand-written patterns over the time words, tried at each word; the longest
// match wins and the scan continues after it, so matches never overlap.
import type { Doc } from "../doc.js";
import { Cursor, type Match, REL, EDGE } from "./cursor.js";
import type { TimeLexicon } from "./lexicon.js";
import { numeric, shortDecade, theDecadeOrCentury } from "./patterns-numbers.js";
import { durationAt, modified, unitWord, periodBack, frequency, everySet, setAdverb } from "./patterns-durations.js";
import { secondDay, monthAt, edge, edgeOf, weekdayAt, deictic, relative, weekendWord, dayBeforeAfter, season, quarter, fiscal, trie } from "./patterns-calendar.js";
import type { Word } from "./words.js";

export type { Match };

/** All time expressions recognized in the words, sorted and non-overlapping. */
export function scanTimeWords(W: Word[], lex: TimeLexicon, doc: Doc): Match[] {
  return scan(new Cursor(W, lex, doc));
}

function at(g: Cursor, i: number): Match | null {
  const w = g.W[i];
  let best: Match | null = null;
  const take = (m: Match | null) => { if (m && m.e > m.s && (!best || m.e > best.e)) best = m; };
  if (w.kind === "num") {
    take(numeric(g, i));
  } else if (w.kind === "alpha") {
    if (g.lex.numbers.has(w.l) || g.fuzzy.has(w.l)) take(durationAt(g, i, i, undefined));
    take(modified(g, i));
    take(monthAt(g, i, i, undefined));
    take(weekdayAt(g, i, i, undefined));
    take(relative(g, i));
    take(weekendWord(g, i));
    take(periodBack(g, i));
    take(dayBeforeAfter(g, i));
    take(edgeOf(g, i));
    take(frequency(g, i));
    take(edge(g, i));
    take(deictic(g, i));
    take(unitWord(g, i));
    take(season(g, i, i, undefined));
    take(quarter(g, i));
    take(fiscal(g, i));
    take(everySet(g, i));
    take(setAdverb(g, i));
    take(trie(g, i, g.lex.vague, "ref"));
    take(trie(g, i, g.lex.holidays, "holiday"));
    take(theDecadeOrCentury(g, i));
  } else if (w.l === "'" || w.l === "’") {
    take(shortDecade(g, i, i));
  }
  return best;
}

/** All matches, sorted and non-overlapping. */
function scan(g: Cursor): Match[] {
  const out: Match[] = [];
  const starts = startWords(g.lex);
  for (let i = 0; i < g.W.length; ) {
    const w = g.W[i];
    if (w.kind !== "num" && !starts.has(w.l)) { i++; continue; }
    const m = at(g, i);
    if (!m) { i++; continue; }
    out.push(m);
    i = m.e;
    // "October 27 or 28": the second day is left out, as answer keys do (a bare "28" is noise).
    const second = secondDay(g, m);
    if (second) i = second.e;
  }
  return out;
}

const STARTS = new WeakMap<TimeLexicon, Set<string>>();

/** Every word a pattern can start with; other words are skipped without trying the patterns. */
function startWords(lex: TimeLexicon): Set<string> {
  let set = STARTS.get(lex);
  if (set) return set;
  set = new Set<string>([
    ...Object.keys(REL), ...Object.keys(EDGE), ...(lex.grammarWords.get("fuzzy") ?? []), "'", "’", "the", "that", "earlier", "later", "every", "each",
    "fiscal", "fy", "q", "q1", "q2", "q3", "q4", "yesterday", "today", "tomorrow", "tonight", "weekend", "weekends", "noon", "midday", "midnight", "end", "beginning", "start", "middle", "once", "twice",
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
  STARTS.set(lex, set);
  return set;
}


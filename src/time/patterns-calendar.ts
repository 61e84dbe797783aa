// Calendar patterns: month names, weekdays, today/yesterday, last/this/next, weekends, seasons, quarters, fiscal years, lexicon phrases.
import { type Cursor, type Match, REL, PERIOD_PREP, EDGE, ORD_SUFFIX, CAL_UNITS } from "./cursor.js";
import { yearAt, decade } from "./patterns-numbers.js";
import { durationValue } from "./patterns-durations.js";
import type { Mod, Rel } from "./semantics.js";
import type { PhraseTrie } from "./lexicon.js";

/** The second day of "October 27 or 28", "June 16-17", "May 5 to 7": same month. */
export function secondDay(g: Cursor, m: Match): Match | null {
  if (m.sem.k !== "day") return null;
  let j = m.e;
  const c = g.l(j);
  if (!(c === "or" || c === "and" || c === "to" || c === "through" || c === "-" || c === "–")) return null;
  j++;
  if (!g.isNum(j) || g.len(j) > 2) return null;
  const d = g.W.value(j);
  if (d < 1 || d > 31 || d <= m.sem.d) return null;
  const after = g.l(j + 1);
  if (g.lex.units.has(after) || g.lex.months.has(after) || after === "%" || after === "percent" || after === ":" || after === "," && g.isNum(j + 2)) return null;
  return { s: j, e: j + 1, sem: { ...m.sem, d } };
}

/** MONTH [DAY][, YEAR] | MONTH [of] YEAR | MONTH alone (when clearly a date). */
export function monthAt(g: Cursor, s: number, i: number, mod: Mod | undefined): Match | null {
  const l = g.l(i);
  if (!l) return null;
  const mo = g.lex.months.get(l);
  if (!mo) return null;
  if (mo.ambiguous && !g.cap(i)) return null;
  let j = i + 1;
  let dotted = false;
  while (g.l(j) === "." && mo.abbr) { j++; dotted = true; }
  // MONTH DAY [, YEAR]
  if (g.isNum(j) && g.len(j) <= 2 && g.l(j + 1) !== ":" && !(g.l(j + 1) === "," && g.isNum(j + 2) && g.len(j + 2) !== 4)) {
    const d = g.W.value(j);
    if (d >= 1 && d <= 31 && !(g.l(j + 1) === "-" && g.glued(j + 1) && g.isAlpha(j + 2))) {
      let e = j + 1;
      if (ORD_SUFFIX.has(g.l(e)) && g.glued(e)) e++;
      let y: number | null = null;
      let k = e;
      if (g.l(k) === ",") k++;
      const yy = g.fourDigitYear(k);
      if (yy !== null) { y = yy; e = k + 1; }
      return { s, e, sem: { k: "day", y, m: mo.month, d, mod } };
    }
  }
  // MONTH [,] [of] YEAR
  let k = j;
  if (g.l(k) === ",") k++;
  if (g.l(k) === "of") k++;
  const y = g.fourDigitYear(k);
  if (y !== null) return { s, e: k + 1, sem: { k: "month", y, m: mo.month, mod } };
  // MONTH alone.
  if (mo.abbr && !dotted) return null;
  if (mo.abbr && dotted && !g.datePrep.has(g.l(s - 1))) return null;
  if (mo.ambiguous || !g.cap(i)) {
    const p = g.l(s - 1);
    if (!mod && !(g.datePrep.has(p) && p !== "," && p !== "-" && p !== "and" && p !== "or" && p !== "the" && p !== "to")) return null;
    const t = g.tok(i);
    if (t && (t.pos === "AUX" || t.pos === "VERB")) return null;
  }
  // "January's", "June 2025 report" are fine; a month name followed by a capitalized word
  // that is not a date is more likely a name ("April Ryan").
  if (g.isAlpha(j) && g.cap(j) && !g.lex.weekdays.has(g.l(j)) && !mod && g.tok(j)?.pos === "PROPN" && g.tok(i)?.pos === "PROPN" && !g.datePrep.has(g.l(s - 1))) return null;
  return { s, e: j, sem: { k: "month", y: null, m: mo.month, mod } };
}

/** "early June", "mid-2024", "late last year". */
export function edge(g: Cursor, i: number): Match | null {
  const mod = EDGE[g.l(i)];
  if (!mod || g.l(i) === "end" || g.l(i) === "beginning" || g.l(i) === "middle") return null;
  let j = i + 1;
  if (g.l(j) === "-" && g.glued(j)) j++;
  if (j >= g.W.n) return null;
  if (g.isNum(j)) {
    const d = decade(g, i, j);
    if (d && d.sem.k === "decade") return { ...d, sem: { ...d.sem, mod } };
    return yearAt(g, i, j, mod);
  }
  if (g.l(j) === "the" && g.isNum(j + 1)) {
    const d = decade(g, i, j + 1);
    if (d && d.sem.k === "decade") return { ...d, sem: { ...d.sem, mod } };
  }
  const m = monthAt(g, i, j, mod);
  if (m) return m;
  const r = relative(g, j);
  if (r && (r.sem.k === "relunit" || r.sem.k === "month" || r.sem.k === "season")) return { s: i, e: r.e, sem: r.sem };
  const se = season(g, i, j, mod);
  if (se) return se;
  const wd = weekdayAt(g, i, j, undefined);
  if (wd) return wd;
  return null;
}

const EDGE_UNITS = new Set(["week", "month", "year", "decade", "century"]);

/** "the end of June", "the start of the year", "the beginning of 2024", "the middle of next week". */
export function edgeOf(g: Cursor, i: number): Match | null {
  let j = i;
  if (g.l(j) === "the") j++;
  const edge = g.l(j);
  const mod: Mod | undefined = edge === "end" ? "END" : edge === "beginning" || edge === "start" ? "START" : edge === "middle" ? "MID" : undefined;
  if (!mod || g.l(j + 1) !== "of") return null;
  j += 2;
  if (j >= g.W.n) return null;
  if (g.isNum(j)) {
    const y = yearAt(g, i, j, mod);
    return y;
  }
  const m = monthAt(g, i, j, mod);
  if (m) return m;
  if (g.l(j) === "the") {
    const u = g.lex.units.get(g.l(j + 1));
    if (u && EDGE_UNITS.has(u.name) && !g.l(j + 1).endsWith("s")) {
      // "the war" would not get here; "the year" is the current one.
      if (g.l(j + 2) === "of" || g.l(j + 2) === "'") return null;
      return { s: i, e: j + 2, sem: { k: "relunit", unit: u.name, rel: "this", mod } };
    }
    return null;
  }
  const r = relative(g, j);
  if (r && r.sem.k === "relunit") return { s: i, e: r.e, sem: { ...r.sem, mod } };
  return null;
}

export function weekdayAt(g: Cursor, s: number, i: number, rel: Rel | undefined): Match | null {
  const l = g.l(i);
  if (!l) return null;
  let wd = g.lex.weekdays.get(l);
  let plural = false;
  if (wd === undefined && l.endsWith("s")) { wd = g.lex.weekdays.get(l.slice(0, -1)); plural = wd !== undefined; }
  if (wd === undefined || !g.cap(i)) return null;
  // Abbreviations only when written "Tue." / "Tue," before a date.
  if (l.length <= 5 && !l.endsWith("day")) {
    const after = g.l(i + 1);
    if (!((after === "." || after === ",") && (g.lex.months.has(g.l(i + 2)) || g.isNum(i + 2)))) return null;
  }
  if (plural) return { s, e: i + 1, sem: { k: "set", value: `XXXX-WXX-${wd}` } };
  // "The Sunday Times", "the Monday Night Football": a name, not a day.
  if (g.l(s - 1) === "the" && g.cap(i + 1) && !g.lex.months.has(g.l(i + 1)) && g.tok(i + 1)?.pos === "PROPN") return null;
  let e = i + 1;
  let pod: string | undefined;
  const p = g.lex.partsOfDay.get(g.l(e));
  if (p && g.l(e) !== "overnight") { pod = p; e++; }
  return { s, e, sem: { k: "weekday", wd, rel, pod } };
}

const ARTICLES = new Set(["a", "an", "the", "this", "that", "its", "their", "his", "her"]);

export function deictic(g: Cursor, i: number): Match | null {
  const l = g.l(i);
  if (l === "noon" || l === "midday") return { s: i, e: i + 1, sem: { k: "time", h: 12, min: 0 } };
  if (l === "midnight") return { s: i, e: i + 1, sem: { k: "time", h: 24, min: 0 } };
  let days: number | null = null;
  let pod: string | undefined;
  if (l === "yesterday") days = -1;
  else if (l === "today") days = 0;
  else if (l === "tomorrow") days = 1;
  else if (l === "tonight") { days = 0; pod = "NI"; }
  else if (l === "overnight") {
    // The adverb is the night before the story ("launched drones overnight"); the adjective
    // ("overnight talks", "an overnight stay") names no date.
    const next = g.tok(i + 1);
    if (ARTICLES.has(g.l(i - 1)) || next?.pos === "NOUN" || next?.pos === "PROPN" || next?.pos === "ADJ") return null;
    days = -1;
    pod = "NI";
  }
  if (days === null) return null;
  const t = g.t(i);
  if (t === t.toUpperCase() && i > 0 && g.isAlpha(i - 1) && g.cap(i - 1)) return null;
  let e = i + 1;
  const p = g.lex.partsOfDay.get(g.l(e));
  if (p && !pod && g.l(e) !== "overnight") { pod = p; e++; }
  return { s: i, e, sem: { k: "deictic", days, pod } };
}

/** last/this/next + week, month, year, weekend, weekday, month name, season, quarter; "earlier this year". */
export function relative(g: Cursor, i: number): Match | null {
  let s = i;
  let j = i;
  if ((g.l(j) === "earlier" || g.l(j) === "later") && g.l(j + 1) === "this") j++;
  if (g.l(j) === "this" && g.l(j + 1) === "past") j++;
  const rel = REL[g.l(j)];
  if (!rel) return null;
  const prevWord = g.l(s - 1);
  const the = prevWord === "the";
  j++;
  const u = g.l(j);
  if (u === "night" && rel === "last") return { s, e: j + 1, sem: { k: "deictic", days: -1, pod: "NI" } };
  const pod = g.lex.partsOfDay.get(u);
  if (pod && rel === "this" && u !== "overnight") return { s, e: j + 1, sem: { k: "deictic", days: 0, pod } };
  if (u === "weekend") return { s, e: j + 1, sem: { k: "weekend", rel } };
  const unit = g.lex.units.get(u);
  if (unit && CAL_UNITS.has(unit.name) && !u.endsWith("s")) {
    // "the next day", "the following week": a step from the last date mentioned.
    const step = g.l(i) === "following" || (g.l(i) === "next" && !PERIOD_PREP.has(g.l(s - 2))) || g.l(i) === "previous";
    if (the && step && unit.name !== "decade" && unit.name !== "century") return { s: s - 1, e: j + 1, sem: { k: "offset", n: 1, unit: unit.name, dir: g.l(i) === "previous" ? -1 : 1, from: "previous" } };
    // "the past week" is a period, "last week" a date.
    if (the || g.l(i) === "past" || g.l(i) === "previous" || g.l(i) === "coming") return { s: the ? s - 1 : s, e: j + 1, sem: { k: "duration", value: durationValue(1, unit.code) } };
    let e = j + 1;
    if (g.l(e) === "'" && g.l(e + 1) === "s" && g.glued(e)) e = j + 1;
    return { s, e, sem: { k: "relunit", unit: unit.name, rel } };
  }
  if (the) return null;
  const wd = weekdayAt(g, s, j, rel);
  if (wd) return wd;
  const mo = g.lex.months.get(u);
  if (mo && !mo.abbr && g.cap(j)) return { s, e: j + 1, sem: { k: "month", y: null, m: mo.month, rel } };
  const se = g.lex.seasons.get(u);
  if (se) return { s, e: j + 1, sem: { k: "season", code: se.code, y: null, rel } };
  return null;
}

/** "weekend" without last/this/next: resolved by tense; "weekends" is a set. */
export function weekendWord(g: Cursor, i: number): Match | null {
  const l = g.l(i);
  if (l === "weekends") return { s: i, e: i + 1, sem: { k: "set", value: "XXXX-WXX-WE" } };
  if (l !== "weekend") return null;
  if (g.l(i + 1) === "-" && g.glued(i + 1)) return null;
  return { s: i, e: i + 1, sem: { k: "weekend" } };
}

const CONJUNCTIONS = new Set(["and", "but", "or", "when"]);

/** "the day before", "the week after": a step from the last date mentioned. */
export function dayBeforeAfter(g: Cursor, i: number): Match | null {
  const unit = g.l(i + 1);
  if (g.l(i) !== "the" || !(unit === "day" || unit === "week" || unit === "month" || unit === "year")) return null;
  const d = g.l(i + 2);
  if (d !== "before" && d !== "after") return null;
  // "the day before the vote" anchors on an event, not a date: leave it.
  if (g.isAlpha(i + 3) && !CONJUNCTIONS.has(g.l(i + 3))) return null;
  return { s: i, e: i + 3, sem: { k: "offset", n: 1, unit, dir: d === "before" ? -1 : 1, from: "previous" } };
}

/** The words before a bare season that make it a date ("in spring"). */
const BEFORE_SEASON = new Set(["in", "since", "during", "until", "by", "through", "last", "next", "this", "over"]);

/** [early|late] [the] SEASON [of] YEAR, "the summer", "this spring". */
export function season(g: Cursor, s: number, i: number, mod: Mod | undefined): Match | null {
  let j = i;
  const lead = g.l(j) === "the" || g.l(j) === "this";
  if (lead) j++;
  const se = g.lex.seasons.get(g.l(j));
  if (!se) return null;
  let k = j + 1;
  if (g.l(k) === "of") k++;
  const y = g.fourDigitYear(k);
  if (y !== null) return { s, e: k + 1, sem: { k: "season", code: se.code, y, mod } };
  const t = g.tok(j);
  if (t && (t.pos === "VERB" || t.pos === "AUX")) return null;
  if (g.l(j + 1) === "of") return null; // "the fall of Kabul"
  if (!lead && !mod && !BEFORE_SEASON.has(g.l(s - 1))) return null;
  // "the spring offensive" is fine; "Arab Spring" is not a season (capitalized mid-sentence).
  if (g.cap(j) && s === j) return null;
  return { s, e: j + 1, sem: { k: "season", code: se.code, y: null, rel: g.l(i) === "this" ? "this" : undefined, mod } };
}

const QUARTER_CODES = new Set(["q1", "q2", "q3", "q4"]);
const QUARTER_DIGITS = new Set(["1", "2", "3", "4"]);

export function quarter(g: Cursor, i: number): Match | null {
  // Q2, Q2 2025
  if (QUARTER_CODES.has(g.l(i)) || (g.l(i) === "q" && g.isNum(i + 1) && g.glued(i + 1) && QUARTER_DIGITS.has(g.t(i + 1)))) {
    const j = g.l(i) === "q" ? i + 2 : i + 1;
    const q = Number(g.l(i) === "q" ? g.t(i + 1) : g.l(i)[1]);
    const y = g.fourDigitYear(j);
    return { s: i, e: y !== null ? j + 1 : j, sem: { k: "quarter", q, y } };
  }
  let j = i;
  const the = g.l(j) === "the";
  if (the) j++;
  const o = g.lex.ordinals.get(g.l(j));
  if (!o || o > 4) return null;
  j++;
  const hyphen = g.l(j) === "-" && g.glued(j);
  if (hyphen) j++;
  // "the second quarter", or attributive "first-quarter earnings".
  if (g.l(j) !== "quarter" || (!the && !hyphen)) return null;
  j++;
  let k = j;
  if (g.l(k) === "of" || g.l(k) === ",") k++;
  const y = g.fourDigitYear(k);
  if (y !== null) return { s: i, e: k + 1, sem: { k: "quarter", q: o === -1 ? 4 : o, y } };
  if (o === -1) return null;
  return { s: i, e: j, sem: { k: "quarter", q: o, y: null } };
}

export function fiscal(g: Cursor, i: number): Match | null {
  if (g.l(i) === "fy" && g.isNum(i + 1) && (g.len(i + 1) === 2 || g.len(i + 1) === 4)) {
    const t = g.t(i + 1);
    return { s: i, e: i + 2, sem: { k: "fiscal", y: t.length === 2 ? 2000 + Number(t) : Number(t) } };
  }
  if (g.l(i) !== "fiscal") return null;
  let j = i + 1;
  if (g.l(j) === "year") j++;
  const y = g.fourDigitYear(j);
  if (y === null) return null;
  return { s: i, e: j + 1, sem: { k: "fiscal", y } };
}

/** The longest lexicon phrase starting at i. */
export function trie(g: Cursor, i: number, root: PhraseTrie, kind: "ref" | "holiday"): Match | null {
  let node: PhraseTrie | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < g.W.n; j++) {
    node = node.next.get(g.l(j));
    if (!node) break;
    if (node.value === undefined) continue;
    if (kind === "holiday") {
      if (!g.cap(i)) continue;
      let e = j + 1;
      const y = g.fourDigitYear(e);
      best = { s: i, e: y !== null ? e + 1 : e, sem: { k: "holiday", name: node.value, y } };
      continue;
    }
    if (node.flag === "adj") {
      const t = g.tok(j);
      // "recent" alone only as an attributive adjective before a noun that is not a time unit
      // ("recent talks"): "recent years" is handled as a phrase.
      if (!t || t.pos !== "ADJ") continue;
    }
    const nx = g.l(j + 1);
    if (node.value === "FUTURE_REF" && g.l(j) === "soon" && (g.l(i - 1) === "as" || nx === "as" || nx === "after")) continue;
    if (g.isNum(j + 1) || g.lex.numbers.has(nx) || g.fuzzy.has(nx) || g.lex.units.has(nx)) continue;
    // A title-case heading ("Shape the Future of Transit") is not a time reference.
    let titled = false;
    for (let k = i + 1; k <= j; k++) if (g.cap(k)) titled = true;
    if (titled) continue;
    best = { s: i, e: j + 1, sem: { k: "ref", value: node.value } };
  }
  return best;
}

// The time grammar: hand-written patterns over the time words (see words.ts), tried at each word;
// the longest match wins and the scan continues after it, so matches never overlap.
import type { Doc, Token } from "../doc.js";
import type { PhraseTrie, TimeLexicon } from "./lexicon.js";
import type { Mod, Rel, Sem } from "./semantics.js";
import type { Word } from "./words.js";

export interface Match { s: number; e: number; sem: Sem }

const REL: Record<string, Rel> = { last: "last", past: "last", previous: "last", this: "this", next: "next", coming: "next", following: "next" };
/** Before "the next week", these make it a period rather than a date. */
const PERIOD_PREP = new Set(["over", "in", "within", "during", "for", "throughout", "through"]);
const EDGE: Record<string, Mod> = { early: "START", beginning: "START", mid: "MID", middle: "MID", late: "END", end: "END" };
const AMPM = new Set(["am", "pm"]);
const ZONES = new Set(["gmt", "utc", "et", "edt", "est", "pt", "pdt", "pst", "ct", "cdt", "cst", "bst", "cet", "cest", "eastern", "pacific"]);
/** Words before a bare month or a four-digit number that show it is used as a date. */
const DATE_PREP = new Set(["in", "since", "by", "until", "till", "from", "through", "before", "after", "during", "of", "between", "and", "to", "or", "early", "late", "mid", "last", "next", "this", "that", "the", "on", "around", "for", "throughout", "circa", "until", "as", "from", "-", "–", "—", ","]);
const COUNTISH = new Set(["than", "about", "some", "nearly", "over", "around", "approximately", "roughly", "almost", "least", "estimated"]);
const MONEY = new Set(["$", "€", "£", "¥", "#"]);
const ORD_SUFFIX = new Set(["st", "nd", "rd", "th"]);
const FUZZY = new Set(["several", "few", "many", "couple"]);
const CAL_UNITS = new Set(["day", "week", "month", "year", "quarter", "decade", "century"]);

export class Grammar {
  private tokAt: Int32Array;
  constructor(private W: Word[], private lex: TimeLexicon, private doc: Doc) {
    // Word index -> wink token index (the token starting at or before the word).
    this.tokAt = new Int32Array(W.length);
    let t = -1;
    const toks = doc.tokens;
    for (let i = 0; i < W.length; i++) {
      while (t + 1 < toks.length && toks[t + 1].start <= W[i].start) t++;
      this.tokAt[i] = t;
    }
  }

  private l(i: number): string { return this.W[i]?.l ?? ""; }
  private tok(i: number): Token | undefined { const k = this.tokAt[i]; return k >= 0 ? this.doc.tokens[k] : undefined; }
  private glued(i: number): boolean { return i < this.W.length && !this.W[i].sp; }
  private cap(i: number): boolean { const c = this.W[i]?.t.charCodeAt(0) ?? 0; return c >= 65 && c <= 90; }

  /** All matches, sorted and non-overlapping. */
  scan(): Match[] {
    const out: Match[] = [];
    const starts = startWords(this.lex);
    for (let i = 0; i < this.W.length; ) {
      const w = this.W[i];
      if (w.kind !== "num" && !starts.has(w.l)) { i++; continue; }
      const m = this.at(i);
      if (!m) { i++; continue; }
      out.push(m);
      i = m.e;
      // "October 27 or 28": the second day is left out, as answer keys do (a bare "28" is noise).
      const second = this.secondDay(m);
      if (second) i = second.e;
    }
    return out;
  }

  private at(i: number): Match | null {
    const w = this.W[i];
    let best: Match | null = null;
    const take = (m: Match | null) => { if (m && m.e > m.s && (!best || m.e > best.e)) best = m; };
    if (w.kind === "num") {
      take(this.numeric(i));
    } else if (w.kind === "alpha") {
      if (this.lex.numbers.has(w.l) || FUZZY.has(w.l)) take(this.durationAt(i, i, undefined));
      take(this.modified(i));
      take(this.monthAt(i, i, undefined));
      take(this.weekdayAt(i, i, undefined));
      take(this.relative(i));
      take(this.weekendWord(i));
      take(this.periodBack(i));
      take(this.dayBeforeAfter(i));
      take(this.edgeOf(i));
      take(this.frequency(i));
      take(this.edge(i));
      take(this.deictic(i));
      take(this.unitWord(i));
      take(this.season(i, i, undefined));
      take(this.quarter(i));
      take(this.fiscal(i));
      take(this.everySet(i));
      take(this.setAdverb(i));
      take(this.trie(i, this.lex.vague, "ref"));
      take(this.trie(i, this.lex.holidays, "holiday"));
      take(this.theDecadeOrCentury(i));
      take(this.frequency(i));
    } else if (w.l === "'" || w.l === "’") {
      take(this.shortDecade(i, i));
    }
    return best;
  }

  /** The second day of "October 27 or 28", "June 16-17", "May 5 to 7": same month. */
  private secondDay(m: Match): Match | null {
    if (m.sem.k !== "day") return null;
    let j = m.e;
    const c = this.l(j);
    if (!(c === "or" || c === "and" || c === "to" || c === "through" || c === "-" || c === "–")) return null;
    j++;
    const w = this.W[j];
    if (w?.kind !== "num" || w.t.length > 2) return null;
    const d = Number(w.t);
    if (d < 1 || d > 31 || d <= m.sem.d) return null;
    const after = this.l(j + 1);
    if (this.lex.units.has(after) || this.lex.months.has(after) || after === "%" || after === "percent" || after === ":" || after === "," && this.W[j + 2]?.kind === "num") return null;
    return { s: j, e: j + 1, sem: { ...m.sem, d } };
  }

  // ---- numbers -----------------------------------------------------------------------------

  /** A number at i: digits (with a decimal part) or number words. Returns value and end. */
  num(i: number): { v: number; e: number } | null {
    const w = this.W[i];
    if (!w) return null;
    if (w.kind === "num") {
      const prev = this.W[i - 1];
      if (prev && !w.sp && (prev.l === "," || prev.l === "." || prev.kind === "num") && this.W[i - 2]?.kind === "num") return null;
      if (this.l(i + 1) === "," && this.glued(i + 1) && this.W[i + 2]?.kind === "num" && this.glued(i + 2) && this.W[i + 2].t.length === 3) {
        // Thousands: "1,000 days".
        let v = Number(w.t), e = i + 1;
        while (this.l(e) === "," && this.glued(e) && this.W[e + 1]?.kind === "num" && this.glued(e + 1) && this.W[e + 1].t.length === 3) { v = v * 1000 + Number(this.W[e + 1].t); e += 2; }
        return { v, e };
      }
      if (this.l(i + 1) === "." && this.glued(i + 1) && this.W[i + 2]?.kind === "num" && this.glued(i + 2)) return { v: Number(`${w.t}.${this.W[i + 2].t}`), e: i + 3 };
      return { v: Number(w.t), e: i + 1 };
    }
    const n = this.lex.numbers.get(w.l);
    if (n === undefined) return null;
    if ((w.l === "a" || w.l === "an") && this.l(i + 1) === "few") return null;
    if (n >= 20 && n < 100 && this.l(i + 1) === "-" && this.glued(i + 1)) {
      const u = this.lex.numbers.get(this.l(i + 2));
      if (u !== undefined && u < 10 && this.glued(i + 2)) return { v: n + u, e: i + 3 };
    }
    if (n < 10 && this.l(i + 1) === "hundred") return { v: n * 100, e: i + 2 };
    if (w.l === "half" && (this.l(i + 1) === "a" || this.l(i + 1) === "an")) return { v: 0.5, e: i + 2 };
    return { v: n, e: i + 1 };
  }

  private fourDigitYear(i: number): number | null {
    const w = this.W[i];
    if (w?.kind !== "num" || w.t.length !== 4) return null;
    const y = Number(w.t);
    if (y < 1000 || y > 2199) return null;
    const prev = this.W[i - 1];
    if (prev && !w.sp && (prev.kind === "alpha" || prev.kind === "num" || prev.l === "," || prev.l === "." || prev.l === "$" || prev.l === "#")) return null;
    const next = this.W[i + 1];
    if (next && this.glued(i + 1) && (next.kind === "alpha" || next.kind === "num" || next.l === "%" || (next.l === "." && this.W[i + 2]?.kind === "num" && this.glued(i + 2)) || (next.l === "," && this.W[i + 2]?.kind === "num" && this.glued(i + 2)))) return null;
    if (next && (next.l === "%" || next.l === "percent" || next.l === ":")) return null;
    // Phone and part numbers ("02-751-1500"), model names ("GTX 1660", "RTX 2060").
    if (prev && !w.sp && (prev.l === "-" || prev.l === "/") && this.W[i - 2]?.kind === "num" && this.W[i - 2].t.length !== 4) return null;
    if (prev && prev.kind === "alpha" && prev.t.length >= 2 && prev.t.length <= 5 && prev.t === prev.t.toUpperCase() && !this.lex.months.has(prev.l) && !DATE_PREP.has(prev.l) && prev.l !== "fy") return null;
    return y;
  }

  // ---- numeric starts: years, dates, times, durations --------------------------------------

  private numeric(i: number): Match | null {
    let best: Match | null = null;
    const take = (m: Match | null) => { if (m && (!best || m.e > best.e)) best = m; };
    take(this.durationAt(i, i, undefined));
    take(this.dayMonth(i));
    take(this.isoDate(i));
    take(this.slashDate(i));
    take(this.clockTime(i, i));
    take(this.decade(i, i));
    take(this.ordinalCentury(i, i));
    if (!best) take(this.yearAt(i, i, undefined));
    return best;
  }

  private yearAt(s: number, i: number, mod: Mod | undefined): Match | null {
    const y = this.fourDigitYear(i);
    if (y === null) return null;
    const prev = this.l(i - 1);
    const next = this.tok(i + 1);
    const nextIsNoun = !!next && next.start >= this.W[i].end && (next.pos === "NOUN" || next.pos === "PROPN") && /s$/.test(next.lower);
    if (!mod && s === i) {
      // A count, not a year: "2000 troops", "about 2010 people", "$2017".
      const nextNoun = !!next && next.start >= this.W[i].end && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ");
      if (MONEY.has(prev) || (COUNTISH.has(prev) && nextNoun) || (nextIsNoun && (y % 100 === 0 || !DATE_PREP.has(prev)) && !/^(talks|elections|games|olympics|polls|protests|riots|sanctions|negotiations|summits|visits|attacks)$/.test(next.lower))) return null;
    }
    return { s, e: i + 1, sem: { k: "year", y, mod } };
  }

  /** "1990s" → 199, "the 1990s". */
  private decade(s: number, i: number): Match | null {
    const w = this.W[i];
    if (!w) return null;
    if (w.t.length !== 4 || !/0$/.test(w.t) || this.l(i + 1) !== "s" || !this.glued(i + 1)) return null;
    if (this.W[i + 2]?.kind === "alpha" && this.glued(i + 2)) return null;
    return { s, e: i + 2, sem: { k: "decade", prefix: w.t.slice(0, 3) } };
  }

  /** "'90s" */
  private shortDecade(s: number, i: number): Match | null {
    const n = this.W[i + 1];
    if (n?.kind !== "num" || n.t.length !== 2 || !/0$/.test(n.t) || !this.glued(i + 1) || this.l(i + 2) !== "s" || !this.glued(i + 2)) return null;
    return { s, e: i + 3, sem: { k: "decade", prefix: `'${n.t[0]}` } };
  }

  /** "20th century", "21st-century". */
  private ordinalCentury(s: number, i: number): Match | null {
    const w = this.W[i];
    if (w.kind !== "num" || w.t.length > 2 || !ORD_SUFFIX.has(this.l(i + 1)) || !this.glued(i + 1)) return null;
    let j = i + 2;
    if (this.l(j) === "-" && this.glued(j)) j++;
    if (this.l(j) !== "century") return null;
    return { s, e: j + 1, sem: { k: "century", c: Number(w.t) - 1 } };
  }

  private theDecadeOrCentury(i: number): Match | null {
    if (this.l(i) !== "the") return null;
    if (this.W[i + 1]?.kind === "num") return this.decade(i, i + 1) ?? this.ordinalCentury(i, i + 1);
    if (this.l(i + 1) === "'" || this.l(i + 1) === "’") return this.shortDecade(i, i + 1);
    const o = this.lex.ordinals.get(this.l(i + 1));
    if (o && o > 0 && this.l(i + 2) === "century") return { s: i, e: i + 3, sem: { k: "century", c: o - 1 } };
    return null;
  }

  /** "17 January 2025", "17th of January". */
  private dayMonth(i: number): Match | null {
    const w = this.W[i];
    if (w.t.length > 2) return null;
    const d = Number(w.t);
    if (d < 1 || d > 31) return null;
    let j = i + 1;
    if (ORD_SUFFIX.has(this.l(j)) && this.glued(j)) j++;
    if (this.l(j) === "of") j++;
    const mo = this.lex.months.get(this.l(j));
    if (!mo || (mo.ambiguous && !this.cap(j))) return null;
    j++;
    if (this.l(j) === "." && mo.abbr) j++;
    let y: number | null = null;
    let k = j;
    if (this.l(k) === ",") k++;
    const yy = this.fourDigitYear(k);
    if (yy !== null) { y = yy; j = k + 1; }
    return { s: i, e: j, sem: { k: "day", y, m: mo.month, d } };
  }

  private isoDate(i: number): Match | null {
    const W = this.W;
    if (W[i].t.length !== 4 || this.l(i + 1) !== "-" || this.l(i + 3) !== "-" || !this.glued(i + 1) || !this.glued(i + 2) || !this.glued(i + 3) || !this.glued(i + 4)) return null;
    const y = Number(W[i].t), m = Number(W[i + 2]?.t), d = Number(W[i + 4]?.t);
    if (W[i + 2]?.kind !== "num" || W[i + 4]?.kind !== "num" || m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { s: i, e: i + 5, sem: { k: "day", y, m, d } };
  }

  /** US-style 6/15/2025. */
  private slashDate(i: number): Match | null {
    const W = this.W;
    if (this.l(i + 1) !== "/" || this.l(i + 3) !== "/" || ![1, 2, 3, 4].every((k) => this.glued(i + k))) return null;
    if (W[i + 2]?.kind !== "num" || W[i + 4]?.kind !== "num" || W[i + 4].t.length !== 4) return null;
    const m = Number(W[i].t), d = Number(W[i + 2].t), y = Number(W[i + 4].t);
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { s: i, e: i + 5, sem: { k: "day", y, m, d } };
  }

  /** "9pm", "9:30 a.m.", "10 p.m. local time", "1400 GMT". */
  private clockTime(s: number, i: number): Match | null {
    const W = this.W;
    let h = Number(W[i].t);
    let min = 0;
    let j = i + 1;
    if (this.l(j) === ":" && this.glued(j) && W[j + 1]?.kind === "num" && W[j + 1].t.length === 2) { min = Number(W[j + 1].t); j += 2; }
    else if (W[i].t.length === 4 && ZONES.has(this.l(j))) { h = Math.floor(Number(W[i].t) / 100); min = Number(W[i].t) % 100; }
    let ap = "";
    if (AMPM.has(this.l(j))) { ap = this.l(j); j++; }
    else if ((this.l(j) === "a" || this.l(j) === "p") && this.l(j + 1) === "." && this.l(j + 2) === "m" && this.glued(j + 1) && this.glued(j + 2)) {
      ap = this.l(j) + "m"; j += 3;
      if (this.l(j) === "." && this.glued(j)) j++;
    }
    let zoned = false;
    if (ZONES.has(this.l(j))) { j++; zoned = true; }
    else if (this.l(j) === "local" && this.l(j + 1) === "time") { j += 2; zoned = true; }
    if (!ap && !zoned) return null;
    if (h > 24 || min > 59 || (ap && (h < 1 || h > 12))) return null;
    if (ap === "pm" && h < 12) h += 12;
    if (ap === "am" && h === 12) h = 0;
    return { s, e: j, sem: { k: "time", h, min } };
  }

  // ---- durations and offsets ---------------------------------------------------------------

  /** NUM UNIT ("three years", "90-day", "13-year-old", "one-hour-long"), optionally "ago"/"later". */
  private durationAt(s: number, i: number, mod: Mod | undefined): Match | null {
    const W = this.W;
    let n: number | null;
    let j: number;
    const fuzzy = FUZZY.has(this.l(i)) || (this.l(i) === "a" && (this.l(i + 1) === "few" || this.l(i + 1) === "couple"));
    if (fuzzy) {
      j = i + 1;
      if (this.l(i) === "a") j++;
      if (this.l(j) === "of") j++;
      n = null;
    } else {
      const num = this.num(i);
      if (!num) return null;
      n = num.v;
      j = num.e;
    }
    const hyphen = this.l(j) === "-" && this.glued(j) && this.glued(j + 1);
    if (hyphen) j++;
    const unit = this.lex.units.get(this.l(j));
    if (!unit || W[j].kind !== "alpha") return null;
    // "a"/"an" alone counts only with a modifier or "ago"/"later" ("more than an hour", "a year ago").
    const article = !fuzzy && (W[i].l === "a" || W[i].l === "an");
    if (n !== null && n > 1 && !hyphen && !/s$/.test(W[j].l) && unit.code !== "MIN") return null;
    j++;
    if (hyphen && (this.l(j) === "-") && (this.l(j + 1) === "old" || this.l(j + 1) === "long") && this.glued(j) && this.glued(j + 1)) j += 2;
    else if (!hyphen && this.l(j) === "-" && this.l(j + 1) === "long" && this.glued(j)) j += 2;
    const value = durationValue(n, unit.code);
    if (!hyphen) {
      const after = this.l(j);
      if (after === "ago" && n !== null) return { s, e: j + 1, sem: { k: "offset", n, unit: unit.name, dir: -1, from: "published", mod } };
      if ((after === "later" || after === "earlier") && n !== null) return { s, e: j + 1, sem: { k: "offset", n, unit: unit.name, dir: after === "later" ? 1 : -1, from: "previous", mod } };
      if ((after === "from" && this.l(j + 1) === "now") && n !== null) return { s, e: j + 2, sem: { k: "offset", n, unit: unit.name, dir: 1, from: "published", mod } };
    }
    if (article && !mod && !hyphen) return null;
    if (unit.code === "QU") return null; // "three-quarters" is a fraction
    if (fuzzy && !mod && (unit.code === "S" || unit.code === "MIN")) return null;
    return { s, e: j, sem: { k: "duration", value, mod } };
  }

  /** A lexicon modifier before a duration: "more than an hour", "nearly two years ago", "early June". */
  private modified(i: number): Match | null {
    let node: PhraseTrie | undefined = this.lex.modifiers;
    let best: Match | null = null;
    for (let j = i; node && j < this.W.length; j++) {
      node = node.next.get(this.l(j));
      if (!node) break;
      if (node.value) {
        const m = this.durationAt(i, j + 1, node.value as Mod);
        if (m && (!best || m.e > best.e)) best = m;
      }
    }
    return best;
  }

  /** Bare plural units as vague durations ("for weeks", "months of talks"), and "hour-long". */
  private unitWord(i: number): Match | null {
    const w = this.W[i];
    const unit = this.lex.units.get(w.l);
    if (!unit) return null;
    if (this.l(i + 1) === "-" && this.l(i + 2) === "long" && this.glued(i + 1) && this.glued(i + 2)) return { s: i, e: i + 3, sem: { k: "duration", value: durationValue(/s$/.test(w.l) ? null : 1, unit.code) } };
    if (!/s$/.test(w.l) || unit.code === "QU" || unit.code === "S" || unit.code === "MIN") return null;
    if (i > 0 && !w.sp && this.W[i - 1].l === "-") return null; // "light-years"
    const prev = this.tok(i - 1);
    const p = this.l(i - 1);
    // Only where nothing else quantifies them: "for weeks", "weeks of talks", "in weeks".
    if (p && !["for", "in", "within", "over", "after", "about", "of", ",", "took", "take", "takes", "lasted", "last"].includes(p) && !(prev && (prev.pos === "VERB" || prev.pos === "AUX")) && this.W[i - 1]?.kind !== "punct") return null;
    if (p === "the" || p === "these" || p === "those" || p === "recent") return null;
    return { s: i, e: i + 1, sem: { k: "duration", value: durationValue(null, unit.code) } };
  }

  /** "the past few weeks", "the last two years", "the next 10 days": periods, not dates. */
  private periodBack(i: number): Match | null {
    let j = i;
    if (this.l(j) === "the" || this.l(j) === "that") j++;
    if (!["past", "last", "next", "previous", "coming", "first"].includes(this.l(j))) return null;
    const d = this.durationAt(i, j + 1, undefined);
    if (d && d.sem.k === "duration") return d;
    // "the coming weeks", "the past months": a vague period.
    const u = this.lex.units.get(this.l(j + 1));
    if (j > i && u && /s$/.test(this.l(j + 1)) && CAL_UNITS.has(u.name)) return { s: i, e: j + 2, sem: { k: "duration", value: durationValue(null, u.code) } };
    return null;
  }

  /** "the end of June", "the start of the year", "the beginning of 2024", "the middle of next week". */
  private edgeOf(i: number): Match | null {
    let j = i;
    if (this.l(j) === "the") j++;
    const edge = this.l(j);
    const mod: Mod | undefined = edge === "end" ? "END" : edge === "beginning" || edge === "start" ? "START" : edge === "middle" ? "MID" : undefined;
    if (!mod || this.l(j + 1) !== "of") return null;
    j += 2;
    const W = this.W[j];
    if (!W) return null;
    if (W.kind === "num") {
      const y = this.yearAt(i, j, mod);
      return y;
    }
    const m = this.monthAt(i, j, mod);
    if (m) return m;
    if (this.l(j) === "the") {
      const u = this.lex.units.get(this.l(j + 1));
      if (u && ["week", "month", "year", "decade", "century"].includes(u.name) && !/s$/.test(this.l(j + 1))) {
        // "the war" would not get here; "the year" is the current one.
        if (this.l(j + 2) === "of" || this.l(j + 2) === "'") return null;
        return { s: i, e: j + 2, sem: { k: "relunit", unit: u.name, rel: "this", mod } };
      }
      return null;
    }
    const r = this.relative(j);
    if (r && r.sem.k === "relunit") return { s: i, e: r.e, sem: { ...r.sem, mod } };
    return null;
  }

  /** "once a week", "twice a year", "three times per month". */
  private frequency(i: number): Match | null {
    let j = i;
    const l = this.l(j);
    if (l === "once" || l === "twice") j++;
    else {
      const n = this.num(i);
      if (!n || this.l(n.e) !== "times") return null;
      j = n.e + 1;
    }
    if (!["a", "an", "per", "each", "every"].includes(this.l(j))) return null;
    const u = this.lex.units.get(this.l(j + 1));
    if (!u || /s$/.test(this.l(j + 1))) return null;
    return { s: i, e: j + 2, sem: { k: "set", value: durationValue(1, u.code) } };
  }

  /** "the day before", "the day after": a step from the last date mentioned. */
  private dayBeforeAfter(i: number): Match | null {
    if (this.l(i) !== "the" || this.l(i + 1) !== "day") return null;
    const d = this.l(i + 2);
    if (d !== "before" && d !== "after") return null;
    const n = this.W[i + 3];
    // "the day before the vote" anchors on an event, not a date: leave it.
    if (n && n.kind === "alpha" && !/^(and|but|or|when)$/.test(n.l)) return null;
    return { s: i, e: i + 3, sem: { k: "offset", n: 1, unit: "day", dir: d === "before" ? -1 : 1, from: "previous" } };
  }

  /** "weekend" without last/this/next: resolved by tense; "weekends" is a set. */
  private weekendWord(i: number): Match | null {
    const l = this.l(i);
    if (l === "weekends") return { s: i, e: i + 1, sem: { k: "set", value: "XXXX-WXX-WE" } };
    if (l !== "weekend") return null;
    if (this.l(i + 1) === "-" && this.glued(i + 1)) return null;
    return { s: i, e: i + 1, sem: { k: "weekend" } };
  }

  // ---- month-based dates -------------------------------------------------------------------

  /** MONTH [DAY][, YEAR] | MONTH [of] YEAR | MONTH alone (when clearly a date). */
  private monthAt(s: number, i: number, mod: Mod | undefined): Match | null {
    const w = this.W[i];
    if (!w) return null;
    const mo = this.lex.months.get(w.l);
    if (!mo) return null;
    if (mo.ambiguous && !this.cap(i)) return null;
    let j = i + 1;
    let dotted = false;
    while (this.l(j) === "." && mo.abbr) { j++; dotted = true; }
    // MONTH DAY [, YEAR]
    const dw = this.W[j];
    if (dw?.kind === "num" && dw.t.length <= 2 && this.l(j + 1) !== ":" && !(this.l(j + 1) === "," && this.W[j + 2]?.kind === "num" && this.W[j + 2].t.length !== 4)) {
      const d = Number(dw.t);
      if (d >= 1 && d <= 31 && !(this.l(j + 1) === "-" && this.glued(j + 1) && this.W[j + 2]?.kind === "alpha")) {
        let e = j + 1;
        if (ORD_SUFFIX.has(this.l(e)) && this.glued(e)) e++;
        let y: number | null = null;
        let k = e;
        if (this.l(k) === ",") k++;
        const yy = this.fourDigitYear(k);
        if (yy !== null) { y = yy; e = k + 1; }
        return { s, e, sem: { k: "day", y, m: mo.month, d, mod } };
      }
    }
    // MONTH [,] [of] YEAR
    let k = j;
    if (this.l(k) === ",") k++;
    if (this.l(k) === "of") k++;
    const y = this.fourDigitYear(k);
    if (y !== null) return { s, e: k + 1, sem: { k: "month", y, m: mo.month, mod } };
    // MONTH alone.
    if (mo.abbr && !dotted) return null;
    if (mo.abbr && dotted && !DATE_PREP.has(this.l(s - 1))) return null;
    if (mo.ambiguous || !this.cap(i)) {
      const p = this.l(s - 1);
      if (!mod && !(DATE_PREP.has(p) && p !== "," && p !== "-" && p !== "and" && p !== "or" && p !== "the" && p !== "to")) return null;
      const t = this.tok(i);
      if (t && (t.pos === "AUX" || t.pos === "VERB")) return null;
    }
    // "January's", "June 2025 report" are fine; a month name followed by a capitalized word
    // that is not a date is more likely a name ("April Ryan").
    const nxt = this.W[j];
    if (nxt && nxt.kind === "alpha" && this.cap(j) && !this.lex.weekdays.has(nxt.l) && !mod && this.tok(j)?.pos === "PROPN" && this.tok(i)?.pos === "PROPN" && !DATE_PREP.has(this.l(s - 1))) return null;
    return { s, e: j, sem: { k: "month", y: null, m: mo.month, mod } };
  }

  /** "early June", "mid-2024", "late last year". */
  private edge(i: number): Match | null {
    const mod = EDGE[this.l(i)];
    if (!mod || this.l(i) === "end" || this.l(i) === "beginning" || this.l(i) === "middle") return null;
    let j = i + 1;
    if (this.l(j) === "-" && this.glued(j)) j++;
    const W = this.W[j];
    if (!W) return null;
    if (W.kind === "num") {
      const d = this.decade(i, j);
      if (d && d.sem.k === "decade") return { ...d, sem: { ...d.sem, mod } };
      return this.yearAt(i, j, mod);
    }
    if (this.l(j) === "the" && this.W[j + 1]?.kind === "num") {
      const d = this.decade(i, j + 1);
      if (d && d.sem.k === "decade") return { ...d, sem: { ...d.sem, mod } };
    }
    const m = this.monthAt(i, j, mod);
    if (m) return m;
    const r = this.relative(j);
    if (r && (r.sem.k === "relunit" || r.sem.k === "month" || r.sem.k === "season")) return { s: i, e: r.e, sem: r.sem };
    const se = this.season(i, j, mod);
    if (se) return se;
    const wd = this.weekdayAt(i, j, undefined);
    if (wd) return wd;
    return null;
  }

  // ---- weekdays, deictic words, relative units ---------------------------------------------

  private weekdayAt(s: number, i: number, rel: Rel | undefined): Match | null {
    const w = this.W[i];
    if (!w) return null;
    let wd = this.lex.weekdays.get(w.l);
    let plural = false;
    if (wd === undefined && /s$/.test(w.l)) { wd = this.lex.weekdays.get(w.l.slice(0, -1)); plural = wd !== undefined; }
    if (wd === undefined || !this.cap(i)) return null;
    // Abbreviations only when written "Tue." / "Tue," before a date.
    if (w.l.length <= 5 && !w.l.endsWith("day")) {
      const after = this.l(i + 1);
      if (!((after === "." || after === ",") && (this.lex.months.has(this.l(i + 2)) || this.W[i + 2]?.kind === "num"))) return null;
    }
    if (plural) return { s, e: i + 1, sem: { k: "set", value: `XXXX-WXX-${wd}` } };
    let e = i + 1;
    let pod: string | undefined;
    const p = this.lex.partsOfDay.get(this.l(e));
    if (p && this.l(e) !== "overnight") { pod = p; e++; }
    return { s, e, sem: { k: "weekday", wd, rel, pod } };
  }

  private deictic(i: number): Match | null {
    const l = this.l(i);
    if (l === "noon" || l === "midday") return { s: i, e: i + 1, sem: { k: "time", h: 12, min: 0 } };
    if (l === "midnight") return { s: i, e: i + 1, sem: { k: "time", h: 24, min: 0 } };
    let days: number | null = null;
    let pod: string | undefined;
    if (l === "yesterday") days = -1;
    else if (l === "today") days = 0;
    else if (l === "tomorrow") days = 1;
    else if (l === "tonight") { days = 0; pod = "NI"; }
    else if (l === "overnight") return null;
    if (days === null) return null;
    const w = this.W[i];
    if (w.t === w.t.toUpperCase() && i > 0 && this.W[i - 1].kind === "alpha" && this.cap(i - 1)) return null;
    let e = i + 1;
    const p = this.lex.partsOfDay.get(this.l(e));
    if (p && !pod && this.l(e) !== "overnight") { pod = p; e++; }
    return { s: i, e, sem: { k: "deictic", days, pod } };
  }

  /** last/this/next + week, month, year, weekend, weekday, month name, season, quarter; "earlier this year". */
  private relative(i: number): Match | null {
    let s = i;
    let j = i;
    if ((this.l(j) === "earlier" || this.l(j) === "later") && this.l(j + 1) === "this") j++;
    if (this.l(j) === "this" && this.l(j + 1) === "past") j++;
    const rel = REL[this.l(j)];
    if (!rel) return null;
    const prevWord = this.l(s - 1);
    const the = prevWord === "the";
    j++;
    const u = this.l(j);
    if (u === "night" && rel === "last") return { s, e: j + 1, sem: { k: "deictic", days: -1, pod: "NI" } };
    const pod = this.lex.partsOfDay.get(u);
    if (pod && rel === "this" && u !== "overnight") return { s, e: j + 1, sem: { k: "deictic", days: 0, pod } };
    if (u === "weekend") return { s, e: j + 1, sem: { k: "weekend", rel } };
    const unit = this.lex.units.get(u);
    if (unit && CAL_UNITS.has(unit.name) && !/s$/.test(u)) {
      // "the next day", "the following week": a step from the last date mentioned.
      const step = this.l(i) === "following" || (this.l(i) === "next" && !PERIOD_PREP.has(this.l(s - 2))) || this.l(i) === "previous";
      if (the && step && unit.name !== "decade" && unit.name !== "century") return { s: s - 1, e: j + 1, sem: { k: "offset", n: 1, unit: unit.name, dir: this.l(i) === "previous" ? -1 : 1, from: "previous" } };
      // "the past week" is a period, "last week" a date.
      if (the || this.l(i) === "past" || this.l(i) === "previous" || this.l(i) === "coming") return { s: the ? s - 1 : s, e: j + 1, sem: { k: "duration", value: durationValue(1, unit.code) } };
      let e = j + 1;
      if (this.l(e) === "'" && this.l(e + 1) === "s" && this.glued(e)) e = j + 1;
      return { s, e, sem: { k: "relunit", unit: unit.name, rel } };
    }
    if (the) return null;
    const wd = this.weekdayAt(s, j, rel);
    if (wd) return wd;
    const mo = this.lex.months.get(u);
    if (mo && !mo.abbr && this.cap(j)) return { s, e: j + 1, sem: { k: "month", y: null, m: mo.month, rel } };
    const se = this.lex.seasons.get(u);
    if (se) return { s, e: j + 1, sem: { k: "season", code: se.code, y: null, rel } };
    return null;
  }

  /** [early|late] [the] SEASON [of] YEAR, "the summer", "this spring". */
  private season(s: number, i: number, mod: Mod | undefined): Match | null {
    let j = i;
    const lead = this.l(j) === "the" || this.l(j) === "this";
    if (lead) j++;
    const se = this.lex.seasons.get(this.l(j));
    if (!se) return null;
    let k = j + 1;
    if (this.l(k) === "of") k++;
    const y = this.fourDigitYear(k);
    if (y !== null) return { s, e: k + 1, sem: { k: "season", code: se.code, y, mod } };
    const t = this.tok(j);
    if (t && (t.pos === "VERB" || t.pos === "AUX")) return null;
    if (this.l(j + 1) === "of") return null; // "the fall of Kabul"
    if (!lead && !mod && !["in", "since", "during", "until", "by", "through", "last", "next", "this", "over"].includes(this.l(s - 1))) return null;
    // "the spring offensive" is fine; "Arab Spring" is not a season (capitalized mid-sentence).
    if (this.cap(j) && s === j) return null;
    return { s, e: j + 1, sem: { k: "season", code: se.code, y: null, rel: this.l(i) === "this" ? "this" : undefined, mod } };
  }

  private quarter(i: number): Match | null {
    const W = this.W;
    // Q2, Q2 2025
    if (/^q[1-4]$/.test(this.l(i)) || (this.l(i) === "q" && W[i + 1]?.kind === "num" && this.glued(i + 1) && /^[1-4]$/.test(W[i + 1].t))) {
      const j = this.l(i) === "q" ? i + 2 : i + 1;
      const q = Number(this.l(i) === "q" ? W[i + 1].t : this.l(i)[1]);
      const y = this.fourDigitYear(j);
      return { s: i, e: y !== null ? j + 1 : j, sem: { k: "quarter", q, y } };
    }
    let j = i;
    if (this.l(j) !== "the") return null;
    j++;
    const o = this.lex.ordinals.get(this.l(j));
    if (!o || o > 4) return null;
    j++;
    if (this.l(j) === "-" && this.glued(j)) j++;
    if (this.l(j) !== "quarter") return null;
    j++;
    let k = j;
    if (this.l(k) === "of" || this.l(k) === ",") k++;
    const y = this.fourDigitYear(k);
    if (y !== null) return { s: i, e: k + 1, sem: { k: "quarter", q: o === -1 ? 4 : o, y } };
    if (o === -1) return null;
    return { s: i, e: j, sem: { k: "quarter", q: o, y: null } };
  }

  private fiscal(i: number): Match | null {
    const W = this.W;
    if (this.l(i) === "fy" && W[i + 1]?.kind === "num" && (W[i + 1].t.length === 2 || W[i + 1].t.length === 4)) {
      const t = W[i + 1].t;
      return { s: i, e: i + 2, sem: { k: "fiscal", y: t.length === 2 ? 2000 + Number(t) : Number(t) } };
    }
    if (this.l(i) !== "fiscal") return null;
    let j = i + 1;
    if (this.l(j) === "year") j++;
    const y = this.fourDigitYear(j);
    if (y === null) return null;
    return { s: i, e: j + 1, sem: { k: "fiscal", y } };
  }

  private everySet(i: number): Match | null {
    const l = this.l(i);
    if (l !== "every" && l !== "each") return null;
    let j = i + 1;
    if (this.l(j) === "other") j++;
    const other = j > i + 1;
    const wd = this.lex.weekdays.get(this.l(j));
    if (wd !== undefined && this.cap(j)) return { s: i, e: j + 1, sem: { k: "set", value: `XXXX-WXX-${wd}` } };
    const num = this.num(j);
    let n = other ? 2 : 1;
    if (num && this.W[j].l !== "a" && this.W[j].l !== "an") { n = num.v; j = num.e; }
    const unit = this.lex.units.get(this.l(j));
    if (!unit || !CAL_UNITS.has(unit.name) && unit.code !== "H") return null;
    return { s: i, e: j + 1, sem: { k: "set", value: durationValue(n, unit.code) } };
  }

  private setAdverb(i: number): Match | null {
    const s = this.lex.sets.get(this.l(i));
    if (!s) return null;
    if (s.adv) {
      const t = this.tok(i);
      const n = this.tok(i + 1);
      if (t && t.pos !== "ADV" && n && (n.pos === "NOUN" || n.pos === "PROPN" || n.pos === "ADJ")) return null;
      if (this.cap(i) && i > 0 && this.W[i - 1].kind === "alpha") return null; // "China Daily"
    }
    return { s: i, e: i + 1, sem: { k: "set", value: s.value } };
  }

  /** The longest lexicon phrase starting at i. */
  private trie(i: number, root: PhraseTrie, kind: "ref" | "holiday"): Match | null {
    let node: PhraseTrie | undefined = root;
    let best: Match | null = null;
    for (let j = i; j < this.W.length; j++) {
      node = node.next.get(this.l(j));
      if (!node) break;
      if (node.value === undefined) continue;
      if (kind === "holiday") {
        if (!this.cap(i)) continue;
        let e = j + 1;
        const y = this.fourDigitYear(e);
        best = { s: i, e: y !== null ? e + 1 : e, sem: { k: "holiday", name: node.value, y } };
        continue;
      }
      if (node.flag === "adj") {
        const t = this.tok(j);
        // "recent" alone only as an attributive adjective before a noun that is not a time unit
        // ("recent talks"): "recent years" is handled as a phrase.
        if (!t || t.pos !== "ADJ") continue;
      }
      const nx = this.l(j + 1);
      if (node.value === "FUTURE_REF" && this.l(j) === "soon" && (this.l(i - 1) === "as" || nx === "as" || nx === "after")) continue;
      if (this.W[j + 1]?.kind === "num" || this.lex.numbers.has(nx) || FUZZY.has(nx) || this.lex.units.has(nx)) continue;
      // A title-case heading ("Shape the Future of Transit") is not a time reference.
      let titled = false;
      for (let k = i + 1; k <= j; k++) if (this.cap(k)) titled = true;
      if (titled) continue;
      best = { s: i, e: j + 1, sem: { k: "ref", value: node.value } };
    }
    return best;
  }
}

const STARTS = new WeakMap<TimeLexicon, Set<string>>();

/** Every word a pattern can start with; other words are skipped without trying the patterns. */
function startWords(lex: TimeLexicon): Set<string> {
  let set = STARTS.get(lex);
  if (set) return set;
  set = new Set<string>([
    ...Object.keys(REL), ...Object.keys(EDGE), ...FUZZY, "'", "’", "the", "that", "earlier", "later", "every", "each",
    "fiscal", "fy", "q", "q1", "q2", "q3", "q4", "yesterday", "today", "tomorrow", "tonight", "weekend", "weekends", "noon", "midday", "midnight", "end", "beginning", "start", "middle", "once", "twice",
  ]);
  for (const k of lex.months.keys()) set.add(k);
  for (const k of lex.weekdays.keys()) { set.add(k); set.add(k + "s"); }
  for (const k of lex.numbers.keys()) set.add(k);
  for (const k of lex.units.keys()) set.add(k);
  for (const k of lex.seasons.keys()) set.add(k);
  for (const k of lex.sets.keys()) set.add(k);
  for (const k of lex.modifiers.next.keys()) set.add(k);
  for (const k of lex.vague.next.keys()) set.add(k);
  for (const k of lex.holidays.next.keys()) set.add(k);
  STARTS.set(lex, set);
  return set;
}

/** Fractions move to the next smaller unit where one exists ("half a century" is P50Y). */
const SMALLER: Record<string, [string, number]> = { CE: ["Y", 100], DE: ["Y", 10], Y: ["M", 12], W: ["D", 7], D: ["H", 24], H: ["MIN", 60], MIN: ["S", 60] };

export function durationValue(n: number | null, code: string): string {
  if (n !== null && !Number.isInteger(n) && SMALLER[code] && Number.isInteger(n * SMALLER[code][1])) return durationValue(n * SMALLER[code][1], SMALLER[code][0]);
  const x = n === null ? "X" : String(n);
  switch (code) {
    case "H": return `PT${x}H`;
    case "MIN": return `PT${x}M`;
    case "S": return `PT${x}S`;
    case "QU": return n === null ? "PXM" : `P${n * 3}M`;
    case "Y": return `P${x}Y`;
    default: return `P${x}${code}`;
  }
}

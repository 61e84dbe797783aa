// Duration and frequency patterns: "three years", "90-day", "more than an hour", "every Monday", "annually".
import { type Cursor, type Match, CAL_UNITS } from "./cursor.js";
import type { Mod } from "./semantics.js";
import type { PhraseTrie } from "./lexicon.js";

/** NUM UNIT ("three years", "90-day", "13-year-old", "one-hour-long"), optionally "ago"/"later". */
export function durationAt(g: Cursor, s: number, i: number, mod: Mod | undefined): Match | null {
  const W = g.W;
  let n: number | null;
  let j: number;
  const fuzzy = g.fuzzy.has(g.l(i)) || (g.l(i) === "a" && (g.l(i + 1) === "few" || g.l(i + 1) === "couple"));
  if (fuzzy) {
    j = i + 1;
    if (g.l(i) === "a") j++;
    if (g.l(j) === "of") j++;
    n = null;
  } else {
    j = g.numberAt(i);
    if (j < 0) return null;
    n = g.numValue;
  }
  const hyphen = g.l(j) === "-" && g.glued(j) && g.glued(j + 1);
  if (hyphen) j++;
  const unit = g.lex.units.get(g.l(j));
  if (!unit || !g.isAlpha(j)) return null;
  // "a"/"an" alone counts only with a modifier or "ago"/"later" ("more than an hour", "a year ago").
  const article = !fuzzy && (g.l(i) === "a" || g.l(i) === "an");
  if (n !== null && n > 1 && !hyphen && !g.l(j).endsWith("s") && unit.code !== "MIN") return null;
  j++;
  if (hyphen && (g.l(j) === "-") && (g.l(j + 1) === "old" || g.l(j + 1) === "long") && g.glued(j) && g.glued(j + 1)) j += 2;
  else if (!hyphen && g.l(j) === "-" && g.l(j + 1) === "long" && g.glued(j)) j += 2;
  const value = durationValue(n, unit.code);
  if (!hyphen) {
    const after = g.l(j);
    if (after === "ago" && n !== null) return { s, e: j + 1, sem: { k: "offset", n, unit: unit.name, dir: -1, from: "published", mod } };
    if ((after === "later" || after === "earlier") && n !== null) return { s, e: j + 1, sem: { k: "offset", n, unit: unit.name, dir: after === "later" ? 1 : -1, from: "previous", mod } };
    if ((after === "from" && g.l(j + 1) === "now") && n !== null) return { s, e: j + 2, sem: { k: "offset", n, unit: unit.name, dir: 1, from: "published", mod } };
    // "(will meet) in two weeks": a date in a future clause, a period otherwise.
    if (g.l(s - 1) === "in" && n !== null && !mod && after !== "of" && !g.fuzzy.has(g.l(i)) && g.l(j - 1).endsWith("s") && CAL_UNITS.has(unit.name)) return { s, e: j, sem: { k: "within", n, unit: unit.name, value: durationValue(n, unit.code) } };
  }
  if (article && !mod && !hyphen) return null;
  if (unit.code === "QU") return null; // "three-quarters" is a fraction
  if (fuzzy && !mod && (unit.code === "S" || unit.code === "MIN")) return null;
  return { s, e: j, sem: { k: "duration", value, mod } };
}

/** A lexicon modifier before a duration: "more than an hour", "nearly two years ago", "early June". */
export function modified(g: Cursor, i: number): Match | null {
  let node: PhraseTrie | undefined = g.lex.modifiers;
  let best: Match | null = null;
  for (let j = i; node && j < g.W.n; j++) {
    node = node.next.get(g.l(j));
    if (!node) break;
    if (node.value) {
      const m = durationAt(g, i, j + 1, node.value as Mod);
      if (m && (!best || m.e > best.e)) best = m;
    }
  }
  return best;
}

/** The words after which a bare plural unit is a duration ("for weeks"). */
const BEFORE_BARE_UNITS = new Set(["for", "in", "within", "over", "after", "about", "of", ",", "took", "take", "takes", "lasted", "last"]);

/** Bare plural units as vague durations ("for weeks", "months of talks"), and "hour-long". */
export function unitWord(g: Cursor, i: number): Match | null {
  const l = g.l(i);
  const unit = g.lex.units.get(l);
  if (!unit) return null;
  if (g.l(i + 1) === "-" && g.l(i + 2) === "long" && g.glued(i + 1) && g.glued(i + 2)) return { s: i, e: i + 3, sem: { k: "duration", value: durationValue(l.endsWith("s") ? null : 1, unit.code) } };
  if (!l.endsWith("s") || unit.code === "QU" || unit.code === "S" || unit.code === "MIN") return null;
  if (i > 0 && !g.W.sp(i) && g.l(i - 1) === "-") return null; // "light-years"
  const prev = g.tok(i - 1);
  const p = g.l(i - 1);
  // Only where nothing else quantifies them: "for weeks", "weeks of talks", "in weeks".
  if (p && !BEFORE_BARE_UNITS.has(p) && !(prev && (prev.pos === "VERB" || prev.pos === "AUX")) && !g.isPunct(i - 1)) return null;
  if (p === "the" || p === "these" || p === "those" || p === "recent") return null;
  return { s: i, e: i + 1, sem: { k: "duration", value: durationValue(null, unit.code) } };
}

/** The words that open a period after "the" / "that" (periodBack). */
export const PERIOD_WORDS = ["past", "last", "next", "previous", "coming", "first"];

/** "the past few weeks", "the last two years", "the next 10 days": periods, not dates. */
export function periodBack(g: Cursor, i: number): Match | null {
  let j = i;
  if (g.l(j) === "the" || g.l(j) === "that") j++;
  if (!PERIOD_WORDS.includes(g.l(j))) return null;
  const d = durationAt(g, i, j + 1, undefined);
  if (d && d.sem.k === "duration") return d;
  // "the coming weeks", "the past months": a vague period.
  const u = g.lex.units.get(g.l(j + 1));
  if (j > i && u && g.l(j + 1).endsWith("s") && CAL_UNITS.has(u.name)) return { s: i, e: j + 2, sem: { k: "duration", value: durationValue(null, u.code) } };
  return null;
}

const PER = new Set(["a", "an", "per", "each", "every"]);

/** "once a week", "twice a year", "three times per month". */
export function frequency(g: Cursor, i: number): Match | null {
  let j = i;
  const l = g.l(j);
  if (l === "once" || l === "twice") j++;
  else {
    const e = g.numberAt(i);
    if (e < 0 || g.l(e) !== "times") return null;
    j = e + 1;
  }
  if (!PER.has(g.l(j))) return null;
  const u = g.lex.units.get(g.l(j + 1));
  if (!u || g.l(j + 1).endsWith("s")) return null;
  return { s: i, e: j + 2, sem: { k: "set", value: durationValue(1, u.code) } };
}

export function everySet(g: Cursor, i: number): Match | null {
  const l = g.l(i);
  if (l !== "every" && l !== "each") return null;
  let j = i + 1;
  if (g.l(j) === "other") j++;
  const other = j > i + 1;
  const wd = g.lex.weekdays.get(g.l(j));
  if (wd !== undefined && g.cap(j)) return { s: i, e: j + 1, sem: { k: "set", value: `XXXX-WXX-${wd}` } };
  const e = g.numberAt(j);
  let n = other ? 2 : 1;
  if (e >= 0 && g.l(j) !== "a" && g.l(j) !== "an") { n = g.numValue; j = e; }
  const unit = g.lex.units.get(g.l(j));
  if (!unit || !CAL_UNITS.has(unit.name) && unit.code !== "H") return null;
  return { s: i, e: j + 1, sem: { k: "set", value: durationValue(n, unit.code) } };
}

export function setAdverb(g: Cursor, i: number): Match | null {
  const s = g.lex.sets.get(g.l(i));
  if (!s) return null;
  if (s.adv) {
    const t = g.tok(i);
    const n = g.tok(i + 1);
    if (t && t.pos !== "ADV" && n && (n.pos === "NOUN" || n.pos === "PROPN" || n.pos === "ADJ")) return null;
    if (g.cap(i) && i > 0 && g.isAlpha(i - 1)) return null; // "China Daily"
  }
  return { s: i, e: i + 1, sem: { k: "set", value: s.value } };
}

/** Fractions below one move to the next smaller unit ("half a century" is P50Y); 2.5 years stays P2.5Y. */
const SMALLER: Record<string, [string, number]> = { CE: ["Y", 100], DE: ["Y", 10], Y: ["M", 12], W: ["D", 7], D: ["H", 24], H: ["MIN", 60], MIN: ["S", 60] };

export function durationValue(n: number | null, code: string): string {
  if (n !== null && n < 1 && SMALLER[code] && Number.isInteger(n * SMALLER[code][1])) return durationValue(n * SMALLER[code][1], SMALLER[code][0]);
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

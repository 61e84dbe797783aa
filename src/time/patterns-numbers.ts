// Numeric patterns: years, decades, centuries, numeric and day-first dates, clock times.
import { type Cursor, type Match, AMPM, MONEY, ORD_SUFFIX } from "./cursor.js";
import { durationAt } from "./patterns-durations.js";
import type { Mod } from "./semantics.js";

export function numeric(g: Cursor, i: number): Match | null {
  let best = durationAt(g, i, i, undefined);
  best = longer(best, dayMonth(g, i));
  best = longer(best, isoDate(g, i));
  best = longer(best, slashDate(g, i));
  best = longer(best, clockTime(g, i, i));
  best = longer(best, decade(g, i, i));
  best = longer(best, ordinalCentury(g, i, i));
  return best ?? yearAt(g, i, i, undefined);
}

/** m when it ends after best (or best is none), else best. */
function longer(best: Match | null, m: Match | null): Match | null {
  return m && (!best || m.e > best.e) ? m : best;
}

export function yearAt(g: Cursor, s: number, i: number, mod: Mod | undefined): Match | null {
  const y = g.fourDigitYear(i);
  if (y === null) return null;
  const prev = g.l(i - 1);
  const next = g.tok(i + 1);
  const nextIsNoun = !!next && next.start >= g.W.end(i) && (next.pos === "NOUN" || next.pos === "PROPN") && next.lower.endsWith("s");
  if (!mod && s === i) {
    // A count, not a year: "2000 troops", "about 2010 people", "$2017".
    const nextNoun = !!next && next.start >= g.W.end(i) && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ");
    if (MONEY.has(prev) || (g.countPrep.has(prev) && nextNoun) || (nextIsNoun && (y % 100 === 0 || y < 1800) && !g.datePrep.has(prev) && !g.yearNouns.has(next.lower))) return null;
  }
  return { s, e: i + 1, sem: { k: "year", y, mod } };
}

/** "1990s" → 199, "the 1990s". */
export function decade(g: Cursor, s: number, i: number): Match | null {
  if (g.len(i) !== 4 || !endsWithZero(g, i) || g.l(i + 1) !== "s" || !g.glued(i + 1)) return null;
  if (g.isAlpha(i + 2) && g.glued(i + 2)) return null;
  return { s, e: i + 2, sem: { k: "decade", prefix: g.t(i).slice(0, 3) } };
}

/** "'90s" */
export function shortDecade(g: Cursor, s: number, i: number): Match | null {
  if (!g.isNum(i + 1) || g.len(i + 1) !== 2 || !endsWithZero(g, i + 1) || !g.glued(i + 1) || g.l(i + 2) !== "s" || !g.glued(i + 2)) return null;
  return { s, e: i + 3, sem: { k: "decade", prefix: `'${g.t(i + 1)[0]}` } };
}

/** "20th century", "21st-century". */
export function ordinalCentury(g: Cursor, s: number, i: number): Match | null {
  if (!g.isNum(i) || g.len(i) > 2 || !ORD_SUFFIX.has(g.l(i + 1)) || !g.glued(i + 1)) return null;
  let j = i + 2;
  if (g.l(j) === "-" && g.glued(j)) j++;
  if (g.l(j) !== "century") return null;
  return { s, e: j + 1, sem: { k: "century", c: g.W.value(i) - 1 } };
}

export function theDecadeOrCentury(g: Cursor, i: number): Match | null {
  if (g.l(i) !== "the") return null;
  if (g.isNum(i + 1)) return decade(g, i, i + 1) ?? ordinalCentury(g, i, i + 1);
  if (g.l(i + 1) === "'" || g.l(i + 1) === "’") return shortDecade(g, i, i + 1);
  const o = g.lex.ordinals.get(g.l(i + 1));
  if (o && o > 0 && g.l(i + 2) === "century") return { s: i, e: i + 3, sem: { k: "century", c: o - 1 } };
  return null;
}

/** "17 January 2025", "17th of January". */
export function dayMonth(g: Cursor, i: number): Match | null {
  if (g.len(i) > 2) return null;
  const d = g.W.value(i);
  if (d < 1 || d > 31) return null;
  let j = i + 1;
  if (ORD_SUFFIX.has(g.l(j)) && g.glued(j)) j++;
  if (g.l(j) === "of") j++;
  const mo = g.lex.months.get(g.l(j));
  if (!mo || (mo.ambiguous && !g.cap(j))) return null;
  j++;
  if (g.l(j) === "." && mo.abbr) j++;
  let y: number | null = null;
  let k = j;
  if (g.l(k) === ",") k++;
  const yy = g.fourDigitYear(k);
  if (yy !== null) { y = yy; j = k + 1; }
  return { s: i, e: j, sem: { k: "day", y, m: mo.month, d } };
}

export function isoDate(g: Cursor, i: number): Match | null {
  if (g.len(i) !== 4 || g.l(i + 1) !== "-" || g.l(i + 3) !== "-" || !g.glued(i + 1) || !g.glued(i + 2) || !g.glued(i + 3) || !g.glued(i + 4)) return null;
  if (!g.isNum(i + 2) || !g.isNum(i + 4)) return null;
  const y = g.W.value(i), m = g.W.value(i + 2), d = g.W.value(i + 4);
  if ( m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { s: i, e: i + 5, sem: { k: "day", y, m, d } };
}

/** US-style 6/15/2025. */
export function slashDate(g: Cursor, i: number): Match | null {
  if (g.l(i + 1) !== "/" || g.l(i + 3) !== "/" || !g.glued(i + 1) || !g.glued(i + 2) || !g.glued(i + 3) || !g.glued(i + 4)) return null;
  if (!g.isNum(i + 2) || !g.isNum(i + 4) || g.len(i + 4) !== 4) return null;
  const m = g.W.value(i), d = g.W.value(i + 2), y = g.W.value(i + 4);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { s: i, e: i + 5, sem: { k: "day", y, m, d } };
}

/** "9pm", "9:30 a.m.", "10 p.m. local time", "1400 GMT". */
export function clockTime(g: Cursor, s: number, i: number): Match | null {
  const W = g.W;
  let h = W.value(i);
  let min = 0;
  let j = i + 1;
  if (g.l(j) === ":" && g.glued(j) && g.isNum(j + 1) && g.len(j + 1) === 2) { min = W.value(j + 1); j += 2; }
  else if (g.len(i) === 4 && g.zones.has(g.l(j))) { h = Math.floor(W.value(i) / 100); min = W.value(i) % 100; }
  let ap = "";
  if (AMPM.has(g.l(j))) { ap = g.l(j); j++; }
  else if ((g.l(j) === "a" || g.l(j) === "p") && g.l(j + 1) === "." && g.l(j + 2) === "m" && g.glued(j + 1) && g.glued(j + 2)) {
    ap = g.l(j) + "m"; j += 3;
    if (g.l(j) === "." && g.glued(j)) j++;
  }
  let zoned = false;
  if (g.zones.has(g.l(j))) { j++; zoned = true; }
  else if (g.l(j) === "local" && g.l(j + 1) === "time") { j += 2; zoned = true; }
  if (!ap && !zoned) return null;
  if (h > 24 || min > 59 || (ap && (h < 1 || h > 12))) return null;
  if (ap === "pm" && h < 12) h += 12;
  if (ap === "am" && h === 12) h = 0;
  return { s, e: j, sem: { k: "time", h, min } };
}

/** Whether word i's last character is "0". */
function endsWithZero(g: Cursor, i: number): boolean {
  return g.doc.text.charCodeAt(g.W.end(i) - 1) === 48;
}

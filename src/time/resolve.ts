// Turns a recognized expression into a TIMEX3 type and value against the article date, the
// clause tense and the last full date mentioned. With no article date, unknown parts are X.
import type { Timex, TimexType } from "../doc.js";
import {
  addDays, addMonths, dayNumber, easter, fmtDay, fmtMonth, fmtTime, fmtWeek, fmtYear, isoWeekday, nthWeekday, type YMD,
} from "./calendar.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Sem } from "./semantics.js";
import type { Tense } from "./tense.js";

export interface ResolveContext {
  pub: YMD | null;
  tense: Tense | null;
  /** The last date resolved earlier in the article, with its precision. */
  previous: Point | null;
  /** The day a clock time in the same sentence refers to, when one was named. */
  sameSentenceDay: YMD | null;
  lex: TimeLexicon;
}

/** A resolved calendar point: a day, or the first day of a month or year at that precision. */
export interface Point { v: YMD; gran: "day" | "month" | "year" }

export type Resolved = Pick<Timex, "type" | "value" | "mod" | "anchor"> & { day?: YMD; point?: Point };

const GRAN_RANK = { year: 0, month: 1, day: 2 } as const;
const UNIT_NEEDS: Record<string, keyof typeof GRAN_RANK> = { year: "year", decade: "year", century: "year", quarter: "month", month: "month" };

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Weeks count as the reader's calendar does: a Sunday belongs to the week it starts (US). */
function weekBase(pub: YMD): YMD {
  return isoWeekday(pub) === 7 ? addDays(pub, 1) : pub;
}

function backward(t: Tense | null): boolean {
  return t !== "future" && t !== "present";
}

const TENSE_ANCHOR: Record<Tense | "none", string> = { past: "tense:past", present: "tense:present", future: "tense:future", none: "tense:none" };

/** A DATE value, made whole at once (keys left unset are undefined, not added later). */
function dateOf(value: string, anchor: string, mod?: string, day?: YMD, point?: Point): Resolved {
  return { type: "DATE", value, anchor, mod: mod || undefined, day, point };
}

// The anchor naming the article date, formatted once per date object (one per article).
let anchorPub: YMD | null = null;
let anchorText = "published:unknown";

function publishedAnchor(pub: YMD | null): string {
  if (!pub) return "published:unknown";
  if (pub !== anchorPub) [anchorPub, anchorText] = [pub, `published:${fmtDay(pub)}`];
  return anchorText;
}

export function resolve(sem: Sem, c: ResolveContext): Resolved {
  const { pub, tense } = c;
  const pubA = publishedAnchor(pub);
  const tenseA = TENSE_ANCHOR[tense ?? "none"];
  const date = dateOf;
  switch (sem.k) {
    case "day": {
      if (sem.y !== null) return date(fmtDay({ y: sem.y, m: sem.m, d: sem.d }), "absolute", sem.mod, { y: sem.y, m: sem.m, d: sem.d });
      if (!pub) return date(`XXXX-${fmtMonth(0, sem.m).slice(5)}-${String(sem.d).padStart(2, "0")}`, "published:unknown", sem.mod);
      const here = { y: pub.y, m: sem.m, d: sem.d };
      const diff = dayNumber(here) - dayNumber(pub);
      let y = pub.y;
      if (tense === "future") { if (diff < 0) y++; }
      else if (tense === "past") { if (diff > 0) y--; }
      else if (diff > 45) y--;
      else if (diff < -300) y++;
      const v = { y, m: sem.m, d: sem.d };
      return date(fmtDay(v), tenseA, sem.mod, v);
    }
    case "month": {
      if (sem.y !== null) return date(fmtMonth(sem.y, sem.m), "absolute", sem.mod, undefined, { v: { y: sem.y, m: sem.m, d: 1 }, gran: "month" });
      if (!pub) return date(`XXXX-${String(sem.m).padStart(2, "0")}`, "published:unknown", sem.mod);
      let y = pub.y;
      if (sem.rel === "last") y = sem.m < pub.m ? pub.y : pub.y - 1;
      else if (sem.rel === "next") y = sem.m > pub.m ? pub.y : pub.y + 1;
      else if (sem.rel === "this") y = pub.y;
      else if (sem.m !== pub.m) {
        const last = sem.m < pub.m ? pub.y : pub.y - 1;
        const next = sem.m > pub.m ? pub.y : pub.y + 1;
        // Present tense: the nearer occurrence ("expires in July", "the decision in April ... continues").
        const back = (pub.y - last) * 12 + pub.m - sem.m, fwd = (next - pub.y) * 12 + sem.m - pub.m;
        y = tense === "present" ? (back <= fwd ? last : next) : backward(tense) ? last : next;
      }
      return date(fmtMonth(y, sem.m), sem.rel ? pubA : tenseA, sem.mod);
    }
    case "year": return date(fmtYear(sem.y), "absolute", sem.mod, undefined, { v: { y: sem.y, m: 1, d: 1 }, gran: "year" });
    case "decade": {
      let p = sem.prefix;
      if (p.startsWith("'")) {
        const d = Number(p[1]);
        p = pub && 2000 + d * 10 <= pub.y ? `20${d}` : `19${d}`;
        return date(p, pub ? pubA : "absolute", sem.mod);
      }
      return date(p, "absolute", sem.mod);
    }
    case "century": return date(String(sem.c).padStart(2, "0"), "absolute");
    case "weekday": {
      const pod = sem.pod ? `T${sem.pod}` : "";
      if (!pub) return date(`XXXX-WXX-${sem.wd}${pod}`, "published:unknown");
      const cur = isoWeekday(pub);
      let delta: number;
      // last/this/next name a day of the previous/current/next (US, Sunday-first) week.
      const inWeek = (sem.wd % 7) - (cur % 7);
      if (sem.rel === "last") delta = inWeek - 7;
      else if (sem.rel === "next") delta = inWeek + 7;
      // "this Thursday" is this week's, unless that has passed and the clause looks ahead.
      else if (sem.rel === "this") delta = inWeek >= 0 || backward(tense) ? inWeek : inWeek + 7;
      else if (backward(tense)) delta = -((cur - sem.wd + 7) % 7);
      else delta = (sem.wd - cur + 7) % 7;
      const v = addDays(pub, delta);
      return date(fmtDay(v) + pod, sem.rel ? pubA : tenseA, undefined, v);
    }
    case "deictic": {
      const pod = sem.pod ? `T${sem.pod}` : "";
      if (!pub) return date(`XXXX-XX-XX${pod}`, "published:unknown");
      const v = addDays(pub, sem.days);
      return date(fmtDay(v) + pod, pubA, undefined, v);
    }
    case "relunit": {
      const r = resolveRelUnit(sem.unit, sem.rel, pub, pubA);
      return sem.mod ? { ...r, mod: sem.mod } : r;
    }
    case "weekend": {
      if (!pub) return date("XXXX-WXX-WE", "published:unknown");
      const cur = isoWeekday(pub);
      const inWeekend = cur >= 6;
      const lastSat = addDays(pub, -((cur - 6 + 7) % 7));
      let sat: YMD;
      if (sem.rel === "last") sat = inWeekend ? addDays(lastSat, -7) : lastSat;
      else if (sem.rel === "next") sat = addDays(lastSat, 7);
      else if (inWeekend) sat = lastSat;
      else sat = backward(tense) && sem.rel !== "this" ? lastSat : addDays(lastSat, 7);
      return date(`${fmtWeek(sat)}-WE`, sem.rel ? pubA : tenseA);
    }
    case "offset": {
      // A step from the last date named, if that date is precise enough for the unit.
      const prev = sem.from === "previous" && c.previous && GRAN_RANK[c.previous.gran] >= GRAN_RANK[UNIT_NEEDS[sem.unit] ?? "day"] ? c.previous : null;
      const base = prev ? prev.v : pub;
      const anchor = prev ? `previous:${fmtPoint(prev)}` : pubA;
      if (!base) return date(sem.unit === "year" ? "XXXX" : sem.unit === "month" ? "XXXX-XX" : "XXXX-XX-XX", "published:unknown", sem.mod);
      const n = sem.n * sem.dir;
      switch (sem.unit) {
        case "day": { const v = addDays(base, Math.round(n)); return date(fmtDay(v), anchor, sem.mod, v); }
        case "week": return date(fmtWeek(addDays(base, Math.round(7 * n))), anchor, sem.mod);
        case "month": { const v = addMonths(base, Math.round(n)); return date(fmtMonth(v.y, v.m), anchor, sem.mod); }
        case "year": return date(fmtYear(base.y + Math.round(n)), anchor, sem.mod);
        case "decade": return date(fmtYear(base.y + Math.round(10 * n)), anchor, sem.mod);
        case "century": return date(fmtYear(base.y + Math.round(100 * n)), anchor, sem.mod);
        case "hour": case "minute": case "second": return date(fmtDay(base), anchor, sem.mod);
      }
      return date(fmtYear(base.y), anchor, sem.mod);
    }
    case "season": {
      if (sem.y !== null) return date(`${fmtYear(sem.y)}-${sem.code}`, "absolute", sem.mod);
      if (!pub) return date(`XXXX-${sem.code}`, "published:unknown", sem.mod);
      const start = SEASON_START[sem.code];
      // The season's occurrence that has started by the article date (winter of year y begins in December of y).
      const startedThisYear = pub.m >= start;
      const winterCarry = sem.code === "WI" && pub.m <= 2;
      const current = winterCarry ? pub.y - 1 : pub.y; // year of the latest start on or before pub, if started
      const latest = winterCarry ? current : startedThisYear ? pub.y : pub.y - 1;
      const ongoing = pub.m >= start && pub.m < start + 3 || winterCarry;
      let y: number;
      if (sem.rel === "last") y = ongoing ? latest - 1 : latest;
      else if (sem.rel === "next") y = latest + 1;
      else if (sem.rel === "this") y = ongoing ? latest : pub.y;
      else y = ongoing ? latest : backward(tense) ? latest : latest + 1;
      return date(`${fmtYear(y)}-${sem.code}`, sem.rel ? pubA : tenseA, sem.mod);
    }
    case "quarter": {
      if (sem.y !== null) return date(`${fmtYear(sem.y)}-Q${sem.q}`, "absolute");
      if (!pub) return date(`XXXX-Q${sem.q}`, "published:unknown");
      const cq = Math.floor((pub.m - 1) / 3) + 1;
      const y = tense === "past" && sem.q > cq ? pub.y - 1 : tense === "future" && sem.q < cq ? pub.y + 1 : pub.y;
      return date(`${fmtYear(y)}-Q${sem.q}`, tenseA);
    }
    case "fiscal": return date(`FY${fmtYear(sem.y)}`, "absolute");
    case "holiday": {
      const rule = c.lex.holidayRules.get(sem.name);
      const on = (y: number): YMD | null => {
        if (!rule) return null;
        if (rule.easter !== undefined) return addDays(easter(y), rule.easter);
        if (rule.nth !== undefined && rule.weekday !== undefined) return addDays(nthWeekday(y, rule.month, rule.nth, rule.weekday), rule.offset ?? 0);
        return { y, m: rule.month, d: rule.day };
      };
      const fmtH = (v: YMD | null, y: string) => (v ? `${y}-${fmtDay(v).slice(5)}` : y);
      if (sem.y !== null) return date(fmtH(on(sem.y), fmtYear(sem.y)), "absolute");
      if (!pub) return date(fmtH(on(2001), "XXXX"), "published:unknown");
      let v = on(pub.y);
      if (v) {
        const d = dayNumber(v) - dayNumber(pub);
        if (backward(tense) && tense !== null && d > 0) v = on(pub.y - 1);
        else if ((!backward(tense) || tense === null) && d < -7) v = on(pub.y + 1);
      }
      return date(v ? fmtDay(v) : fmtYear(pub.y), tenseA, undefined, v ?? undefined);
    }
    case "time": {
      const same = c.sameSentenceDay;
      const day = same ? fmtDay(same) : pub ? fmtDay(pub) : "XXXX-XX-XX";
      return { type: "TIME", value: day + fmtTime(sem.h, sem.min), anchor: same ? "sentence-date" : pubA };
    }
    case "within":
      if (tense === "future") return resolve({ k: "offset", n: sem.n, unit: sem.unit, dir: 1, from: "published" }, c);
      return { type: "DURATION", value: sem.value, anchor: "absolute" };
    case "duration": return { type: "DURATION", value: sem.value, anchor: "absolute", ...(sem.mod ? { mod: sem.mod } : {}) };
    case "set": return { type: "SET", value: sem.value, anchor: "absolute" };
    case "ref": return { type: "DATE", value: sem.value, anchor: pubA };
  }
}


/** last/this/next day, week, month, year, quarter, decade, century. */
function resolveRelUnit(unit: string, rel: string, pub: YMD | null, pubA: string): Resolved {
  const date = (value: string, anchor: string, _mod?: undefined, day?: YMD): Resolved => dateOf(value, anchor, undefined, day);
  const off = rel === "last" ? -1 : rel === "next" ? 1 : 0;
  if (!pub) {
    const unknown: Record<string, string> = { day: "XXXX-XX-XX", week: "XXXX-WXX", month: "XXXX-XX", year: "XXXX", quarter: "XXXX-QX", decade: "XXX", century: "XX" };
    return date(unknown[unit] ?? "XXXX", "published:unknown");
  }
  switch (unit) {
    case "day": { const v = addDays(pub, off); return date(fmtDay(v), pubA, undefined, v); }
    case "week": return date(fmtWeek(addDays(weekBase(pub), 7 * off)), pubA);
    case "month": { const v = addMonths(pub, off); return date(fmtMonth(v.y, v.m), pubA); }
    case "year": return date(fmtYear(pub.y + off), pubA);
    case "quarter": {
      const qi = pub.y * 4 + Math.floor((pub.m - 1) / 3) + off;
      return date(`${fmtYear(Math.floor(qi / 4))}-Q${(qi % 4) + 1}`, pubA);
    }
    case "decade": return date(String(Math.floor(pub.y / 10) + off), pubA);
    case "century": return date(String(Math.floor(pub.y / 100) + off), pubA);
  }
  return date(fmtYear(pub.y), pubA);
}

function fmtPoint(p: Point): string {
  return p.gran === "day" ? fmtDay(p.v) : p.gran === "month" ? fmtMonth(p.v.y, p.v.m) : fmtYear(p.v.y);
}

export type { TimexType };

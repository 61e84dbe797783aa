// Calendar arithmetic on plain UTC day numbers, and TIMEX3 value formatting.

export interface YMD { y: number; m: number; d: number }

const DAY = 86_400_000;

export function parseYmd(s: string | null | undefined): YMD | null {
  const m = s?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const v = { y: +m[1], m: +m[2], d: +m[3] };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.y, v.m) ? v : null;
}

export function dayNumber(v: YMD): number {
  return Math.round(Date.UTC(v.y, v.m - 1, v.d) / DAY);
}

export function fromDayNumber(n: number): YMD {
  if (!Number.isInteger(n) || Math.abs(n) > 1e8) {
    const dt = new Date(n * DAY);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  // The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's civil_from_days),
  // as Date would give it, without building one.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(v: YMD, n: number): YMD {
  return fromDayNumber(dayNumber(v) + n);
}

export function addMonths(v: YMD, n: number): YMD {
  const idx = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Date.UTC reads years 0-99 as 1900-1999 and rolls months over: those cases go through Date.
  if (!Number.isInteger(y) || !Number.isInteger(m) || y < 100 || y > 200_000 || m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
}

/** ISO weekday, Monday 1 ... Sunday 7. */
export function isoWeekday(v: YMD): number {
  return ((dayNumber(v) + 3) % 7 + 7) % 7 + 1;
}

export function isoWeek(v: YMD): { year: number; week: number } {
  const n = dayNumber(v);
  const thursday = n - isoWeekday(v) + 4;
  const ty = fromDayNumber(thursday).y;
  const jan1 = dayNumber({ y: ty, m: 1, d: 1 });
  return { year: ty, week: Math.floor((thursday - jan1) / 7) + 1 };
}

// Same strings as String(n).padStart(width, "0"), without padding the common cases.
const p2 = (n: number) => (n >= 10 ? String(n) : n >= 0 && Number.isInteger(n) ? "0" + n : String(n).padStart(2, "0"));
const p4 = (n: number) => (n >= 1000 ? String(n) : String(n).padStart(4, "0"));

export const fmtDay = (v: YMD) => `${p4(v.y)}-${p2(v.m)}-${p2(v.d)}`;
export const fmtMonth = (y: number, m: number) => `${p4(y)}-${p2(m)}`;
export const fmtYear = (y: number) => p4(y);
export function fmtWeek(v: YMD): string {
  const w = isoWeek(v);
  return `${p4(w.year)}-W${p2(w.week)}`;
}
export const fmtTime = (h: number, min: number) => `T${p2(h)}:${p2(min)}`;

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): YMD {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The nth (1-based, -1 = last) ISO weekday of a month. */
export function nthWeekday(y: number, m: number, nth: number, wd: number): YMD {
  if (nth > 0) {
    const first = isoWeekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (nth - 1) };
  }
  const lastD = daysInMonth(y, m);
  const last = isoWeekday({ y, m, d: lastD });
  return { y, m, d: lastD - ((last - wd + 7) % 7) };
}

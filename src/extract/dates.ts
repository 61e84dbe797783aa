// Publication dates from the many shapes pages write them in, normalized to YYYY-MM-DD.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const pad = (n: number) => String(n).padStart(2, "0");

export function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date string in ISO, RFC 822, written-out or numeric form ("06/13/2019", read in the order of
 * `lang`); null when it holds no full date.
 */
export function normalizeDate(raw: string | null | undefined, lang: string | null = null): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 200);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s) ?? /^(\d{4})\.(\d{1,2})\.(\d{1,2})/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$|\d)/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/.])/.test(s)) return numericDate(s, lang);
  return textDate(s);
}

/** The first written-out date in a short text: "June 6, 2025", "6 June 2025", "Jun. 6th, 2025". */
export function textDate(s: string): string | null {
  let m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return validDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return validDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  return null;
}

/**
 * A numeric day/month/year in short text ("02/10/2020", "2.10.20"): month first for US English pages,
 * day first elsewhere, and whichever order is the only valid one when a part exceeds 12. Two-digit
 * years are this century's up to 69.
 */
export function numericDate(s: string, lang: string | null): string | null {
  const m = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/.]?\d)/.exec(s);
  if (!m) return null;
  const a = +m[1];
  const b = +m[3];
  const y = m[4].length === 2 ? (+m[4] < 70 ? 2000 : 1900) + +m[4] : +m[4];
  if (a > 12) return validDate(y, b, a);
  if (b > 12) return validDate(y, a, b);
  return monthFirst(lang) ? validDate(y, a, b) : validDate(y, b, a);
}

/** Whether a page in this language writes numeric dates month first (US usage). */
export function monthFirst(lang: string | null): boolean {
  return !lang || /^en(?:-(?:us|ph|ca))?$/i.test(lang);
}

const PUBLISHED_LABEL = /\b(?:published|posted|created|originally|first appeared|issued)\b/gi;
const UPDATED_LABEL = /\b(?:updated|modified|edited|revised)\b/gi;

export interface LabelledDates {
  /** A date under a "published/posted/created" label, or under no label. */
  published: string | null;
  /** A date under an "updated/modified" label. */
  updated: string | null;
}

/**
 * The dates in a short date line, each taken under the nearest label before it:
 * "Last updated 4 Jun 2020, originally created 17 Jun 2019" → published 2019-06-17, updated 2020-06-04.
 * `updatedByDefault` says how to read a date under no label (e.g. an element classed "updated").
 */
export function labelledDates(text: string, lang: string | null, updatedByDefault = false, ref: string | null = null): LabelledDates {
  const marks: { at: number; updated: boolean }[] = [{ at: 0, updated: updatedByDefault }];
  for (const m of text.matchAll(PUBLISHED_LABEL)) marks.push({ at: m.index!, updated: false });
  for (const m of text.matchAll(UPDATED_LABEL)) marks.push({ at: m.index!, updated: true });
  marks.sort((x, y) => x.at - y.at);
  const out: LabelledDates = { published: null, updated: null };
  for (let i = 0; i < marks.length; i++) {
    const part = text.slice(marks[i].at, marks[i + 1]?.at ?? text.length);
    const d = textDate(part) ?? numericDate(part, lang) ?? (ref ? relativeDate(part, ref) : null);
    if (!d) continue;
    const key = marks[i].updated ? "updated" : "published";
    out[key] ??= d;
  }
  return out;
}

const UNIT_MS: Record<string, number> = { minute: 60_000, min: 60_000, hour: 3_600_000, hr: 3_600_000, day: 86_400_000 };

/**
 * A date written relative to when the page was fetched: "3 hours ago", "2 days ago", "yesterday",
 * "today". `ref` is the fetch time (ISO date or timestamp). Weeks and months ago are too vague to use.
 */
export function relativeDate(text: string, ref: string): string | null {
  const t0 = Date.parse(ref);
  if (Number.isNaN(t0)) return null;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const m = /\b(\d{1,2}|an?|one)\s?(minute|min|hour|hr|day)s?\s+ago\b/i.exec(text);
  if (m) {
    const n = /^\d/.test(m[1]) ? +m[1] : 1;
    const unit = UNIT_MS[m[2].toLowerCase()];
    if (unit === UNIT_MS.day && n > 6) return null;
    // Against a bare day, hours ago cannot be placed more exactly than that day.
    if (unit < UNIT_MS.day && /^\d{4}-\d{2}-\d{2}$/.test(ref.trim())) return iso(t0);
    return iso(t0 - n * unit);
  }
  if (/\byesterday\b/i.test(text)) return iso(t0 - UNIT_MS.day);
  if (/\btoday\b/i.test(text)) return iso(t0);
  return null;
}

/** Days between two YYYY-MM-DD dates. */
export function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** A date spelled in a URL path: /2025/06/06/, /2025-06-06-, /20250606/. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  return null;
}

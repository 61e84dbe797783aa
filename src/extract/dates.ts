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

/** A date string in ISO, RFC 822 or written-out form; null when it holds no full date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 200);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s) ?? /^(\d{4})\.(\d{1,2})\.(\d{1,2})/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$|\d)/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
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
 * A numeric day/month/year in short text ("02/10/2020"): month first for US English pages, day first
 * elsewhere, and whichever order is the only valid one when a part exceeds 12.
 */
export function numericDate(s: string, lang: string | null): string | null {
  const m = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/.exec(s);
  if (!m) return null;
  const a = +m[1];
  const b = +m[2];
  const y = +m[3];
  if (a > 12) return validDate(y, b, a);
  if (b > 12) return validDate(y, a, b);
  const monthFirst = !lang || /^en-(us|ph|ca)$/i.test(lang) || lang.toLowerCase() === "en";
  return monthFirst ? validDate(y, a, b) : validDate(y, b, a);
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

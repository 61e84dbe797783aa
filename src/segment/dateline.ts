// Datelines at the head of wire copy: "WASHINGTON –", "BEIJING, June 6 (Reuters) -", "KYIV, Ukraine (AP) —".
import { lineShapes } from "./line-shapes.js";

export interface Dateline {
  /** Length of the dateline prefix, separator and following spaces included. */
  length: number;
  place: string;
  agency: string | null;
  /** "June 6" or similar, as written, when the dateline carries a date. */
  dateText: string | null;
}

const MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
// Place in capitals, optional ", Region", optional ", Month Day", optional "(Agency)", then a dash.
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'\\u2019-]+(?: [A-Z][A-Z.'\\u2019-]+){0,3})(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?(?:, ((?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?))?\\s*(?:\\(([^()]{2,40})\\))?\\s*[-\\u2013\\u2014\\u2212]{1,2}\\s+`,
);

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  // A lone capitalized word followed by a dash mid-prose ("US - China talks") is not a dateline.
  if (m[1].length < 3 || !/[A-Z]{3}/.test(m[1])) return null;
  return { length: m[0].length, place: [m[1], m[2]].filter(Boolean).join(", "), agency: m[4] ?? null, dateText: m[3] ?? null };
}

const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** A full date (with year) given in the article's dateline, as YYYY-MM-DD, else null. */
export function findDatelineDate(text: string): string | null {
  const d = findDateline(text);
  const m = d?.dateText ? /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(d.dateText) : null;
  if (!m) return null;
  const month = MONTH_NUM[m[1].slice(0, 3).toLowerCase()];
  return month ? `${m[3]}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}` : null;
}

export function isAgency(name: string): boolean {
  return lineShapes().agencies.some((a) => a.toLowerCase() === name.trim().toLowerCase());
}

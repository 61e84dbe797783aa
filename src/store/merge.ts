// When two event reports (from one article or several) describe the same happening: same PLOVER
// type (and category for OTHER), same modality group, same source and target actor sets (either
// way round for undirected types such as CONSULT), days at most one apart.

export function actorKey(ids: string[]): string {
  return [...new Set(ids)].sort().join("|");
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * The day an event is placed on: its own date (a month, year or ISO week starts on its first
 * day), else the article's publication date when the event has no calendar date.
 */
export function eventDay(date: string | null, published: string | null): string | null {
  const own = date ? calendarDay(date) : null;
  if (own) return own;
  const m = published ? DAY.exec(published) : null;
  return m && isRealDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function calendarDay(v: string): string | null {
  let m = DAY.exec(v);
  if (m) return isRealDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  if ((m = MONTH.exec(v))) return +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${m[2]}-01` : null;
  if ((m = YEAR.exec(v))) return `${m[1]}-01-01`;
  if ((m = WEEK.exec(v))) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (+m[2] - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

function isRealDay(y: number, mo: number, d: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

/** Days a report may match: within one day either side. Events without actors or day never merge. */
export function mergeWindow(sourceKey: string, targetKey: string, day: string | null): string[] | null {
  if (!day || (!sourceKey && !targetKey)) return null;
  return [shiftDay(day, -1), day, shiftDay(day, 1)];
}

export function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Asserted and reported events happened; future, hypothetical and negated ones stand apart. */
export function modalityGroup(modality: string): string {
  return modality === "asserted" || modality === "reported" ? "actual" : modality;
}

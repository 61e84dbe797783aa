// When two event reports from different articles describe the same happening: same PLOVER type
// (and category for OTHER), same source and target actor sets, days at most one apart.

export function actorKey(ids: string[]): string {
  return [...new Set(ids)].sort().join("|");
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day an event is placed on: its own full date, else the article's publication date. */
export function eventDay(date: string | null, published: string | null): string | null {
  for (const v of [date, published]) {
    const m = v ? DAY.exec(v) : null;
    if (m && isRealDay(+m[1], +m[2], +m[3])) return `${m[1]}-${m[2]}-${m[3]}`;
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

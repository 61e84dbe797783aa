// Which office a person held on the article date, and what that says about country and sector.
import type { KBActor, KBRole } from "./schema.js";

const RANK = [
  "head-of-state", "head-of-government", "igo-leader", "vice-president", "deputy-head-of-government", "foreign-minister",
  "defence-minister", "finance-minister", "trade-minister", "commerce-minister", "interior-minister", "justice-minister",
  "energy-minister", "economy-minister", "national-security-adviser", "chief-of-staff", "central-bank-governor",
  "military-chief", "intelligence-chief", "speaker", "governor", "chief-minister", "mayor", "party-leader",
  "opposition-leader", "armed-group-leader", "spokesperson", "ambassador", "legislator", "judge", "adviser",
  "business-leader", "other",
];

const lo = (d: string) => (d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d);
const hi = (d: string) => (d.length === 4 ? `${d}-99-99` : d.length === 7 ? `${d}-99` : d);

export function roleValidOn(r: KBRole, date: string): boolean {
  return (!r.start || lo(r.start) <= date) && (!r.end || hi(r.end) >= date);
}

/** The role held on `date`; with no date, the latest role. Null when none fits. */
export function roleOn(a: KBActor, date: string | null): KBRole | null {
  if (!a.roles.length) return null;
  if (date) {
    const valid = a.roles.filter((r) => roleValidOn(r, date));
    if (!valid.length) return null;
    return valid.sort((x, y) => RANK.indexOf(x.office) - RANK.indexOf(y.office))[0];
  }
  const open = a.roles.filter((r) => !r.end);
  const pool = open.length ? open : a.roles;
  return [...pool].sort((x, y) => (lo(y.start ?? "0000") > lo(x.start ?? "0000") ? 1 : -1) || RANK.indexOf(x.office) - RANK.indexOf(y.office))[0];
}

export interface Resolved {
  country: string | null;
  sector: string | null;
  role: string | null;
  office: string | null;
}

/** The last resolution of each actor, with its date: articles of one date ask again and again. */
const resolved = new WeakMap<KBActor, { date: string | null; r: Resolved }>();

/** The actor's country, sector and role on the date (the same object for the same date: do not change it). */
export function resolveActor(a: KBActor, date: string | null): Resolved {
  const hit = resolved.get(a);
  if (hit && hit.date === date) return hit.r;
  const r = resolveUncached(a, date);
  resolved.set(a, { date, r });
  return r;
}

function resolveUncached(a: KBActor, date: string | null): Resolved {
  if (a.kind !== "person") return { country: a.country, sector: a.sector, role: null, office: null };
  const r = roleOn(a, date);
  if (!r) return { country: a.country, sector: a.sector, role: null, office: null };
  return { country: r.country ?? a.country, sector: r.sector ?? a.sector, role: r.title, office: r.office };
}

type Held = Array<{ id: string; role: KBRole }>;

/** The last answer for each office list, with its date: articles of one date ask again and again. */
const held = new WeakMap<Held, { date: string | null; ids: string[] }>();
const NONE: string[] = [];

/** Officeholders of `office` for a country or org id on the date (a shared list: do not change it). */
export function holders(offices: { get(key: string): Held | undefined }, office: string, of: string, date: string | null): string[] {
  const l = offices.get(`${office}|${of}`);
  if (!l) return NONE;
  const hit = held.get(l);
  if (hit && hit.date === date) return hit.ids;
  const ids = date ? [...new Set(l.filter((x) => roleValidOn(x.role, date)).map((x) => x.id))] : [...new Set(l.filter((x) => !x.role.end).map((x) => x.id))];
  held.set(l, { date, ids });
  return ids;
}

/** Days between a date and a role's span (0 inside it). */
function distance(r: KBRole, date: string): number {
  const day = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d) / 86_400_000;
  const t = day(date);
  if (r.start && lo(r.start) > date) return day(r.start) - t;
  if (r.end && hi(r.end) < date) return t - day(r.end);
  return 0;
}

/** Among namesakes who led a country, the one whose term lies nearest the date ("Bush" in 2000). */
export function nearestLeader(people: KBActor[], date: string | null): KBActor | null {
  if (!date || !people.length) return null;
  let best: KBActor | null = null;
  let bestD = Infinity;
  for (const p of people) {
    for (const r of p.roles) {
      if (r.office !== "head-of-state" && r.office !== "head-of-government") continue;
      const d = distance(r, date);
      if (d < bestD) {
        best = p;
        bestD = d;
      }
    }
  }
  return best;
}

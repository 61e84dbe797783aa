// A plan's status is a function of what is stored, recomputed whenever its evidence may have
// changed, so the order articles arrive in does not matter:
// - a fulfils / cancels link from a claim of another article settles it; the latest such claim
//   (by publication, then id) wins;
// - else an event report of another article that fits it (same type and actors, a close day, not
//   published before the plan) settles it done, or cancelled when negated;
// - settled_by names the earliest fitting event report (by publication, then id), if any.
// Whichever of a plan and a fitting report is committed second finds the other: the report's
// article looks for plans it fits, a plan's article for reports that fit it. The plan rows are
// locked while settled: the last writer to lock a plan sees every link committed before it.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";
import { actorKey, eventDay } from "./merge.js";
import type { ArticleRecord } from "../record/types.js";
import { chunks, cmp, uniq } from "./rows.js";

type Trx = Kysely<Database>;

interface Side { source: string[]; target: string[] }
interface Plan extends Side {
  id: string; articleId: string; published: string | null; type: string | null; date: string | null; status: string | null;
  settledBy: string | null; settledPublished: string | null; settledNegated: boolean;
}
export interface Report extends Side { id: string; articleId: string; published: string | null; type: string; date: string | null; negated: boolean }

/** The modalities of event reports that settle plans. */
export const SETTLING = ["asserted", "reported", "negated"];

/** Event reports that may settle a plan, by plan id: what settlePlans weighs against the plan's current settled_by. */
export type Candidates = Map<string, Report[]>;

/** A plan as fits() reads it. */
export type PlanSides = Pick<Plan, "id" | "articleId" | "published" | "type" | "source" | "target" | "date">;

/** The stored event reports that fit these plans (each plan compared once, when its article is linked). */
export async function reportsForPlans(trx: Trx, plans: PlanSides[], opts: { postgres?: boolean } = {}): Promise<Candidates> {
  const out: Candidates = new Map();
  for (const part of chunks(plans, 200)) {
    const reps = await fittingReports(trx, part, opts);
    for (const p of part) out.set(p.id, reps.filter((r) => fits(p, r)));
  }
  return out;
}

/**
 * Plans (claims ever pending) of other articles that an event report of these articles fits
 * better than what settles them now (an earlier report, or none). `own`: those reports, when the
 * caller has them from the records it has just stored (ownReports), else they are read back.
 */
export async function plansSettledBy(trx: Trx, articleIds: string[], own?: Report[], opts: { postgres?: boolean } = {}): Promise<Candidates> {
  const out: Candidates = new Map();
  const reps: Report[] = own ?? [];
  if (!own) for (const part of chunks(articleIds, 200)) reps.push(...(await reports(trx, (q) => q.where("event_reports.article_id", "in", part))));
  const evs = reps.filter((r) => r.source.length + r.target.length);
  if (!evs.length) return out;
  // Plans are few: found by status, then each checked for a (type, actor) pair of a report.
  const pairs = uniq(evs.flatMap((r) => [...r.source, ...r.target].map((id) => `${r.type}|${id}`)));
  let q = planQuery(trx).where("claims.status", "in", ["pending", "done", "cancelled"]).where("claims.prop_type", "in", uniq(evs.map((r) => r.type)))
    .where((eb) => eb.exists(eb.selectFrom("claim_actors").select("claim_actors.claim_id")
      .whereRef("claim_actors.claim_id", "=", "claims.id").where("claim_actors.role", "in", ["source", "target"])
      .where(sql<string>`${sql.ref("claims.prop_type")} || '|' || ${sql.ref("claim_actors.actor_id")}`, "in", pairs)));
  // Only a settlement ranked after the best of these reports can be bettered: rank(current) > rank(best),
  // compared as rank() does (dates, then ids, code unit by code unit: C collation on PostgreSQL).
  const best = evs.map((r) => ({ published: r.published, id: r.id })).sort((x, y) => cmp(rank(x.published, x.id), rank(y.published, y.id)))[0];
  const C = opts.postgres ? sql` COLLATE "C"` : sql``;
  const pub = sql`${sql.ref("sa.published")}${C}`, by = sql`${sql.ref("claims.settled_by")}${C}`;
  q = q.where(best.published
    ? sql<boolean>`(claims.settled_by IS NULL OR sa.published IS NULL OR ${pub} > ${best.published} OR (${pub} = ${best.published} AND ${by} > ${best.id}))`
    : sql<boolean>`(claims.settled_by IS NULL OR (sa.published IS NULL AND ${by} > ${best.id}))`);
  const rows = await q.execute();
  for (const p of rows.map(toPlan)) {
    const now = p.settledBy ? rank(p.settledPublished, p.settledBy) : null;
    const better = evs.filter((r) => fits(p, r) && (!now || rank(r.published, r.id) < now));
    if (better.length) out.set(p.id, better);
  }
  return out;
}

/** The settling event reports of these articles from their records: what reports() reads back once they are stored. */
export function ownReports(records: ArticleRecord[], ids: Set<string>): Report[] {
  const out: Report[] = [];
  const sides = (key: string) => (key ? key.split("|") : []);
  for (const a of records) {
    if (!ids.has(a.id)) continue;
    for (const ev of a.events) {
      if (!SETTLING.includes(ev.modality)) continue;
      // the event a report merges into has its actor sets (either way round when undirected, which fits() does not tell apart)
      out.push({ id: ev.id, articleId: a.id, published: a.published ?? null, type: ev.type, date: ev.date ?? null, negated: ev.modality === "negated", source: sides(actorKey(ev.source)), target: sides(actorKey(ev.target)) });
    }
  }
  return out.sort((x, y) => cmp(x.id, y.id));
}

/**
 * Settles these plans (see the top of this file) from their links, their current settled_by
 * and the candidate reports found since: settled_by only ever moves to an earlier report, which
 * gives the same result in any order.
 */
export async function settlePlans(trx: Trx, ids: string[], candidates: Candidates, opts: { lockRows: boolean; postgres?: boolean }): Promise<void> {
  const sorted = uniq(ids).sort();
  for (const part of chunks(sorted, 200)) {
    // Row locks in id order: writers settling overlapping plans never wait on each other in a circle.
    // Read after the lock, so what the last writer before this one committed is seen.
    if (opts.lockRows) await trx.selectFrom("claims").select("id").where("id", "in", part).orderBy("id").forUpdate().execute();
    const rows = await planQuery(trx).select(settlingLink(opts).as("settling_link"))
      .where("claims.id", "in", part).where("claims.status", "is not", null).where("claims.prop_type", "is not", null).orderBy("claims.id").execute();
    const plans = rows.map(toPlan);
    if (!plans.length) continue;
    const byLink = new Map<string, string>();
    for (const r of rows) if (r.settling_link) byLink.set(r.id, r.settling_link === "fulfils" ? "done" : "cancelled");
    const changed: Array<{ id: string; status: string; settledBy: string | null }> = [];
    for (const p of plans) {
      const best = [
        ...(p.settledBy ? [{ id: p.settledBy, published: p.settledPublished, negated: p.settledNegated }] : []),
        ...(candidates.get(p.id) ?? []),
      ].sort((x, y) => cmp(rank(x.published, x.id), rank(y.published, y.id)))[0];
      const status = byLink.get(p.id) ?? (best ? (best.negated ? "cancelled" : "done") : "pending");
      const settledBy = best?.id ?? null;
      if (status !== p.status || settledBy !== p.settledBy) changed.push({ id: p.id, status, settledBy });
    }
    await updatePlans(trx, changed);
  }
}

/** The changed plans in one statement (their rows are locked already, in id order). */
async function updatePlans(trx: Trx, rows: Array<{ id: string; status: string; settledBy: string | null }>): Promise<void> {
  if (!rows.length) return;
  // VALUES columns are column1.. on both engines; a NULL settled_by needs a type on PostgreSQL.
  const values = sql.join(rows.map((r) => sql`(${r.id}, ${r.status}, CAST(${r.settledBy} AS text))`));
  await sql`UPDATE claims SET status = v.column2, settled_by = v.column3 FROM (VALUES ${values}) AS v WHERE claims.id = v.column1`.execute(trx);
}

/** Earlier reports settle first; undated ones after every dated one. */
const rank = (published: string | null, id: string) => `${published ?? "\uffff"}\u0000${id}`;

/**
 * The plan's latest fulfils / cancels link (by its claim's publication, undated first, then id),
 * whose relation gives the plan its status. Compared code unit by code unit like cmp(): C
 * collation on PostgreSQL.
 */
function settlingLink(opts: { postgres?: boolean }) {
  const C = opts.postgres ? sql` COLLATE "C"` : sql``;
  return sql<string | null>`(SELECT cl.relation FROM claim_links cl JOIN claims lc ON lc.id = cl.from_id JOIN articles la ON la.id = lc.article_id
    WHERE cl.to_id = claims.id AND cl.relation IN ('fulfils', 'cancels')
    ORDER BY COALESCE(la.published, '')${C} DESC, cl.from_id${C} DESC LIMIT 1)`;
}

/** Stored event reports that may settle one of the plans: a superset, matched exactly by fits(). */
async function fittingReports(trx: Trx, plans: PlanSides[], opts: { postgres?: boolean }): Promise<Report[]> {
  const withActors = plans.filter((p) => p.source.length + p.target.length);
  if (!withActors.length) return [];
  const published = withActors.map((p) => p.published);
  const earliest = published.every((x): x is string => !!x) ? [...published].sort()[0] : null;
  return reports(trx, (q) => {
    // From the (actor, type) index: the events of the plans' types naming one of their actors. As
    // an array on PostgreSQL, which then reads those events by id instead of hashing them all.
    const ids = trx.selectFrom("event_actors").select("event_id")
      .where("actor_id", "in", uniq(withActors.flatMap((p) => [...p.source, ...p.target]))).where("event_type", "in", uniq(withActors.map((p) => p.type!)));
    let r = opts.postgres ? q.where(sql<boolean>`${sql.ref("events.id")} = ANY(ARRAY(${ids}))`) : q.where("events.id", "in", ids);
    // fits() wants the report published no earlier than the plan (or either undated)
    if (earliest) r = r.where((eb) => eb.or([eb("articles.published", "is", null), eb("articles.published", ">=", earliest)]));
    return r;
  });
}

type ReportQuery = ReturnType<typeof reportQuery>;
const reportQuery = (trx: Trx) => trx.selectFrom("event_reports").innerJoin("events", "events.id", "event_reports.event_id").innerJoin("articles", "articles.id", "event_reports.article_id")
  .select(["event_reports.id", "event_reports.article_id", "event_reports.modality", "event_reports.date", "events.type", "events.source_key", "events.target_key", "articles.published"])
  .where("event_reports.modality", "in", SETTLING);

/** Settling event reports with their actor sides: those of the event they merged into (the same actors, by its keys). */
async function reports(trx: Trx, where: (q: ReportQuery) => ReportQuery): Promise<Report[]> {
  const rows = await where(reportQuery(trx)).orderBy("event_reports.id").execute();
  const ids = (key: string) => (key ? key.split("|") : []);
  return rows.map((r) => ({
    id: r.id, articleId: r.article_id, published: r.published, type: r.type, date: r.date, negated: r.modality === "negated",
    source: ids(r.source_key), target: ids(r.target_key),
  }));
}

/** Plans with the report that settles them now (its publication and modality). */
const planQuery = (trx: Trx) => trx.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id")
  .leftJoin("event_reports as sr", "sr.id", "claims.settled_by").leftJoin("articles as sa", "sa.id", "sr.article_id")
  .select(["claims.id", "claims.article_id", "claims.prop_type", "claims.prop_source", "claims.prop_target", "claims.prop_date", "claims.status", "claims.settled_by", "articles.published",
    "sa.published as settled_published", "sr.modality as settled_modality"]);

function toPlan(r: { id: string; article_id: string; prop_type: string | null; prop_source: string; prop_target: string; prop_date: string | null; status: string | null; settled_by: string | null; published: string | null; settled_published: string | null; settled_modality: string | null }): Plan {
  return {
    id: r.id, articleId: r.article_id, published: r.published, type: r.prop_type, source: JSON.parse(r.prop_source), target: JSON.parse(r.prop_target), date: r.prop_date,
    status: r.status, settledBy: r.settled_by, settledPublished: r.settled_published, settledNegated: r.settled_modality === "negated",
  };
}

/** Whether an event report settles a plan; symmetric in what it reads, so either may be stored first. */
function fits(p: PlanSides, r: Report): boolean {
  if (r.articleId === p.articleId || r.type !== p.type) return false;
  if (![...p.source, ...p.target].some((x) => r.source.includes(x) || r.target.includes(x))) return false;
  if (p.published && r.published && p.published > r.published) return false;
  return sameDyad(p, r) && nearDay(p.date, r.date ?? r.published);
}

/** Same actors in the same roles, or swapped; an empty side matches anything, but someone must be named. */
function sameDyad(p: Side, q: Side): boolean {
  const meets = (x: string[], y: string[]) => !x.length || !y.length || x.some((v) => y.includes(v));
  const someone = p.source.length + p.target.length > 0 && q.source.length + q.target.length > 0;
  return someone && ((meets(p.source, q.source) && meets(p.target, q.target)) || (meets(p.source, q.target) && meets(p.target, q.source)));
}

/** Days within one of each other; a week, month or year ("later this week") holds any day inside it. */
function nearDay(a: string | null, b: string | null): boolean {
  const ra = a ? dayRange(a) : null;
  const rb = b ? dayRange(b) : null;
  if (!ra || !rb) return true;
  return ra[0] - DAY_MS <= rb[1] && rb[0] - DAY_MS <= ra[1];
}

const DAY_MS = 86_400_000;

function dayRange(v: string): [number, number] | null {
  const start = eventDay(v, null);
  if (!start) return null;
  const t = Date.parse(start);
  if (/^\d{4}-W\d{2}$/.test(v)) return [t, t + 6 * DAY_MS];
  if (/^\d{4}-\d{2}$/.test(v)) { const d = new Date(t); return [t, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)]; }
  if (/^\d{4}$/.test(v)) return [t, Date.UTC(+v, 11, 31)];
  return [t, t];
}

// The second phase of a write: cross-article claim links for articles whose rows are committed.
// It runs in a short transaction of its own, after the document's, and takes no key locks.
// Whichever of two matching articles commits second sees the other here (READ COMMITTED), so no
// pair is missed while a (type, actor) key has at most CROSS_LINKS_PER_KEY other claims (beyond
// that, each claim links to the latest ones); when both see each other they compute the same row (a pure function of the two
// stored claims, in canonical order) and the primary key absorbs the second insert.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { ClaimRecord } from "../claims/record.js";
import { crossLinkClaims, type ArticleClaims, type CrossLink } from "../claims/across.js";
import type { ArticleRecord } from "../record/types.js";
import { dayDistance, eventDay, shiftDay } from "./merge.js";
import { chunks, cmp, uniq } from "./rows.js";
import { insertLinksMarkLinked } from "./bulk-postgres.js";
import { ownReports, plansSettledBy, reportsForPlans, settlePlans } from "./claims-settle.js";

type Trx = Kysely<Database>;

/** Cross-article links need days at most this far apart (a claim with no day links regardless). */
export const CROSS_WINDOW_DAYS = 31;

/**
 * A claim is compared with at most this many stored claims of other articles per (type, actor)
 * key: the latest by day (undated ones last), then by id. Without a bound every claim of a
 * much-reported actor would link to all earlier ones, and a write would grow with the store.
 */
export const CROSS_LINKS_PER_KEY = 16;

/** A stored claim as linking compares it: type, sides, date, polarity and whether it was ever a plan. */
interface LinkClaim { id: string; articleId: string; published: string | null; plan: boolean; type: string | null; source: string[]; target: string[]; date: string | null; polarity: string; day: string | null }

export interface LinkOptions {
  /** Lock the plans' rows while settling them (concurrent writers; SQLite has one writer and needs none). */
  lockRows: boolean;
  postgres?: boolean;
  /** PostgreSQL: mark the articles linked in the statement that writes their links (the caller's transaction commits both). */
  markLinked?: boolean;
}

/**
 * Links the committed claims of these articles to every committed claim they match, and settles
 * every plan whose settling evidence this may have changed. `lockRows`: lock the plans' rows
 * while settling them (concurrent writers; SQLite has one writer and needs none).
 */
export async function linkArticles(trx: Trx, articleIds: string[], opts: LinkOptions, records?: ArticleRecord[]): Promise<void> {
  if (!articleIds.length) return;
  // The records this process has just stored, when given, hold what the claims' and reports' rows do: no re-read.
  const own = records ? ownClaims(records, new Set(articleIds)) : await loadClaims(trx, articleIds);
  const links = await crossLinks(trx, own, new Set(articleIds), !!opts.postgres);
  // Sorted, so two writers inserting overlapping links take the index entries in one order.
  const rows = [...links.values()].sort((x, y) => cmp(x.from_id, y.from_id) || cmp(x.to_id, y.to_id) || cmp(x.relation, y.relation));
  if (opts.markLinked && opts.postgres) await insertLinksMarkLinked(trx, rows, articleIds);
  else for (const part of chunks(rows)) await trx.insertInto("claim_links").values(part).onConflict((oc) => oc.columns(["from_id", "to_id", "relation"]).doNothing()).execute();
  const candidates = await reportsForPlans(trx, own.filter((c) => c.plan), opts);
  const reports = records ? ownReports(records, new Set(articleIds)) : undefined;
  for (const [id, reps] of await plansSettledBy(trx, articleIds, reports, opts)) candidates.set(id, [...(candidates.get(id) ?? []), ...reps]);
  const plans = new Set(candidates.keys());
  for (const l of rows) if (l.relation === "fulfils" || l.relation === "cancels") plans.add(l.to_id);
  await settlePlans(trx, [...plans], candidates, opts);
}

async function loadClaims(trx: Trx, articleIds: string[]): Promise<LinkClaim[]> {
  const out: LinkClaim[] = [];
  for (const part of chunks(articleIds, 200)) {
    const rows = await claimQuery(trx).where("claims.article_id", "in", part).where("claims.prop_type", "is not", null).orderBy("claims.id").execute();
    out.push(...rows.map(toLinkClaim));
  }
  return out.filter((c) => c.source.length + c.target.length > 0);
}

/** loadClaims' answer from the articles' records: the same fields as toLinkClaim reads from the rows insertClaims wrote. */
function ownClaims(records: ArticleRecord[], ids: Set<string>): LinkClaim[] {
  const out: LinkClaim[] = [];
  for (const a of records) {
    if (!ids.has(a.id)) continue;
    for (const c of a.claims ?? []) {
      const p = c.proposition;
      // `== null` and `?? null`: a field missing from a record parsed from JSON is stored as NULL
      if (p.type == null || p.source.length + p.target.length === 0) continue;
      const published = a.published ?? null, date = p.date ?? null;
      out.push({ id: c.id, articleId: a.id, published, plan: c.status != null, type: p.type, source: p.source, target: p.target, date, polarity: p.polarity, day: eventDay(date, published) });
    }
  }
  return out.sort((x, y) => cmp(x.id, y.id));
}

const claimQuery = (trx: Trx) => trx.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id")
  .select(["claims.id", "claims.article_id", "claims.status", "claims.prop_type", "claims.prop_source", "claims.prop_target", "claims.prop_date", "claims.polarity", "claims.day", "articles.published"]);

function toLinkClaim(r: { id: string; article_id: string; status: string | null; prop_type: string | null; prop_source: string; prop_target: string; prop_date: string | null; polarity: string; day: string | null; published: string | null }): LinkClaim {
  return {
    id: r.id, articleId: r.article_id, published: r.published, plan: r.status !== null, type: r.prop_type,
    source: JSON.parse(r.prop_source), target: JSON.parse(r.prop_target), date: r.prop_date, polarity: r.polarity, day: r.day,
  };
}

type LinkRow = { from_id: string; to_id: string; relation: string; reason: string; scope: string };

/**
 * Links between the given claims and stored claims of other articles with the same type naming
 * a same actor as source or target (through the claim_actors index), on days within
 * CROSS_WINDOW_DAYS, at most CROSS_LINKS_PER_KEY of them per (type, actor). Each pair must share its actor itself: what links never depends on what
 * else an article says.
 */
async function crossLinks(trx: Trx, own: LinkClaim[], articles: Set<string>, postgres: boolean): Promise<Map<string, LinkRow>> {
  const out = new Map<string, LinkRow>();
  if (!own.length) return out;
  const pairs = new Set<string>();
  for (const c of own) for (const id of [...c.source, ...c.target]) pairs.add(`${c.type}|${id}`);
  const q = claimQuery(trx).where(sql<boolean>`${sql.ref("claims.id")} IN (${latestPerKey(own, pairs, postgres)})`);
  const stored = [...(await q.orderBy("claims.id").limit(5000).execute()).map(toLinkClaim), ...own];
  const byId = new Map<string, LinkClaim>([...own, ...stored].map((c) => [c.id, c]));
  const group = (cs: LinkClaim[]) => {
    const m = new Map<string, LinkClaim[]>();
    for (const c of cs) (m.get(c.articleId) ?? m.set(c.articleId, []).get(c.articleId)!).push(c);
    return m;
  };
  const mine = group(own), theirs = group(stored);
  const share = (x: LinkClaim, y: LinkClaim) => [...x.source, ...x.target].some((id) => y.source.includes(id) || y.target.includes(id));
  const near = (x: string | null, y: string | null) => !x || !y || dayDistance(x, y) <= CROSS_WINDOW_DAYS;
  for (const [aid, cs] of mine) {
    for (const [bid, ds] of theirs) {
      if (aid === bid || (articles.has(bid) && bid < aid)) continue;
      for (const l of pairLinks(cs, ds)) {
        const x = byId.get(l.from)!, y = byId.get(l.to)!;
        if (l.from === l.to || !share(x, y) || !near(x.day, y.day)) continue;
        const row = canonical(l);
        out.set(`${row.from_id}\u0000${row.to_id}\u0000${row.relation}`, row);
      }
    }
  }
  return out;
}

/**
 * Ids of the latest CROSS_LINKS_PER_KEY claims per (type, actor) key of the own claims, within
 * CROSS_WINDOW_DAYS of their days (when every one has a day), not counting the own claims: the
 * articles linked together pair with each other from those. PostgreSQL reads each key's first
 * rows off the claim_actors_key index in order; SQLite ranks the key's rows.
 */
function latestPerKey(own: LinkClaim[], pairs: Set<string>, postgres: boolean) {
  const days = own.map((c) => c.day);
  let win = sql``;
  if (days.every((d): d is string => !!d)) {
    const sorted = [...days].sort();
    const lo = shiftDay(sorted[0], -CROSS_WINDOW_DAYS), hi = shiftDay(sorted[sorted.length - 1], CROSS_WINDOW_DAYS);
    win = sql` AND (ca.day IS NULL OR (ca.day >= ${lo} AND ca.day <= ${hi}))`;
  }
  const ownIds = own.map((c) => c.id);
  if (postgres) {
    const keys = [...pairs].map((p) => [p.slice(0, p.indexOf("|")), p.slice(p.indexOf("|") + 1)]);
    return sql`SELECT x.claim_id FROM unnest(${keys.map((k) => k[0])}::text[], ${keys.map((k) => k[1])}::text[]) AS k(t, a)
      CROSS JOIN LATERAL (SELECT ca.claim_id FROM claim_actors ca
        WHERE ca.actor_id = k.a AND ca.prop_type = k.t AND ca.role IN ('source', 'target') AND ca.claim_id <> ALL(${ownIds}::text[])${win}
        ORDER BY ca.day COLLATE "C" DESC NULLS LAST, ca.claim_id COLLATE "C" DESC LIMIT ${CROSS_LINKS_PER_KEY}) x`;
  }
  return sql`SELECT claim_id FROM (SELECT ca.claim_id, row_number() OVER (PARTITION BY ca.prop_type, ca.actor_id ORDER BY ca.day DESC, ca.claim_id DESC) AS n
      FROM claim_actors ca WHERE ca.actor_id IN (${sql.join(uniq(own.flatMap((c) => [...c.source, ...c.target])))}) AND ca.role IN ('source', 'target')
        AND ca.prop_type || '|' || ca.actor_id IN (${sql.join([...pairs])}) AND ca.claim_id NOT IN (${sql.join(ownIds)})${win}) k
    WHERE n <= ${CROSS_LINKS_PER_KEY}`;
}

/** The links between two articles' claims, computed the same whichever of them is stored first. */
function pairLinks(a: LinkClaim[], b: LinkClaim[]): CrossLink[] {
  const art = (cs: LinkClaim[]): ArticleClaims => ({ articleId: cs[0].articleId, published: cs[0].published, claims: cs.map(asRecord) });
  const [x, y] = [art(a), art(b)].sort((p, q) => cmp(p.published ?? "", q.published ?? "") || cmp(p.articleId, q.articleId));
  return crossLinkClaims([x, y]);
}

/** supports / contradicts read the same either way round: stored smaller id first. */
function canonical(l: CrossLink): LinkRow {
  const sym = l.relation === "supports" || l.relation === "contradicts";
  const [from, to] = sym && l.to < l.from ? [l.to, l.from] : [l.from, l.to];
  return { from_id: from, to_id: to, relation: l.relation, reason: "cross-article", scope: "cross" };
}

function asRecord(c: LinkClaim): ClaimRecord {
  return {
    id: c.id, kind: "", claimant: null, claimantText: null, chain: [], stance: "asserts",
    // A claim that was ever pending stays a plan: later reports still fulfil or cancel it.
    status: c.plan ? "pending" : null,
    proposition: { event: null, type: c.type, source: c.source, target: c.target, date: c.date, polarity: c.polarity === "negative" ? "negative" : "positive", text: "", span: [0, 0] },
    evidence: { span: [0, 0], text: "" }, links: [],
  };
}

// Stores an article's claims ledger and links it to the claims already stored: the same
// proposition told elsewhere (supports / contradicts) and planned events a later article reports
// done or called off (fulfils / cancels, which also settle the pending claim's status).
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { ArticleRecord } from "../record/types.js";
import type { ClaimRecord } from "../claims/record.js";
import { crossLinkClaims, type ArticleClaims, type CrossLink } from "../claims/across.js";
import { dayDistance, eventDay, shiftDay } from "./merge.js";
import { chunks } from "./rows.js";

/** A transaction (ingest) or the migration's connection. */
type Trx = Kysely<Database>;

/** Stores the article's claims and links them (the migration's backfill: one article at a time). */
export async function addClaims(trx: Trx, a: ArticleRecord): Promise<number> {
  await insertClaims(trx, a);
  await linkClaims(trx, a);
  return a.claims?.length ?? 0;
}

/** The article's claims and their actors: rows no other write reads before this one commits. */
export async function insertClaims(trx: Trx, a: ArticleRecord): Promise<void> {
  const claims = a.claims ?? [];
  if (!claims.length) return;
  const rows = claims.map((c) => ({
    id: c.id, article_id: a.id, kind: c.kind, claimant_id: c.claimant, claimant_text: c.claimantText, stance: c.stance, status: c.status,
    prop_event: c.proposition.event, prop_type: c.proposition.type, prop_source: JSON.stringify(c.proposition.source), prop_target: JSON.stringify(c.proposition.target),
    prop_date: c.proposition.date, polarity: c.proposition.polarity, prop_text: c.proposition.text, prop_start: c.proposition.span[0], prop_end: c.proposition.span[1],
    evidence_start: c.evidence.span[0], evidence_end: c.evidence.span[1], evidence_text: c.evidence.text, chain: JSON.stringify(c.chain),
    day: eventDay(c.proposition.date, a.published), settled_by: null,
  }));
  for (const part of chunks(rows, 100)) await trx.insertInto("claims").values(part).execute();

  const roles = new Map<string, { claim_id: string; actor_id: string; role: "source" | "target" | "claimant" }>();
  for (const c of claims) {
    const add = (actor: string, role: "source" | "target" | "claimant") => roles.set(`${c.id}\u0000${actor}\u0000${role}`, { claim_id: c.id, actor_id: actor, role });
    if (c.claimant) add(c.claimant, "claimant");
    for (const s of c.proposition.source) add(s, "source");
    for (const t of c.proposition.target) add(t, "target");
  }
  for (const part of chunks([...roles.values()])) await trx.insertInto("claim_actors").values(part).execute();
}

/**
 * Links the article's (inserted) claims within it and to the claims already stored, and settles
 * plans by events. `unlinked`: articles of the same document whose claims are inserted but whose
 * turn comes later; they are left out here and link to this one in their turn.
 */
export async function linkClaims(trx: Trx, a: ArticleRecord, unlinked: string[] = []): Promise<void> {
  const claims = a.claims ?? [];
  const others = [a.id, ...unlinked];
  if (!claims.length) { await settleByEvents(trx, a, others); return; }
  // The record lists each in-article link on both claims; store it once.
  const links = new Map<string, { from_id: string; to_id: string; relation: string; reason: string; scope: string }>();
  for (const c of claims) for (const l of c.links) {
    const [from, to] = c.id < l.claim ? [c.id, l.claim] : [l.claim, c.id];
    links.set(`${from}\u0000${to}\u0000${l.relation}`, { from_id: from, to_id: to, relation: l.relation, reason: l.reason, scope: "article" });
  }
  const ids = new Set(claims.map((c) => c.id));
  for (const l of await crossLinksWithStore(trx, a, claims, others)) {
    if (l.from === l.to) continue;
    links.set(`${l.from}\u0000${l.to}\u0000${l.relation}`, { from_id: l.from, to_id: l.to, relation: l.relation, reason: "cross-article", scope: "cross" });
  }
  const valid = [...links.values()].filter((l) => ids.has(l.from_id) || ids.has(l.to_id));
  for (const part of chunks(valid)) await trx.insertInto("claim_links").values(part).execute();
  // A plan that a later claim reports done or called off takes that status (the last such link wins).
  const settled = new Map<string, string>();
  for (const l of valid) if (l.relation === "fulfils" || l.relation === "cancels") settled.set(l.to_id, l.relation === "fulfils" ? "done" : "cancelled");
  for (const status of ["done", "cancelled"]) {
    const to = [...settled].filter(([, s]) => s === status).map(([id]) => id).sort();
    if (to.length) await trx.updateTable("claims").set({ status }).where("id", "in", to).where("status", "is not", null).execute();
  }
  await settleByEvents(trx, a, others);
}

interface Side { source: string[]; target: string[] }

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
  const DAY_MS = 86_400_000;
  return ra[0] - DAY_MS <= rb[1] && rb[0] - DAY_MS <= ra[1];
}

function dayRange(v: string): [number, number] | null {
  const start = eventDay(v, null);
  if (!start) return null;
  const t = Date.parse(start);
  const DAY_MS = 86_400_000;
  if (/^\d{4}-W\d{2}$/.test(v)) return [t, t + 6 * DAY_MS];
  if (/^\d{4}-\d{2}$/.test(v)) { const d = new Date(t); return [t, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)]; }
  if (/^\d{4}$/.test(v)) return [t, Date.UTC(+v, 11, 31)];
  return [t, t];
}

const ACTUAL = new Set(["asserted", "reported"]);

/**
 * A plan is settled by the event itself, not only by another claim: a later article that reports
 * the meeting held (done) or says it did not take place (cancelled), with the same type and actors
 * on a close day. Works in both directions, whichever article is stored first. One query per
 * direction; matching runs in memory.
 */
async function settleByEvents(trx: Trx, a: ArticleRecord, others: string[]): Promise<void> {
  const settled = new Map<string, { report: string; negated: boolean }>();
  // This article's events close stored plans from earlier (or undated) articles; the first event that fits wins.
  const evs = a.events.filter((ev) => ACTUAL.has(ev.modality) || ev.modality === "negated")
    .map((ev) => ({ ev, actors: [...new Set([...ev.source, ...ev.target])] })).filter((x) => x.actors.length);
  if (evs.length) {
    const rows = await trx.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id")
      .select(["claims.id", "claims.prop_type", "claims.prop_source", "claims.prop_target", "claims.prop_date", "articles.published"])
      .where("claims.status", "=", "pending").where("claims.prop_type", "in", uniq(evs.map((x) => x.ev.type))).where("claims.article_id", "not in", others)
      .where("claims.id", "in", trx.selectFrom("claim_actors").select("claim_id").where("actor_id", "in", uniq(evs.flatMap((x) => x.actors))).where("role", "in", ["source", "target"]))
      .orderBy("claims.id").execute();
    const plans = rows.map((r) => ({ r, side: { source: JSON.parse(r.prop_source) as string[], target: JSON.parse(r.prop_target) as string[] } }));
    for (const { ev, actors } of evs) {
      for (const { r, side } of plans) {
        if (settled.has(r.id) || r.prop_type !== ev.type || ![...side.source, ...side.target].some((x) => actors.includes(x))) continue;
        if (a.published && r.published && r.published > a.published) continue;
        if (!sameDyad(side, ev) || !nearDay(r.prop_date, ev.date ?? a.published)) continue;
        settled.set(r.id, { report: ev.id, negated: ev.modality === "negated" });
      }
    }
  }
  // This article's plans are closed by events stored from later articles: the earliest report that fits.
  const mine = (a.claims ?? []).filter((c) => c.status === "pending" && c.proposition.type)
    .map((c) => ({ c, actors: [...new Set([...c.proposition.source, ...c.proposition.target])] })).filter((x) => x.actors.length);
  if (mine.length && a.published) {
    const reps = await trx.selectFrom("event_reports").innerJoin("events", "events.id", "event_reports.event_id").innerJoin("articles", "articles.id", "event_reports.article_id")
      .select(["event_reports.id", "event_reports.event_id", "event_reports.modality", "event_reports.date", "events.day", "events.type", "articles.published"])
      .where("events.type", "in", uniq(mine.map((x) => x.c.proposition.type!))).where("event_reports.article_id", "!=", a.id)
      .where("articles.published", ">=", a.published)
      .where("events.modality", "in", ["actual", "negated"])
      .where("events.id", "in", trx.selectFrom("event_actors").select("event_id").where("actor_id", "in", uniq(mine.flatMap((x) => x.actors))))
      .orderBy("articles.published").orderBy("event_reports.id").execute();
    const sides = new Map<string, { source: string[]; target: string[] }>();
    for (const part of chunks(uniq(reps.map((r) => r.event_id)))) {
      for (const r of await trx.selectFrom("event_actors").select(["event_id", "actor_id", "role"]).where("event_id", "in", part).execute()) {
        const side = sides.get(r.event_id) ?? sides.set(r.event_id, { source: [], target: [] }).get(r.event_id)!;
        side[r.role].push(r.actor_id);
      }
    }
    for (const { c, actors } of mine) {
      for (const r of reps) {
        const side = sides.get(r.event_id) ?? { source: [], target: [] };
        if (r.type !== c.proposition.type || ![...side.source, ...side.target].some((x) => actors.includes(x))) continue;
        if (!sameDyad(c.proposition, side) || !nearDay(c.proposition.date, r.date ?? r.day)) continue;
        if (!settled.has(c.id)) settled.set(c.id, { report: r.id, negated: r.modality === "negated" });
        break;
      }
    }
  }
  for (const [id, s] of [...settled].sort(([x], [y]) => (x < y ? -1 : 1))) {
    await trx.updateTable("claims").set({ status: s.negated ? "cancelled" : "done", settled_by: s.report }).where("id", "=", id).where("status", "=", "pending").execute();
  }
}

/** Cross-article links need days at most this far apart (a claim with no day links regardless). */
const CROSS_WINDOW_DAYS = 31;

/**
 * Cross-article links between this article's claims and stored claims of the same type naming a
 * same actor as source or target (found through the claim_actors index), on days within
 * CROSS_WINDOW_DAYS of each other. Only pairs that involve this article are compared. Each pair
 * must share its actor itself: another claim of the article naming it does not count, so what
 * links never depends on what else an article says, and the (type, actor) lock keys (locks.ts)
 * cover every pair.
 */
async function crossLinksWithStore(trx: Trx, a: ArticleRecord, claims: ClaimRecord[], others: string[]): Promise<CrossLink[]> {
  const typed = claims.filter((c) => c.proposition.type && c.proposition.source.length + c.proposition.target.length > 0);
  if (!typed.length) return [];
  // (type, actor) pairs of this article's claims: a stored claim must match one to link.
  const pairs = new Set<string>();
  for (const c of typed) for (const id of [...c.proposition.source, ...c.proposition.target]) pairs.add(`${c.proposition.type}|${id}`);
  const dayOf = new Map<string, string | null>(typed.map((c) => [c.id, eventDay(c.proposition.date, a.published)]));
  const actorsOf = new Map<string, string[]>(typed.map((c) => [c.id, [...c.proposition.source, ...c.proposition.target]]));
  const days = [...dayOf.values()];
  let q = trx.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id")
    .select(["claims.id", "claims.article_id", "claims.status", "claims.prop_type", "claims.prop_source", "claims.prop_target", "claims.prop_date", "claims.polarity", "claims.day", "articles.published"])
    .where("claims.prop_type", "in", uniq(typed.map((c) => c.proposition.type!)))
    .where("claims.article_id", "not in", others)
    .where((eb) => eb.exists(eb.selectFrom("claim_actors").select("claim_actors.claim_id")
      .whereRef("claim_actors.claim_id", "=", "claims.id").where("claim_actors.role", "in", ["source", "target"])
      // one string per pair: a long IN list of constants is a hash lookup, unlike ORed row values
      .where(sql<string>`${sql.ref("claims.prop_type")} || '|' || ${sql.ref("claim_actors.actor_id")}`, "in", [...pairs.keys()])));
  if (days.every((d): d is string => !!d)) {
    const sorted = [...days].sort();
    const lo = shiftDay(sorted[0], -CROSS_WINDOW_DAYS), hi = shiftDay(sorted[sorted.length - 1], CROSS_WINDOW_DAYS);
    q = q.where((eb) => eb.or([eb("claims.day", "is", null), eb.and([eb("claims.day", ">=", lo), eb("claims.day", "<=", hi)])]));
  }
  const rows = await q.orderBy("claims.id").limit(5000).execute();
  if (!rows.length) return [];
  const byArticle = new Map<string, ArticleClaims>();
  for (const r of rows) {
    dayOf.set(r.id, r.day);
    const source: string[] = JSON.parse(r.prop_source), target: string[] = JSON.parse(r.prop_target);
    actorsOf.set(r.id, [...source, ...target]);
    const art = byArticle.get(r.article_id) ?? { articleId: r.article_id, published: r.published, claims: [] };
    // Only what linking compares: type, sides, date, polarity and whether it was ever a plan.
    art.claims.push({
      id: r.id, kind: "", claimant: null, claimantText: null, chain: [], stance: "asserts",
      // A claim that was ever pending stays a plan: later reports still fulfil or cancel it.
      status: r.status === null ? null : "pending",
      proposition: {
        event: null, type: r.prop_type, source, target, date: r.prop_date,
        polarity: r.polarity === "negative" ? "negative" : "positive", text: "", span: [0, 0],
      },
      evidence: { span: [0, 0], text: "" }, links: [],
    });
    byArticle.set(r.article_id, art);
  }
  const near = (x: string | null | undefined, y: string | null | undefined) => !x || !y || dayDistance(x, y) <= CROSS_WINDOW_DAYS;
  const self: ArticleClaims = { articleId: a.id, published: a.published, claims: typed };
  // One stored article at a time: the pairs compared are this article's claims against its claims.
  const share = (x: string, y: string) => (actorsOf.get(x) ?? []).some((id) => actorsOf.get(y)?.includes(id));
  return [...byArticle.values()].flatMap((art) => crossLinkClaims([self, art])).filter((l) => share(l.from, l.to) && near(dayOf.get(l.from), dayOf.get(l.to)));
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

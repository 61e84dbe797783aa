// Stores an article's claims ledger and links it to the claims already stored: the same
// proposition told elsewhere (supports / contradicts) and planned events a later article reports
// done or called off (fulfils / cancels, which also settle the pending claim's status).
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { ArticleRecord } from "../record/types.js";
import type { ClaimRecord } from "../claims/record.js";
import { crossLinkClaims, type ArticleClaims, type CrossLink } from "../claims/across.js";
import { eventDay } from "./merge.js";

/** A transaction (ingest) or the migration's connection. */
type Trx = Kysely<Database>;

export async function addClaims(trx: Trx, a: ArticleRecord, ensureActor: (id: string) => Promise<void>): Promise<number> {
  const claims = a.claims ?? [];
  if (!claims.length) { await settleByEvents(trx, a); return 0; }
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
  for (const r of roles.values()) await ensureActor(r.actor_id);
  for (const part of chunks([...roles.values()])) await trx.insertInto("claim_actors").values(part).execute();

  // The record lists each in-article link on both claims; store it once.
  const links = new Map<string, { from_id: string; to_id: string; relation: string; reason: string; scope: string }>();
  for (const c of claims) for (const l of c.links) {
    const [from, to] = c.id < l.claim ? [c.id, l.claim] : [l.claim, c.id];
    links.set(`${from}\u0000${to}\u0000${l.relation}`, { from_id: from, to_id: to, relation: l.relation, reason: l.reason, scope: "article" });
  }
  const ids = new Set(claims.map((c) => c.id));
  for (const l of await crossLinksWithStore(trx, a, claims)) {
    if (l.from === l.to) continue;
    links.set(`${l.from}\u0000${l.to}\u0000${l.relation}`, { from_id: l.from, to_id: l.to, relation: l.relation, reason: "cross-article", scope: "cross" });
  }
  const valid = [...links.values()].filter((l) => ids.has(l.from_id) || ids.has(l.to_id));
  for (const part of chunks(valid)) await trx.insertInto("claim_links").values(part).execute();
  for (const l of valid) {
    if (l.relation === "fulfils" || l.relation === "cancels") {
      await trx.updateTable("claims").set({ status: l.relation === "fulfils" ? "done" : "cancelled" }).where("id", "=", l.to_id).where("status", "is not", null).execute();
    }
  }
  await settleByEvents(trx, a);
  return claims.length;
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
 * on a close day. Works in both directions, whichever article is stored first.
 */
async function settleByEvents(trx: Trx, a: ArticleRecord): Promise<void> {
  const settle = (id: string, report: string, negated: boolean) =>
    trx.updateTable("claims").set({ status: negated ? "cancelled" : "done", settled_by: report }).where("id", "=", id).where("status", "=", "pending").execute();
  // This article's events close stored plans from earlier (or undated) articles.
  for (const ev of a.events) {
    if (!ACTUAL.has(ev.modality) && ev.modality !== "negated") continue;
    const actors = [...new Set([...ev.source, ...ev.target])];
    if (!actors.length) continue;
    const rows = await trx.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id")
      .select(["claims.id", "claims.prop_source", "claims.prop_target", "claims.prop_date", "articles.published"])
      .where("claims.status", "=", "pending").where("claims.prop_type", "=", ev.type).where("claims.article_id", "!=", a.id)
      .where("claims.id", "in", trx.selectFrom("claim_actors").select("claim_id").where("actor_id", "in", actors).where("role", "in", ["source", "target"]))
      .execute();
    for (const r of rows) {
      if (a.published && r.published && r.published > a.published) continue;
      if (!sameDyad({ source: JSON.parse(r.prop_source), target: JSON.parse(r.prop_target) }, ev) || !nearDay(r.prop_date, ev.date ?? a.published)) continue;
      await settle(r.id, ev.id, ev.modality === "negated");
    }
  }
  // This article's plans are closed by events stored from later articles.
  for (const c of a.claims ?? []) {
    if (c.status !== "pending" || !c.proposition.type) continue;
    const actors = [...new Set([...c.proposition.source, ...c.proposition.target])];
    if (!actors.length) continue;
    const reps = await trx.selectFrom("event_reports").innerJoin("events", "events.id", "event_reports.event_id").innerJoin("articles", "articles.id", "event_reports.article_id")
      .select(["event_reports.id", "event_reports.event_id", "event_reports.modality", "event_reports.date", "events.day", "articles.published"])
      .where("events.type", "=", c.proposition.type).where("event_reports.article_id", "!=", a.id)
      .where("events.modality", "in", ["actual", "negated"])
      .where("events.id", "in", trx.selectFrom("event_actors").select("event_id").where("actor_id", "in", actors))
      .orderBy("articles.published").orderBy("event_reports.id").execute();
    for (const r of reps) {
      if (!a.published || !r.published || r.published < a.published) continue;
      const roles = await trx.selectFrom("event_actors").select(["actor_id", "role"]).where("event_id", "=", r.event_id).execute();
      const side = { source: roles.filter((x) => x.role === "source").map((x) => x.actor_id), target: roles.filter((x) => x.role === "target").map((x) => x.actor_id) };
      if (!sameDyad(c.proposition, side) || !nearDay(c.proposition.date, r.date ?? r.day)) continue;
      await settle(c.id, r.id, r.modality === "negated");
      break;
    }
  }
}

/** Cross-article links between this article's claims and stored claims of the same type sharing an actor. */
async function crossLinksWithStore(trx: Trx, a: ArticleRecord, claims: ClaimRecord[]): Promise<CrossLink[]> {
  const typed = claims.filter((c) => c.proposition.type && c.proposition.source.length + c.proposition.target.length > 0);
  if (!typed.length) return [];
  const types = [...new Set(typed.map((c) => c.proposition.type!))];
  const actors = [...new Set(typed.flatMap((c) => [...c.proposition.source, ...c.proposition.target]))];
  const rows = await trx.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id")
    .selectAll("claims").select("articles.published")
    .where("claims.prop_type", "in", types)
    .where("claims.article_id", "!=", a.id)
    .where("claims.id", "in", trx.selectFrom("claim_actors").select("claim_id").where("actor_id", "in", actors).where("role", "in", ["source", "target"]))
    .orderBy("claims.id").limit(5000).execute();
  if (!rows.length) return [];
  const byArticle = new Map<string, ArticleClaims>();
  for (const r of rows) {
    const art = byArticle.get(r.article_id) ?? { articleId: r.article_id, published: r.published, claims: [] };
    art.claims.push({
      id: r.id, kind: r.kind, claimant: r.claimant_id, claimantText: r.claimant_text, chain: JSON.parse(r.chain), stance: r.stance as ClaimRecord["stance"],
      // A claim that was ever pending stays a plan: later reports still fulfil or cancel it.
      status: r.status === null ? null : "pending",
      proposition: {
        event: r.prop_event, type: r.prop_type, source: JSON.parse(r.prop_source), target: JSON.parse(r.prop_target), date: r.prop_date,
        polarity: r.polarity === "negative" ? "negative" : "positive", text: r.prop_text, span: [r.prop_start, r.prop_end],
      },
      evidence: { span: [r.evidence_start, r.evidence_end], text: r.evidence_text }, links: [],
    });
    byArticle.set(r.article_id, art);
  }
  const mine = new Set(claims.map((c) => c.id));
  return crossLinkClaims([{ articleId: a.id, published: a.published, claims: typed }, ...byArticle.values()])
    .filter((l) => mine.has(l.from) || mine.has(l.to));
}

function chunks<T>(rows: T[], size = 300): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

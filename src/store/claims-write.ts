// Stores an article's claims ledger and links it to the claims already stored: the same
// proposition told elsewhere (supports / contradicts) and planned events a later article reports
// done or called off (fulfils / cancels, which also settle the pending claim's status).
import type { Transaction } from "kysely";
import type { Database } from "./schema.js";
import type { ArticleRecord } from "../record/types.js";
import type { ClaimRecord } from "../claims/record.js";
import { crossLinkClaims, type ArticleClaims, type CrossLink } from "../claims/across.js";
import { eventDay } from "./merge.js";

type Trx = Transaction<Database>;

export async function addClaims(trx: Trx, a: ArticleRecord, ensureActor: (id: string) => Promise<void>): Promise<number> {
  const claims = a.claims ?? [];
  if (!claims.length) return 0;
  const rows = claims.map((c) => ({
    id: c.id, article_id: a.id, kind: c.kind, claimant_id: c.claimant, claimant_text: c.claimantText, stance: c.stance, status: c.status,
    prop_event: c.proposition.event, prop_type: c.proposition.type, prop_source: JSON.stringify(c.proposition.source), prop_target: JSON.stringify(c.proposition.target),
    prop_date: c.proposition.date, polarity: c.proposition.polarity, prop_text: c.proposition.text, prop_start: c.proposition.span[0], prop_end: c.proposition.span[1],
    evidence_start: c.evidence.span[0], evidence_end: c.evidence.span[1], evidence_text: c.evidence.text, chain: JSON.stringify(c.chain),
    day: eventDay(c.proposition.date, a.published),
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
  return claims.length;
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

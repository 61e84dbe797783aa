// Stores an article's claims ledger: the claims, their actors and the links the record makes
// within the article. Links across articles and the plans they settle come after the document
// commits (claims-link.ts, claims-settle.ts).
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { ArticleRecord } from "../record/types.js";
import { eventDay } from "./merge.js";
import { chunks } from "./rows.js";
import { linkArticles } from "./claims-link.js";
import { SETTLING } from "./claims-settle.js";

/** A transaction (ingest) or the migration's connection. */
type Trx = Kysely<Database>;

/** Stores the article's claims and links them (the migration's backfill: one article at a time). */
export async function addClaims(trx: Trx, a: ArticleRecord, opts: { lockRows: boolean; postgres?: boolean }): Promise<number> {
  await insertClaims(trx, a);
  await linkArticles(trx, [a.id], opts);
  return a.claims?.length ?? 0;
}

/** The article's claims, their actors and its in-article links: rows no other write reads before this one commits. */
export async function insertClaims(trx: Trx, a: ArticleRecord): Promise<void> {
  const { claims, actors, links } = claimRows(a);
  for (const part of chunks(claims, 100)) await trx.insertInto("claims").values(part).execute();
  for (const part of chunks(actors)) await trx.insertInto("claim_actors").values(part).execute();
  for (const part of chunks(links)) await trx.insertInto("claim_links").values(part).execute();
}

export interface ClaimRows {
  claims: Array<Database["claims"]>;
  actors: Array<Database["claim_actors"]>;
  links: Array<Database["claim_links"]>;
}

/** The rows insertClaims writes for the article. */
export function claimRows(a: ArticleRecord): ClaimRows {
  const claims = a.claims ?? [];
  if (!claims.length) return { claims: [], actors: [], links: [] };
  const rows = claims.map((c) => ({
    id: c.id, article_id: a.id, kind: c.kind, claimant_id: c.claimant, claimant_text: c.claimantText, stance: c.stance, status: c.status,
    prop_event: c.proposition.event, prop_type: c.proposition.type, prop_source: JSON.stringify(c.proposition.source), prop_target: JSON.stringify(c.proposition.target),
    prop_date: c.proposition.date, polarity: c.proposition.polarity, prop_text: c.proposition.text, prop_start: c.proposition.span[0], prop_end: c.proposition.span[1],
    evidence_start: c.evidence.span[0], evidence_end: c.evidence.span[1], evidence_text: c.evidence.text, chain: JSON.stringify(c.chain),
    day: eventDay(c.proposition.date, a.published), settled_by: null,
  }));

  const roles = new Map<string, Database["claim_actors"]>();
  for (const [i, c] of claims.entries()) {
    const { prop_type, day } = rows[i];
    const add = (actor: string, role: "source" | "target" | "claimant") => roles.set(`${c.id}\u0000${actor}\u0000${role}`, { claim_id: c.id, actor_id: actor, role, prop_type, day });
    if (c.claimant) add(c.claimant, "claimant");
    for (const s of c.proposition.source) add(s, "source");
    for (const t of c.proposition.target) add(t, "target");
  }

  // The record lists each in-article link on both claims; store it once.
  const ids = new Set(claims.map((c) => c.id));
  const links = new Map<string, { from_id: string; to_id: string; relation: string; reason: string; scope: string }>();
  for (const c of claims) for (const l of c.links) {
    if (!ids.has(l.claim) || l.claim === c.id) continue;
    const [from, to] = c.id < l.claim ? [c.id, l.claim] : [l.claim, c.id];
    links.set(`${from}\u0000${to}\u0000${l.relation}`, { from_id: from, to_id: to, relation: l.relation, reason: l.reason, scope: "article" });
  }
  return { claims: rows, actors: [...roles.values()], links: [...links.values()] };
}

/** Whether storing the article leaves cross-article work for after its commit: claims to link, or event reports that may settle plans. */
export function needsLinking(a: ArticleRecord): boolean {
  return (a.claims ?? []).some((c) => c.proposition.type) || a.events.some((ev) => SETTLING.includes(ev.modality));
}

// Claims and disputes read back from the knowledge base.
import { sql, type Kysely, type Selectable } from "kysely";
import type { ClaimsTable, Database } from "./schema.js";
import type { ActorRef, ClaimFilter, ClaimLinkRef, ClaimStatus, Dispute, DisputeFilter, PageOf, StoredClaim } from "./types.js";
import { headline } from "./read.js";

type DB = Kysely<Database>;
const LEAD = sql<string>`substr(articles.text, 1, 200)`;
const page = (p: { limit?: number; offset?: number }) => ({ limit: p.limit ?? 50, offset: p.offset ?? 0 });

function actorIdsMatching(db: DB, actor: string) {
  const a = actor.trim();
  return db.selectFrom("actors").select("id").where((eb) => eb.or([
    eb("id", "=", a), eb(eb.fn("upper", ["country"]), "=", a.toUpperCase()), eb(eb.fn("lower", ["name"]), "=", a.toLowerCase()),
  ]));
}

function claimsWithActor(db: DB, actor: string) {
  return db.selectFrom("claim_actors").select("claim_id").where("actor_id", "in", actorIdsMatching(db, actor));
}

export async function listClaims(db: DB, f: ClaimFilter = {}): Promise<PageOf<StoredClaim>> {
  const { limit, offset } = page(f);
  let base = db.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id");
  if (f.actor) base = base.where("claims.id", "in", claimsWithActor(db, f.actor));
  if (f.stance) base = base.where("claims.stance", "=", f.stance);
  if (f.status) base = base.where("claims.status", "=", f.status);
  if (f.type) base = base.where("claims.prop_type", "=", f.type.toUpperCase());
  if (f.since) base = base.where("claims.day", ">=", f.since);
  if (f.until) base = base.where("claims.day", "<=", f.until);
  if (f.article) base = base.where("claims.article_id", "=", f.article);
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base.select("claims.id")
    .orderBy(sql`CASE WHEN articles.published IS NULL THEN 1 ELSE 0 END`).orderBy("articles.published", "desc").orderBy("claims.article_id").orderBy("claims.prop_start").orderBy("claims.id")
    .limit(limit).offset(offset).execute();
  return { items: await hydrateClaims(db, rows.map((r) => r.id)), total: Number(total?.n ?? 0), limit, offset };
}

/** Claims by id, in the order given, with actors, article and links. */
export async function hydrateClaims(db: DB, ids: string[]): Promise<StoredClaim[]> {
  if (!ids.length) return [];
  const out = new Map<string, StoredClaim>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await db.selectFrom("claims").innerJoin("articles", "articles.id", "claims.article_id").innerJoin("documents", "documents.id", "articles.document_id")
      .selectAll("claims").select(["articles.title", "articles.published", LEAD.as("lead"), "documents.source", "documents.url"])
      .where("claims.id", "in", part).execute();
    const links = await db.selectFrom("claim_links").selectAll().where((eb) => eb.or([eb("from_id", "in", part), eb("to_id", "in", part)])).execute();
    const actorIds = new Set<string>();
    for (const r of rows) for (const x of [r.claimant_id, ...JSON.parse(r.prop_source), ...JSON.parse(r.prop_target)]) if (x) actorIds.add(x);
    const actors = await actorRefs(db, [...actorIds]);
    const ref = (id: string): ActorRef => actors.get(id) ?? { id, name: id, type: "OTHER", country: null, sector: null };
    for (const r of rows) out.set(r.id, toClaim(r, ref, links));
  }
  return ids.map((id) => out.get(id)).filter((c): c is StoredClaim => !!c);
}

async function actorRefs(db: DB, ids: string[]): Promise<Map<string, ActorRef>> {
  const m = new Map<string, ActorRef>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom("actors").select(["id", "name", "type", "country", "sector"]).where("id", "in", ids.slice(i, i + 500)).execute();
    for (const r of rows) m.set(r.id, r);
  }
  return m;
}

type ClaimRow = Selectable<ClaimsTable> & { title: string | null; published: string | null; lead: string; source: string; url: string | null };

function toClaim(r: ClaimRow, ref: (id: string) => ActorRef, links: Array<Selectable<Database["claim_links"]>>): StoredClaim {
  return {
    id: r.id, articleId: r.article_id, articleTitle: headline(r.title, r.lead), published: r.published, documentSource: r.url ?? r.source,
    kind: r.kind, claimant: r.claimant_id ? ref(r.claimant_id) : null, claimantText: r.claimant_text, chain: JSON.parse(r.chain),
    stance: r.stance, status: r.status as ClaimStatus | null, settledBy: r.settled_by, day: r.day,
    proposition: {
      event: r.prop_event, type: r.prop_type, source: (JSON.parse(r.prop_source) as string[]).map(ref), target: (JSON.parse(r.prop_target) as string[]).map(ref),
      date: r.prop_date, polarity: r.polarity === "negative" ? "negative" : "positive", text: r.prop_text, span: [r.prop_start, r.prop_end],
    },
    evidence: { span: [r.evidence_start, r.evidence_end], text: r.evidence_text },
    links: links.filter((l) => l.from_id === r.id || l.to_id === r.id).map((l): ClaimLinkRef => ({
      claim: l.from_id === r.id ? l.to_id : l.from_id, relation: l.relation as ClaimLinkRef["relation"], reason: l.reason,
      scope: l.scope === "cross" ? "cross" : "article", direction: l.from_id === r.id ? "out" : "in",
    })),
  };
}

/**
 * Contested propositions: groups of claims joined by contradicts links. Sides come from the links
 * (contradicts flips the side, supports keeps it); the side holding a positive, non-denying claim
 * is the asserting one.
 */
export async function listDisputes(db: DB, f: DisputeFilter = {}): Promise<PageOf<Dispute>> {
  const { limit, offset } = page(f);
  const contra = await db.selectFrom("claim_links").select(["from_id", "to_id"]).where("relation", "=", "contradicts").execute();
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  for (const l of contra) {
    for (const x of [l.from_id, l.to_id]) if (!parent.has(x)) parent.set(x, x);
    const a = find(l.from_id), b = find(l.to_id);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) { const r = find(x); (groups.get(r) ?? groups.set(r, []).get(r)!).push(x); }
  let keep: Set<string> | null = null;
  if (f.actor || f.type || f.since || f.until) {
    const contested = (col: "from_id" | "to_id") => db.selectFrom("claim_links").select(col).where("relation", "=", "contradicts");
    let q = db.selectFrom("claims").select("id").where((eb) => eb.or([eb("id", "in", contested("from_id")), eb("id", "in", contested("to_id"))]));
    if (f.actor) q = q.where("id", "in", claimsWithActor(db, f.actor));
    if (f.type) q = q.where("prop_type", "=", f.type.toUpperCase());
    if (f.since) q = q.where("day", ">=", f.since);
    if (f.until) q = q.where("day", "<=", f.until);
    keep = new Set((await q.execute()).map((r) => r.id));
  }
  const chosen = [...groups.values()].filter((g) => !keep || g.some((id) => keep!.has(id)));
  const claims = new Map((await hydrateClaims(db, chosen.flat())).map((c) => [c.id, c]));
  const disputes = chosen.map((g) => toDispute(g.map((id) => claims.get(id)).filter((c): c is StoredClaim => !!c)))
    .filter((d): d is Dispute => !!d)
    .sort((x, y) => (y.latest ?? "").localeCompare(x.latest ?? "") || x.id.localeCompare(y.id));
  return { items: disputes.slice(offset, offset + limit), total: disputes.length, limit, offset };
}

function toDispute(members: StoredClaim[]): Dispute | null {
  if (members.length < 2) return null;
  members.sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id));
  const ids = new Set(members.map((c) => c.id));
  const side = new Map<string, 0 | 1>();
  const asserting = (c: StoredClaim) => c.proposition.polarity === "positive" && c.stance !== "denies";
  const start = members.find(asserting) ?? members[0];
  side.set(start.id, 0);
  const queue = [start];
  const byId = new Map(members.map((c) => [c.id, c]));
  while (queue.length) {
    const c = queue.shift()!;
    for (const l of c.links) {
      if (!ids.has(l.claim) || side.has(l.claim) || (l.relation !== "contradicts" && l.relation !== "supports")) continue;
      side.set(l.claim, (l.relation === "contradicts" ? 1 - side.get(c.id)! : side.get(c.id)!) as 0 | 1);
      queue.push(byId.get(l.claim)!);
    }
  }
  const asserts = members.filter((c) => side.get(c.id) === 0);
  const denies = members.filter((c) => side.get(c.id) === 1);
  // Headline: a reported statement says the proposition better than an event's bare evidence.
  const typed = asserts.filter((c) => c.proposition.type);
  const head = typed.find((c) => c.kind !== "event") ?? typed[0] ?? asserts[0] ?? members[0];
  const who = (cs: StoredClaim[]) => [...new Set(cs.map((c) => c.claimant?.name ?? c.claimantText ?? "unattributed"))];
  return {
    id: [...ids].sort()[0],
    proposition: { type: head.proposition.type, text: head.proposition.text, source: head.proposition.source, target: head.proposition.target, date: head.proposition.date },
    asserts, denies, claimants: { asserts: who(asserts), denies: who(denies) },
    articles: new Set(members.map((c) => c.articleId)).size,
    latest: members.map((c) => c.published ?? "").sort().at(-1) || null,
  };
}

// The actors stage: knowledge-base names, shapes and titles (recognize.ts), then short names,
// descriptions and pronouns (coref.ts), merged into one entity per canonical actor id.
import type { ActorLayer, Doc, Entity, Mention } from "../doc.js";
import type { ActorKB } from "./kb.js";
import { Scanner, type Cand, type NewActor } from "./recognize.js";
import { descriptions, pronouns, resolvePending, type EntInfo, type Ment } from "./coref.js";
import { resolveActor } from "./roles.js";

export interface ActorContext {
  /** Article date (YYYY-MM-DD) or null: which office each person held then. */
  published: string | null;
  kb: ActorKB;
}

export function recognizeActors(doc: Doc, ctx: ActorContext): ActorLayer {
  const { kb } = ctx;
  const date = ctx.published && /^\d{4}-\d{2}-\d{2}/.test(ctx.published) ? ctx.published.slice(0, 10) : null;
  const toks = doc.tokens;
  if (!toks.length) return { entities: [], mentions: [] };
  const sc = new Scanner(toks, kb, date);
  const scan = sc.run();
  let cands = nonOverlapping([...scan.cands, ...resolvePending(scan, sc, kb, date)]);
  const made = new Map<string, NewActor>();
  for (const c of cands) if (c.made && (!made.has(c.id) || (!made.get(c.id)!.country && c.made.country))) made.set(c.id, c.made);
  const ids = new Set(cands.map((c) => c.id));
  const orgNames = new Map<string, string>();
  const orgSectors = new Map<string, string | null>();
  for (const id of ids) {
    const a = kb.actors.get(id);
    const m = made.get(id);
    if (a?.kind === "org" || m?.type === "ORG") {
      orgNames.set(id, [a?.name, ...(a?.aliases ?? []), m?.name].filter(Boolean).join(" "));
      orgSectors.set(id, a?.sector ?? m?.sector ?? null);
    }
  }
  const desc = descriptions(toks, cands, kb, date, ids, orgNames, orgSectors);
  cands = nonOverlapping([...cands.filter((c) => !desc.drop.has(c)), ...desc.add]);
  const info = new Map<string, EntInfo>();
  for (const id of ids) {
    const a = kb.actors.get(id);
    const m = made.get(id);
    const type = a?.type ?? m?.type ?? "OTHER";
    const place = a ? ["city", "region", "place"].includes(a.kind) : id.startsWith("city:");
    info.set(id, { type, gender: a?.gender ?? null, place });
  }
  const ments: Ment[] = cands.map((c) => ({ a: c.a, b: c.b, id: c.id, kind: c.kind }));
  const all = nonOverlapping([...ments, ...pronouns(toks, ments, info, kb.lex.speechVerbs)]);

  const entities: Entity[] = [];
  const index = new Map<string, number>();
  const mentions: Mention[] = [];
  for (const m of all) {
    let e = index.get(m.id);
    if (e === undefined) {
      e = entities.length;
      index.set(m.id, e);
      entities.push(makeEntity(m.id, kb, made.get(m.id), date));
    }
    const start = toks[m.a].start;
    const end = toks[m.b - 1].end;
    entities[e].mentions.push(mentions.length);
    mentions.push({ start, end, text: doc.text.slice(start, end), entity: e, kind: m.kind });
  }
  // An entity named only by pronouns or descriptions would be an actor the text never names.
  return { entities, mentions };
}

function makeEntity(id: string, kb: ActorKB, made: NewActor | undefined, date: string | null): Entity {
  const a = kb.actors.get(id);
  if (a) {
    const r = resolveActor(a, date);
    return { id, name: a.name, type: a.type, country: r.country, sector: r.sector, role: r.role, mentions: [], known: true };
  }
  const m = made ?? { name: id.replace(/^\w+:/, ""), type: "OTHER" as const, country: null, sector: null, role: null };
  return { id, name: m.name, type: m.type, country: m.country, sector: m.sector, role: m.role, mentions: [], known: false };
}

/** Sorted by start; on overlap the earlier (then longer) span wins. */
function nonOverlapping<T extends { a: number; b: number }>(xs: T[]): T[] {
  const sorted = [...xs].sort((x, y) => x.a - y.a || y.b - x.b);
  const out: T[] = [];
  let end = -1;
  for (const x of sorted) {
    if (x.a < end) continue;
    out.push(x);
    end = x.b;
  }
  return out;
}

export type { Cand };

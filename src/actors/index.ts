// The actors stage: knowledge-base names, shapes and titles (recognize.ts), then short names,
// descriptions and pronouns (coref.ts), merged into one entity per canonical actor id.
import type { ActorLayer, Doc, Entity, Mention, Token } from "../doc.js";
import type { ActorKB, KBActor } from "./kb.js";
import { isPlaceId, Scanner, type Cand, type NewActor } from "./recognize.js";
import { descriptions, pronouns, resolvePending, type EntInfo, type Ment, type OrgWords } from "./coref.js";
import { resolveActor } from "./roles.js";
import { foldAccents, isAllCaps, isPossessiveS, startsLower, startsUpper } from "./normalize.js";
import { unnamedGroups } from "./groups.js";
import { foldedParts, nameAndAliasWords } from "./name-keys.js";
import { editDistance } from "./fuzzy.js";
import { STATE_SECTORS } from "./schema.js";

export interface ActorContext {
  /** Article date (YYYY-MM-DD) or null: which office each person held then. */
  published: string | null;
  kb: ActorKB;
}

/** Kinds of places that pronouns do not stand for (a country or territory may be "it"). */
const LOCAL_KINDS = new Set(["city", "region", "place"]);

export function recognizeActors(doc: Doc, ctx: ActorContext): ActorLayer {
  const { kb } = ctx;
  const date = ctx.published && /^\d{4}-\d{2}-\d{2}/.test(ctx.published) ? ctx.published.slice(0, 10) : null;
  const toks = doc.tokens;
  if (!toks.length) return { entities: [], mentions: [] };
  const sc = new Scanner(toks, kb, date);
  const scan = sc.run();
  let cands = nonOverlapping(scan.cands, resolvePending(scan, sc, kb, date));
  cands = mergeVariants(cands, kb);
  const groups = unnamedGroups(toks, sc.keys, cands, kb, sc.groupAt);
  if (groups.length) cands = nonOverlapping(cands, groups);
  const made = new Map<string, NewActor>();
  for (const c of cands) if (c.made && (!made.has(c.id) || (!made.get(c.id)!.country && c.made.country))) made.set(c.id, { ...c.made });
  giveCountries(sc, cands, made, kb, date);
  const ids = new Map<string, ArticleId>();
  for (const c of cands) if (!ids.has(c.id)) ids.set(c.id, articleId(c.id, kb, made));
  // Organizations as "the ministry" may name them: worked out for those a description reaches.
  const orgs = new Map<string, OrgWords | null>();
  const orgOf = (id: string): OrgWords | null => {
    let o = orgs.get(id);
    if (o === undefined) {
      const r = ids.get(id);
      const a = r ? r.actor : kb.actors.get(id);
      const m = r ? r.made : made.get(id);
      const isOrg = a?.kind === "org" || m?.type === "ORG";
      // A known organization's words are the same in every article: kept with it.
      const words = !isOrg ? null : a && !m?.name ? nameAndAliasWords(a) : wordsOf([a?.name, ...(a?.aliases ?? []), m?.name].filter(Boolean).join(" "));
      orgs.set(id, (o = words ? { words, sector: a?.sector ?? m?.sector ?? null } : null));
    }
    return o;
  };
  const desc = descriptions(toks, sc.theAt, cands, kb, date, ids, orgOf, (j) => sc.title(j));
  if (desc.add.length || desc.drop.size) cands = nonOverlapping(desc.drop.size ? cands.filter((c) => !desc.drop.has(c)) : cands, desc.add);
  const ments: Ment[] = cands;
  const all = nonOverlapping(ments, pronouns(toks, sc.pronounAt, ments, ids, kb.lex, sc.words));
  sc.release();

  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const m of all) {
    let r = ids.get(m.id);
    if (r === undefined) ids.set(m.id, (r = articleId(m.id, kb, made)));
    // An entity is made with its first mention (most have one or two: no room for more kept).
    if (r.entity < 0) {
      r.entity = entities.length;
      entities.push(makeEntity(m.id, r.actor, r.made, date, mentions.length));
    } else entities[r.entity].mentions.push(mentions.length);
    const e = r.entity;
    const start = toks[m.a].start;
    const end = toks[m.b - 1].end;
    const mention: Mention = { start, end, text: doc.text.slice(start, end), entity: e, kind: m.kind };
    if (m.fuzzy) mention.fuzzy = true;
    mentions.push(mention);
  }
  return { entities, mentions };
}

function wordsOf(name: string): string[] | null {
  return name ? name.toLowerCase().split(/\s+/) : null;
}

/** An id of the article: its knowledge-base record or made actor, what pronouns need of it, its entity once made (else -1). */
interface ArticleId extends EntInfo {
  actor: KBActor | undefined;
  made: NewActor | undefined;
  entity: number;
}

function articleId(id: string, kb: ActorKB, made: Map<string, NewActor>): ArticleId {
  const a = kb.actors.get(id);
  const m = made.get(id);
  const type = a?.type ?? m?.type ?? "OTHER";
  const place = a ? LOCAL_KINDS.has(a.kind) : id.startsWith("city:");
  return { type, gender: a?.gender ?? null, place, actor: a, made: m, entity: -1 };
}

/** The entity of an id, with its first mention's index. */
function makeEntity(id: string, a: KBActor | undefined, made: NewActor | undefined, date: string | null, first: number): Entity {
  if (a) {
    const r = resolveActor(a, date);
    return { id, name: a.name, type: a.type, country: r.country, sector: r.sector, role: r.role, mentions: [first], known: true };
  }
  const m = made ?? { name: id.replace(/^\w+:/, ""), type: "OTHER" as const, country: null, sector: null, role: null };
  return { id, name: m.name, type: m.type, country: m.country, sector: m.sector, role: m.role, mentions: [first], known: false };
}

/**
 * Unknown people without a country take one from an apposition naming a place or nationality
 * ("Alena Popova, a Moscow-based activist"), else from the article's clearly dominant country.
 */
function giveCountries(sc: Scanner, cands: Cand[], made: Map<string, NewActor>, kb: ActorKB, date: string | null): void {
  // Only made actors take a country here.
  if (!made.size) return;
  const toks = sc.toks;
  const countryOf = (c: Cand): string | null => {
    if (c.made) return c.made.country;
    const a = kb.actors.get(c.id);
    return a && a.kind !== "person" && a.kind !== "org" ? resolveActor(a, date).country : null;
  };
  const counts = new Map<string, number>();
  for (const c of cands) if (!c.made && c.id.startsWith("country:")) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  // The most named country (on a tie, the first named) and the runner-up's count (on a tie, the same).
  let top: string | null = null;
  let most = 0;
  let second = 0;
  for (const [id, n] of counts) {
    if (n > most) {
      second = most;
      top = id;
      most = n;
    } else if (n > second) second = n;
  }
  const dominant = top !== null && most >= 5 && most >= 2 * second ? top.slice(8) : null;
  // "NAIROBI, Kenya (AP) —": the dateline's country.
  const first = cands[0];
  const dateline = first && first.a <= 2 && toks[first.a].sent === toks[0].sent && isAllCaps(toks[first.a].text) && isPlaceId(first.id) ? sc.candCountry(first) : null;
  const seen = new Set<string>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const m = made.get(c.id);
    if (!m || m.country || seen.has(c.id)) continue;
    seen.add(c.id);
    if (m.resident) {
      // "ethnic Albanians ... near Macedonia's border": the nearest other country of the sentence.
      m.country = sentenceCountry(sc, cands, k, kb, date, m.resident);
      continue;
    }
    if (m.type === "ORG") {
      // "... think tank in London", "... Center at New York University"
      for (let j = k + 1; j < cands.length && cands[j].a < c.b + 6 && toks[cands[j].a].sent === toks[c.a].sent; j++) {
        if (anyPos(toks, c.b, cands[j].a, "PUNCT", "VERB")) break;
        if (!kb.lex.cues.orgPlacePrepositions.has(toks[cands[j].a - 1].lower)) continue;
        const cc = countryOf(cands[j]) ?? (kb.actors.get(cands[j].id)?.kind === "org" ? kb.actors.get(cands[j].id)!.country : null);
        if (cc) {
          m.country = cc;
          break;
        }
      }
      // An unnamed group ("a rights group") has the country its words or its place give, or none.
      if (!m.country && dominant && m.sector !== "IGO" && !m.settled) m.country = dominant;
      continue;
    }
    if (m.type !== "PERSON" || m.settled) continue;
    if (m.national) m.country = sentenceCountry(sc, cands, k, kb, date);
    if (!m.country && toks[c.b]?.text === ",") m.country = employerCountry(sc, cands, k, kb);
    const possessive = isPossessiveS(toks[c.b + 2]?.text ?? "") && !!cands[k + 1] && cands[k + 1].a === c.b + 1 && cands[k + 1].id.startsWith("country:");
    if (toks[c.b]?.text === "," && (kb.lex.cues.appositionStarts.has(toks[c.b + 1]?.lower ?? "") || sc.title(c.b + 1)?.title || possessive)) {
      for (let j = k + 1; j < cands.length && cands[j].a < c.b + 12 && toks[cands[j].a].sent === toks[c.a].sent; j++) {
        if (anyText(toks, c.b + 1, cands[j].a, ",", ".")) break;
        const org = kb.actors.get(cands[j].id);
        const isOrg = org?.kind === "org" || cands[j].made?.type === "ORG";
        // "who was Trump's representative": the possessor's country.
        const owner = org?.kind === "person" && isPossessiveS(toks[cands[j].b]?.text ?? "") ? resolveActor(org, date).country : null;
        const cc = countryOf(cands[j]) ?? owner ?? (org?.kind === "org" && org.sector !== "IGO" ? org.country : null);
        if (cc && !m.country) m.country = cc;
        // "the editor of Amwaj Media": the employer's sector.
        // "Jane Doe, the United Nations relief coordinator": the organization's own official.
        if (isOrg && !m.sector && (anyLower(toks, c.b + 1, cands[j].a, kb.lex.cues.employerPrepositions) || ownOfficial(sc, cands[j]))) {
          m.sector = org?.sector ?? cands[j].made?.sector ?? null;
          if (m.sector === "IGO" && !m.country) m.settled = true;
        }
        if (isOrg) break;
      }
    }
    if (!m.country && m.national && dateline) m.country = dateline;
    if (!m.country && dominant && !m.settled) m.country = dominant;
  }
}

/**
 * The country nearest to cands[k] in its sentence: a country named for itself (not one that
 * qualifies another title, as in "South African leader"), or a state institution's country.
 */
function sentenceCountry(sc: Scanner, cands: Cand[], k: number, kb: ActorKB, date: string | null, not: string | null = null): string | null {
  const toks = sc.toks;
  const sent = toks[cands[k].a].sent;
  let best: string | null = null;
  let dist = Infinity;
  const consider = (j: number) => {
    const c = cands[j];
    const d = Math.abs(c.a - cands[k].a);
    if (d >= dist) return;
    let cc: string | null = null;
    if (c.id.startsWith("country:") && !c.made) {
      let b = c.b;
      if (isPossessiveS(toks[b]?.text ?? "")) b++;
      while (b < toks.length && b < c.b + 3 && startsLower(toks[b].text) && (toks[b].pos === "ADJ" || kb.lex.notCurrent.has(toks[b].lower))) b++;
      if (sc.title(b)?.title) return;
      cc = sc.candCountry(c);
    } else {
      const a = kb.actors.get(c.id);
      const sector = a ? resolveActor(a, date).sector : c.made?.sector ?? null;
      if ((a?.kind === "org" || c.made?.type === "ORG") && sector && STATE_SECTORS.has(sector)) cc = a ? a.country : c.made!.country;
    }
    if (cc && cc !== not) {
      best = cc;
      dist = d;
    }
  };
  for (let j = k - 1; j >= 0 && toks[cands[j].a].sent === sent; j--) consider(j);
  for (let j = k + 1; j < cands.length && toks[cands[j].a].sent === sent; j++) consider(j);
  if (best) return best;
  // Else the nearest city or region of the sentence ("the curfew in Abidjan").
  for (let d = 1; d < cands.length; d++) {
    for (const j of [k - d, k + d]) {
      const c = cands[j];
      if (!c || toks[c.a].sent !== sent || !(c.id.startsWith("city:") || c.id.startsWith("region:"))) continue;
      const cc = sc.candCountry(c);
      if (cc && cc !== not) return cc;
    }
    if ((cands[k - d] === undefined || toks[cands[k - d].a].sent !== sent) && (cands[k + d] === undefined || toks[cands[k + d].a].sent !== sent)) break;
  }
  return null;
}

/** An organization's name followed by an office: a title or capitalized role words closing the apposition. */
function ownOfficial(sc: Scanner, c: Cand): boolean {
  const toks = sc.toks;
  if (sc.title(c.b)?.title) return true;
  let e = c.b;
  while (e < toks.length && e < c.b + 4 && toks[e].sent === toks[c.a].sent && startsUpper(toks[e].text)) e++;
  return e > c.b && (toks[e]?.text === "," || toks[e]?.sent !== toks[c.a].sent);
}

/** "Jane Doe, director of a program at the Atlantic Council, said": the employer's country. */
function employerCountry(sc: Scanner, cands: Cand[], k: number, kb: ActorKB): string | null {
  const toks = sc.toks;
  const c = cands[k];
  const sent = toks[c.a].sent;
  for (let j = k + 1; j < cands.length && cands[j].a < c.b + 25 && toks[cands[j].a].sent === sent; j++) {
    const x = cands[j];
    if (anyLower(toks, c.b, x.a, kb.lex.speechVerbs) || anyText(toks, c.b, x.a, '"', "\u201d")) return null;
    const employer = kb.lex.cues.employerPlacePrepositions;
    const at = employer.has(toks[x.a - 1]?.lower ?? "") || (toks[x.a - 1]?.lower === "the" && employer.has(toks[x.a - 2]?.lower ?? ""));
    if (!at) continue;
    const a = kb.actors.get(x.id);
    if (a?.kind === "org" && a.sector !== "IGO" && a.country) return a.country;
    if (x.made?.type === "ORG" && x.made.sector !== "IGO" && x.made.country) return x.made.country;
  }
  return null;
}

/** Whether a token of toks[a..b) has either part of speech. */
function anyPos(toks: Token[], a: number, b: number, p: string, q: string): boolean {
  for (let k = a; k < b && k < toks.length; k++) if (toks[k].pos === p || toks[k].pos === q) return true;
  return false;
}

/** Whether a token of toks[a..b) is written either way. */
function anyText(toks: Token[], a: number, b: number, x: string, y: string): boolean {
  for (let k = a; k < b && k < toks.length; k++) if (toks[k].text === x || toks[k].text === y) return true;
  return false;
}

/** Whether the lower-case form of a token of toks[a..b) is in `words`. */
function anyLower(toks: Token[], a: number, b: number, words: ReadonlySet<string>): boolean {
  for (let k = a; k < b && k < toks.length; k++) if (words.has(toks[k].lower)) return true;
  return false;
}

/** An unknown person spelled like a known one of the article ("Emanuel Macron") is that person. */
function mergeVariants(cands: Cand[], kb: ActorKB): Cand[] {
  if (!cands.some((c) => c.made?.type === "PERSON")) return cands;
  const known: Array<{ first: string; last: string; id: string }> = [];
  const listed = new Set<string>();
  for (const c of cands) {
    // A person's later mentions would only repeat the entry that find() meets first.
    if (listed.has(c.id)) continue;
    listed.add(c.id);
    const a = kb.actors.get(c.id);
    if (a?.kind !== "person") continue;
    const parts = foldedParts(a);
    if (parts.length > 1) known.push({ first: parts[0], last: parts[parts.length - 1], id: c.id });
  }
  const memo = new Map<string, string | null>();
  const variant = (c: Cand): Cand => {
    if (!c.made || c.made.type !== "PERSON") return c;
    const hit = memo.get(c.made.name);
    if (hit !== undefined) return hit ? { a: c.a, b: c.b, id: hit, kind: c.kind } : c;
    const parts = foldAccents(c.made.name.toLowerCase()).split(/\s+/);
    if (parts.length < 2) return c;
    const first = parts[0];
    const last = parts[parts.length - 1];
    const k = known.find((x) => closeName(x, first, last));
    if (k) {
      memo.set(c.made.name, k.id);
      return { a: c.a, b: c.b, id: k.id, kind: c.kind };
    }
    const fit = kbVariant(kb, first, last);
    memo.set(c.made.name, fit);
    return fit ? { a: c.a, b: c.b, id: fit, kind: c.kind } : c;
  };
  // A new list only from the first candidate that changes.
  let out: Cand[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const v = variant(cands[k]);
    if (v !== cands[k]) out ??= cands.slice(0, k);
    out?.push(v);
  }
  return out ?? cands;
}

/**
 * Whether a person named x.first ... x.last may be the one written first ... last: the same surname
 * and a given name up to two letters off ("Emanuel Macron"), or the same given name and a surname
 * of five letters or more up to two letters off ("Benjamin Netanyau").
 */
function closeName(x: { first: string; last: string }, first: string, last: string): boolean {
  return (x.last === last && editDistance(x.first, first, 2, false) <= 2) || (x.first === first && last.length >= 5 && editDistance(x.last, last, 2, false) <= 2);
}

/** kbVariant() answers by knowledge base and `first\0last`: they depend on nothing in the article. */
const kbVariants = new WeakMap<ActorKB, Map<string, string | null>>();
const KB_VARIANTS_CAP = 50_000;

/** The one person of the knowledge base whose name is close to first ... last (closeName()), if exactly one. */
function kbVariant(kb: ActorKB, first: string, last: string): string | null {
  let memo = kbVariants.get(kb);
  if (!memo) kbVariants.set(kb, (memo = new Map()));
  const key = `${first}\0${last}`;
  let fit = memo.get(key);
  if (fit === undefined) {
    const pool = new Set([...(kb.names.get(last) ?? []), ...(kb.given.get(first) ?? [])]);
    const fits = [...pool].filter((id) => {
      const a = kb.actors.get(id);
      if (a?.kind !== "person") return false;
      const p = foldedParts(a);
      return p.length > 1 && closeName({ first: p[0], last: p[p.length - 1] }, first, last);
    });
    fit = fits.length === 1 ? fits[0] : null;
    if (memo.size >= KB_VARIANTS_CAP) memo.clear();
    memo.set(key, fit);
  }
  return fit;
}

/**
 * The spans of xs then ys sorted by start (then longer first, else in that order); on overlap the
 * earlier (then longer) span wins. Neither list is changed.
 */
function nonOverlapping<T extends { a: number; b: number }>(xs: T[], ys: T[]): T[] {
  if (!ys.length && inOrderApart(xs)) return xs;
  // Each list mostly comes sorted: then a merge gives what a stable sort of xs.concat(ys) gives.
  if (!inOrder(xs) || !inOrder(ys)) return kept(xs.concat(ys).sort(byStartThenLonger));
  const out: T[] = [];
  let end = -1;
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    // An element of xs before an equal one of ys.
    const x = j >= ys.length || (i < xs.length && byStartThenLonger(ys[j], xs[i]) >= 0) ? xs[i++] : ys[j++];
    if (x.a < end) continue;
    out.push(x);
    end = x.b;
  }
  return out;
}

/** The spans of a sorted list that start past the end of the last one kept. */
function kept<T extends { a: number; b: number }>(all: T[]): T[] {
  const out: T[] = [];
  let end = -1;
  for (const x of all) {
    if (x.a < end) continue;
    out.push(x);
    end = x.b;
  }
  return out;
}

function inOrder(xs: Array<{ a: number; b: number }>): boolean {
  for (let k = 1; k < xs.length; k++) if (byStartThenLonger(xs[k - 1], xs[k]) > 0) return false;
  return true;
}

/** Whether each span starts at or after the end of the one before (then nonOverlapping() keeps them all). */
function inOrderApart(xs: Array<{ a: number; b: number }>): boolean {
  for (let k = 1; k < xs.length; k++) if (xs[k].a < xs[k - 1].b || byStartThenLonger(xs[k - 1], xs[k]) > 0) return false;
  return true;
}

function byStartThenLonger(x: { a: number; b: number }, y: { a: number; b: number }): number {
  return x.a - y.a || y.b - x.b;
}

export type { Cand };

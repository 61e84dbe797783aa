// Second pass: short names, acronyms, descriptions ("the Chinese leader", "the ministry") and
// pronouns, each resolved to an actor already recognized in the article.
import type { Token } from "../doc.js";
import type { ActorKB, TrieHit, WordHead } from "./kb.js";
import { actorsDataDir } from "./kb.js";
import { fuzzyCand, fuzzyCountry, fuzzyIndexOf } from "./fuzzy.js";
import type { Cand, Scan, Scanner } from "./recognize.js";
import { isAllCaps, isPossessiveS, startsUpper, tokenKey } from "./normalize.js";
import { holders, nearestLeader, resolveActor, roleValidOn } from "./roles.js";
import type { TitleMatch } from "./match.js";
import type { ShapeLexicon } from "./lexicon.js";
import { knownNameKeys, type NameKeys } from "./name-keys.js";
import { ByteScratch, IntScratch } from "./scratch.js";

/** Resolves the pending single words of the scan to people and acronyms of the article. */
export function resolvePending(scan: Scan, sc: Scanner, kb: ActorKB, date: string | null): Cand[] {
  const out: Cand[] = [];
  if (!scan.pending.length) return out;
  const toks = sc.toks;
  const contextual = kb.contextual;
  // Built on first need: many articles leave no word pending that gets this far.
  let names: ArticleNames | null = null;
  let present: Set<string> | null = null;
  for (const p of scan.pending) {
    const t = toks[p.i];
    const key = sc.keys[p.i];
    const acro = scan.acronyms.size ? scan.acronyms.get(t.text.replace(/\./g, "")) : undefined;
    if (acro) {
      out.push({ a: p.i, b: p.i + 1, id: acro, kind: "acronym" });
      continue;
    }
    const ctx = contextual.get(key);
    const inArticle = ctx ? onlyPresent(ctx, (present ??= idsOf(scan.cands))) : null;
    if (inArticle) {
      out.push({ a: p.i, b: p.i + 1, id: inArticle, kind: "acronym" });
      continue;
    }
    names ??= articleNames(scan.cands, kb);
    const art = names.surnames.get(key) ?? names.given.get(key);
    if (art) {
      out.push({ a: p.i, b: p.i + 1, id: art, kind: "surname" });
      continue;
    }
    if (kb.lex.nonNames.has(key)) continue;
    if (!p.hits.length) {
      const typo = misspelledCountry(toks, p.i, key, kb);
      if (typo) out.push(typo);
      continue;
    }
    // A knowledge-base short name alone must look like a name: "No", "Wi-Fi" and "May" are not.
    if (t.pos !== "PROPN" || asciiWordChars(t.text) < 3 || (toks[p.i + 1]?.text === "-" && toks[p.i + 1].start === t.end)) continue;
    const people = peopleOf(p.hits, kb);
    let pick = people.length === 1 ? people[0] : null;
    if (people.length > 1) {
      // Among namesakes: the one in office on the date, else the only one who ever led a country.
      const now = date ? people.filter((id) => kb.actors.get(id)!.roles.some((r) => roleValidOn(r, date))) : [];
      const leaders = people.filter((id) => kb.actors.get(id)!.roles.some((r) => r.office === "head-of-state" || r.office === "head-of-government"));
      if (now.length === 1) pick = now[0];
      else if (now.length === 0 && leaders.length === 1) pick = leaders[0];
      else if (now.length === 0 && leaders.length > 1) pick = nearestLeader(leaders.map((id) => kb.actors.get(id)!), date)?.id ?? null;
    }
    if (pick) out.push({ a: p.i, b: p.i + 1, id: pick, kind: p.hits.some((h) => h.id === pick && h.form !== "surname") ? "name" : "surname" });
  }
  return out;
}

/**
 * "Quatar", "Afganistan": a lone capitalized word no table knows (not a name word of the
 * knowledge base, a given name or a city), not opening a sentence, not in capitals and with no
 * capitalized neighbour (then it is likely part of a person's or an organization's name).
 */
function misspelledCountry(toks: Token[], i: number, key: string, kb: ActorKB): Cand | null {
  const t = toks[i];
  const prev = toks[i - 1];
  if (!prev || prev.sent !== t.sent || ['"', "\u201c", "(", ":", "\u2018"].includes(prev.text)) return null;
  if (isAllCaps(t.text) || startsUpper(prev.text)) return null;
  const next = toks[i + 1];
  if (next && next.sent === t.sent && startsUpper(next.text)) return null;
  // "Quatar-based": a hyphenated compound is still the place; "Pre-Columbian" is not.
  if (prev.text === "-" && prev.end === t.start) return null;
  if (kb.heads.get(key)?.kb || kb.names.has(key) || kb.given.has(key) || kb.cities.has(key) || kb.lex.givenNames.has(key)) return null;
  return fuzzyCand(fuzzyCountry(fuzzyIndexOf(kb, actorsDataDir()), t.text), i, i + 1);
}

/** `text.replace(/\W/g, "").length`: how many characters are ASCII letters, digits or "_". */
function asciiWordChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) n++;
  }
  return n;
}

/** The people among the actors of the hits, each once, in order. */
function peopleOf(hits: TrieHit[], kb: ActorKB): string[] {
  if (hits.length === 1) return kb.actors.at(hits[0].ai).kind === "person" ? [hits[0].id] : [];
  return [...new Set(hits.map((h) => h.id))].filter((id) => kb.actors.get(id)?.kind === "person");
}

function idsOf(cands: Cand[]): Set<string> {
  const ids = new Set<string>();
  for (const c of cands) ids.add(c.id);
  return ids;
}

/** The article's people by the keys of their short names and of their first names (the first person to have each). */
interface ArticleNames {
  surnames: Map<string, string>;
  given: Map<string, string>;
}

function articleNames(cands: Cand[], kb: ActorKB): ArticleNames {
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  const done = new Set<string>();
  // A made person's keys, by name: one name comes back at every mention.
  const made = new Map<string, NameKeys | null>();
  for (const c of cands) {
    if (!c.id.startsWith("person:") || done.has(c.id)) continue;
    const a = kb.actors.get(c.id);
    // A known person's names are the same at every mention; a made one's may be spelled apart.
    if (a) done.add(c.id);
    let keys: NameKeys | null | undefined;
    if (a) keys = knownNameKeys(a, kb.lex.names);
    else {
      const name = c.made?.name ?? "";
      keys = made.get(name);
      if (keys === undefined) made.set(name, (keys = madeNameKeys(name)));
    }
    if (!keys) continue;
    for (const k of keys.shorts) if (!surnames.has(k)) surnames.set(k, c.id);
    if (!given.has(keys.first)) given.set(keys.first, c.id);
  }
  return { surnames, given };
}

/** The one id of `ids` that the article has named, if exactly one. */
function onlyPresent(ids: string[] | undefined, present: Set<string>): string | null {
  if (!ids) return null;
  let found: string | null = null;
  for (const id of ids) {
    if (!present.has(id)) continue;
    if (found !== null) return null;
    found = id;
  }
  return found;
}

/** A name made from the text: its last word is the short name; none for a single word. */
function madeNameKeys(name: string): NameKeys | null {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return null;
  return { shorts: [tokenKey(parts[parts.length - 1])], first: tokenKey(parts[0]) };
}

/** An organization of the article: the lower-case words of its names, and its sector. */
export interface OrgWords {
  readonly words: readonly string[];
  sector: string | null;
}

export interface Ment {
  a: number;
  b: number;
  id: string;
  kind: Cand["kind"];
  /** Reached by a misspelling of the name. */
  fuzzy?: true;
}

/**
 * "the Chinese leader", "the US president", "the president", "the ministry", "the newspaper".
 * `theAt`: the indexes, in order, of the tokens "the"; `titleAt`: the title match at a token (the scanner's, cached).
 */
export function descriptions(toks: Token[], theAt: number[], cands: Cand[], kb: ActorKB, date: string | null, entityIds: ReadonlyMap<string, unknown>, orgOf: (id: string) => OrgWords | null, titleAt: (j: number) => TitleMatch | null): { add: Cand[]; drop: Set<Cand> } {
  const add: Cand[] = [];
  const drop = new Set<Cand>();
  let people: string[] | null = null;
  // The candidates in text order; the first `ci` of them start before the current token.
  const mentioned = inTextOrder(cands) ? cands : [...cands].sort((x, y) => x.a - y.a);
  // The office on the date of each candidate that is a known person (else null), read on first need.
  const offices = new Array<string | null | undefined>(mentioned.length);
  const officeAt = (k: number): string | null => {
    let o = offices[k];
    if (o === undefined) {
      const a = kb.actors.get(mentioned[k].id);
      offices[k] = o = a && a.kind === "person" ? resolveActor(a, date).office : null;
    }
    return o;
  };
  // The candidate starting at a token: read off that walk when no two start at one token (as
  // nonOverlapping() leaves them), else from a map (the last listed of those at a token).
  const byStart = startsIncrease(mentioned) ? null : new Map(cands.map((c) => [c.a, c]));
  let ci = 0;
  // Tokens before `next` belong to a description already read.
  let next = 0;
  for (const i of theAt) {
    if (i < next) continue;
    while (ci < mentioned.length && mentioned[ci].a < i) ci++;
    let j = i + 1;
    let country: string | null = null;
    const q = byStart ? byStart.get(j) : startingAt(mentioned, ci, j);
    if (q && (q.kind === "demonym" || q.id.startsWith("country:"))) {
      country = kb.actors.get(q.id)?.country ?? null;
      j = q.b;
    }
    const tm = titleAt(j);
    const after = toks[tm ? tm.b : j + 1];
    const capAfter = after && after.sent === toks[i].sent && startsUpper(after.text) && !isPossessiveS(after.text);
    if (tm?.description && !startsUpper(toks[j].text) && !capAfter) {
      const office = tm.description;
      let id: string | null = null;
      if (country) id = holders(kb.offices, office, country, date).find((x) => entityIds.has(x)) ?? null;
      else {
        for (let k = ci - 1; k >= 0 && k >= ci - 200 && !id; k--) if (officeAt(k) === office) id = mentioned[k].id;
        if (!id) {
          people ??= [...entityIds.keys()].filter((x) => kb.actors.get(x)?.kind === "person");
          id = people.find((p) => resolveActor(kb.actors.get(p)!, date).office === office) ?? null;
        }
      }
      if (id) {
        if (q && q.b === j && j > i + 1) drop.add(q);
        add.push({ a: i, b: tm.b, id, kind: "title" });
        next = tm.b;
      }
      continue;
    }
    // "the ministry", "the agency", "the newspaper": the last organization of that kind.
    const w = toks[i + 1];
    if (!w || w.pos !== "NOUN" || startsUpper(w.text) || capAfterNoun(toks, i + 1)) continue;
    const head = w.lower;
    const want = kb.lex.descriptionHeads.get(head);
    if (!want && !kb.lex.orgHeads.has(head)) continue;
    // "the country's future": the last country named; "the bloc": the last IGO.
    for (let k = ci - 1; k >= 0 && k >= ci - 40; k--) {
      const m = mentioned[k];
      if (m.kind === "pronoun") continue;
      if (want === "GPE") {
        if (m.id.startsWith("country:")) {
          add.push({ a: i, b: i + 2, id: m.id, kind: "description" });
          break;
        }
        continue;
      }
      const org = orgOf(m.id);
      if (!org) continue;
      if ((want && org.sector === want) || org.words.includes(head)) {
        add.push({ a: i, b: i + 2, id: m.id, kind: "description" });
        break;
      }
    }
  }
  return { add, drop };
}

/** Whether each candidate starts after the one before it. */
function startsIncrease(cands: Cand[]): boolean {
  for (let k = 1; k < cands.length; k++) if (cands[k].a <= cands[k - 1].a) return false;
  return true;
}

/** The candidate starting at token j, from index `from` of candidates whose starts increase. */
function startingAt(cands: Cand[], from: number, j: number): Cand | undefined {
  for (let k = from; k < cands.length && cands[k].a <= j; k++) if (cands[k].a === j) return cands[k];
  return undefined;
}

function inTextOrder(cands: Cand[]): boolean {
  for (let k = 1; k < cands.length; k++) if (cands[k].a < cands[k - 1].a) return false;
  return true;
}

function capAfterNoun(toks: Token[], i: number): boolean {
  const n = toks[i + 1];
  return !!n && n.sent === toks[i].sent && startsUpper(n.text);
}

function sameClause(toks: Token[], from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) if (toks[k].pos === "PUNCT" || toks[k].pos === "CCONJ" || toks[k].pos === "SCONJ") return false;
  return true;
}

/**
 * The first (or the last, when `last`) mention before token i that fits `kind`, in text order,
 * among the sentence's last 30 mentions ments[lo, hi) and its pronouns resolved so far
 * prons[p, prons.length) (both in text order, never starting at the same token). An object
 * pronoun skips the subject of its own clause.
 */
function fitsHere(toks: Token[], ments: Ment[], lo: number, hi: number, prons: Ment[], p: number, i: number, object: boolean, info: ReadonlyMap<string, EntInfo>, kind: string, last: boolean): Ment | null {
  let found: Ment | null = null;
  let x = Math.max(lo, hi - 30);
  let y = p;
  const yl = prons.length;
  while (x < hi || y < yl) {
    const m = y >= yl || (x < hi && ments[x].a < prons[y].a) ? ments[x++] : prons[y++];
    if (m.b <= i && !(object && sameClause(toks, m.b, i)) && fitsKind(info, kind, m.id)) {
      if (!last) return m;
      found = m;
    }
  }
  return found;
}

/** Whether the entity of id can be what a pronoun of this kind stands for ("m", "f", "n" or plural). */
function fitsKind(info: ReadonlyMap<string, EntInfo>, kind: string, id: string): boolean {
  const e = info.get(id);
  if (!e) return false;
  if (kind === "m" || kind === "f") return e.type === "PERSON" && (e.gender === null || e.gender === kind);
  if (kind === "n") return e.type !== "PERSON" && !e.place;
  return e.type === "ORG" || (e.type === "GPE" && !e.place);
}

export interface EntInfo {
  type: string;
  gender: "m" | "f" | null;
  place: boolean;
}

/** pronouns(): the tokens inside a mention (used within one call; pronouns() calls nothing that uses it). */
const COVERED = new ByteScratch();
/** pronouns(): where each sentence's mentions start (the same terms). */
const SENT_FROM = new IntScratch();

/**
 * Pronouns resolved to the nearest fitting antecedent in the same or the previous sentence.
 * `candidates`: the indexes, in order, of the tokens tagged PRON or DET that are pronoun words;
 * `words`: what each token's lower-case form is (the scanner's).
 */
export function pronouns(toks: Token[], candidates: number[], ments: Ment[], info: ReadonlyMap<string, EntInfo>, lex: ShapeLexicon, words: WordHead[]): Ment[] {
  const cues = lex.cues;
  const out: Ment[] = [];
  if (!candidates.length) return out;
  const covered = COVERED.zeroed(toks.length);
  for (const m of ments) for (let k = m.a; k < m.b; k++) covered[k] = 1;
  // The mentions of sentence s are ments[from[s], from[s + 1]) (ments are in text order); the
  // pronouns resolved in the current sentence are out[outFrom, out.length).
  const sentences = toks[toks.length - 1].sent + 1;
  const from = SENT_FROM.any(sentences + 1);
  for (let s = 0, k = 0; s <= sentences; s++) {
    while (k < ments.length && toks[ments[k].a].sent < s) k++;
    from[s] = k;
  }
  let outSent = -1;
  let outFrom = 0;
  let lastSpeaker: string | null = null;
  let mi = 0;
  const speaks = (b: number) => {
    const n = toks[b];
    return !!n && (words[b].speech || (n.pos === "AUX" && b + 1 < toks.length && words[b + 1].speech));
  };
  for (const i of candidates) {
    while (mi < ments.length && ments[mi].a <= i) {
      const m = ments[mi++];
      if (speaks(m.b)) lastSpeaker = m.id;
    }
    const t = toks[i];
    if (covered[i]) continue;
    const w = t.lower;
    const kind = lex.pronouns.get(w);
    if (!kind) continue;
    const s = t.sent;
    if (kind === "n" && t.text === "It" && lex.cues.expletiveItVerbs.has(toks[i + 1]?.lower ?? "")) continue;
    // Subject "it"/"they" only ("it said", "they rejected"): as objects they mostly stand for things.
    const nextPos = toks[i + 1]?.pos;
    if (cues.subjectPronouns.has(w) && nextPos !== "VERB" && nextPos !== "AUX" && nextPos !== "ADV") continue;
    if (cues.unresolvedPronouns.has(w) || (cues.notAfterVerbPronouns.has(w) && toks[i - 1]?.pos === "VERB")) continue;
    const object = cues.objectPronouns.has(w);
    if (s !== outSent) {
      outSent = s;
      outFrom = out.length;
    }
    // Earlier resolved pronouns of the sentence count as mentions; an object pronoun is not the
    // subject of its own clause ("Xi told him": him ≠ Xi).
    let id: string | null = null;
    if (speaks(i + 1) && lastSpeaker && fitsKind(info, kind, lastSpeaker)) id = lastSpeaker;
    if (!id) {
      const fit = fitsHere(toks, ments, from[s], from[s + 1], out, outFrom, i, object, info, kind, object || kind === "n");
      if (fit) id = fit.id;
      else if (s > 0) {
        // The previous sentence's first 30 mentions.
        for (let k = from[s - 1]; k < from[s] && k < from[s - 1] + 30 && !id; k++) if (fitsKind(info, kind, ments[k].id)) id = ments[k].id;
      }
    }
    if (id) out.push({ a: i, b: i + 1, id, kind: "pronoun" });
  }
  return out;
}

// Second pass: short names, acronyms, descriptions ("the Chinese leader", "the ministry") and
// pronouns, each resolved to an actor already recognized in the article.
import type { Token } from "../doc.js";
import type { ActorKB } from "./kb.js";
import { shortNames } from "./kb.js";
import type { Cand, Scan, Scanner } from "./recognize.js";
import { startsUpper, tokenKey } from "./normalize.js";
import { holders, nearestLeader, resolveActor, roleValidOn } from "./roles.js";
import { matchTitle, type TitleMatch } from "./match.js";

/** Resolves the pending single words of the scan to people and acronyms of the article. */
export function resolvePending(scan: Scan, sc: Scanner, kb: ActorKB, date: string | null): Cand[] {
  const toks = sc.toks;
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  const done = new Set<string>();
  for (const c of scan.cands) {
    if (!c.id.startsWith("person:") || done.has(c.id)) continue;
    const a = kb.actors.get(c.id);
    // A known person's names are the same at every mention; a made one's may be spelled apart.
    if (a) done.add(c.id);
    const name = a?.name ?? c.made?.name ?? "";
    const parts = name.split(/\s+/);
    if (parts.length < 2 && !a) continue;
    const shorts = a ? shortNames(a) : [parts[parts.length - 1]];
    for (const s of shorts) if (!surnames.has(tokenKey(s))) surnames.set(tokenKey(s), c.id);
    if (!given.has(tokenKey(parts[0]))) given.set(tokenKey(parts[0]), c.id);
  }
  const present = new Set(scan.cands.map((c) => c.id));
  const out: Cand[] = [];
  for (const p of scan.pending) {
    const t = toks[p.i];
    const key = tokenKey(t.text);
    const acro = scan.acronyms.get(t.text.replace(/\./g, ""));
    if (acro) {
      out.push({ a: p.i, b: p.i + 1, id: acro, kind: "acronym" });
      continue;
    }
    const inArticle = (kb.contextual.get(key) ?? []).filter((id) => present.has(id));
    if (inArticle.length === 1) {
      out.push({ a: p.i, b: p.i + 1, id: inArticle[0], kind: "acronym" });
      continue;
    }
    const art = surnames.get(key) ?? given.get(key);
    if (art) {
      out.push({ a: p.i, b: p.i + 1, id: art, kind: "surname" });
      continue;
    }
    if (kb.lex.nonNames.has(key)) continue;
    // A knowledge-base short name alone must look like a name: "No", "Wi-Fi" and "May" are not.
    if (t.pos !== "PROPN" || t.text.replace(/\W/g, "").length < 3 || (toks[p.i + 1]?.text === "-" && toks[p.i + 1].start === t.end)) continue;
    const people = [...new Set(p.hits.map((h) => h.id))].filter((id) => kb.actors.get(id)?.kind === "person");
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

export interface Ment {
  a: number;
  b: number;
  id: string;
  kind: Cand["kind"];
}

/** "the Chinese leader", "the US president", "the president", "the ministry", "the newspaper". */
export function descriptions(toks: Token[], keys: string[], cands: Cand[], kb: ActorKB, date: string | null, entityIds: Set<string>, orgNames: Map<string, string>, orgSectors: Map<string, string | null>, titleAt?: (j: number) => TitleMatch | null): { add: Cand[]; drop: Set<Cand> } {
  const add: Cand[] = [];
  const drop = new Set<Cand>();
  const byStart = new Map<number, Cand>();
  for (const c of cands) byStart.set(c.a, c);
  const people = [...entityIds].filter((id) => kb.actors.get(id)?.kind === "person");
  const orgWords = new Map<string, string[]>();
  const mentioned: Cand[] = [];
  let ci = 0;
  const sorted = [...cands].sort((x, y) => x.a - y.a);
  for (let i = 0; i < toks.length; i++) {
    while (ci < sorted.length && sorted[ci].a < i) mentioned.push(sorted[ci++]);
    if (toks[i].lower !== "the") continue;
    let j = i + 1;
    let country: string | null = null;
    const q = byStart.get(j);
    if (q && (q.kind === "demonym" || q.id.startsWith("country:"))) {
      country = kb.actors.get(q.id)?.country ?? null;
      j = q.b;
    }
    const tm = titleAt ? titleAt(j) : matchTitle(kb.lex.titles, toks, j, keys);
    const after = toks[tm ? tm.b : j + 1];
    const capAfter = after && after.sent === toks[i].sent && startsUpper(after.text) && !/^['\u2019]s$/.test(after.text);
    if (tm?.description && !startsUpper(toks[j].text) && !capAfter) {
      const office = tm.description;
      let id: string | null = null;
      if (country) id = holders(kb.offices, office, country, date).find((x) => entityIds.has(x)) ?? null;
      else {
        for (let k = mentioned.length - 1; k >= 0 && k >= mentioned.length - 200 && !id; k--) {
          const m = mentioned[k];
          const a = kb.actors.get(m.id);
          if (a && a.kind === "person" && resolveActor(a, date).office === office) id = m.id;
        }
        if (!id) id = people.find((p) => resolveActor(kb.actors.get(p)!, date).office === office) ?? null;
      }
      if (id) {
        if (q && q.b === j && j > i + 1) drop.add(q);
        add.push({ a: i, b: tm.b, id, kind: "title" });
        i = tm.b - 1;
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
    for (let k = mentioned.length - 1; k >= 0 && k >= mentioned.length - 40; k--) {
      const m = mentioned[k];
      if (m.kind === "pronoun") continue;
      if (want === "GPE") {
        if (m.id.startsWith("country:")) {
          add.push({ a: i, b: i + 2, id: m.id, kind: "description" });
          break;
        }
        continue;
      }
      const name = orgNames.get(m.id);
      if (!name) continue;
      let words = orgWords.get(m.id);
      if (!words) orgWords.set(m.id, (words = name.toLowerCase().split(/\s+/)));
      if ((want && orgSectors.get(m.id) === want) || words.includes(head)) {
        add.push({ a: i, b: i + 2, id: m.id, kind: "description" });
        break;
      }
    }
  }
  return { add, drop };
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

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const NEUTER = new Set(["it", "its", "itself"]);
const PLURAL = new Set(["they", "them", "their", "themselves"]);

export interface EntInfo {
  type: string;
  gender: "m" | "f" | null;
  place: boolean;
}

/** Pronouns resolved to the nearest fitting antecedent in the same or the previous sentence. */
export function pronouns(toks: Token[], ments: Ment[], info: Map<string, EntInfo>, speechVerbs: Set<string>): Ment[] {
  const out: Ment[] = [];
  const covered = new Uint8Array(toks.length);
  for (const m of ments) for (let k = m.a; k < m.b; k++) covered[k] = 1;
  const bySent = new Map<number, Ment[]>();
  for (const m of ments) {
    const s = toks[m.a].sent;
    const l = bySent.get(s) ?? [];
    l.push(m);
    bySent.set(s, l);
  }
  const outBySent = new Map<number, Ment[]>();
  let lastSpeaker: string | null = null;
  let mi = 0;
  const speaks = (b: number) => {
    const n = toks[b];
    return !!n && (speechVerbs.has(n.lower) || (n.pos === "AUX" && speechVerbs.has(toks[b + 1]?.lower ?? "")));
  };
  for (let i = 0; i < toks.length; i++) {
    while (mi < ments.length && ments[mi].a <= i) {
      const m = ments[mi++];
      if (speaks(m.b)) lastSpeaker = m.id;
    }
    const t = toks[i];
    if ((t.pos !== "PRON" && t.pos !== "DET") || covered[i]) continue;
    const w = t.lower;
    const kind = MALE.has(w) ? "m" : FEMALE.has(w) ? "f" : NEUTER.has(w) ? "n" : PLURAL.has(w) ? "p" : null;
    if (!kind) continue;
    const s = t.sent;
    if (kind === "n" && /^It$/.test(t.text) && ["is", "was", "'s", "seems", "appears", "has", "had", "will", "would"].includes(toks[i + 1]?.lower ?? "")) continue;
    // Subject "it"/"they" only ("it said", "they rejected"): as objects they mostly stand for things.
    const nextPos = toks[i + 1]?.pos;
    if ((w === "it" || w === "they") && nextPos !== "VERB" && nextPos !== "AUX" && nextPos !== "ADV") continue;
    if (w === "them" || w === "it" && toks[i - 1]?.pos === "VERB") continue;
    const fitsKind = (id: string) => {
      const e = info.get(id);
      if (!e) return false;
      if (kind === "m" || kind === "f") return e.type === "PERSON" && (e.gender === null || e.gender === kind);
      if (kind === "n") return e.type !== "PERSON" && !e.place;
      return e.type === "ORG" || (e.type === "GPE" && !e.place);
    };
    const object = w === "him" || w === "her" || w === "them";
    // Earlier resolved pronouns of the sentence count as mentions; an object pronoun is not the
    // subject of its own clause ("Xi told him": him ≠ Xi).
    const here = [...(bySent.get(s) ?? []).slice(-30), ...(outBySent.get(s) ?? [])]
      .filter((m) => m.b <= i && !(object && sameClause(toks, m.b, i)))
      .sort((x, y) => x.a - y.a);
    const before = bySent.get(s - 1) ?? [];
    let id: string | null = null;
    if (speaks(i + 1) && lastSpeaker && fitsKind(lastSpeaker)) id = lastSpeaker;
    if (!id) {
      const fitHere = here.filter((m) => fitsKind(m.id));
      if (fitHere.length) {
        if (object && fitHere.length > 1) id = fitHere[fitHere.length - 1].id !== fitHere[0].id ? fitHere[fitHere.length - 1].id : fitHere[0].id;
        else if (object) id = fitHere[0].id;
        else id = kind === "n" ? fitHere[fitHere.length - 1].id : fitHere[0].id;
      } else {
        const fitBefore = before.slice(0, 30).filter((m) => fitsKind(m.id));
        if (fitBefore.length) id = fitBefore[0].id;
      }
    }
    if (id) {
      const p: Ment = { a: i, b: i + 1, id, kind: "pronoun" };
      out.push(p);
      const l = outBySent.get(s) ?? [];
      l.push(p);
      outBySent.set(s, l);
    }
  }
  return out;
}

// The actor knowledge base: every data/actors/*.jsonl, then the user's extra files (a later
// record with the same id replaces an earlier one), checked line by line and compiled once
// into a token trie of names, aliases, demonyms, metonyms and unambiguous short names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkActor, type ActorKind, type KBActor, type KBRole } from "./schema.js";
import { isAllCaps, nameTokens, startsLower, startsUpper, tokenExact, tokenKey } from "./normalize.js";
import { loadShapeLexicon, type ShapeLexicon, type TitleNode } from "./lexicon.js";

export type { KBActor, KBRole } from "./schema.js";

export type FormKind = "name" | "alias" | "demonym" | "metonym" | "surname";

export interface TrieHit {
  id: string;
  form: FormKind;
  /** Token surfaces as written in the data, periods dropped, for case-sensitive forms. */
  exact: string[] | null;
  /** Whether the first token must be capitalized in the text. */
  capital: boolean;
  /** The actor's kind and country, copied here so that matchers need no lookup by id. */
  kind: ActorKind;
  country: string | null;
}

export interface TrieNode {
  /** Children by token key; absent on leaves. */
  next?: Map<string, TrieNode>;
  hits?: TrieHit[];
}

/** What a token key starts: a knowledge-base name, a title phrase, or both. */
export interface TrieHead {
  kb: TrieNode | null;
  title: TitleNode | null;
}

export interface ActorKB {
  size: number;
  actors: Map<string, KBActor>;
  trie: TrieNode;
  /** The first step into both tries by token key, so that a document token costs one lookup. */
  heads: Map<string, TrieHead>;
  /** Officeholders by `office|country` and `office|org`. */
  offices: Map<string, Array<{ id: string; role: KBRole }>>;
  /** Every lower-cased name, alias and surname → actor ids (for lookups). */
  names: Map<string, string[]>;
  /** Contextual names (lower case) → the actors they may stand for. */
  contextual: Map<string, string[]>;
  /** People by lower-cased given name → ids (for misspelled surnames). */
  given: Map<string, string[]>;
  /** Cities by lower-cased name → ids. */
  cities: Map<string, string[]>;
  lex: ShapeLexicon;
  /** Files read, in order. */
  files: string[];
}

let dataRoot: string | null = null;

/** data/actors, found by walking up from this module (works from src/ and from dist/). */
export function actorsDataDir(): string {
  if (dataRoot) return dataRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "data", "actors")) && dirname(dir) !== dir) dir = dirname(dir);
  dataRoot = join(dir, "data", "actors");
  return dataRoot;
}

export class ActorDataError extends Error {}

export function loadActorKB(extraFiles: string[] = []): ActorKB {
  const dir = actorsDataDir();
  const builtIn = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : [];
  const files = [...builtIn, ...extraFiles];
  const actors = new Map<string, KBActor>();
  const errors: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new ActorDataError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const name = builtIn.includes(file) ? basename(file) : file;
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (!line || line.startsWith("//")) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        errors.push(`${name}:${i + 1}: not valid JSON`);
        continue;
      }
      const r = checkActor(raw);
      if (typeof r === "string") errors.push(`${name}:${i + 1}: ${r}`);
      else {
        actors.delete(r.id); // re-insert so the override counts as the later entry
        actors.set(r.id, r);
      }
      if (errors.length >= 20) break;
    }
    if (errors.length >= 20) break;
  }
  if (errors.length) throw new ActorDataError(errors.join("\n"));
  const lex = loadShapeLexicon(dir);
  return compile(actors, lex, files);
}

/** Name order is family name first for these countries' people ("Xi Jinping" → "Xi"). */
const FAMILY_FIRST = new Set(["CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP", "KHM", "MNG"]);
const PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "di", "du", "al", "el", "bin", "ibn", "la", "le", "dos", "das"]);

export function shortNames(a: KBActor): string[] {
  const toks = a.name.split(/\s+/).filter(Boolean);
  if (a.kind !== "person" || toks.length < 2) return [];
  const out: string[] = [];
  if (FAMILY_FIRST.has(a.country ?? "")) out.push(toks[0]);
  else {
    const p = toks.findIndex((t, i) => i > 0 && PARTICLES.has(t.toLowerCase()));
    if (p > 0) out.push(toks.slice(p).join(" "));
    out.push(toks[toks.length - 1]);
  }
  return out.filter((s) => s.replace(/\W/g, "").length >= 2 && !/^[IVXL]+\.?$/.test(s) && !/^(Jr|Sr)\.?$/.test(s));
}

/** "françois" → "francois": misspelled names are often written without their accents. */
export function foldAccents(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) if (s.charCodeAt(i) >= 128) ascii = false;
  if (ascii) return s;
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const l = map.get(key);
  if (l) l.push(id);
  else map.set(key, [id]);
}

function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    } else if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  }
  return n;
}

function compile(actors: Map<string, KBActor>, lex: ShapeLexicon, files: string[]): ActorKB {
  const trie: TrieNode = {};
  const names = new Map<string, string[]>();
  const offices = new Map<string, Array<{ id: string; role: KBRole }>>();
  const cities = new Map<string, string[]>();
  const given = new Map<string, string[]>();
  const contextual = new Map<string, string[]>();
  const addName = (n: string, id: string) => {
    const k = n.toLowerCase();
    const l = names.get(k);
    if (!l) names.set(k, [id]);
    else if (!l.includes(id)) l.push(id);
  };
  const insert = (form: string, a: KBActor, kind: FormKind) => {
    const id = a.id;
    const toks = nameTokens(form);
    if (!toks.length) return;
    // "Ukrainian forces" describes; the demonym inside it names the country.
    const last = toks[toks.length - 1];
    if (kind === "alias" && toks.length > 1 && startsLower(last) && lex.genericHeads.has(tokenKey(last))) return;
    let node = trie;
    for (const t of toks) {
      const k = tokenKey(t);
      node.next ??= new Map();
      let nx = node.next.get(k);
      if (!nx) node.next.set(k, (nx = {}));
      node = nx;
    }
    const exactCase = form.length <= 5 ? letterCount(form) <= 3 || isAllCaps(form) : isAllCaps(form);
    const hit: TrieHit = { id, form: kind, exact: exactCase ? toks.map(tokenExact) : null, capital: startsUpper(form), kind: a.kind, country: a.country };
    node.hits ??= [];
    if (!node.hits.some((h) => h.id === id && h.form === hit.form)) node.hits.push(hit);
  };
  for (const a of actors.values()) {
    insert(a.name, a, "name");
    addName(a.name, a.id);
    for (const al of a.aliases) {
      insert(al, a, "alias");
      addName(al, a.id);
    }
    for (const d of a.demonyms) insert(d, a, "demonym");
    for (const c of a.contextual) {
      const k = c.toLowerCase().replace(/^the /, "");
      push(contextual, k, a.id);
    }
    for (const m of a.metonyms) insert(m, a, "metonym");
    if (a.capital && !a.metonyms.includes(a.capital)) insert(a.capital, a, "metonym");
    for (const s of shortNames(a)) {
      insert(s, a, "surname");
      addName(s, a.id);
    }
    if (a.kind === "person" && !FAMILY_FIRST.has(a.country ?? "")) {
      const first = a.name.split(/\s+/)[0].toLowerCase();
      lex.givenNames.add(tokenKey(first));
      push(given, first, a.id);
      const bare = foldAccents(first);
      if (bare !== first) push(given, bare, a.id);
    }
    if (a.kind === "city") {
      const k = a.name.toLowerCase();
      push(cities, k, a.id);
    }
    for (const r of a.roles) {
      for (const key of [`${r.office}|${r.country ?? ""}`, r.org ? `${r.office}|${r.org}` : null]) {
        if (!key) continue;
        const l = offices.get(key) ?? [];
        l.push({ id: a.id, role: r });
        offices.set(key, l);
      }
    }
  }
  const heads = new Map<string, TrieHead>();
  for (const [k, node] of trie.next ?? []) heads.set(k, { kb: node, title: null });
  for (const [k, node] of lex.titles.next) {
    const h = heads.get(k);
    if (h) h.title = node;
    else heads.set(k, { kb: null, title: node });
  }
  return { size: actors.size, actors, trie, heads, offices, names, cities, given, contextual, lex, files };
}

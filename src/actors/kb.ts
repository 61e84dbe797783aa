// The actor knowledge base: every data/actors/*.jsonl, then the user's extra files (a later
// record with the same id replaces an earlier one), checked line by line and compiled once
// into a token trie of names, aliases, demonyms, metonyms and unambiguous short names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkActor, type ActorKind, type KBActor, type KBRole } from "./schema.js";
import { foldAccents, isAllCaps, lowerKey, lowerOrDigitStart, nameTokens, shapeOf, startsLower, startsUpper, tokenExact, tokenKey } from "./normalize.js";
import { loadShapeLexicon, type NameLexicon, type ShapeLexicon, type TitleNode } from "./lexicon.js";
import { COMPILED_FILE, TABLE_PARTS, shardOf, readCompiledKB, writeCompiledKB } from "./compiled.js";
import { ActorTable } from "./actor-table.js";
import { wordGeneration } from "../nlp/word-ids.js";

export type { KBActor, KBRole } from "./schema.js";
export { ActorTable } from "./actor-table.js";

export type FormKind = "name" | "alias" | "demonym" | "metonym" | "surname";

export interface TrieHit {
  id: string;
  /** The actor's index in the table (ActorTable.at(ai) is the record of `id`). */
  ai: number;
  form: FormKind;
  /** Token surfaces as written in the data, periods dropped, for case-sensitive forms. */
  exact: string[] | null;
  /** Whether the first token must be capitalized in the text. */
  capital: boolean;
  /** The actor's kind and country, copied here so that matchers need no lookup by id. */
  kind: ActorKind;
  country: string | null;
  /** The id of that country's own record ("country:" + country), or null. */
  countryId: string | null;
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
  /**
   * Whether a name under this key may start with a token written in lower case or a digit (a
   * form neither capitalized nor case-exact with a capital): when not, such a token starts none.
   */
  lowerStart: boolean;
  /** The key is the head word of an unnamed group ("rights group", "activists"): groups.ts. */
  group?: true;
}

export interface ActorKB {
  size: number;
  actors: ActorTable;
  /** The first step into both tries by token key, so that a document token costs one lookup. */
  heads: HeadIndex;
  /** Officeholders by `office|country` and `office|org`. */
  offices: Lookup<Array<{ id: string; role: KBRole }>>;
  /** Every lower-cased name, alias and surname → actor ids (for lookups). */
  names: Lookup<string[]>;
  /** Contextual names (lower case) → the actors they may stand for. */
  contextual: Lookup<string[]>;
  /** People by lower-cased given name → ids (for misspelled surnames). */
  given: Lookup<string[]>;
  /** Cities by lower-cased name → ids. */
  cities: Lookup<string[]>;
  lex: ShapeLexicon;
  /** Files read, in order. */
  files: string[];
}

/**
 * One name form under its first token key: the remaining token keys, the actor's index in
 * KBTables.actors, the kind of form, the exact token surfaces (case-sensitive forms), capital,
 * and the actor's kind and country (so that a trie is built without reading the records).
 */
export type FormEntry = [rest: string[], actor: number, form: FormKind, exact: string[] | null, capital: 0 | 1, kind: ActorKind, country: string | null];

/**
 * The knowledge base compiled to plain data: what the loader derives from the validated records
 * (token keys of every form, the name indexes), in a form that JSON keeps exactly, so that a
 * build can store it (compiled.ts) and a process start need not tokenize 13,000 records again.
 */
export interface KBTables {
  actors: KBActor[];
  /** Forms by first token key, each list in insertion order (the order of hits on a node). */
  heads: Array<[string, FormEntry[]]>;
  names: Array<[string, string[]]>;
  contextual: Array<[string, string[]]>;
  given: Array<[string, string[]]>;
  cities: Array<[string, string[]]>;
  /** `office|of` → each holder and the role. */
  offices: Array<[string, Array<{ id: string; role: KBRole }>]>;
  /** Given-name keys the people add to the shape lexicon's list. */
  givenNames: string[];
}

/** A table by key (a Map, or a table read part by part). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** The lookup tables, built only when first asked for. */
export type LazyTable = "names" | "contextual" | "given" | "cities" | "offices";

/** What the knowledge base is made from: the records, the forms by key, the other tables on demand. */
export interface KBSource {
  actors: ActorTable;
  /** The first token keys, and the forms under the j-th (asked for once per key). */
  headKeys: string[];
  formsOf(j: number): FormEntry[];
  givenNames: string[];
  table<K extends LazyTable>(k: K): KBTables[K];
  /** The entries of a table whose keys have shardOf() s, when the source keeps tables in parts. */
  part?<K extends LazyTable>(k: K, s: number): KBTables[K];
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

/** The built-in data files: every data/actors/*.jsonl, sorted. */
export function builtInFiles(dir = actorsDataDir()): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : [];
}

/** `compiledFile`: where to look for the build's compiled form (tests point it elsewhere). */
export function loadActorKB(extraFiles: string[] = [], compiledFile = COMPILED_FILE): ActorKB {
  const dir = actorsDataDir();
  const builtIn = builtInFiles(dir);
  const files = [...builtIn, ...extraFiles];
  // The build's compiled form when it is as new as the data; the data files themselves else.
  const stored = readCompiledKB(dir, tableSources(dir), compiledFile);
  if (stored && !extraFiles.length) return new KnowledgeBase(stored, loadShapeLexicon(dir), files);
  const actors = new Map<string, KBActor>();
  if (stored) for (const a of stored.actors.values()) actors.set(a.id, a);
  readActorFiles(stored ? extraFiles : files, builtIn, actors);
  const lex = loadShapeLexicon(dir);
  return new KnowledgeBase(sourceOf(compileTables(actors, lex)), lex, files);
}

/** Reads and checks actor files into `actors` (a later record with the same id replaces one). */
function readActorFiles(files: string[], builtIn: string[], actors: Map<string, KBActor>): void {
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
}

/** The built-in knowledge base read from data/ and compiled to tables (for the build's stored form). */
export function compileBuiltIn(dir = actorsDataDir()): KBTables {
  const actors = new Map<string, KBActor>();
  const builtIn = builtInFiles(dir);
  readActorFiles(builtIn, builtIn, actors);
  return compileTables(actors, loadShapeLexicon(dir));
}

/** Compiles data/actors and stores the tables for later processes (the build calls this). */
export function storeCompiledKB(file = COMPILED_FILE, dir = actorsDataDir()): string {
  writeCompiledKB(compileBuiltIn(dir), dir, tableSources(dir), file);
  return file;
}

/** A person's short names: the family name (first for the names.json familyNameFirst countries), from a particle on. */
export function shortNames(a: KBActor, names: NameLexicon): string[] {
  const toks = a.name.split(/\s+/).filter(Boolean);
  if (a.kind !== "person" || toks.length < 2) return [];
  const out: string[] = [];
  if (names.familyFirst.has(a.country ?? "")) out.push(toks[0]);
  else {
    const p = toks.findIndex((t, i) => i > 0 && names.shortNameParticles.has(t.toLowerCase()));
    if (p > 0) out.push(toks.slice(p).join(" "));
    out.push(toks[toks.length - 1]);
  }
  return out.filter((s) => s.replace(/\W/g, "").length >= 2 && !/^[IVXL]+\.?$/.test(s) && !names.suffixes.has(s.endsWith(".") ? s.slice(0, -1) : s));
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

/**
 * The lexicon files compileTables reads (genericHeads of shapes.json; names.json for short and
 * given names): with the actor files, all that the stored tables depend on.
 */
const TABLE_LEXICON = ["names.json", "shapes.json"];

/** The files of `dir` the built-in tables are compiled from (names, sorted): a stored form lives as long as they do not change. */
export function tableSources(dir = actorsDataDir()): string[] {
  return [...builtInFiles(dir).map((f) => basename(f)), ...TABLE_LEXICON].sort();
}

function compileTables(actors: Map<string, KBActor>, lex: ShapeLexicon): KBTables {
  const list = [...actors.values()];
  const heads = new Map<string, FormEntry[]>();
  /** `keys\0id\0form` of every form inserted, so that a repeated form adds no second hit. */
  const inserted = new Set<string>();
  const names = new Map<string, string[]>();
  const offices = new Map<string, Array<{ id: string; role: KBRole }>>();
  const cities = new Map<string, string[]>();
  const given = new Map<string, string[]>();
  const contextual = new Map<string, string[]>();
  const givenNames: string[] = [];
  const addName = (n: string, id: string) => {
    const k = n.toLowerCase();
    const l = names.get(k);
    if (!l) names.set(k, [id]);
    else if (!l.includes(id)) l.push(id);
  };
  const insert = (form: string, ai: number, kind: FormKind) => {
    const a = list[ai];
    const toks = nameTokens(form);
    if (!toks.length) return;
    // "Ukrainian forces" describes; the demonym inside it names the country.
    const last = toks[toks.length - 1];
    if (kind === "alias" && toks.length > 1 && startsLower(last) && lex.genericHeads.has(tokenKey(last))) return;
    const keys = toks.map(tokenKey);
    const seen = `${keys.join("\u0001")}\u0000${a.id}\u0000${kind}`;
    if (inserted.has(seen)) return;
    inserted.add(seen);
    const exactCase = form.length <= 5 ? letterCount(form) <= 3 || isAllCaps(form) : isAllCaps(form);
    const entry: FormEntry = [keys.slice(1), ai, kind, exactCase ? toks.map(tokenExact) : null, startsUpper(form) ? 1 : 0, a.kind, a.country];
    const l = heads.get(keys[0]);
    if (l) l.push(entry);
    else heads.set(keys[0], [entry]);
  };
  for (let ai = 0; ai < list.length; ai++) {
    const a = list[ai];
    insert(a.name, ai, "name");
    addName(a.name, a.id);
    for (const al of a.aliases) {
      insert(al, ai, "alias");
      addName(al, a.id);
    }
    for (const d of a.demonyms) insert(d, ai, "demonym");
    for (const c of a.contextual) {
      const k = c.toLowerCase().replace(/^the /, "");
      push(contextual, k, a.id);
    }
    for (const m of a.metonyms) insert(m, ai, "metonym");
    if (a.capital && !a.metonyms.includes(a.capital)) insert(a.capital, ai, "metonym");
    for (const s of shortNames(a, lex.names)) {
      insert(s, ai, "surname");
      addName(s, a.id);
    }
    if (a.kind === "person" && !lex.names.familyFirst.has(a.country ?? "")) {
      const first = a.name.split(/\s+/)[0].toLowerCase();
      givenNames.push(tokenKey(first));
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
  return {
    actors: list, heads: [...heads], names: [...names], contextual: [...contextual], given: [...given], cities: [...cities],
    offices: [...offices], givenNames,
  };
}

/** Tables compiled in this process, as a source. */
function sourceOf(t: KBTables): KBSource {
  return { actors: ActorTable.of(t.actors), headKeys: t.heads.map((h) => h[0]), formsOf: (j) => t.heads[j][1], givenNames: t.givenNames, table: (k) => t[k] };
}

/** The tables as the matcher uses them: maps by key, built on first use; tries built per first key. */
class KnowledgeBase implements ActorKB {
  readonly size: number;
  readonly actors: ActorTable;
  readonly heads: HeadIndex;
  private built = new Map<LazyTable, Lookup<unknown>>();

  constructor(private src: KBSource, readonly lex: ShapeLexicon, readonly files: string[]) {
    this.actors = src.actors;
    this.size = src.actors.size;
    this.heads = new HeadIndex(src, lex.titles, lex.unnamedGroups.heads.keys(), lex);
    for (const g of src.givenNames) lex.givenNames.add(g);
  }

  private lookup<K extends LazyTable>(k: K): Lookup<KBTables[K][number][1]> {
    type V = KBTables[K][number][1];
    let t = this.built.get(k) as Lookup<V> | undefined;
    if (!t) {
      const src = this.src;
      const part = src.part;
      t = part ? new PartedTable<V>((s) => part.call(src, k, s) as Array<[string, V]>) : new Map<string, V>(src.table(k) as Array<[string, V]>);
      this.built.set(k, t);
    }
    return t;
  }

  get names(): Lookup<string[]> {
    return this.lookup("names");
  }

  get contextual(): Lookup<string[]> {
    return this.lookup("contextual");
  }

  get given(): Lookup<string[]> {
    return this.lookup("given");
  }

  get cities(): Lookup<string[]> {
    return this.lookup("cities");
  }

  get offices(): Lookup<Array<{ id: string; role: KBRole }>> {
    return this.lookup("offices");
  }
}

/** A table read part by part: the part holding a key is parsed when a key in it is first asked for. */
class PartedTable<V> implements Lookup<V> {
  private parts: Array<Map<string, V> | undefined> = new Array(TABLE_PARTS);

  constructor(private read: (s: number) => Array<[string, V]>) {}

  private partOf(key: string): Map<string, V> {
    const s = shardOf(key);
    return (this.parts[s] ??= new Map(this.read(s)));
  }

  get(key: string): V | undefined {
    return this.partOf(key).get(key);
  }

  has(key: string): boolean {
    return this.partOf(key).has(key);
  }
}

interface LazyHead extends TrieHead {
  /** The index of this key's forms in the source until the first lookup builds their trie, then -1. */
  forms: number;
}

/** What the scanner needs of a token from its text: its key, what the key starts, its shape. */
export interface WordHead {
  key: string;
  /** normalize.shapeOf() of the text. */
  shape: number;
  /** No name under the key fits a token of this text (none, or it is lower case and no name starts so). */
  noKB: boolean;
  kb: TrieNode | null;
  title: TitleNode | null;
  lowerStart: boolean;
  group: boolean;
  /** The key is a word that never starts a name (shapes.json nonNames). */
  nonName: boolean;
  /** The lower-case form is an organization's head word (shapes.json orgHeads). */
  orgHead: boolean;
  /** The key is an organization's head word (shapes.json orgHeads). */
  headKey: boolean;
  /** The lower-case form is a pronoun (shapes.json pronouns). */
  pronoun: boolean;
  /** The lower-case form is a speech verb (shapes.json speechVerbs). */
  speech: boolean;
  /** The lower-case form ends a geographic name (shapes.json placeWords). */
  placeWord: boolean;
}

/** The shape words that wordOf() also answers for (the ShapeLexicon's). */
interface WordLists {
  nonNames: ReadonlySet<string>;
  orgHeads: ReadonlyMap<string, unknown>;
  pronouns: ReadonlyMap<string, unknown>;
  speechVerbs: ReadonlySet<string>;
  placeWords: ReadonlyMap<string, unknown>;
}

/** Texts remembered by HeadIndex.wordOf() in its map (a form's third text and on) before it starts over. */
const WORD_CAP = 20_000;

/**
 * Both tries by first token key. A key's knowledge-base trie is built from its forms when a
 * document first meets the key: most of the 13,000 first words never occur in one process.
 */
export class HeadIndex {
  private map = new Map<string, LazyHead>();
  /** Per ASCII code: whether some key starts with it (no key starts with punctuation: no lookup). */
  private asciiFirst = new Uint8Array(128);
  /** wordOf() by token text, for the texts the arrays by word id do not hold. */
  private words = new Map<string, WordHead>();
  /** wordOf() of the one-character ASCII texts (punctuation, "a"), by character code: no lookup by string. */
  private chars = new Array<WordHead | undefined>(128);
  /** wordOf() by word id (Token.wid) for the first two texts of the form met ("the", "The"),
   *  each with the text it answers for: an id numbered anew finds another text and misses. */
  private firstText: Array<string | undefined> = [];
  private firstHead: Array<WordHead | undefined> = [];
  private otherText: Array<string | undefined> = [];
  private otherHead: Array<WordHead | undefined> = [];
  private generation = wordGeneration();

  constructor(private src: KBSource, titles: TitleNode, groupHeads: Iterable<string>, private lists: WordLists) {
    const keys = src.headKeys;
    for (let j = 0; j < keys.length; j++) this.map.set(keys[j], { kb: null, title: null, lowerStart: false, forms: j });
    for (const [k, node] of titles.next) {
      const h = this.map.get(k);
      if (h) h.title = node;
      else this.map.set(k, { kb: null, title: node, lowerStart: false, forms: -1 });
    }
    // The token lookup every document already makes finds the group heads too.
    for (const k of groupHeads) {
      const h = this.map.get(k);
      if (h) h.group = true;
      else this.map.set(k, { kb: null, title: null, lowerStart: false, forms: -1, group: true });
    }
    for (const k of this.map.keys()) {
      const c = k.charCodeAt(0);
      if (c < 128) this.asciiFirst[c] = 1;
    }
  }

  get(key: string): TrieHead | undefined {
    const c = key.charCodeAt(0);
    if (c < 128 && this.asciiFirst[c] === 0) return undefined;
    const h = this.map.get(key);
    if (h && h.forms >= 0) {
      const forms = this.src.formsOf(h.forms);
      h.kb = this.build(forms);
      h.lowerStart = forms.some(([, , , exact, capital]) => (exact ? lowerOrDigitStart(exact[0]) : capital === 0));
      h.forms = -1;
    }
    return h;
  }

  /**
   * The key of a token's lower-case form and what that key starts (get() of the key, flattened),
   * for a token's text, lower-case form (`lower` is text.toLowerCase()) and word id. Memoized
   * by word id and text: the tokenizer hands out one string per distinct word, so the text is
   * mostly compared by identity.
   */
  wordOf(text: string, lower: string, wid: number): WordHead {
    if (this.firstText[wid] === text) return this.firstHead[wid]!;
    if (this.otherText[wid] === text) return this.otherHead[wid]!;
    return this.missed(text, lower, wid);
  }

  private missed(text: string, lower: string, wid: number): WordHead {
    if (this.generation !== wordGeneration()) this.clearIds();
    if (text.length === 1 && text.charCodeAt(0) < 128) {
      const c = text.charCodeAt(0);
      return (this.chars[c] ??= this.readWord(text, lower));
    }
    if (this.firstText[wid] === undefined) {
      const w = this.readWord(text, lower);
      // Filled up to the id first, the arrays stay packed (ids come in order within a generation).
      while (this.firstText.length < wid) {
        this.firstText.push(undefined);
        this.firstHead.push(undefined);
      }
      this.firstText[wid] = text;
      this.firstHead[wid] = w;
      return w;
    }
    if (this.otherText[wid] === undefined) {
      const w = this.readWord(text, lower);
      while (this.otherText.length < wid) {
        this.otherText.push(undefined);
        this.otherHead.push(undefined);
      }
      this.otherText[wid] = text;
      this.otherHead[wid] = w;
      return w;
    }
    // A third text of the form ("US", "Us", "us"), or an id from before the ids started over.
    let w = this.words.get(text);
    if (w === undefined) {
      w = this.readWord(text, lower);
      if (this.words.size >= WORD_CAP) this.words.clear();
      this.words.set(text, w);
    }
    return w;
  }

  private clearIds(): void {
    this.firstText = [];
    this.firstHead = [];
    this.otherText = [];
    this.otherHead = [];
    this.generation = wordGeneration();
  }

  private readWord(text: string, lower: string): WordHead {
    const key = lowerKey(lower);
    const h = this.get(key);
    const kb = h ? h.kb : null;
    return {
      key, shape: shapeOf(text), noKB: !kb || (!h!.lowerStart && lowerOrDigitStart(text)), kb, title: h ? h.title : null, lowerStart: h ? h.lowerStart : false, group: h?.group === true,
      nonName: this.lists.nonNames.has(key), orgHead: this.lists.orgHeads.has(lower), headKey: this.lists.orgHeads.has(key), pronoun: this.lists.pronouns.has(lower), speech: this.lists.speechVerbs.has(lower), placeWord: this.lists.placeWords.has(lower),
    };
  }

  get size(): number {
    return this.map.size;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  private build(forms: FormEntry[]): TrieNode {
    // Every node has both fields from the start: one object shape for the matcher to read.
    const root: TrieNode = { next: undefined, hits: undefined };
    for (const [rest, ai, form, exact, capital, kind, country] of forms) {
      let node = root;
      for (const k of rest) {
        node.next ??= new Map();
        let nx = node.next.get(k);
        if (!nx) node.next.set(k, (nx = { next: undefined, hits: undefined }));
        node = nx;
      }
      const hit: TrieHit = { id: this.src.actors.idAt(ai), ai, form, exact, capital: capital === 1, kind, country, countryId: country === null ? null : `country:${country}` };
      (node.hits ??= []).push(hit);
    }
    return root;
  }
}

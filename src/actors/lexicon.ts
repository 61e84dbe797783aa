// The shape lexicon of the actors stage: title words, organization head words, words that
// never make a name, given names. Read from data/actors/*.json, checked, compiled to maps.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { nameTokens, tokenKey } from "./normalize.js";
import { OFFICES, SECTORS, STATE_SECTORS } from "./schema.js";

export interface TitleDef {
  words: string;
  office: string;
  sector: string | null;
}

export interface TitleNode {
  next: Map<string, TitleNode>;
  title?: TitleDef;
  description?: string;
}

export interface ShapeLexicon {
  titles: TitleNode;
  orgHeads: Map<string, string | null>;
  placeWords: Map<string, "LOC" | "GPE">;
  connectors: Set<string>;
  nonNames: Set<string>;
  honorifics: Set<string>;
  notCurrent: Set<string>;
  locatives: Set<string>;
  settlements: Set<string>;
  genericHeads: Set<string>;
  descriptionHeads: Map<string, string>;
  speechVerbs: Set<string>;
  givenNames: Set<string>;
  /** Offices held for a country: an unqualified holder takes the country in view. */
  nationalOffices: Set<string>;
  /** Lower-case nouns that, after a demonym or a country's possessive, name its institution. */
  groupNouns: Map<string, string>;
  /** Every part of a several-word group noun before one of its spaces ("armed" of "armed forces"). */
  groupNounStarts: Set<string>;
  /** Descriptions that introduce an unnamed group ("a human rights group", "opposition activists"). */
  unnamedGroups: UnnamedGroupLexicon;
  /** Lower-case words the shapes test for, by use (shapes.json cues). */
  cues: CueWords;
  /** A state sector → the id word of a country's institution of it ("police" of "org:ken-police"). */
  institutionIds: Map<string, string>;
  /** Pronoun words by gender or number: male, female, neuter, plural. */
  pronouns: Map<string, PronounKind>;
  /** names.json: how names are written. */
  names: NameLexicon;
}

export interface NameLexicon {
  /** Lower-case words linking the parts of a person's name in text ("von der Leyen"). */
  particles: Set<string>;
  /** Lower-case words of a known name from which its short name starts. */
  shortNameParticles: Set<string>;
  /** Country codes whose people's names put the family name first. */
  familyFirst: Set<string>;
  /** A country name that takes "the" ("the United States", "the Philippines"). */
  takesThe: RegExp;
  /** Words after a name that are not a short name ("Jr"). */
  suffixes: Set<string>;
  /** Words left lower case in a title written capitalized ("Minister of Foreign Affairs"). */
  lowerInTitles: Set<string>;
}

export type PronounKind = "m" | "f" | "n" | "p";

/** shapes.json cues (see its "about"): each a set of lower-case words as tokens spell them. */
export interface CueWords {
  personAfterComma: Set<string>;
  appositionStarts: Set<string>;
  orgPlacePrepositions: Set<string>;
  employerPrepositions: Set<string>;
  orgHeadPrepositions: Set<string>;
  orgNameLinks: Set<string>;
  orgHeadsBeforeCity: Set<string>;
  countryNouns: Set<string>;
  expletiveItVerbs: Set<string>;
  subjectPronouns: Set<string>;
  unresolvedPronouns: Set<string>;
  notAfterVerbPronouns: Set<string>;
  objectPronouns: Set<string>;
  ethnicWords: Set<string>;
  kinPlacePrepositions: Set<string>;
  placeListLinks: Set<string>;
  employerPlacePrepositions: Set<string>;
}

const CUE_FIELDS = [
  "personAfterComma", "appositionStarts", "orgPlacePrepositions", "employerPrepositions", "orgHeadPrepositions",
  "orgNameLinks", "orgHeadsBeforeCity", "countryNouns", "expletiveItVerbs", "subjectPronouns", "unresolvedPronouns",
  "notAfterVerbPronouns", "objectPronouns", "ethnicWords", "kinPlacePrepositions", "placeListLinks", "employerPlacePrepositions",
] as const;

/** The cue lists that name pronouns: each of their words must be one of shapes.json pronouns. */
const PRONOUN_CUES = ["subjectPronouns", "unresolvedPronouns", "notAfterVerbPronouns", "objectPronouns"] as const;

function checkPronounCues(cues: CueWords, pronouns: Map<string, PronounKind>): void {
  for (const f of PRONOUN_CUES) for (const w of cues[f]) if (!pronouns.has(w)) throw new Error(`shapes.json: cues.${f} '${w}' is not one of the pronouns`);
}

/** A list of lower-case words without spaces (compared with a token's lower-case text). */
function lowerWords(file: string, field: string, v: unknown): Set<string> {
  const ws = words(file, field, v);
  for (const w of ws) if (w !== w.toLowerCase() || /\s/.test(w)) throw new Error(`${file}: ${field} '${w}' must be one lower-case word`);
  return new Set(ws);
}

function readCues(raw: unknown): CueWords {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("shapes.json: cues must be an object of word lists");
  const r = raw as Record<string, unknown>;
  const out = {} as CueWords;
  for (const f of CUE_FIELDS) out[f] = lowerWords("shapes.json", `cues.${f}`, r[f]);
  onlyKeys("shapes.json", "cues", r, CUE_FIELDS);
  return out;
}

/** A misspelled field would otherwise leave its list unread: every key of `r` must be one of `known`. */
function onlyKeys(file: string, field: string, r: Record<string, unknown>, known: readonly string[]): void {
  for (const k of Object.keys(r)) if (!known.includes(k)) throw new Error(`${file}: ${field ? `${field}.${k}` : k} is not a known field (${known.join(", ")})`);
}

function readInstitutionIds(raw: unknown): Map<string, string> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("shapes.json: institutionIds must be an object of sector to id word");
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!STATE_SECTORS.has(k)) throw new Error(`shapes.json: institutionIds.${k} is not a state sector (${[...STATE_SECTORS].join(", ")})`);
    if (typeof v !== "string" || !v.split("-").every((part) => /^[a-z]+$/.test(part))) throw new Error(`shapes.json: institutionIds.${k} '${String(v)}' must be a lower-case id word`);
    out.set(k, v);
  }
  return out;
}

const PRONOUN_KINDS: Array<[string, PronounKind]> = [["male", "m"], ["female", "f"], ["neuter", "n"], ["plural", "p"]];

function readPronouns(raw: unknown): Map<string, PronounKind> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("shapes.json: pronouns must be an object with male, female, neuter and plural lists");
  const r = raw as Record<string, unknown>;
  const out = new Map<string, PronounKind>();
  for (const [field, kind] of PRONOUN_KINDS) {
    for (const w of lowerWords("shapes.json", `pronouns.${field}`, r[field])) {
      if (out.has(w)) throw new Error(`shapes.json: pronouns.${field} '${w}' is already of another kind`);
      out.set(w, kind);
    }
  }
  onlyKeys("shapes.json", "pronouns", r, PRONOUN_KINDS.map(([field]) => field));
  return out;
}

/** Reads names.json (see its "about"). */
export function readNameLexicon(dir: string): NameLexicon {
  const n = readJson(dir, "names.json");
  onlyKeys("names.json", "", n, ["about", "nameParticles", "shortNameParticles", "familyNameFirst", "theNames", "nameSuffixes", "lowerInTitles"]);
  const lower = (field: string) => lowerWords("names.json", field, n[field]);
  const familyFirst = words("names.json", "familyNameFirst", n.familyNameFirst);
  for (const c of familyFirst) if (!/^[A-Z]{3}$/.test(c)) throw new Error(`names.json: familyNameFirst '${c}' is not a three-letter country code`);
  const suffixes = words("names.json", "nameSuffixes", n.nameSuffixes);
  for (const w of suffixes) if (!/^\p{L}+$/u.test(w)) throw new Error(`names.json: nameSuffixes '${w}' must be one word of letters (a period after it is allowed in text)`);
  const the = n.theNames as { first?: unknown; last?: unknown } | undefined;
  if (!the || typeof the !== "object" || Array.isArray(the)) throw new Error("names.json: theNames needs first and last lists");
  onlyKeys("names.json", "theNames", the, ["first", "last"]);
  const names = (field: "first" | "last") => {
    const ws = words("names.json", `theNames.${field}`, the[field]);
    if (!ws.length) throw new Error(`names.json: theNames.${field} must not be empty`);
    for (const w of ws) if (!w.split(" ").every((part) => /^\p{L}+$/u.test(part))) throw new Error(`names.json: theNames.${field} '${w}' must be words of letters`);
    return ws.join("|");
  };
  return {
    particles: lower("nameParticles"),
    shortNameParticles: lower("shortNameParticles"),
    familyFirst: new Set(familyFirst),
    takesThe: new RegExp(`^(${names("first")})\\b|\\b(${names("last")})$`),
    suffixes: new Set(suffixes),
    lowerInTitles: lower("lowerInTitles"),
  };
}

export interface UnnamedGroupLexicon {
  /** Head word (lower case) → its sector (null: a modifier must give one) and entity type. */
  heads: Map<string, { sector: string | null; type: "ORG" | "NORP" }>;
  /** Modifier phrases as token keys, by their last key, longest first. */
  modifiers: Map<string, Array<{ keys: string[]; sector: string | null }>>;
  /** Words before a singular head ("a", "an"). */
  determiners: Set<string>;
  /** Words before a description that make it a predicate, not a new actor ("is", "became"). */
  predicates: Set<string>;
}

function readUnnamedGroups(raw: unknown): UnnamedGroupLexicon {
  const heads = new Map<string, { sector: string | null; type: "ORG" | "NORP" }>();
  const modifiers = new Map<string, Array<{ keys: string[]; sector: string | null }>>();
  if (raw === undefined) return { heads, modifiers, determiners: new Set(), predicates: new Set() };
  const r = raw as { heads?: Record<string, unknown>; modifiers?: Record<string, unknown>; determiners?: unknown; predicates?: unknown };
  if (!r || typeof r !== "object" || typeof r.heads !== "object" || typeof r.modifiers !== "object") throw new Error("shapes.json: unnamedGroups needs heads and modifiers objects");
  for (const [k, v] of Object.entries(r.heads ?? {})) {
    const h = v as { sector?: unknown; type?: unknown };
    if (!h || (h.sector !== null && !SECTORS.includes(h.sector as never))) throw new Error(`shapes.json: unnamedGroups.heads.${k}.sector '${String(h?.sector)}' is not a sector`);
    if (h.type !== "ORG" && h.type !== "NORP") throw new Error(`shapes.json: unnamedGroups.heads.${k}.type must be ORG or NORP`);
    heads.set(tokenKey(k), { sector: h.sector as string | null, type: h.type });
  }
  for (const [k, v] of Object.entries(r.modifiers ?? {})) {
    if (v !== null && !SECTORS.includes(v as never)) throw new Error(`shapes.json: unnamedGroups.modifiers.${k} '${String(v)}' is not a sector`);
    const keys = nameTokens(k).map(tokenKey);
    if (!keys.length) throw new Error(`shapes.json: unnamedGroups.modifiers has an empty phrase`);
    const l = modifiers.get(keys[keys.length - 1]) ?? [];
    l.push({ keys, sector: v as string | null });
    // Longest phrase first, so that "human rights" is tried before "rights".
    l.sort((x, y) => y.keys.length - x.keys.length);
    modifiers.set(keys[keys.length - 1], l);
  }
  const determiners = new Set(words("shapes.json", "unnamedGroups.determiners", r.determiners).map(tokenKey));
  const predicates = new Set(words("shapes.json", "unnamedGroups.predicates", r.predicates).map((w) => w.toLowerCase()));
  return { heads, modifiers, determiners, predicates };
}

export function readJson(dir: string, file: string): Record<string, unknown> {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${file}: missing from ${dir}`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

export function words(file: string, field: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string" && x.length > 0)) throw new Error(`${file}: ${field} must be a list of words`);
  return v as string[];
}

export function loadShapeLexicon(dir: string): ShapeLexicon {
  const t = readJson(dir, "titles.json");
  const s = readJson(dir, "shapes.json");
  const g = readJson(dir, "given-names.json");
  // Every node has all three fields from the start: one object shape for the matcher to read.
  const root: TitleNode = { next: new Map(), title: undefined, description: undefined };
  const insert = (phrase: string): TitleNode => {
    let node = root;
    for (const w of nameTokens(phrase)) {
      const k = tokenKey(w);
      let nx = node.next.get(k);
      if (!nx) node.next.set(k, (nx = { next: new Map(), title: undefined, description: undefined }));
      node = nx;
    }
    return node;
  };
  if (!Array.isArray(t.titles)) throw new Error("titles.json: titles must be a list");
  (t.titles as unknown[]).forEach((x, i) => {
    const d = x as TitleDef;
    if (!d || typeof d.words !== "string" || !d.words) throw new Error(`titles.json: titles[${i}].words is missing`);
    if (!OFFICES.includes(d.office as never)) throw new Error(`titles.json: titles[${i}].office '${d.office}' is not in the office vocabulary`);
    if (d.sector !== null && !SECTORS.includes(d.sector as never)) throw new Error(`titles.json: titles[${i}].sector '${d.sector}' is not a sector`);
    insert(d.words).title = d;
    // wink splits the period off some abbreviations ("Adm", ".").
    if (d.words.endsWith(".")) insert(d.words + " .").title = d;
  });
  ((t.descriptions as unknown[]) ?? []).forEach((x, i) => {
    const d = x as { words: string; office: string };
    if (!d || typeof d.words !== "string" || !OFFICES.includes(d.office as never)) throw new Error(`titles.json: descriptions[${i}] needs words and an office`);
    insert(d.words).description = d.office;
  });
  const heads = s.orgHeads as Record<string, unknown>;
  if (!heads || typeof heads !== "object") throw new Error("shapes.json: orgHeads must be an object");
  const orgHeads = new Map<string, string | null>();
  for (const [k, v] of Object.entries(heads)) {
    if (v !== null && !SECTORS.includes(v as never)) throw new Error(`shapes.json: orgHeads.${k} '${String(v)}' is not a sector`);
    orgHeads.set(tokenKey(k), v as string | null);
  }
  const placeWords = new Map<string, "LOC" | "GPE">();
  for (const [k, v] of Object.entries((s.placeWords as Record<string, unknown>) ?? {})) {
    if (v !== "LOC" && v !== "GPE") throw new Error(`shapes.json: placeWords.${k} must be LOC or GPE`);
    placeWords.set(tokenKey(k), v);
  }
  const descriptionHeads = new Map<string, string>();
  for (const [k, v] of Object.entries((s.descriptionHeads as Record<string, unknown>) ?? {})) {
    if (v !== "GPE" && !SECTORS.includes(v as never)) throw new Error(`shapes.json: descriptionHeads.${k} '${String(v)}' is not a sector or GPE`);
    descriptionHeads.set(tokenKey(k), v as string);
  }
  const low = (xs: string[]) => new Set(xs.map(tokenKey));
  const nationalOffices = new Set(words("titles.json", "nationalOffices", t.nationalOffices ?? []));
  for (const o of nationalOffices) if (!OFFICES.includes(o as never)) throw new Error(`titles.json: nationalOffices '${o}' is not in the office vocabulary`);
  const groupNouns = new Map<string, string>();
  for (const [k, v] of Object.entries((s.groupNouns as Record<string, unknown>) ?? {})) {
    if (!SECTORS.includes(v as never)) throw new Error(`shapes.json: groupNouns.${k} '${String(v)}' is not a sector`);
    groupNouns.set(k.toLowerCase(), v as string);
  }
  const groupNounStarts = new Set<string>();
  for (const k of groupNouns.keys()) for (let sp = k.indexOf(" "); sp >= 0; sp = k.indexOf(" ", sp + 1)) groupNounStarts.add(k.slice(0, sp));
  const cues = readCues(s.cues);
  const pronouns = readPronouns(s.pronouns);
  checkPronounCues(cues, pronouns);
  return {
    titles: root,
    orgHeads,
    placeWords,
    descriptionHeads,
    connectors: low(words("shapes.json", "connectors", s.connectors)),
    nonNames: new Set(words("shapes.json", "nonNames", s.nonNames).map(tokenKey)),
    honorifics: low(words("titles.json", "honorifics", t.honorifics)),
    notCurrent: low(words("titles.json", "notCurrent", t.notCurrent)),
    genericHeads: low(words("shapes.json", "genericHeads", s.genericHeads ?? ["troops"])),
    settlements: low(words("shapes.json", "settlementWords", s.settlementWords ?? ["town"])),
    locatives: low(words("shapes.json", "locativePrepositions", s.locativePrepositions)),
    speechVerbs: low(words("shapes.json", "speechVerbs", s.speechVerbs)),
    givenNames: low(words("given-names.json", "names", g.names)),
    nationalOffices,
    groupNouns,
    groupNounStarts,
    unnamedGroups: readUnnamedGroups(s.unnamedGroups),
    cues,
    institutionIds: readInstitutionIds(s.institutionIds),
    pronouns,
    names: readNameLexicon(dir),
  };
}

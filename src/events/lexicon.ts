// Loads the event pattern lexicon (data/patterns/*.tsv), validates every row (errors name the
// file and line) and compiles the patterns into an index keyed by their first word.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { dataDir } from "../data-path.js";
import { loadOntology } from "../ontology.js";
import { compilePatterns, compileTriggers, type PatternTable, type TriggerTable } from "./pattern-table.js";

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

export type Elem =
  | { kind: "word"; alts: string[]; optional: boolean; tight: boolean; ids: number[] }
  | { kind: "slot" }
  | { kind: "not"; alts: string[]; ids: number[] };

export interface Pattern {
  id: string;
  type: string;
  category: string | null;
  mode: string | null;
  context: string[];
  cameo: string | null;
  intensity: number | null;
  pos: "V" | "N";
  text: string;
  elems: Elem[];
  flags: Set<string>;
  /** Number of literal words: more words, more specific. */
  words: number;
  where: string;
  /** Position in Lexicon.patterns. */
  index: number;
  /** The "block" flag: matched and consumed, never coded. */
  block: boolean;
  /** The "sym", "modal" and "speaker" flags, read without a Set lookup. */
  sym: boolean;
  modal: boolean;
  speaker: boolean;
  /** The pattern has an X slot. */
  hasSlot: boolean;
  /** steps[k]: the id of the pattern's part of speech and elements 1..k, shared by every pattern
   *  that starts alike, so that the matcher reads a shared start once per token. */
  steps: number[];
}

/** The patterns a first word opens: those tried whenever it is seen, and those tried only when
 *  their required second word (a word id) stands within reach. The matcher reads them compiled
 *  into Lexicon.triggerTable. */
export interface Trigger {
  rest: Pattern[];
  second: Map<number, Pattern[]> | null;
}

export interface CameoCode {
  goldstein: number | null;
  plover: string | null;
  name: string;
}

export interface Grammar {
  actorNouns: Set<string>;
  speechVerbs: Set<string>;
  future: Set<string>;
  futureBefore: Set<string>;
  hypothetical: Set<string>;
  hypoAdj: Set<string>;
  conditional: Set<string>;
  negation: Set<string>;
  negGovernors: Set<string>;
  locPreps: Set<string>;
  pluralAnaphors: Set<string>;
  relatives: Set<string>;
  clauseBreaks: Set<string>;
  governorTypes: Set<string>;
  reactiveObjects: Set<string>;
  groupNouns: Set<string>;
  /** PLOVER types that need a recipient (plover.json requires_recipient). */
  requiresTarget: Set<string>;
  /** Types whose doers may be a group named by a common noun. */
  genericTypes: Set<string>;
  /** Nouns whose possessor does the infinitive after them ("X's decision to ..."). */
  controlNouns: Set<string>;
  /** Types coded without a target only in the lead sentence; later they are mostly background. */
  leadOnlyWithoutTarget: Set<string>;
  /** Verbs of attack that, from a person to a person or an organization, are words, not force. */
  verbalAttackVerbs: Set<string>;
  /** Words before "strike" that make it a work stoppage ("general strike", "hunger strike"). */
  laborStrikeModifiers: Set<string>;
  /** Words before "strike" that make it an attack ("missile strike", "air strike"). */
  militaryStrikeModifiers: Set<string>;
  /** Nouns of a country's internal affairs ("curfew", "protesters", "elections"): an act on them
   *  with no named target is aimed at the doer's own country. */
  domesticNouns: Set<string>;
  /** Verbs that undo a restriction named by the noun after them ("lifted the blockade", "called off the strike"). */
  liftVerbs: Set<string>;
  /** Heads of a force phrase: "the deployment of X troops" is X deploying. */
  forceNouns: Set<string>;
  /** Verbs whose subject a reaction noun after them is aimed at ("X's move drew criticism from Y"). */
  elicitVerbs: Set<string>;
  /** Words before "of" that count a group rather than name it ("thousands of Peruvians"). */
  quantityWords: Set<string>;
  /** Particles of phrasal verbs, not prepositions, right after a verb ("called off the strike"). */
  verbParticles: Set<string>;
  /** Plural anaphor nouns that stand for two people ("the two leaders"): the last pair of persons. */
  personPairNouns: Set<string>;
  /** Plural anaphor nouns that stand for two states ("the two countries"): the last pair of others. */
  statePairNouns: Set<string>;
  /** Verbs of meeting that, stated with a modal for the future, are a promise to meet (CAMEO 036). */
  meetingVerbs: Set<string>;
  /** Words after a comma that open a list inside an object ("..., including Japan"). */
  listOpeners: Set<string>;
  /** The first half of a contracted future ("wo" in "won't"). */
  futureContractions: Set<string>;
  /** Parts of venue names ("White House", "the Kremlin"): a mention containing one is a place. */
  venueNameParts: Set<string>;
  /** Auxiliaries that put a verb group in the past ("did", "was"). */
  pastAuxiliaries: Set<string>;
  /** Auxiliaries of the past perfect ("had"): with pastAuxiliaries, a sentence in the past. */
  pastPerfectAuxiliaries: Set<string>;
  /** The noun forms of "strike", which may be a work stoppage or an attack by their modifiers. */
  strikeNouns: Set<string>;
  /** Verbs whose act by a state is a diplomatic protest, aimed abroad, not at home. */
  diplomaticProtestVerbs: Set<string>;
  /** Possessive determiners, which may stand between a pattern's words ("condemned its attack"). */
  possessives: Set<string>;
  /** Pronouns and determiners that are not part of an actor noun phrase ("that", "some"). */
  phraseBreakers: Set<string>;
  /** Forms of "be" after which a participle spelt like its lemma is passive ("has been put"). */
  beForms: Set<string>;
  /** Prepositions after a nominal trigger that introduce its participants or places ("talks with X"). */
  nominalPreps: Set<string>;
  /** Prepositions before the place an act happens in ("in Osaka", "at the White House"). */
  placePreps: Set<string>;
  /** Prepositions after which a gerund heads a noun phrase ("fighting between X and Y"). */
  gerundPreps: Set<string>;
  /** Words that join coordinated phrases ("Trump and Xi", "the U.S., Israel and France"). */
  coordinators: Set<string>;
  /** Prepositions before the place an act is done in, its target as a last resort ("open a centre in Tokyo"). */
  insidePreps: Set<string>;
  /** Words before a time expression, stepped over with it when looking for a subject ("Musk on Saturday denied"). */
  timePrefixes: Set<string>;
  /** Determiners that make a nominal refer back to an event told before ("the call", "this meeting"). */
  definiteDeterminers: Set<string>;
  /** Reciprocal pronouns, two words each ("each other"). */
  reciprocals: Set<string>;
}

/** The grammar's word lists that tokens are tested against by word id: a word's class mask has
 *  bit k set when the word is in list WORD_CLASSES[k] (see Sent.lowerIn and Sent.lemmaIn). */
export const WORD_CLASSES = [
  "actorNouns", "speechVerbs", "future", "futureBefore", "hypothetical", "hypoAdj", "conditional", "negation",
  "negGovernors", "locPreps", "pluralAnaphors", "relatives", "reactiveObjects", "groupNouns", "controlNouns",
  "domesticNouns", "liftVerbs", "elicitVerbs", "quantityWords", "verbParticles",
  "personPairNouns", "statePairNouns", "meetingVerbs", "listOpeners", "futureContractions",
  "pastAuxiliaries", "pastPerfectAuxiliaries", "strikeNouns", "diplomaticProtestVerbs", "possessives", "phraseBreakers",
] as const satisfies ReadonlyArray<keyof Grammar>;

export type WordClass = (typeof WORD_CLASSES)[number];
if (WORD_CLASSES.length > 31) throw new Error("WORD_CLASSES: at most 31 lists fit the class bits");

/** The class bit of each word list, as in `s.lowerIn(j, W.negation)` (at most 31 lists). */
export const W = Object.fromEntries(WORD_CLASSES.map((k, i) => [k, 1 << i])) as Record<WordClass, number>;

/** More word lists tested by word id: their class bits are looked up through the token's word id
 *  (Lexicon.idClasses) rather than stored per token, as in `s.lowerAmong(j, I.coordinators)`. */
export const ID_CLASSES = [
  "coordinators", "insidePreps", "timePrefixes", "definiteDeterminers", "gerundPreps", "beForms", "nominalPreps", "placePreps",
] as const satisfies ReadonlyArray<keyof Grammar>;

export type IdClass = (typeof ID_CLASSES)[number];
if (ID_CLASSES.length > 31) throw new Error("ID_CLASSES: at most 31 lists fit the class bits");

/** The class bit of each id-class list (bits of Lexicon.idClasses). */
export const I = Object.fromEntries(ID_CLASSES.map((k, i) => [k, 1 << i])) as Record<IdClass, number>;

export interface Lexicon {
  /** Number of distinct pattern starts (Pattern.steps ids). */
  steps: number;
  patterns: Pattern[];
  /** Every word the patterns and the grammar's word lists name → its id; the matcher compares ids, not strings. */
  words: Map<string, number>;
  /** Word id → the patterns it opens as a first word, or null. */
  triggers: Array<Trigger | null>;
  /** The patterns and the triggers in flat arrays, for the matcher. */
  table: PatternTable;
  triggerTable: TriggerTable;
  /** Word id → the grammar word lists it is in (bits of W). */
  classes: Int32Array;
  /** Word id → the id-class word lists it is in (bits of I). */
  idClasses: Int32Array;
  /** The reciprocal pronouns as pairs of word ids: [first, second, first, second, ...]. */
  reciprocals: Int32Array;
  /** Any of the grammar's venue name parts, in any case, anywhere in a text ("the White House"). */
  venueNames: RegExp;
  /** The lift verbs of several words ("call off") as first word → the words after it, split at
   *  every space, so that a lookup is true exactly when `${first} ${rest}` is listed. */
  liftPhrases: Map<string, Set<string>>;
  cameo: Map<string, CameoCode>;
  grammar: Grammar;
}

const FLAGS = new Set(["sym", "speaker", "block", "modal"]);

export class LexiconError extends Error {}

function fail(where: string, msg: string): never {
  throw new LexiconError(`${where}: ${msg}`);
}

/** Goldstein values and PLOVER types of the CAMEO codes, from the shared ontology (data/ontology/cameo.tsv). */
function loadCameo(): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const [code, c] of loadOntology().cameo) out.set(code, { goldstein: c.goldstein, plover: c.plover, name: c.name });
  return out;
}

/** The grammar's lists, in file order; TYPE_LISTS hold event type names, the others words. */
const GRAMMAR_KEYS: ReadonlyArray<keyof Grammar> = [
  "actorNouns", "speechVerbs", "future", "futureBefore", "hypothetical", "hypoAdj", "conditional", "negation",
  "negGovernors", "locPreps", "pluralAnaphors", "relatives", "clauseBreaks", "governorTypes", "reactiveObjects", "groupNouns", "requiresTarget", "genericTypes", "controlNouns", "leadOnlyWithoutTarget",
  "verbalAttackVerbs", "laborStrikeModifiers", "militaryStrikeModifiers", "domesticNouns", "liftVerbs", "forceNouns", "elicitVerbs", "quantityWords", "verbParticles",
  "personPairNouns", "statePairNouns", "meetingVerbs", "listOpeners", "futureContractions", "venueNameParts",
  "pastAuxiliaries", "pastPerfectAuxiliaries", "strikeNouns", "diplomaticProtestVerbs", "possessives", "phraseBreakers",
  "beForms", "nominalPreps", "placePreps", "gerundPreps", "coordinators", "insidePreps", "timePrefixes", "definiteDeterminers", "reciprocals",
];
const TYPE_LISTS = new Set<keyof Grammar>(["governorTypes", "requiresTarget", "genericTypes", "leadOnlyWithoutTarget"]);
/** Lists of two-word phrases. */
const PAIR_LISTS = new Set<keyof Grammar>(["reciprocals"]);
/** Lists whose words are compared with one token's form or lemma (liftVerbs also holds phrases, read by liftPhrases). */
const TOKEN_LISTS = new Set<keyof Grammar>([...WORD_CLASSES, ...ID_CLASSES]);

/** Reads and validates grammar.json: every list present, made of distinct non-empty strings, type
 *  lists naming known types, no unknown keys (keys starting with "_" are comments). */
export function loadGrammar(file = dataDir("patterns", "grammar.json")): Grammar {
  const where = basename(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(where, `cannot read: ${(e as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(where, "must be an object of word lists");
  const obj = raw as Record<string, unknown>;
  const known = new Set<string>(GRAMMAR_KEYS);
  for (const k of Object.keys(obj)) if (!k.startsWith("_") && !known.has(k)) fail(where, `unknown list '${k}'`);
  const g = {} as Grammar;
  for (const k of GRAMMAR_KEYS) {
    const v = obj[k];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || !x.trim())) fail(where, `'${k}' must be a list of non-empty strings`);
    const oneWord = TOKEN_LISTS.has(k) && k !== "liftVerbs";
    const isTypes = TYPE_LISTS.has(k);
    const set = new Set<string>();
    for (const x of v as string[]) {
      const w = isTypes ? typeName(x.toUpperCase()) : x.toLowerCase();
      if (isTypes && w !== "OTHER" && !(PLOVER_TYPES as readonly string[]).includes(w)) fail(where, `'${k}': unknown type '${x}'`);
      if (x !== x.trim()) fail(where, `'${k}': '${x}' has blanks around it`);
      if (PAIR_LISTS.has(k) && !/^\S+ \S+$/.test(w)) fail(where, `'${k}': '${x}' must be two words separated by one space`);
      // These lists are tested one token at a time: a phrase there could never match.
      if (oneWord && /\s/.test(w)) fail(where, `'${k}': '${x}' must be one word (the list is tested token by token)`);
      if (set.has(w)) fail(where, `'${k}': '${x}' is listed twice`);
      set.add(w);
    }
    g[k] = set;
  }
  return g;
}

/** A type name as the PLOVER_TYPES constant when it is one (patterns store that same string). */
function typeName(t: string): string {
  const k = (PLOVER_TYPES as readonly string[]).indexOf(t);
  return k >= 0 ? PLOVER_TYPES[k] : t;
}

/** Parses a pattern text into elements; hyphenated words become tight word-hyphen-word runs. */
export function parsePattern(text: string, where: string): Elem[] {
  const elems: Elem[] = [];
  let slots = 0;
  for (const raw of text.trim().split(/\s+/)) {
    if (raw === "X") {
      slots++;
      elems.push({ kind: "slot" });
      continue;
    }
    if (raw.startsWith("!")) {
      const alts = raw.slice(1).toLowerCase().split("|").filter(Boolean);
      if (!alts.length) fail(where, `empty negative '${raw}'`);
      elems.push({ kind: "not", alts, ids: [] });
      continue;
    }
    let w = raw;
    let optional = false;
    if (w.startsWith("(") && w.endsWith(")")) [w, optional] = [w.slice(1, -1), true];
    if (!w || /[()!]/.test(w)) fail(where, `bad word '${raw}'`);
    const alts = w.toLowerCase().split("|");
    if (alts.some((a) => !a)) fail(where, `empty alternative in '${raw}'`);
    // "cease-fire" is read by the tokenizer as cease - fire: match either form.
    if (alts.length === 1 && alts[0].includes("-") && alts[0].length > 1 && !alts[0].startsWith("-")) {
      const parts = alts[0].split("-").filter(Boolean);
      parts.forEach((p, k) => {
        if (k > 0) elems.push({ kind: "word", alts: ["-"], optional, tight: true, ids: [] });
        elems.push({ kind: "word", alts: k === 0 ? [p, alts[0], parts.join("")] : [p], optional, tight: k > 0, ids: [] });
      });
      continue;
    }
    elems.push({ kind: "word", alts, optional, tight: false, ids: [] });
  }
  if (slots > 1) fail(where, "at most one X slot");
  const first = elems[0];
  if (!first || first.kind !== "word" || first.optional) fail(where, "a pattern must start with a required word");
  return elems;
}

function loadPatternFile(file: string, cameo: Map<string, CameoCode>, out: Pattern[], ids: Set<string>): void {
  const name = basename(file);
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#") || line.startsWith("id\t")) return;
    const where = `${name}:${i + 1}`;
    const f = line.split("\t");
    if (f.length < 9) fail(where, `expected 10 tab-separated columns, got ${f.length}`);
    const [id, type, category, mode, context, code, intensity, pos, text, flags = ""] = f;
    if (!id) fail(where, "missing id");
    if (ids.has(id)) fail(where, `duplicate id '${id}'`);
    ids.add(id);
    const plover = (PLOVER_TYPES as readonly string[]).includes(type);
    if (!plover && type !== "OTHER") fail(where, `unknown type '${type}'`);
    if (type === "OTHER" && !category) fail(where, "an OTHER pattern needs a category");
    if (plover && !code) fail(where, "a PLOVER pattern needs a CAMEO code");
    if (code && !cameo.has(code)) fail(where, `unknown CAMEO code '${code}'`);
    if (pos !== "V" && pos !== "N") fail(where, `pos must be V or N, got '${pos}'`);
    const inten = intensity === "" ? (code ? (cameo.get(code)?.goldstein ?? null) : null) : Number(intensity);
    if (inten !== null && (!Number.isFinite(inten) || inten < -10 || inten > 10)) fail(where, `bad intensity '${intensity}'`);
    const fl = new Set(flags.split(/[,\s]+/).filter(Boolean));
    for (const x of fl) if (!FLAGS.has(x)) fail(where, `unknown flag '${x}'`);
    const elems = parsePattern(text, where);
    out.push({
      // The type and part of speech are stored as the constants they are compared with.
      id, type: plover ? typeName(type) : "OTHER", category: category || null, mode: mode || null,
      context: context ? context.split(";").map((s) => s.trim()).filter(Boolean) : [],
      cameo: code || null, intensity: inten, pos: pos === "V" ? "V" : "N", text, elems, flags: fl,
      words: elems.filter((e) => e.kind === "word" && !e.optional && e.alts[0] !== "-").length + (elems.some((e) => e.kind === "slot") ? 0.5 : 0),
      where, index: out.length, block: fl.has("block"), sym: fl.has("sym"), modal: fl.has("modal"), speaker: fl.has("speaker"), hasSlot: elems.some((e) => e.kind === "slot"), steps: [],
    });
  });
}

function patternFiles(): string[] {
  const dir = dataDir("patterns");
  return readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort().map((f) => join(dir, f));
}

function stepKey(e: Elem): string {
  if (e.kind === "slot") return "X";
  if (e.kind === "not") return `!${e.alts.join("|")}`;
  return `${e.optional ? "?" : ""}${e.tight ? "=" : ""}${e.alts.join("|")}`;
}

export function loadLexicon(extraFiles: string[] = []): Lexicon {
  const cameo = loadCameo();
  const patterns: Pattern[] = [];
  const ids = new Set<string>();
  for (const f of [...patternFiles(), ...extraFiles]) loadPatternFile(f, cameo, patterns, ids);
  const words = new Map<string, number>();
  const triggers: Array<Trigger | null> = [];
  const word = (w: string): number => {
    let id = words.get(w);
    if (id === undefined) {
      words.set(w, (id = words.size));
      triggers.push(null);
    }
    return id;
  };
  for (const p of patterns) for (const e of p.elems) if (e.kind !== "slot") e.ids = e.alts.map(word);
  // The grammar's words get ids after the patterns' (which keep theirs) and open no pattern.
  const grammar = loadGrammar();
  const classOf = new Map<number, number>();
  for (const k of WORD_CLASSES) {
    for (const w of grammar[k]) {
      const id = word(w);
      classOf.set(id, (classOf.get(id) ?? 0) | W[k]);
    }
  }
  const idClassOf = new Map<number, number>();
  for (const k of ID_CLASSES) {
    for (const w of grammar[k]) {
      const id = word(w);
      idClassOf.set(id, (idClassOf.get(id) ?? 0) | I[k]);
    }
  }
  const reciprocals = Int32Array.from([...grammar.reciprocals].flatMap((p) => p.split(" ").map(word)));
  const classes = new Int32Array(words.size);
  for (const [id, mask] of classOf) classes[id] = mask;
  const idClasses = new Int32Array(words.size);
  for (const [id, mask] of idClassOf) idClasses[id] = mask;
  for (const p of patterns) {
    const first = p.elems[0] as Extract<Elem, { kind: "word" }>;
    const second = p.elems[1];
    for (const a of first.ids) {
      const t = (triggers[a] ??= { rest: [], second: null });
      if (second && second.kind === "word" && !second.optional) {
        t.second ??= new Map();
        for (const b of second.ids) {
          const l = t.second.get(b);
          if (!l) t.second.set(b, [p]);
          else if (!l.includes(p)) l.push(p);
        }
      } else if (!t.rest.includes(p)) t.rest.push(p);
    }
  }
  const steps = new Map<string, number>();
  for (const p of patterns) {
    let key: string = p.pos;
    p.steps = [-1];
    for (let k = 1; k < p.elems.length; k++) {
      key += " " + stepKey(p.elems[k]);
      let id = steps.get(key);
      if (id === undefined) steps.set(key, (id = steps.size));
      p.steps.push(id);
    }
  }
  return {
    steps: steps.size, patterns, words, triggers, table: compilePatterns(patterns), triggerTable: compileTriggers(triggers), classes, idClasses, reciprocals,
    venueNames: venuePattern(grammar), liftPhrases: liftPhrases(grammar), cameo, grammar,
  };
}

function liftPhrases(g: Grammar): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const e of g.liftVerbs) {
    for (let i = e.indexOf(" "); i >= 0; i = e.indexOf(" ", i + 1)) {
      const first = e.slice(0, i);
      let rest = m.get(first);
      if (!rest) m.set(first, (rest = new Set()));
      rest.add(e.slice(i + 1));
    }
  }
  return m;
}

/** Any of the venue name parts, in any case, anywhere in a text. */
function venuePattern(g: Grammar): RegExp {
  const alts = [...g.venueNameParts].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return alts.length ? new RegExp(alts.join("|"), "i") : /(?!)/;
}

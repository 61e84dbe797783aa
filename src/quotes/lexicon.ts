// Loads the quotes lexicon (data/quotes/*.tsv) once: every line is validated (errors name the
// file and line) and compiled into maps keyed by lower-case word forms.
import { readFileSync } from "node:fs";
import { dataDir } from "../data-path.js";

export type CueKind = "speech" | "frame";
export type PhraseKind = "according" | "quoted" | "cue" | "via" | "statement";
export type MarkerKind = "scare" | "title";

export interface QuoteLexicon {
  /** Surface form of a cue verb (said, tells, warning ...) to its lemma and kind. */
  cues: Map<string, { lemma: string; kind: CueKind }>;
  /** Multi-word phrases by first word; each entry lists its words. */
  phrases: Map<string, Array<{ words: string[]; kind: PhraseKind }>>;
  /** Single-word statement nouns. */
  statements: Set<string>;
  /** Marker phrases, each as its words, by last word. */
  markers: Map<string, Array<{ words: string[]; kind: MarkerKind }>>;
  /** Role words: 'head' when a name may follow (Minister, Adm.), 'modifier' when only part of one (Foreign). */
  titles: Map<string, "head" | "modifier">;
  notSpeakers: Set<string>;
  /** The titles and not-speakers that end with a stop ("gen.", "jan."), by the word before it:
   * a token is looked up as it is, not with a stop added. */
  dottedTitles: Map<string, "head" | "modifier">;
  dottedNotSpeakers: Set<string>;
  /** Lower-case words that may join two capitalized words into one name (von, bin, &). */
  nameParticles: Set<string>;
  /** Cue lemmas whose listener may follow them before a reported clause ("told reporters that"). */
  listenerCues: Set<string>;
  /** Closed-class words by their use (function-words.tsv). */
  speakerPronouns: Set<string>;
  personPronouns: Set<string>;
  determiners: Set<string>;
  articles: Set<string>;
  objectPronouns: Set<string>;
  sourcePrepositions: Set<string>;
  subordinators: Set<string>;
  indefinites: Set<string>;
  unresolvedPronouns: Set<string>;
}

export class QuoteLexiconError extends Error {}

interface Row { cols: string[]; where: string }

export function parseRows(text: string, file: string, min: number, max: number): Row[] {
  const rows: Row[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const cols = line.split("\t").map((c) => c.trim());
    const where = `${file}:${i + 1}`;
    if (cols.length < min || cols.length > max) throw new QuoteLexiconError(`${where}: expected ${min}-${max} tab-separated columns, got ${cols.length}`);
    if (!cols[0]) throw new QuoteLexiconError(`${where}: empty first column`);
    if (cols[0] !== cols[0].toLowerCase()) throw new QuoteLexiconError(`${where}: entry must be lower case: ${cols[0]}`);
    rows.push({ cols, where });
  });
  return rows;
}

function oneOf<T extends string>(s: string | undefined, allowed: readonly T[], where: string): T {
  if (!s || !(allowed as readonly string[]).includes(s)) throw new QuoteLexiconError(`${where}: unknown kind '${s ?? ""}' (allowed: ${allowed.join(", ")})`);
  return s as T;
}

/** Regular inflections of a verb lemma: says, said-like -ed, -ing, with e-drop and y-to-i. */
export function inflect(lemma: string): string[] {
  const out = [lemma];
  const last = lemma[lemma.length - 1];
  const vowelBeforeY = /[aeiou]y$/.test(lemma);
  if (last === "y" && !vowelBeforeY) out.push(lemma.slice(0, -1) + "ies", lemma.slice(0, -1) + "ied");
  else if (/(s|sh|ch|x|z)$/.test(lemma)) out.push(lemma + "es", lemma + "ed");
  else out.push(lemma + "s", last === "e" ? lemma + "d" : lemma + "ed");
  out.push(last === "e" && !lemma.endsWith("ee") ? lemma.slice(0, -1) + "ing" : lemma + "ing");
  return out;
}

export function compileLexicon(files: Record<string, string>): QuoteLexicon {
  const need = (f: string) => {
    const t = files[f];
    if (t === undefined) throw new QuoteLexiconError(`${f}: missing`);
    return t;
  };
  const cues = new Map<string, { lemma: string; kind: CueKind }>();
  const lemmas = new Set<string>();
  for (const { cols, where } of parseRows(need("cues.tsv"), "cues.tsv", 2, 3)) {
    const kind = oneOf(cols[1], ["speech", "frame"] as const, where);
    const forms = cols[2] ? cols[2].split(",").map((s) => s.trim()).filter(Boolean) : [];
    if (forms.some((f) => f !== f.toLowerCase() || /\s/.test(f))) throw new QuoteLexiconError(`${where}: forms must be single lower-case words`);
    if (lemmas.has(cols[0])) throw new QuoteLexiconError(`${where}: duplicate cue '${cols[0]}'`);
    lemmas.add(cols[0]);
    for (const f of [...inflect(cols[0]), ...forms]) if (!cues.has(f) || cues.get(f)!.lemma !== f) cues.set(f, { lemma: cols[0], kind });
  }
  const phrases = new Map<string, Array<{ words: string[]; kind: PhraseKind }>>();
  const statements = new Set<string>();
  for (const { cols, where } of parseRows(need("phrases.tsv"), "phrases.tsv", 2, 2)) {
    const kind = oneOf(cols[1], ["according", "quoted", "cue", "via", "statement"] as const, where);
    const words = cols[0].split(/\s+/);
    if (kind === "statement") {
      if (words.length !== 1) throw new QuoteLexiconError(`${where}: a statement noun is one word`);
      statements.add(words[0]);
      continue;
    }
    if (words.length < 2) throw new QuoteLexiconError(`${where}: a phrase needs at least two words`);
    const list = phrases.get(words[0]) ?? [];
    list.push({ words, kind });
    phrases.set(words[0], list);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const markers = new Map<string, Array<{ words: string[]; kind: MarkerKind }>>();
  for (const { cols, where } of parseRows(need("markers.tsv"), "markers.tsv", 2, 2)) {
    const kind = oneOf(cols[1], ["scare", "title"] as const, where);
    const words = cols[0].split(/\s+/);
    const key = words[words.length - 1];
    const list = markers.get(key) ?? [];
    list.push({ words, kind });
    markers.set(key, list);
  }
  for (const list of markers.values()) list.sort((a, b) => b.words.length - a.words.length);
  const words = (f: string) => {
    const set = new Set<string>();
    for (const { cols, where } of parseRows(need(f), f, 1, 1)) {
      if (/\s/.test(cols[0])) throw new QuoteLexiconError(`${where}: one word a line`);
      if (set.has(cols[0])) throw new QuoteLexiconError(`${where}: duplicate '${cols[0]}'`);
      set.add(cols[0]);
    }
    return set;
  };
  const titles = new Map<string, "head" | "modifier">();
  for (const { cols, where } of parseRows(need("titles.tsv"), "titles.tsv", 2, 2)) {
    if (titles.has(cols[0])) throw new QuoteLexiconError(`${where}: duplicate '${cols[0]}'`);
    titles.set(cols[0], oneOf(cols[1], ["head", "modifier"] as const, where));
  }
  const listenerCues = new Set<string>();
  for (const { cols, where } of parseRows(need("listener-cues.tsv"), "listener-cues.tsv", 1, 1)) {
    if (!lemmas.has(cols[0])) throw new QuoteLexiconError(`${where}: '${cols[0]}' is not a cue lemma of cues.tsv`);
    if (listenerCues.has(cols[0])) throw new QuoteLexiconError(`${where}: duplicate '${cols[0]}'`);
    listenerCues.add(cols[0]);
  }
  const fw = functionWords(need("function-words.tsv"));
  const notSpeakers = words("not-speakers.tsv");
  return {
    cues, phrases, statements, markers, titles, notSpeakers, nameParticles: words("name-particles.tsv"), listenerCues,
    dottedTitles: new Map([...titles].filter(([w]) => w.endsWith(".")).map(([w, kind]) => [w.slice(0, -1), kind])),
    dottedNotSpeakers: new Set([...notSpeakers].filter((w) => w.endsWith(".")).map((w) => w.slice(0, -1))),
    speakerPronouns: fw["speaker-pronoun"], personPronouns: fw["person-pronoun"], determiners: fw.determiner, articles: fw.article,
    objectPronouns: fw["object-pronoun"], sourcePrepositions: fw["source-preposition"], subordinators: fw.subordinator,
    indefinites: fw.indefinite, unresolvedPronouns: fw["unresolved-pronoun"],
  };
}

const FUNCTION_CLASSES = ["speaker-pronoun", "person-pronoun", "determiner", "article", "object-pronoun", "source-preposition", "subordinator", "indefinite", "unresolved-pronoun"] as const;

/** The words of each class of function-words.tsv; every class must have some. */
function functionWords(text: string): Record<(typeof FUNCTION_CLASSES)[number], Set<string>> {
  const out = Object.fromEntries(FUNCTION_CLASSES.map((c) => [c, new Set<string>()])) as Record<(typeof FUNCTION_CLASSES)[number], Set<string>>;
  for (const { cols, where } of parseRows(text, "function-words.tsv", 2, 2)) {
    if (/\s/.test(cols[0])) throw new QuoteLexiconError(`${where}: one word a line`);
    const set = out[oneOf(cols[1], FUNCTION_CLASSES, where)];
    if (set.has(cols[0])) throw new QuoteLexiconError(`${where}: duplicate '${cols[0]}' as ${cols[1]}`);
    set.add(cols[0]);
  }
  for (const c of FUNCTION_CLASSES) if (!out[c].size) throw new QuoteLexiconError(`function-words.tsv: no word of class '${c}'`);
  return out;
}

const FILES = ["cues.tsv", "phrases.tsv", "markers.tsv", "titles.tsv", "not-speakers.tsv", "name-particles.tsv", "listener-cues.tsv", "function-words.tsv"];
let cached: QuoteLexicon | null = null;

export function quoteLexicon(): QuoteLexicon {
  if (!cached) {
    const files: Record<string, string> = {};
    for (const f of FILES) files[f] = readFileSync(dataDir("quotes", f), "utf8");
    cached = compileLexicon(files);
  }
  return cached;
}

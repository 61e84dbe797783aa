// Loads the time lexicon (data/time/*.tsv) once: validates each line (errors name file and line)
// and compiles the phrases into maps keyed by lower-case word sequences.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Holiday { month: number; day: number; nth?: number; weekday?: number; offset?: number; easter?: number }
export interface PhraseTrie { next: Map<string, PhraseTrie>; value?: string; flag?: string }

export interface TimeLexicon {
  months: Map<string, { month: number; ambiguous: boolean; abbr: boolean }>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  units: Map<string, { code: string; name: string }>;
  seasons: Map<string, { code: string; month: number }>;
  partsOfDay: Map<string, string>;
  holidays: PhraseTrie;
  holidayRules: Map<string, Holiday>;
  vague: PhraseTrie;
  modifiers: PhraseTrie;
  sets: Map<string, { value: string; adv: boolean }>;
  /** Tense cue words by role (future-aux, past-aux, present-aux, future-to, future-word, schedule, before-future, until, directive, past-prep). */
  tenseWords: Map<string, Set<string>>;
  /** Grammar cue words by role (zone, date-prep, count-prep, fuzzy, year-noun, number-noun). */
  grammarWords: Map<string, Set<string>>;
}

const DATA_DIR = fileURLToPath(new URL("../../data/time/", import.meta.url));

export class LexiconError extends Error {}

interface Row { cols: string[]; where: string }

/** Parses a TSV file: '#' comment lines and blank lines skipped; every row needs min..max columns. */
export function parseTsv(text: string, file: string, min: number, max: number): Row[] {
  const rows: Row[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const cols = line.split("\t").map((c) => c.trim());
    const where = `${file}:${i + 1}`;
    if (cols.length < min || cols.length > max) throw new LexiconError(`${where}: expected ${min}-${max} tab-separated columns, got ${cols.length}`);
    if (!cols[0]) throw new LexiconError(`${where}: empty first column`);
    if (cols[0] !== cols[0].toLowerCase()) throw new LexiconError(`${where}: phrase must be lower case: ${cols[0]}`);
    rows.push({ cols, where });
  });
  return rows;
}

function int(s: string, where: string, lo: number, hi: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new LexiconError(`${where}: expected an integer ${lo}..${hi}, got '${s}'`);
  return n;
}

function flag(s: string | undefined, allowed: string[], where: string): string | undefined {
  if (s === undefined || s === "") return undefined;
  if (!allowed.includes(s)) throw new LexiconError(`${where}: unknown flag '${s}' (allowed: ${allowed.join(", ")})`);
  return s;
}

/** Words of a phrase as the time lexer splits them ("new year's day" -> new, year, ', s, day). */
export function phraseWords(phrase: string): string[] {
  return phrase.match(/\p{L}+|\p{N}+|\S/gu) ?? [];
}

function addPhrase(trie: PhraseTrie, phrase: string, value: string, where: string, fl?: string): void {
  let node = trie;
  for (const w of phraseWords(phrase)) {
    let n = node.next.get(w);
    if (!n) node.next.set(w, (n = { next: new Map() }));
    node = n;
  }
  if (node.value !== undefined) throw new LexiconError(`${where}: duplicate phrase '${phrase}'`);
  node.value = value;
  if (fl) node.flag = fl;
}

function uniqueSet<V>(map: Map<string, V>, key: string, v: V, where: string): void {
  if (map.has(key)) throw new LexiconError(`${where}: duplicate entry '${key}'`);
  map.set(key, v);
}

const TIMEX_UNITS = new Set(["Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE", "QU"]);
const REF_VALUES = new Set(["PAST_REF", "PRESENT_REF", "FUTURE_REF"]);
const MODS = new Set(["MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "APPROX", "START", "MID", "END"]);

/** Compiles the lexicon from the TSV texts, keyed by file name; exported for tests. */
export function compileLexicon(read: (file: string) => string): TimeLexicon {
  const lex: TimeLexicon = {
    months: new Map(), weekdays: new Map(), numbers: new Map(), ordinals: new Map(), units: new Map(),
    seasons: new Map(), partsOfDay: new Map(), holidays: { next: new Map() }, holidayRules: new Map(),
    vague: { next: new Map() }, modifiers: { next: new Map() }, sets: new Map(), tenseWords: new Map(), grammarWords: new Map(),
  };
  const rows = (f: string, min: number, max: number) => parseTsv(read(f), f, min, max);
  for (const { cols: [w, m, f], where } of rows("months.tsv", 2, 3)) {
    const fl = flag(f, ["ambiguous", "abbr"], where);
    uniqueSet(lex.months, w, { month: int(m, where, 1, 12), ambiguous: fl === "ambiguous", abbr: fl === "abbr" }, where);
  }
  for (const { cols: [w, d], where } of rows("weekdays.tsv", 2, 2)) uniqueSet(lex.weekdays, w, int(d, where, 1, 7), where);
  for (const { cols: [w, v], where } of rows("numbers.tsv", 2, 2)) {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new LexiconError(`${where}: expected a positive number, got '${v}'`);
    uniqueSet(lex.numbers, w, n, where);
  }
  for (const { cols: [w, v], where } of rows("ordinals.tsv", 2, 2)) uniqueSet(lex.ordinals, w, int(v, where, -1, 100), where);
  for (const { cols: [w, code, name], where } of rows("units.tsv", 3, 3)) {
    if (!TIMEX_UNITS.has(code)) throw new LexiconError(`${where}: unknown TIMEX3 unit '${code}'`);
    uniqueSet(lex.units, w, { code, name }, where);
  }
  for (const { cols: [w, code, m], where } of rows("seasons.tsv", 3, 3)) {
    if (!/^(SP|SU|FA|WI)$/.test(code)) throw new LexiconError(`${where}: unknown season code '${code}'`);
    uniqueSet(lex.seasons, w, { code, month: int(m, where, 1, 12) }, where);
  }
  for (const { cols: [w, code], where } of rows("parts-of-day.tsv", 2, 2)) {
    if (!/^(MO|AF|EV|NI|DT)$/.test(code)) throw new LexiconError(`${where}: unknown part-of-day code '${code}'`);
    uniqueSet(lex.partsOfDay, w, code, where);
  }
  for (const { cols: [p, rule], where } of rows("holidays.tsv", 2, 2)) {
    let h: Holiday;
    let m: RegExpMatchArray | null;
    if ((m = rule.match(/^(\d\d)-(\d\d)$/))) h = { month: int(m[1], where, 1, 12), day: int(m[2], where, 1, 31) };
    else if ((m = rule.match(/^(-?\d):(\d):(\d{1,2})([+-]\d)?$/))) h = { month: int(m[3], where, 1, 12), day: 0, nth: int(m[1], where, -1, 5), weekday: int(m[2], where, 1, 7), offset: m[4] ? Number(m[4]) : 0 };
    else if ((m = rule.match(/^easter([+-]\d{1,2})$/))) h = { month: 0, day: 0, easter: Number(m[1]) };
    else throw new LexiconError(`${where}: bad holiday rule '${rule}'`);
    addPhrase(lex.holidays, p, p, where);
    lex.holidayRules.set(p, h);
  }
  for (const { cols: [p, v, f], where } of rows("vague.tsv", 2, 3)) {
    if (!REF_VALUES.has(v)) throw new LexiconError(`${where}: unknown reference value '${v}'`);
    addPhrase(lex.vague, p, v, where, flag(f, ["adv", "adj"], where));
  }
  for (const { cols: [p, v], where } of rows("modifiers.tsv", 2, 2)) {
    if (!MODS.has(v)) throw new LexiconError(`${where}: unknown TIMEX3 mod '${v}'`);
    addPhrase(lex.modifiers, p, v, where);
  }
  for (const { cols: [w, v, f], where } of rows("sets.tsv", 2, 3)) {
    if (!/^PT?\d+[A-Z]+$/.test(v)) throw new LexiconError(`${where}: bad set value '${v}'`);
    uniqueSet(lex.sets, w, { value: v, adv: flag(f, ["adv"], where) === "adv" }, where);
  }
  roleFile(rows("grammar-words.tsv", 2, 2), ["zone", "date-prep", "count-prep", "fuzzy", "year-noun", "number-noun"], lex.grammarWords);
  roleFile(rows("tense-words.tsv", 2, 2), ["future-aux", "past-aux", "present-aux", "future-to", "future-word", "schedule", "before-future", "until", "directive", "past-prep", "attribution"], lex.tenseWords);
  return lex;
}

function roleFile(rows: Row[], roles: string[], into: Map<string, Set<string>>): void {
  for (const r of roles) into.set(r, new Set());
  for (const { cols: [w, role], where } of rows) {
    const set = into.get(role);
    if (!set) throw new LexiconError(`${where}: unknown role '${role}' (allowed: ${roles.join(", ")})`);
    if (set.has(w)) throw new LexiconError(`${where}: duplicate entry '${w}'`);
    set.add(w);
  }
}

let cached: TimeLexicon | null = null;

export function loadTimeLexicon(): TimeLexicon {
  cached ??= compileLexicon((f) => {
    try {
      return readFileSync(DATA_DIR + f, "utf8");
    } catch (e) {
      throw new LexiconError(`${DATA_DIR}${f}: cannot read (${(e as Error).message})`);
    }
  });
  return cached;
}

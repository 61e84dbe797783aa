// Misspelled country names ("Quatar", "Afganistan", "Phillipines"): a capitalized word that no
// table knows, one edit (two for long names) from a country's name or demonym. The forms are
// indexed by their deletion neighbourhoods, so a lookup is a few map reads.
import type { ActorKB } from "./kb.js";
import { foldAccents } from "./normalize.js";
import { readJson, words } from "./lexicon.js";
import type { Cand } from "./recognize.js";

export interface FuzzyHit {
  id: string;
  /** The form reached: a name or alias, or a demonym. */
  demonym: boolean;
}

interface FuzzyForm extends FuzzyHit {
  form: string;
}

export interface FuzzyIndex {
  /** Deletion keys → forms. */
  keys: Map<string, FuzzyForm[]>;
  /** First words of the two-word forms ("new", "saudi", "sri"). */
  firstWords: Set<string>;
  notTypos: Set<string>;
  minLength: number;
  insertionFrom: number;
  twoEditsFrom: number;
  /** Words already looked up: news repeats its capitalized words, and a lookup builds every deletion. */
  memo: Map<string, FuzzyHit | null>;
}

interface FuzzyConfig {
  minLength: number;
  insertionFrom: number;
  twoEditsFrom: number;
  extraIds: string[];
  notTypos: string[];
}

function readFuzzyConfig(dir: string): FuzzyConfig {
  const raw = readJson(dir, "fuzzy.json");
  const num = (k: string): number => {
    const v = raw[k];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 3) throw new Error(`fuzzy.json: ${k} must be an integer of at least 3`);
    return v;
  };
  const list = (k: string): string[] => words("fuzzy.json", k, raw[k] ?? []);
  return { minLength: num("minLength"), insertionFrom: num("insertionFrom"), twoEditsFrom: num("twoEditsFrom"), extraIds: list("extraIds"), notTypos: list("notTypos").map((w) => w.toLowerCase()) };
}

/** Single deletions of s (and, when `two`, double deletions), s itself included. */
function deletions(s: string, two: boolean): Set<string> {
  const out = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    out.add(d);
    if (two) for (let j = i; j < d.length; j++) out.add(d.slice(0, j) + d.slice(j + 1));
  }
  return out;
}

/** Built from the countries and territories (ids "country:") and the extra ids of fuzzy.json. */
function buildFuzzyIndex(kb: ActorKB, cfg: FuzzyConfig): FuzzyIndex {
  const keys = new Map<string, FuzzyForm[]>();
  const firstWords = new Set<string>();
  const add = (form: string, id: string, demonym: boolean) => {
    const f = foldAccents(form.toLowerCase().trim().replace(/\s+/g, " "));
    const parts = f.split(" ");
    // Two-word names ("New Zealand") are reached from their first word, spelled right.
    if (parts.length > 2 || !parts.every((x) => /^\p{L}+$/u.test(x))) return;
    if (parts.length === 2) {
      if (parts[1].length < cfg.minLength - 1) return;
      firstWords.add(parts[0]);
    }
    if (f.length < cfg.insertionFrom) return;
    // A short form is indexed under itself only: a word one letter longer reaches it.
    const ks = f.length < cfg.minLength ? [f] : deletions(f, f.length >= cfg.twoEditsFrom);
    // "Carribean", "Morrocco": a doubled letter moved or added is one slip.
    for (const k of [...ks, "=" + single(f)]) {
      const l = keys.get(k);
      const entry = { id, demonym, form: f };
      if (!l) keys.set(k, [entry]);
      else if (!l.some((x) => x.form === f && x.id === id)) l.push(entry);
    }
  };
  const ids: string[] = [];
  for (let i = 0; i < kb.actors.size; i++) {
    const id = kb.actors.idAt(i);
    if (id.startsWith("country:")) ids.push(id);
  }
  for (const id of [...ids, ...cfg.extraIds]) {
    const a = kb.actors.get(id);
    if (!a) continue;
    add(a.name, a.id, false);
    for (const al of a.aliases) add(al, a.id, false);
    for (const d of a.demonyms) add(d, a.id, true);
  }
  return { keys, firstWords, notTypos: new Set(cfg.notTypos), minLength: cfg.minLength, insertionFrom: cfg.insertionFrom, twoEditsFrom: cfg.twoEditsFrom, memo: new Map() };
}

const MEMO_CAP = 20_000;

/**
 * The one country a word (or two words, "new zeland") is a misspelling of, or null (none, or several). The caller has made
 * sure the word is capitalized and known to no table.
 */
export function fuzzyCountry(ix: FuzzyIndex, word: string): FuzzyHit | null {
  let hit = ix.memo.get(word);
  if (hit !== undefined) return hit;
  hit = lookUp(ix, word);
  if (ix.memo.size >= MEMO_CAP) ix.memo.clear();
  ix.memo.set(word, hit);
  return hit;
}

function lookUp(ix: FuzzyIndex, word: string): FuzzyHit | null {
  const w = foldAccents(word.toLowerCase());
  if (w.length <= ix.insertionFrom || ix.notTypos.has(w) || !/^\p{L}+( \p{L}+)?$/u.test(w)) return null;
  const two = w.length >= ix.twoEditsFrom - 1;
  let hit: FuzzyForm | null = null;
  const sw = single(w);
  for (const k of [...deletions(w, two), "=" + sw]) {
    const l = ix.keys.get(k);
    if (!l) continue;
    for (const x of l) {
      if (hit && hit.id === x.id) continue;
      if (k[0] === "=") {
        if (hit) return null;
        hit = x;
        continue;
      }
      if (x.form.length < ix.minLength && w.length !== x.form.length + 1) continue;
      const max = x.form.length >= ix.twoEditsFrom && two ? 2 : 1;
      if (osaDistance(w, x.form, max) > max) continue;
      if (hit) return null;
      hit = x;
    }
  }
  return hit ? { id: hit.id, demonym: hit.demonym } : null;
}

/** The word with every run of one letter written once ("carribean" → "caribean"). */
function single(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** Optimal string alignment distance (Damerau-Levenshtein without re-edits), exact up to max (see editDistance). */
export function osaDistance(a: string, b: string, max: number): number {
  return editDistance(a, b, max, true);
}

/**
 * Levenshtein distance, or with `transpositions` the optimal string alignment distance (a swap of
 * two neighbouring letters is one edit). Exact up to max; a distance above max is some number above max.
 */
export function editDistance(a: string, b: string, max: number, transpositions: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let p2 = new Array<number>(n + 1).fill(0);
  let p1 = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let low = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
      cur[j] = v;
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    p2 = p1;
    p1 = cur;
  }
  return p1[n];
}

const cache = new WeakMap<ActorKB, FuzzyIndex>();

/** The index of a knowledge base, built on first use and kept with it. */
export function fuzzyIndexOf(kb: ActorKB, dir: string): FuzzyIndex {
  let ix = cache.get(kb);
  if (!ix) cache.set(kb, (ix = buildFuzzyIndex(kb, readFuzzyConfig(dir))));
  return ix;
}

/** The candidate for tokens a..b read as a misspelling of the hit's country. */
export function fuzzyCand(hit: FuzzyHit | null, a: number, b: number): Cand | null {
  return hit ? { a, b, id: hit.id, kind: hit.demonym ? "demonym" : "name", fuzzy: true } : null;
}

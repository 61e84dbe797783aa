// What the matchers derive from a known actor's name, each part computed on first use and kept
// with the actor (one cache for the scanner's, coref's and the variant merge's readings).
import type { KBActor } from "./schema.js";
import type { NameLexicon } from "./lexicon.js";
import { shortNames } from "./kb.js";
import { foldAccents, tokenKey } from "./normalize.js";

export interface NameKeys {
  /** Keys of the short names ("Macron", "von der Leyen"). */
  shorts: string[];
  /** Key of the first word of the name. */
  first: string;
}

interface Derived {
  /** tokenKey of each word of the name. */
  parts?: Set<string>;
  /** tokenKey of each word of the name after the first. */
  later?: string[];
  /** The name in lower case, accents folded, split into words. */
  folded?: string[];
  keys?: NameKeys;
  /** The names lexicon `keys` were read with (one per knowledge base). */
  keysBy?: NameLexicon;
  /** The lower-case words of the name and aliases (null: none). */
  words?: string[] | null;
}

const derived = new WeakMap<KBActor, Derived>();

function of(a: KBActor): Derived {
  let d = derived.get(a);
  if (!d) derived.set(a, (d = {}));
  return d;
}

/** The keys of the words of the name ("Narendra Modi" → narendra, modi). */
export function namePartKeys(a: KBActor): Set<string> {
  const d = of(a);
  return (d.parts ??= new Set(a.name.split(/\s+/).map(tokenKey)));
}

/** The keys of the words of the name after the first ("Narendra Modi" → modi). */
export function laterPartKeys(a: KBActor): readonly string[] {
  const d = of(a);
  return (d.later ??= laterKeys(a.name));
}

/** The keys of the words of a name after the first. */
export function laterKeys(name: string): string[] {
  return name.split(/\s+/).slice(1).map(tokenKey);
}

/** The name in lower case, accents folded, in words. */
export function foldedParts(a: KBActor): string[] {
  const d = of(a);
  return (d.folded ??= foldAccents(a.name.toLowerCase()).split(/\s+/));
}

/** The lower-case words of the name and the aliases, in order ("the ministry" may name the organization by one); null when there are none. */
export function nameAndAliasWords(a: KBActor): readonly string[] | null {
  const d = of(a);
  if (d.words === undefined) {
    const text = [a.name, ...a.aliases].filter(Boolean).join(" ");
    d.words = text ? text.toLowerCase().split(/\s+/) : null;
  }
  return d.words;
}

/** A known person's short-name keys and first-word key (they never change under one names lexicon). */
export function knownNameKeys(a: KBActor, names: NameLexicon): NameKeys {
  const d = of(a);
  if (d.keys === undefined || d.keysBy !== names) {
    d.keys = { shorts: shortNames(a, names).map(tokenKey), first: tokenKey(a.name.split(/\s+/)[0]) };
    d.keysBy = names;
  }
  return d.keys;
}

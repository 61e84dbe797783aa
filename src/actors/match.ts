// Longest-match lookups over document tokens: the knowledge-base trie and the title trie.
import type { Token } from "../doc.js";
import type { ActorKB, TrieHit, TrieNode } from "./kb.js";
import type { TitleDef, TitleNode } from "./lexicon.js";
import { isCapitalized, tokenExact, tokenKey } from "./normalize.js";

export interface KBMatch {
  a: number;
  b: number;
  hits: TrieHit[];
}

/**
 * Longest knowledge-base match starting at token i, within its sentence. `head` is the trie
 * node of token i's key when the caller has looked it up already (null: none).
 */
export function matchKB(kb: ActorKB, toks: Token[], i: number, keys?: string[], maxEnd = toks.length, head?: TrieNode | null): KBMatch | null {
  if (i >= toks.length) return null;
  let node: TrieNode | undefined;
  let best: KBMatch | null = null;
  const sent = toks[i].sent;
  for (let j = i; j < maxEnd && toks[j].sent === sent; j++) {
    const key = keys ? keys[j] : tokenKey(toks[j].text);
    const nx = j > i ? node!.next?.get(key) : head !== undefined ? head : kb.heads.get(key)?.kb;
    if (!nx) break;
    node = nx;
    if (!node.hits) continue;
    let all = true;
    for (const h of node.hits) if (!fits(h, toks, i, j + 1)) { all = false; break; }
    const hits = all ? node.hits : node.hits.filter((h) => fits(h, toks, i, j + 1));
    if (hits.length) best = { a: i, b: j + 1, hits };
  }
  return best;
}

function fits(h: TrieHit, toks: Token[], a: number, b: number): boolean {
  if (h.exact) {
    for (let k = a; k < b; k++) if (tokenExact(toks[k].text) !== h.exact[k - a]) return false;
    return true;
  }
  if (h.capital && !isCapitalized(toks[a].text)) return false;
  // A lower-case multi-word match ("white house") is not the name.
  if (b - a > 1 && h.capital && toks[a].text.length < 2 && !anyCapitalAfter(toks, a, b)) return false;
  return true;
}

function anyCapitalAfter(toks: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (isCapitalized(toks[k].text)) return true;
  return false;
}

export interface TitleMatch {
  a: number;
  b: number;
  title?: TitleDef;
  description?: string;
}

/** Longest title (or description) phrase starting at token i; `head` as for matchKB. */
export function matchTitle(root: TitleNode, toks: Token[], i: number, keys?: string[], head?: TitleNode | null): TitleMatch | null {
  if (i >= toks.length) return null;
  let node = root;
  let best: TitleMatch | null = null;
  const sent = toks[i].sent;
  for (let j = i; j < toks.length && toks[j].sent === sent; j++) {
    const nx = j === i && head !== undefined ? head : node.next.get(keys ? keys[j] : tokenKey(toks[j].text));
    if (!nx) break;
    node = nx;
    if (node.title || node.description) best = { a: i, b: j + 1, title: node.title, description: node.description };
  }
  return best;
}

// Unnamed groups as actors: "A human rights group said ...", "rights groups", "an aid agency",
// "opposition activists", "a Syrian rights group". Each description introduces an organization
// of the article (the same words name the same one); later "the group" follows it as any
// organization's description does (coref.ts). Words and sectors: shapes.json unnamedGroups.
// Read backwards from the head words, which the scanner's one lookup per token has marked.
import type { Token } from "../doc.js";
import type { ActorKB } from "./kb.js";
import type { Cand } from "./recognize.js";
import { isPossessiveS, madeId, startsLower, startsUpper } from "./normalize.js";

/**
 * The unnamed groups of the text, as candidates that take in a demonym before them.
 * `keys`: the token keys; `cands`: the candidates so far, in text order, not overlapping;
 * `heads`: the indexes, in order, of the head words.
 */
export function unnamedGroups(toks: Token[], keys: string[], cands: Cand[], kb: ActorKB, heads: number[]): Cand[] {
  const out: Cand[] = [];
  for (const j of heads) {
    const c = groupEndingAt(toks, keys, j, cands, kb);
    if (c && (!out.length || out[out.length - 1].b <= c.a)) out.push(c);
  }
  return out;
}

/** The index of the first candidate that ends after token x. */
function firstEndingAfter(cands: Cand[], x: number): number {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid].b <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function groupEndingAt(toks: Token[], keys: string[], j: number, cands: Cand[], kb: ActorKB): Cand | null {
  const lex = kb.lex.unnamedGroups;
  const t = toks[j];
  const sent = t.sent;
  const head = lex.heads.get(keys[j]);
  if (!head || t.pos === "VERB") return null;
  // Every word is lower case but the sentence's first ("Rights groups said ...").
  const lowerAt = (x: number) => x >= 0 && toks[x].sent === sent && (startsLower(toks[x].text) || x === 0 || toks[x - 1].sent !== sent);
  if (!lowerAt(j)) return null;
  let k = j;
  let modSector: string | null = null;
  let mods = 0;
  for (let guard = 0; guard < 4; guard++) {
    const m = lex.modifiers.get(keys[k - 1] ?? "")?.find((p) => p.keys.every((key, x) => keys[k - p.keys.length + x] === key && lowerAt(k - p.keys.length + x)));
    if (!m) break;
    // Read right to left: the word nearest the head is the most telling.
    modSector ??= m.sector;
    mods++;
    k -= m.keys.length;
  }
  let country: string | null = null;
  const qi = firstEndingAfter(cands, k - 1);
  const q = qi < cands.length && cands[qi].b === k ? cands[qi] : null;
  if (q && q.kind === "demonym" && q.id.startsWith("country:") && !q.made && toks[q.a].sent === sent) {
    country = kb.actors.get(q.id)?.country ?? null;
    k = q.a;
  }
  const start = k;
  const det = k > 0 && lex.determiners.has(keys[k - 1]) && lowerAt(k - 1);
  const i = det ? k - 1 : k;
  const plural = keys[j].endsWith("s");
  if (det === plural) return null;
  // A bare plural needs a word that says what kind of group it is ("opposition activists").
  if (!det && !mods && !country) return null;
  const sector = head.sector ?? modSector;
  if (!sector) return null;
  const end = j + 1;
  // No other candidate inside.
  let oi = firstEndingAfter(cands, start);
  if (oi < cands.length && cands[oi] === q) oi++;
  if (oi < cands.length && cands[oi].a < end) return null;
  // "the aid agency Oxfam", "a group of": the name or the members follow.
  const next = toks[end];
  if (next && next.sent === sent && ((startsUpper(next.text) && !isPossessiveS(next.text)) || next.lower === "of")) return null;
  // "OVD-Info, a rights group": it describes the actor just named.
  const prev = toks[i - 1];
  if (prev && prev.sent === sent && (lex.predicates.has(prev.lower) || prev.text === "(" || prev.text === "-")) return null;
  if (prev && prev.sent === sent && (prev.text === "," || prev.text === "\u2014")) {
    const ni = firstEndingAfter(cands, i - 2);
    if (ni < cands.length && cands[ni].b === i - 1) return null;
  }
  const words = toks.slice(start, end).map((w, x) => (q && start + x < q.b ? w.text : w.lower));
  const name = words.join(" ").replace(/ - /g, "-");
  return {
    a: start,
    b: end,
    id: madeId("org:unnamed-", name),
    kind: "description",
    made: { name, type: head.type, country, sector, role: null, settled: !country },
  };
}

// Unnamed groups as actors: "A human rights group said ...", "rights groups", "an aid agency",
// "opposition activists", "a Syrian rights group". Each description introduces an organization
// of the article (the same words name the same one); later "the group" follows it as any
// organization's description does (coref.ts). Words and sectors: shapes.json unnamedGroups.
import type { Token } from "../doc.js";
import type { ActorKB } from "./kb.js";
import type { Cand } from "./recognize.js";
import { isPossessiveS, slug, startsLower, startsUpper } from "./normalize.js";

const DETERMINERS = new Set(["a", "an", "another", "one"]);
/** Words before a description that make it a predicate or an apposition, not a new actor. */
const PREDICATE = new Set(["is", "was", "are", "were", "be", "been", "being", "as", "became", "become", "becomes", "remains", "remained"]);

/**
 * The unnamed groups of the text, as candidates that take in a demonym before them. `keys`: the
 * token keys; `cands`: the candidates so far, in text order.
 */
export function unnamedGroups(toks: Token[], keys: string[], cands: Cand[], kb: ActorKB): Cand[] {
  const lex = kb.lex.unnamedGroups;
  if (!lex.heads.size) return [];
  const byStart = new Map<number, Cand>();
  const covered = new Int32Array(toks.length).fill(-1);
  cands.forEach((c, k) => {
    byStart.set(c.a, c);
    for (let x = c.a; x < c.b; x++) covered[x] = k;
  });
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const k = keys[i];
    if (!DETERMINERS.has(k) && !lex.modifiers.has(k) && !byStart.get(i)?.id.startsWith("country:")) continue;
    const c = groupAt(toks, keys, i, byStart, covered, kb);
    if (c) {
      out.push(c);
      i = c.b - 1;
    }
  }
  return out;
}

function groupAt(toks: Token[], keys: string[], i: number, byStart: Map<number, Cand>, covered: Int32Array, kb: ActorKB): Cand | null {
  const lex = kb.lex.unnamedGroups;
  const sent = toks[i].sent;
  const first = i === 0 || toks[i - 1].sent !== sent;
  // Every word is lower case but the sentence's first ("Rights groups said ...").
  const lowerAt = (j: number) => j < toks.length && toks[j].sent === sent && (startsLower(toks[j].text) || (j === i && first));
  let j = i;
  const det = DETERMINERS.has(keys[i]) && lowerAt(i);
  if (det) j++;
  let country: string | null = null;
  const q = byStart.get(j);
  if (q && q.kind === "demonym" && q.id.startsWith("country:") && !q.made) {
    country = kb.actors.get(q.id)?.country ?? null;
    j = q.b;
  }
  const start = det ? i + 1 : i;
  const found: Array<{ at: number; keys: string[]; sector: string | null }> = [];
  for (let guard = 0; guard < 4 && j < toks.length; guard++) {
    const m = lex.modifiers.get(keys[j])?.find((p) => p.keys.every((key, x) => keys[j + x] === key && lowerAt(j + x)));
    if (!m) break;
    found.push({ at: j, ...m });
    j += m.keys.length;
  }
  let head = j < toks.length && lowerAt(j) ? lex.heads.get(keys[j]) : undefined;
  // "a local charity", "a watchdog": the last word read as a modifier is the head.
  const last = found[found.length - 1];
  if (!head && last && last.keys.length === 1 && lex.heads.has(last.keys[0])) {
    found.pop();
    j = last.at;
    head = lex.heads.get(last.keys[0]);
  }
  let modSector: string | null = null;
  for (const m of found) if (m.sector) modSector = m.sector;
  const mods = found.length;
  if (!head || toks[j].pos === "VERB") return null;
  const plural = keys[j].endsWith("s");
  if (det === plural) return null;
  // A bare plural needs a word that says what kind of group it is ("opposition activists").
  if (!det && !mods && !country) return null;
  const sector = head.sector ?? modSector;
  if (!sector) return null;
  const end = j + 1;
  for (let x = start; x < end; x++) if (covered[x] >= 0 && !(q && x >= q.a && x < q.b)) return null;
  // "the aid agency Oxfam", "a group of": the name or the members follow.
  const next = toks[end];
  if (next && next.sent === sent && ((startsUpper(next.text) && !isPossessiveS(next.text)) || next.lower === "of")) return null;
  // "Memorial is a rights group", "OVD-Info, a rights group": it describes an actor already named.
  const prev = toks[i - 1];
  if (prev && prev.sent === sent && (PREDICATE.has(prev.lower) || prev.text === "(" || prev.text === "-")) return null;
  if (prev && prev.sent === sent && (prev.text === "," || prev.text === "\u2014") && i >= 2 && covered[i - 2] >= 0) return null;
  const words = toks.slice(start, end).map((t, x) => (q && start + x >= q.a && start + x < q.b ? t.text : t.lower));
  const name = words.join(" ").replace(/ - /g, "-");
  return {
    a: start,
    b: end,
    id: `org:unnamed-${slug(name)}`,
    kind: "description",
    made: { name, type: head.type, country, sector, role: null, settled: !country },
  };
}

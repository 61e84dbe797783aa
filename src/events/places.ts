// Places and targets: where an act happens, the home country an internal act is aimed at, the
// doer named after "by" or in a condition, and a fallback doer.
import type { ActorLayer } from "../doc.js";
import { W } from "./lexicon.js";
import type { Match } from "./match.js";
import { groupFrom, type Sent } from "./np.js";
import type { Draft } from "./draft.js";

export const HOSTILE_TYPES = new Set(["ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "PROTEST"]);

/** Acts of help: their "against" phrase names what is opposed, not whom they are aimed at, and
 *  refusing them ("will not join") is a rejection. */
export const HELPING_TYPES = new Set(["SUPPORT", "COOPERATE", "AID", "AGREE"]);

/** True when the trigger or its object names a country's internal affairs ("curfew", "protesters"),
 *  the act is a protest, or the object is the doer's own country under another name. */
export function domesticAct(s: Sent, d: Draft, actors: ActorLayer, src: number[]): boolean {
  if (d.m.pattern.type === "PROTEST") {
    // "Chile protested": a state's protest is diplomatic, aimed abroad; crowds, strikes and marches are not.
    const state = src.some((x) => actors.entities[x].type === "GPE" || actors.entities[x].sector === "GOV");
    return d.generic || !state || !s.lemmaIn(d.m.first, W.diplomaticProtestVerbs);
  }
  if (d.tgt.length && d.tgt.every((x) => src.includes(x) && actors.entities[x].type !== "PERSON")) return true;
  const dom = (j: number) => s.lowerIn(j, W.domesticNouns) || s.lemmaIn(j, W.domesticNouns);
  for (let j = d.m.first; j <= d.m.last; j++) if (s.mentionAt[j] < 0 && dom(j)) return true;
  // The object: up to a few modifiers and nouns after the trigger, within the clause.
  for (let j = d.m.last + 1; j < Math.min(s.end, d.m.last + 7); j++) {
    const t = s.tokens[j];
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "PUNCT" && t.text !== "-")) break;
    if (s.mentionAt[j] < 0 && dom(j)) return true;
  }
  return false;
}

/** The doer's own country as a target: the event's place, a place of that country named in the
 *  sentence or before it, else the doer itself when it is a state or group rather than a person. */
export function homeTarget(s: Sent, actors: ActorLayer, src: number[], location: number | null, named: number[]): number | null {
  const ents = actors.entities;
  // "lifted the curfew in Montenegro": the place the act is done in is where it is aimed.
  if (location !== null && ents[location].country) return location;
  const country = src.map((x) => ents[x].country).find((c) => c);
  if (!country) return null;
  const place = (x: number) => (ents[x].type === "GPE" || ents[x].type === "LOC") && ents[x].country === country;
  const named0 = named.find((x) => ents[x].country === country && ents[x].type !== "PERSON");
  if (named0 !== undefined) return named0;
  for (let j = s.start; j < s.end; j++) if (s.mentionAt[j] >= 0 && place(actors.mentions[s.mentionAt[j]].entity)) return actors.mentions[s.mentionAt[j]].entity;
  const before = s.tokens[s.start].start;
  for (let x = 0; x < ents.length; x++) {
    const first = ents[x].mentions[0];
    if (first !== undefined && actors.mentions[first].start < before && place(x) && ents[x].type === "GPE") return x;
  }
  const self = src.find((x) => ents[x].country === country && ents[x].type !== "PERSON");
  return self ?? null;
}

/** The actor after "by" in the object of the trigger ("crimes committed by X"), within the clause. */
export function byAgentAfter(s: Sent, from: number, actors: ActorLayer): number | null {
  for (let j = from; j < Math.min(s.end - 1, from + 12); j++) {
    const t = s.tokens[j];
    if (t.text === ";" || t.text === "," || t.pos === "SCONJ" || s.lowerIn(j, W.relatives)) return null;
    if (t.lower === "by") return actorOpening(s, j + 1, actors, "target");
  }
  return null;
}

/** The actor heading the phrase at `k`, past determiners and adjectives ("the rebel Front"). */
function actorOpening(s: Sent, k: number, actors: ActorLayer, role: "source" | "target"): number | null {
  while (k < s.end && s.mentionAt[k] < 0 && (s.tokens[k].pos === "DET" || s.tokens[k].pos === "ADJ")) k++;
  if (k >= s.end || s.mentionAt[k] < 0) return null;
  const grp = groupFrom(s, k, role);
  return actors.mentions[grp.mentions.length ? grp.mentions[0] : s.mentionAt[k]].entity;
}

/** "if" or "unless" opening a condition after the trigger, within the clause. */
export function conditionAfter(s: Sent, from: number): "if" | "unless" | null {
  for (let j = from; j < Math.min(s.end, from + 16); j++) {
    const w = s.tokens[j].lower;
    if (w === ";" || w === ".") return null;
    if (w === "if" || w === "unless") return w;
  }
  return null;
}

/** The actor heading an "if"/"unless" clause after the trigger, within the sentence. */
export function conditionSubject(s: Sent, from: number, actors: ActorLayer): number | null {
  for (let j = from; j < Math.min(s.end - 1, from + 20); j++) {
    const w = s.tokens[j].lower;
    if (w === ";") return null;
    if (w === "if" || w === "unless") return actorOpening(s, j + 1, actors, "source");
  }
  return null;
}

/** Parts of speech between a strike's modifier and "strike" ("a two-day general strike"). */
const STRIKE_MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "PUNCT", "PART", "NUM"]);

/** True when a "strike" in the trigger has one of the given modifiers just before it. */
export function strikeKind(s: Sent, m: Match, mods: Set<string>): boolean {
  for (let j = m.first; j <= m.last; j++) {
    if (!s.lowerIn(j, W.strikeNouns)) continue;
    for (let k = j - 1; k >= Math.max(s.start, j - 3); k--) {
      const t = s.tokens[k];
      if (mods.has(t.lower) || mods.has(s.words.lemmas[k])) return true;
      if (!STRIKE_MODIFIER_POS.has(t.pos)) break;
    }
  }
  return false;
}

export function verbalSides(actors: ActorLayer, src: number[], tgt: number[]): boolean {
  if (!src.length || !tgt.length) return false;
  const civil = (x: number) => {
    const e = actors.entities[x];
    return e.type === "PERSON" ? e.sector !== "MIL" : e.type === "ORG" && e.sector !== "MIL" && e.sector !== "REB";
  };
  return src.every((x) => actors.entities[x].type === "PERSON" && civil(x)) && tgt.every(civil);
}

/** A doer for a trigger whose subject could not be read: the sentence's first actor outside the
 *  target, preferring one before the trigger, else one after it. */
export function fallbackSource(s: Sent, d: Draft, actors: ActorLayer, tgt: number[]): number[] {
  let after = -1;
  for (let j = s.start; j < s.end; j++) {
    const mi = s.mentionAt[j];
    if (mi < 0 || (j > s.start && s.mentionAt[j - 1] === mi)) continue;
    const e = s.entityAt[j];
    if (actors.entities[e].type === "LOC" || tgt.includes(e)) continue;
    if (j < d.m.first) return [e];
    if (j > d.m.last && after < 0) after = e;
  }
  return after >= 0 ? [after] : [];
}

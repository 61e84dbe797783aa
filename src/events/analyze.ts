// Reads a matched trigger's clause into a draft: voice, subject, object or by-agent, nominal
// possessors and prepositions, modality.
import type { ActorLayer, Modality } from "../doc.js";
import { type Grammar, I, W } from "./lexicon.js";
import { type Match, MODIFIER_POS } from "./match.js";
import { entitiesOf, type Group, groupEndingAt, groupFrom, isPoss, type Sent } from "./np.js";
import { controller, objectAfter, openingPhraseSubject } from "./arguments.js";
import { Draft } from "./draft.js";
import { hasFutureWord, isBeOrGet, isHaveAux, isPast, isWill, nominalModality, sentencePast, verbModality } from "./modality.js";
import { HELPING_TYPES } from "./places.js";
import { someInRange, verbGroupStart } from "./scan.js";
import { without } from "./sides.js";

/** Types whose act is aimed at the place it is done in when no one else is named ("troops to a force in Liberia"). */
const PLACE_TARGET_TYPES = new Set(["AGREE", "AID", "COOPERATE", "SUPPORT", "REQUEST"]);

const isPlace = (type: string) => type === "GPE" || type === "LOC";

export function analyze(
  s: Sent, m: Match, g: Grammar, subjectOf: (vg: number) => Group | null, ent: (m: number) => number, actors: ActorLayer,
): Draft | null {
  const toks = s.tokens;
  const p = m.pattern;
  const trig = toks[m.first];
  const gerund = trig.lower.endsWith("ing") && s.lowerAmong(m.first + 1, I.gerundPreps);
  const nominal = p.pos === "N" && (gerund || !(trig.pos === "VERB" && !MODIFIER_POS.has(toks[m.first - 1]?.pos ?? "")));
  let src: number[] = [];
  let tgt: number[] = [];
  let srcInherited = false;
  let evStart = m.first;
  let evEnd = m.last;
  let past = false;
  let followsPrev = false;
  let coord = false;
  let agentless = false;
  let between = false;
  let futureNeg = false;
  let relative = false;
  let infinitive = false;
  let generic = false;
  let lifted = false;
  let isPassive = false;
  const vg = nominal ? m.first : verbGroupStart(s, m.first);
  let modality: Modality = "asserted";

  if (!nominal) {
    // "has been put under investigation": a participle spelt like its lemma is passive right after "be".
    const participle = trig.lower !== trig.lemma || (m.first - 1 >= s.start && s.lowerAmong(m.first - 1, I.beForms));
    const passive = someInRange(toks, vg, m.first, isBeOrGet) && trig.pos === "VERB" && participle && !trig.lower.endsWith("ing") && toks[m.last + 1]?.lower !== "to" && toks[m.first + 1]?.lower !== "to";
    isPassive = passive;
    const perfect = someInRange(toks, vg, m.first, isHaveAux);
    past = !perfect && !someInRange(toks, vg, m.first, isWill) && isPast(s, vg, m.first);
    let subj: Group | null;
    const toBefore = vg - 1 >= s.start && toks[vg - 1].lower === "to" ? vg - 1 : toks[vg]?.lower === "to" ? vg : -1;
    if (toBefore >= 0) subj = controller(s, toBefore, subjectOf);
    else subj = subjectOf(vg);
    if (subj) evStart = Math.min(evStart, subj.start);
    coord = !!subj?.coord;
    for (let j = vg - 1; j >= Math.max(s.start, vg - 3); j--) if (s.lowerIn(j, W.relatives) && toks[j].pos !== "SCONJ") relative = true;
    infinitive = toBefore >= 0;
    if (subj && !subj.mentions.length && !passive) {
      // "Thousands of students": the group noun may follow the head the subject was read from.
      for (let j = subj.start; j < vg; j++) if (s.lowerIn(j, W.groupNouns)) generic = true;
    }
    let subjEnts = subj ? entitiesOf(actors, subj.mentions) : [];
    // "Algerian landowners", "Palestinian youths": a nation named before a group noun acts for it.
    if (generic && subj && !subjEnts.length) {
      for (let j = subj.start; j < vg && !subjEnts.length; j++) {
        const mi = s.mentionAt[j];
        if (mi >= 0 && actors.entities[ent(mi)].type === "GPE" && j + 1 < vg && s.mentionAt[j + 1] !== mi && !isPoss(toks[j + 1]) && toks[j + 1].lower !== "in") subjEnts = [ent(mi)];
      }
      if (subjEnts.length) generic = false;
    }
    const plural = subj?.plural ?? false;
    if (passive) {
      let agent: number[] = [];
      for (let j = m.last + 1; j < Math.min(s.end, m.last + 8); j++) {
        if (toks[j].lower === "by" && j + 1 < s.end) {
          const a = groupFrom(s, j + 1, "target");
          agent = entitiesOf(actors, a.mentions);
          evEnd = Math.max(evEnd, a.end);
          break;
        }
        if (toks[j].pos === "VERB" || toks[j].text === ";") break;
      }
      src = agent;
      agentless = !agent.length;
      // The passive subject is the target: "the border post of X", "X's embassy" count.
      tgt = subj && toBefore < 0 ? entitiesOf(actors, groupEndingAt(s, subj.end, "target").mentions) : subjEnts;
    } else {
      src = subjEnts;
      if (m.slot) tgt = entitiesOf(actors, groupFrom(s, m.slot[0], "target").mentions);
      else {
        const o = objectAfter(s, m.last + 1, actors, PLACE_TARGET_TYPES.has(p.type), p.type === "REQUEST");
        if (o) {
          tgt = entitiesOf(actors, o.mentions);
          evEnd = Math.max(evEnd, o.end);
        }
      }
    }
    modality = verbModality(s, vg, m.first, toBefore);
    futureNeg = modality === "negated" && hasFutureWord(s, vg, m.first - 1);
    if (plural) srcInherited = true;
  } else {
    // Nominal trigger: possessor and modifiers before it, prepositions after it.
    const a = s.npStart(m.first);
    // "opposition parties", "aid workers", "attack helicopters": a noun modifying an actor noun names who, not what happened.
    const nx = toks[m.last + 1];
    if (m.last + 1 < s.end && nx.pos === "NOUN" && !m.slot && (s.lemmaIn(m.last + 1, W.actorNouns) || s.lowerIn(m.last + 1, W.actorNouns | W.groupNouns))) return null;
    // "NATO is a military alliance": a copular predicate describes, it does not report ("there was a raid" does).
    let cb = a - 1;
    while (cb > s.start && toks[cb].pos === "ADV") cb--;
    if (cb > s.start && s.words.lemmas[cb] === "be" && toks[cb - 1].lower !== "there" && toks[cb - 1].lower !== "it") return null;
    src = modifierActors(s, a, m.first, actors);
    let j = toks[m.last].pos === "ADP" && m.last > m.first ? m.last : m.last + 1;
    for (let n = 0; n < 3 && j < Math.min(s.end, m.last + 8); n++) {
      const w = toks[j].lower;
      if (!s.lowerAmong(j, I.nominalPreps)) break;
      let k = j + 1;
      const npe = k < s.end ? Math.min(s.npEnd(k), k + 5) : k;
      while (k < npe && s.mentionAt[k] < 0) k++;
      if (k >= s.end || s.mentionAt[k] < 0) {
        if (w === "between" || w === "with") break;
        j = npe + 1;
        continue;
      }
      const grp = groupFrom(s, k, w === "by" || w === "from" ? "source" : "target");
      const es = entitiesOf(actors, grp.mentions);
      evEnd = Math.max(evEnd, grp.end);
      if (w === "between" || w === "among") {
        src = [...src, ...es];
        between = true;
      }
      // "the withdrawal of forces from Panama": what is withdrawn from is the target.
      else if (w === "from" && p.type === "RETREAT") tgt = tgt.length ? tgt : es;
      // "the deployment of North Korean troops to Russia": forces of X moving are X acting.
      else if (w === "of" && !src.length && (p.type === "MOBILIZE" || p.type === "RETREAT") && g.forceNouns.has(toks[grp.end].lower)) src = es;
      else if (w === "by" || w === "from") src = src.length ? src : es;
      else if (w === "for" && p.type !== "SUPPORT" && p.type !== "AID") break;
      else if (w === "against" && HELPING_TYPES.has(p.type)) break;
      else if (s.lowerIn(j, W.locPreps)) break;
      else tgt = tgt.length ? tgt : es;
      j = grp.end + 1;
    }
    // "its demand today that Israel ease restrictions": whom the demanded clause is about is the target.
    if (!tgt.length && p.type === "REQUEST") {
      let k = m.last + 1;
      while (k < s.end && s.timexAt[k] >= 0) k++;
      if (k + 1 < s.end && toks[k].lower === "that") {
        k++;
        while (k < s.end && s.mentionAt[k] < 0 && (toks[k].pos === "DET" || toks[k].pos === "ADJ")) k++;
        if (k < s.end && s.mentionAt[k] >= 0) {
          const grp = groupFrom(s, k, "target");
          tgt = entitiesOf(actors, grp.mentions);
          evEnd = Math.max(evEnd, grp.end);
        }
      }
    }
    if (!src.length) {
      // The nominal is the object of a clause: its subject is the source.
      let crossedPrep = false;
      for (let k = m.first - 1; k >= Math.max(s.start, m.first - 14); k--) {
        const t = toks[k];
        if (t.text === ";" || (t.pos === "SCONJ" && t.lower !== "that")) break;
        // "critical of the war": a noun inside a prepositional phrase is not the verb's own act.
        // "called off the strike": a verb's particle is not a preposition.
        if (t.pos === "ADP" && !(s.lowerIn(k, W.verbParticles) && toks[k - 1]?.pos === "VERB")) crossedPrep = true;
        if (crossedPrep && !p.sym) break;
        if (t.pos === "VERB") {
          if (t.lower.endsWith("ing") && k - 1 >= s.start && toks[k - 1].text === ",") {
            followsPrev = true;
            break;
          }
          // "blocked a road to show their disapproval": a nominal in a purpose clause is background.
          if (k - 1 >= s.start && toks[k - 1].lower === "to") infinitive = true;
          const sg = subjectOf(verbGroupStart(s, k));
          if (sg) {
            src = entitiesOf(actors, sg.mentions);
            srcInherited = true;
            evStart = Math.min(evStart, sg.start);
          }
          past = isPast(s, k, k);
          modality = verbModality(s, verbGroupStart(s, k), k, -1);
          break;
        }
      }
    }
    // "At a Thursday summit, Yoon and Duda condemned ...": a meeting in an opening phrase is the main subject's.
    if (!src.length && p.sym) {
      const opener = openingPhraseSubject(s, a, m.last);
      if (opener) {
        src = entitiesOf(actors, opener.mentions);
        evEnd = Math.max(evEnd, opener.end);
      }
    }
    // "Pakistan, a key U.S. ally in ...,": a noun describing a name in apposition is background.
    if (a - 2 >= s.start && toks[a - 1].text === "," && s.mentionAt[a - 2] >= 0 && toks[a].pos === "DET") relative = true;
    // "Iran's launch drew condemnation from the United States": the reaction is aimed at the subject.
    if (!tgt.length && src.length) {
      const v = m.first - 1 >= s.start && toks[m.first - 1].pos === "VERB" ? m.first - 1 : m.first - 2 >= s.start && toks[m.first - 2].pos === "VERB" && toks[m.first - 1].pos === "ADJ" ? m.first - 2 : -1;
      if (v >= 0 && s.lemmaIn(v, W.elicitVerbs)) {
        const subj = subjectOf(verbGroupStart(s, v));
        if (subj) {
          tgt = without(entitiesOf(actors, groupEndingAt(s, subj.end, "target").mentions), src);
          evStart = Math.min(evStart, subj.start);
        } else {
          // "Russia's launch of missiles at Ukraine drew ...": the possessor opening the subject.
          for (let k = s.start; k < Math.min(v, s.start + 4); k++) {
            if (s.mentionAt[k] < 0) continue;
            let e = k;
            while (e + 1 < v && s.mentionAt[e + 1] === s.mentionAt[k]) e++;
            if (e + 1 < v && isPoss(toks[e + 1]) && !src.includes(ent(s.mentionAt[k]))) {
              tgt = [ent(s.mentionAt[k])];
              evStart = Math.min(evStart, k);
            }
            break;
          }
        }
      }
    }
    lifted = liftedBy(s, m.first);
    if (modality === "asserted") modality = nominalModality(s, a, m.first);
    if (!past) past = sentencePast(s);
  }
  const d = new Draft(m, p.type, src, tgt, modality, evStart, evEnd);
  d.srcInherited = srcInherited;
  d.past = past;
  d.followsPrev = followsPrev;
  d.coord = coord;
  d.infinitive = infinitive;
  d.generic = generic;
  d.agentless = agentless;
  d.between = between;
  d.futureNeg = futureNeg;
  d.relative = relative;
  d.lifted = lifted;
  d.passive = isPassive;
  return d;
}

/** The entities named by the mentions opening on tokens [a, b) before a nominal trigger, each once;
 *  "Alaska summit with Putin": places among them are where, not who, unless all are places. */
function modifierActors(s: Sent, a: number, b: number, actors: ActorLayer): number[] {
  let mentions = 0;
  let places = 0;
  for (let j = a; j < b; j++) {
    if (!opensMention(s, j)) continue;
    mentions++;
    if (isPlace(actors.entities[s.entityAt[j]].type)) places++;
  }
  if (mentions === 0) return [];
  const skipPlaces = places > 0 && places < mentions;
  const out: number[] = [];
  for (let j = a; j < b; j++) {
    if (!opensMention(s, j)) continue;
    const e = s.entityAt[j];
    if (skipPlaces && isPlace(actors.entities[e].type)) continue;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** True when token j opens a mention (mentionAt[j - 1] may be read below the sentence, as before). */
function opensMention(s: Sent, j: number): boolean {
  return s.mentionAt[j] >= 0 && s.mentionAt[j] !== s.mentionAt[j - 1];
}

/** True when the verb governing the noun at `at` undoes it: "lifted Friday a day-old blockade",
 *  "shortened by one hour the curfew", "called off the strike". */
function liftedBy(s: Sent, at: number): boolean {
  for (let j = at - 1; j >= Math.max(s.start, at - 8); j--) {
    const t = s.tokens[j];
    if (t.pos === "VERB" || t.pos === "AUX") {
      const lemma = s.words.lemmas[j];
      const next = s.tokens[j + 1];
      return s.lemmaIn(j, W.liftVerbs) || (!!next && !!s.words.lex.liftPhrases.get(lemma)?.has(next.lower));
    }
    if (t.pos === "SCONJ" || t.pos === "CCONJ" || (t.pos === "PUNCT" && t.text !== "-") || s.lowerIn(j, W.relatives)) return false;
  }
  return false;
}

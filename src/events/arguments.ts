// Subjects and objects: who does the act a trigger names, and to whom, read off the clause.
import type { ActorLayer } from "../doc.js";
import { I, W } from "./lexicon.js";
import { type Group, groupEndingAt, groupFrom, isPoss, type Sent } from "./np.js";
import { hasFiniteVerb, hasRelativePronoun, hasVerbBetween, isAdp, someInRange, verbGroupStart } from "./scan.js";

const WINDOW = 10;

/** Parts of speech that may end a subject phrase. */
const SUBJECT_HEAD_POS = new Set(["NOUN", "PROPN", "PRON", "NUM", "ADJ"]);

/** Parts of speech of a noun phrase's words before a preposition inside a longer subject. */
const NOMINAL_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** Parts of speech before an attributive participle ("the participating countries"). */
const ATTRIBUTIVE_AFTER_POS = new Set(["DET", "ADJ", "NUM"]);

/** Parts of speech after a participle that opens an object ("rejected proposed changes"). */
const OBJECT_START_POS = new Set(["NOUN", "PROPN", "ADJ"]);

/** Parts of speech of an apposition's words before the relative clause it carries. */
const APPOSITION_POS = new Set(["DET", "ADJ", "ADV", "NOUN", "PUNCT"]);

/** Parts of speech before the name opening a subject after a comma ("At a summit, the two X ..."). */
const SUBJECT_OPENER_POS = new Set(["DET", "ADJ", "PROPN", "NOUN"]);

/** Parts of speech between "their" and the nominal it owns. */
const OWNED_MODIFIER_POS = new Set(["ADJ", "NOUN", "NUM", "PUNCT"]);

/** The subject of the verb group starting at vg, read leftwards. */
export function findSubject(s: Sent, vg: number, lastSubject: Group | null): Group | null {
  let j = vg - 1;
  // "Musk on Saturday denied": step over a time expression and its preposition.
  if (j >= s.start && s.timexAt[j] >= 0) {
    const tx = s.timexAt[j];
    while (j >= s.start && s.timexAt[j] === tx) j--;
    if (j >= s.start && s.lowerAmong(j, I.timePrefixes)) j--;
    while (j >= s.start && s.tokens[j].pos === "ADV") j--;
  }
  // "Xi Jinping (習近平) confronted": step over a parenthesis.
  if (j >= s.start && s.tokens[j].text === ")") {
    let k = j - 1;
    while (k > s.start && k > j - 12 && s.tokens[k].text !== "(") k--;
    if (k >= s.start && s.tokens[k].text === "(") j = k - 1;
  }
  if (j < s.start) return null;
  const t = s.tokens[j];
  if (s.lowerIn(j, W.relatives) && (t.pos === "PRON" || t.pos === "DET" || t.pos === "SCONJ")) {
    j--;
    if (j >= s.start && s.tokens[j].text === ",") j--;
    if (j < s.start) return null;
    const grp = groupEndingAt(s, j, "source");
    if (grp.mentions.length) return grp;
    // "Marine Le Pen, a far-right populist who attacked ...": the apposition stands for the name before it.
    let k = grp.start - 1;
    let det = s.tokens[grp.start].pos === "DET";
    while (k > s.start && k > grp.start - 5 && s.tokens[k].text !== "," && APPOSITION_POS.has(s.tokens[k].pos)) {
      det ||= s.tokens[k].pos === "DET";
      k--;
    }
    if (det && k - 1 >= s.start && s.tokens[k].text === "," && s.mentionAt[k - 1] >= 0) {
      const ante = groupEndingAt(s, k - 1, "source");
      if (ante.mentions.length) return ante;
    }
    // "militias that have attacked ...": an unnamed group antecedent still tells what kind of doer it is.
    for (let q = grp.start; q <= grp.end; q++) if (s.lowerIn(q, W.groupNouns)) return grp;
    return null;
  }
  if (t.pos === "CCONJ") return shared(lastSubject);
  // "X took to the sky, shooting down ...": a participle clause shares the main subject.
  if (t.text === "," && s.tokens[vg].lower.endsWith("ing") && s.tokens[vg].pos === "VERB") return shared(lastSubject);
  if (t.text === "," && !(j - 1 >= s.start && s.tokens[j - 1].pos === "CCONJ")) {
    // "X, who ..., did" and "X, the Y of Z, did": skip the inserted phrase back to its opening comma.
    for (let k = j - 1; k > Math.max(s.start, j - 25); k--) {
      const w = s.tokens[k];
      if (w.text === ";" || w.text === ".") break;
      if (w.text !== ",") continue;
      const first = s.tokens[k + 1];
      const insertedVerb = hasFiniteVerb(s, k + 1, j);
      const shortApposition = !insertedVerb && j - k <= 7 && !someInRange(s.tokens, k + 1, j - 1, isAdp);
      // "X, a populist who attacked Y, expressed ...": an apposition carrying its own relative clause.
      const relApposition = first.pos === "DET" && hasRelativePronoun(s, k + 2, j - 1);
      // "Pakistan, a key U.S. ally in the war against terrorism, has refused": a longer apposition after a name.
      const detApposition = !insertedVerb && first.pos === "DET" && j - k <= 14 && k - 1 >= s.start && s.mentionAt[k - 1] >= 0;
      if (s.lowerIn(k + 1, W.relatives) || shortApposition || relApposition || detApposition) {
        const grp = groupEndingAt(s, k - 1, "source");
        if (grp.mentions.length) return grp;
        if (shortApposition) {
          const app = groupEndingAt(s, j - 1, "source");
          if (app.mentions.length) return app;
        }
      }
      break;
    }
    return null;
  }
  if (t.text === "," && j - 1 >= s.start && s.tokens[j - 1].pos === "CCONJ") return shared(lastSubject);
  if (s.mentionAt[j] >= 0 || SUBJECT_HEAD_POS.has(t.pos)) {
    if (t.pos === "PRON" && s.mentionAt[j] < 0) return { start: j, end: j, mentions: [], plural: s.lowerIn(j, W.pluralAnaphors) };
    let grp = groupEndingAt(s, j, "source");
    // "the sides of the island of Cyprus have agreed", "an airstrike on its embassy in Damascus killed":
    // a phrase after a preposition belongs to a longer subject whose head comes first.
    for (let n = 0; n < 4; n++) {
      const before = s.tokens[grp.start - 1];
      if (!before || grp.start - 1 < s.start || !(s.lowerIn(grp.start - 1, W.locPreps) || before.lower === "of" || before.lower === "on")) return grp;
      const k = grp.start - 2;
      if (k < s.start || !(s.mentionAt[k] >= 0 || NOMINAL_POS.has(s.tokens[k].pos))) return null;
      // "Thousands of Peruvians": a quantity before "of" leaves the named group as the subject.
      if (before.lower === "of" && grp.mentions.length && s.mentionAt[k] < 0 && (s.tokens[k].pos === "NUM" || s.lowerIn(k, W.quantityWords))) return grp;
      grp = groupEndingAt(s, k, "source");
    }
    return null;
  }
  return null;
}

/** The subject of the verb phrase this one is coordinated with, marked as shared. */
function shared(lastSubject: Group | null): Group | null {
  if (!lastSubject) return lastSubject;
  const { start, end, mentions, plural } = lastSubject;
  return { start, end, mentions, plural, coord: true };
}

/** Subject of an infinitive ("X's decision to Y", "told X to Y", "X plans to Y"). */
export function controller(s: Sent, toAt: number, subjectOf: (vg: number) => Group | null): Group | null {
  for (let j = toAt - 1; j >= Math.max(s.start, toAt - 8); j--) {
    const t = s.tokens[j];
    if (s.mentionAt[j] >= 0) {
      const e = s.npEnd(j);
      const control = s.lowerIn(e, W.controlNouns) || s.lemmaIn(e, W.controlNouns);
      const grp = groupEndingAt(s, e, control ? "target" : "source");
      if (grp.mentions.length) return grp;
      j = s.npStart(j);
      continue;
    }
    if (t.pos === "VERB" || t.pos === "AUX") return subjectOf(verbGroupStart(s, j));
    if (t.text === ";" || t.pos === "SCONJ") return null;
  }
  return null;
}

/** The subject after the comma closing a sentence-opening phrase ("At a summit, X and Y ..."). */
export function openingPhraseSubject(s: Sent, a: number, last: number): Group | null {
  if (a - 1 !== s.start || s.tokens[s.start].pos !== "ADP") return null;
  for (let j = last + 1; j < Math.min(s.end, last + 6); j++) {
    if (s.tokens[j].text !== ",") continue;
    let k = j + 1;
    while (k < s.end && s.mentionAt[k] < 0 && SUBJECT_OPENER_POS.has(s.tokens[k].pos)) k++;
    if (k >= s.end || s.mentionAt[k] < 0) return null;
    const grp = groupFrom(s, k, "source");
    const after = s.tokens[grp.end + 1];
    return grp.mentions.length && after && (after.pos === "VERB" || after.pos === "AUX" || after.pos === "ADV") ? grp : null;
  }
  return null;
}

/** The first actor after the trigger within the clause, skipping places after "in/at". It reads
 *  through an infinitive complement ("promised to send aid to X"); a possessor counts when no
 *  preposition stands between ("praised X's efforts"); with `place`, a place after "in" is the
 *  last resort ("agreed to open a centre in Tokyo"). */
export function objectAfter(s: Sent, from: number, actors: ActorLayer, place = false, byDoer = false): Group | null {
  let crossedPrep = false;
  let prepAt = -1;
  let prepBefore = false;
  let sawNoun = false;
  let loc: Group | null = null;
  for (let j = from; j < Math.min(s.end, from + WINDOW + 4); j++) {
    const t = s.tokens[j];
    // "with several participating countries": a participle between a determiner and a noun is a modifier.
    const nx = s.tokens[j + 1];
    const attributive = (t.pos === "VERB" && (t.lower.endsWith("ing") || t.lower.endsWith("ed")) && j > from && ATTRIBUTIVE_AFTER_POS.has(s.tokens[j - 1].pos) && (nx?.pos === "NOUN" || nx?.pos === "PROPN"))
      // "rejected proposed Israeli changes", "extradited suspected militant X": a participle opening the object.
      || (t.pos === "VERB" && t.lower.endsWith("ed") && j === from && j + 1 < s.end && (OBJECT_START_POS.has(nx.pos) || s.mentionAt[j + 1] >= 0))
      // "war-torn", "cash-strapped": a word hyphened to the next is a compound modifier.
      || (j + 1 < s.end && nx.text === "-" && nx.start === t.end) || (t.pos === "VERB" && s.tokens[j - 1].text === "-" && s.tokens[j - 1].end === t.start);
    // "asked the CEO not to activate ... over Taiwan": past an unnamed object the complement is not read.
    const infinitive = t.pos === "VERB" && !sawNoun && j > s.start && s.tokens[j - 1].lower === "to" && s.tokens[j - 1].pos === "PART";
    if (infinitive && s.lemmaIn(j, W.speechVerbs)) break;
    if (!attributive && !infinitive && (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "SCONJ" && t.lower !== "than") || s.lowerIn(j, W.relatives))) break;
    if (t.pos === "CCONJ" && hasVerbBetween(s, j + 1, Math.min(s.end, j + 4))) break;
    if (t.text === "," && j + 1 < s.end && s.lowerIn(j + 1, W.listOpeners)) {
      j++;
      continue;
    }
    if (t.pos === "PUNCT" && t.text !== "-") break;
    // "lifted embargoes in late February to Iran": a time expression inside the object is stepped over.
    if (s.timexAt[j] >= 0) {
      if (nx?.text === ",") break;
      if (prepAt === j - 1) crossedPrep = prepBefore;
      while (j + 1 < s.end && s.timexAt[j + 1] === s.timexAt[j]) j++;
      continue;
    }
    if (t.pos === "ADP" && t.lower !== "to" && t.lower !== "for" && t.lower !== "as") {
      [prepAt, prepBefore] = [j, crossedPrep];
      crossedPrep = true;
    }
    if (t.pos === "NOUN" || t.pos === "PRON") sawNoun = true;
    if (s.mentionAt[j] < 0) continue;
    const prev = s.tokens[j - 1];
    // "flies to the foothills of the Rockies for the G7 summit": a natural place is not an actor.
    if (actors.entities[actors.mentions[s.mentionAt[j]].entity].type === "LOC") {
      j = s.npEnd(j);
      continue;
    }
    // "rejected calls by Belarus": the author of a proposal or demand is whom its rejection answers.
    // "demanded an immediate admission by Moscow": a demanded act's doer is whom the demand is made of.
    const authored = prev?.lower === "by" && j - 2 >= s.start && (s.lowerIn(j - 2, W.reactiveObjects) || (byDoer && s.tokens[j - 2].pos === "NOUN"));
    if (prev && !authored && (s.lowerIn(j - 1, W.locPreps) || prev.lower === "by" || prev.lower === "since")) {
      if (place && !loc && s.lowerIn(j - 1, W.locPreps) && s.lowerAmong(j - 1, I.insidePreps)) {
        const grp = groupFrom(s, j, "target");
        if (grp.mentions.length) loc = grp;
      }
      j = s.npEnd(j);
      continue;
    }
    // "before Trump's inauguration": a possessor of a thing inside a prepositional phrase is not the target.
    const e = s.npEnd(j);
    if (s.mentionAt[e] < 0 && !s.lemmaIn(e, W.actorNouns)) {
      let k = j;
      while (k + 1 <= e && s.mentionAt[k + 1] === s.mentionAt[j]) k++;
      if (k + 1 <= e && isPoss(s.tokens[k + 1]) && crossedPrep) {
        j = e;
        continue;
      }
    }
    const grp = groupFrom(s, j, "target");
    if (grp.mentions.length) return grp;
    j = s.npEnd(j);
  }
  return loc;
}

/** "the two leaders", "both sides", "they", "the countries": a subject made only of plural anaphor words. */
export function anaphoricSubject(s: Sent, a: number, trig: number): boolean {
  let seen = false;
  for (let j = Math.max(s.start, a); j < trig; j++) {
    const t = s.tokens[j];
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || t.pos === "ADP" || s.timexAt[j] >= 0) break;
    if (s.lowerIn(j, W.pluralAnaphors)) seen = true;
    else if (t.pos !== "DET" && t.pos !== "NUM") return false;
  }
  return seen;
}

/** "their last meeting": a nominal owned by a plural pronoun. */
export function theirNominal(s: Sent, at: number): boolean {
  for (let j = at - 1; j >= Math.max(s.start, at - 6); j--) {
    const t = s.tokens[j];
    if (t.lower === "their") return true;
    if (!OWNED_MODIFIER_POS.has(t.pos) || t.text === ",") return false;
  }
  return false;
}

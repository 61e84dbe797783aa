// Finishes a draft into an event: shared participants, anaphors, place and date, the type
// changes modality and context call for, evidence and confidence.
import type { ActorLayer, Event, Timex } from "../doc.js";
import { type Grammar, I, W } from "./lexicon.js";
import type { Match } from "./match.js";
import type { Sent } from "./np.js";
import { anaphoricSubject, theirNominal } from "./arguments.js";
import type { Draft, Pairs, Recent } from "./draft.js";
import { HELPING_TYPES, HOSTILE_TYPES, byAgentAfter, conditionAfter, conditionSubject, domesticAct, fallbackSource, homeTarget, strikeKind, verbalSides } from "./places.js";
import { sharesAny, without } from "./sides.js";
import { clauseEnd, crosses, definite, eachOther, hasFiniteVerb, hasWordIn, insideRelative, verbGroupStart } from "./scan.js";

export const DATEISH = /^\d{4}(-(\d{2}|W\d{2}|Q\d|H\d)(-\d{2})?)?/;

/** Nominal types coded with one side only past the lead. */
const ONE_SIDED_NOUN_TYPES = new Set(["MOBILIZE", "PROTEST", "OTHER"]);
/** Unnamed acts on someone somewhere that are that country's acts ("was arrested in Lebanon"). */
const STATE_ACT_TYPES = new Set(["COERCE", "ACCUSE", "SANCTION"]);
/** Restrictions whose lifting is a retreat or a concession. */
const RESTRICTION_TYPES = new Set(["COERCE", "SANCTION", "PROTEST", "ASSAULT", "THREATEN"]);
/** Acts that are not threats even under "unless". */
const FRIENDLY_TYPES = new Set(["AGREE", "AID", "COOPERATE", "SUPPORT", "CONSULT"]);
/** Harms that, stated under "if", are threats. */
const HARMFUL_TYPES = new Set(["SANCTION", "COERCE", "ASSAULT", "PROTEST", "REJECT", "MOBILIZE"]);
/** Helping acts stated for the future, coded as promises (CAMEO 030). */
const PROMISED_TYPES = new Set(["AID", "COOPERATE", "RETREAT", "CONCEDE"]);
/** Hurting acts stated for the future, coded as threats (CAMEO 130). */
const THREATENED_TYPES = new Set(["SANCTION", "COERCE", "ASSAULT", "PROTEST"]);
/** Complaints aimed at the doer of the act they are about. */
const COMPLAINT_TYPES = new Set(["ACCUSE", "PROTEST", "REJECT"]);

export function finish(
  d: Draft, s: Sent, si: number, actors: ActorLayer, timexes: Timex[], newsDate: string | null, g: Grammar,
  recent: Recent[], pairs: Pairs, ent: (m: number) => number, fallback: boolean,
): Event | null {
  const p = d.m.pattern;
  const toks = s.tokens;
  let src = actorsOf(actors, d.src, null);
  let tgt = actorsOf(actors, d.tgt, src);
  const reciprocal = eachOther(s, d.m.last + 1);
  const sym = p.sym || reciprocal;
  let inherited: Event | null = null;
  if (d.followsPrev) {
    const prev = recent[recent.length - 1];
    if (prev && prev.sent === si && !src.length) {
      [src, tgt] = [prev.ev.source, prev.ev.target];
      inherited = prev.ev;
    }
  }
  // "X rejected the claim and threatened countermeasures": the second verb shares the first's target.
  if (d.coord && !tgt.length) {
    const prev = recent[recent.length - 1];
    if (prev && prev.sent === si && sharesAny(prev.ev.source, src)) tgt = without(prev.ev.target, src);
  }
  // Plural anaphors ("the two leaders", "the countries", "they ... each other") take the last pair.
  if ((sym || !tgt.length) && anaphoric(s, d, reciprocal) && new Set([...src, ...tgt]).size < 2) {
    const person = hasWordIn(s, d.evStart, d.m.last, W.personPairNouns);
    const place = hasWordIn(s, d.evStart, d.m.last, W.statePairNouns);
    const same = pairs.used && pairs.used.sent === si ? pairs.used.pair : null;
    const named = pairs.latest();
    const pair = person ? (pairs.evPerson ?? named.person) : place ? (pairs.evOther ?? named.other) : (same ?? pairs.evAny ?? named.any);
    if (pair) {
      [src, tgt] = [[pair[0]], [pair[1]]];
      pairs.used = { pair, sent: si };
    }
  }
  if ((sym || d.between) && !tgt.length && src.length >= 2) {
    tgt = src.slice(1);
    src = src.slice(0, 1);
  }
  // A definite nominal with no actors of its own ("the call") refers back to the last such event.
  if (p.type !== "OTHER" && sym && !src.length && !tgt.length && p.pos === "N" && definite(s, d.m.first)) {
    const prev = referredBack(recent, si, s.words.lemmas[d.m.first], p.type);
    if (prev) [src, tgt] = [prev.ev.source, prev.ev.target];
  }
  // "rejected the claim": the target is whoever made the last claim.
  if ((p.type === "REJECT" || p.type === "CONCEDE") && !tgt.length && src.length) {
    const obj = Math.min(d.m.last + 1, s.end - 1);
    const objWord = d.m.last + 2 < s.end ? d.m.last + 2 : obj;
    if (s.lowerIn(d.m.last, W.reactiveObjects) || s.lowerIn(obj, W.reactiveObjects) || s.lowerIn(objWord, W.reactiveObjects) || s.lemmaIn(obj, W.reactiveObjects)) {
      for (let k = recent.length - 1; k >= 0; k--) {
        const r = recent[k].ev;
        if (r.source.length && !sharesAny(r.source, src)) {
          tgt = [r.source[0]];
          break;
        }
      }
    }
  }
  // Without a source there is no "who did": such mentions are background, not events, unless
  // the doers are a group named by a common noun ("thousands of students marched").
  const unnamed = (d.generic && g.genericTypes.has(p.type)) || (d.agentless && tgt.length > 0);
  // The place is read among the doers and targets as they stand here, after the checks below.
  const placeSrc = src;
  if (fallback && !src.length) {
    src = fallbackSource(s, d, actors, tgt);
    if (!src.length && si > 0) return null;
  }
  // Past the lead, a guessed doer is worth coding only when the act has someone on the receiving end.
  if (fallback && si > 0 && !tgt.length) return null;
  if (p.type !== "OTHER" && !src.length && !unnamed && !fallback) return null;
  if (g.requiresTarget.has(p.type) && !tgt.length && p.type === d.type && d.modality !== "negated" && !fallback) return null;
  // A noun with one side only is mostly background ("the talks are watched", "America's ally").
  if (p.pos === "N" && !tgt.length && si > 0 && !ONE_SIDED_NOUN_TYPES.has(p.type)) return null;
  if (p.type !== "OTHER" && src.length && tgt.length && allIn(src, tgt)) return null;
  // (The checks above do not depend on the place, so it is read only for drafts that pass them.)
  const location = placeOf(s, d, actors, ent, placeSrc, tgt);
  // Past the lead, an act with no one on the receiving end is mostly background ("amid the fighting").
  // A verb with a doer acting at a named place ("Russia launched drones at Ukrainian cities") is aimed there (below).
  const hostileVerbAtPlace = p.pos === "V" && src.length > 0 && location !== null && HOSTILE_TYPES.has(p.type) && !!actors.entities[location].country;
  if (si > 0 && !tgt.length && g.leadOnlyWithoutTarget.has(d.type) && !d.agentless && !hostileVerbAtPlace) return null;

  // Date: the nearest time expression in the clause, else the news day for past-tense reports.
  let timex: number | null = null;
  let best = 1e9;
  // (A sentence without a time expression is not scanned.)
  const dateEnd = s.hasTimex ? Math.min(s.end, d.m.last + 14) : s.start;
  for (let j = Math.max(s.start, d.evStart - 8); j < dateEnd; j++) {
    const tx = s.timexAt[j];
    if (tx < 0) continue;
    const dist = j < d.m.first ? d.m.first - j : j - d.m.last;
    // (A farther one than the best so far cannot win: its clause is not read.)
    if (dist >= best) continue;
    if (crosses(s, Math.min(j, d.m.first), Math.max(j, d.m.last))) continue;
    if (j < d.m.first ? hasFiniteVerb(s, j + 1, d.m.first) : hasFiniteVerb(s, d.m.last + 1, j)) continue;
    if (j < d.m.first && insideRelative(s, j)) continue;
    best = dist;
    timex = tx;
  }
  let date: string | null = null;
  if (timex === null && inherited) [timex, date] = [inherited.timex, inherited.date];
  else if (timex !== null) date = dateOf(timexes[timex].value);
  else if (d.past && d.modality !== "future" && d.modality !== "hypothetical") date = newsDate;

  // "Thousands of students marched in Jakarta": unnamed crowds act for the country they act in.
  if (!src.length && d.generic && g.genericTypes.has(p.type) && location !== null && actors.entities[location].type === "GPE" && !tgt.includes(location)) {
    src = [location];
  }
  // "lifted the curfew", "police dispersed protesters": an act on a country's internal affairs
  // with no one named on the receiving end is aimed at the doer's own country.
  // "A US national was arrested in Lebanon": an unnamed arrest, charge or inquiry somewhere is that country's act.
  if (!src.length && d.agentless && tgt.length && location !== null && actors.entities[location].type === "GPE" && STATE_ACT_TYPES.has(p.type)) src = [location];
  // "Supporters of X blocked roads in Algiers": a crowd acting on its own city acts for that country.
  if (!src.length && d.generic && p.type === "PROTEST" && tgt.length === 1 && actors.entities[tgt[0]].type === "GPE") src = [tgt[0]];
  // "fired shells at targets in Jericho", "threatened attacks in Israel": a hostile act with no one
  // named is aimed at the place it is done in.
  const hostileAtPlace = location !== null && HOSTILE_TYPES.has(p.type) && !!actors.entities[location].country;
  if (p.type !== "OTHER" && !tgt.length && !sym && (src.length || location !== null) && (hostileAtPlace || domesticAct(s, d, actors, src))) {
    const home = homeTarget(s, actors, src, location, d.tgt);
    if (home !== null) tgt = [home];
  }
  const srcMentions = mentionsFor(s, d.evStart, d.evEnd, src);
  const tgtMentions = mentionsFor(s, d.evStart, d.evEnd, tgt);
  let modality = d.modality;
  let type = p.type;
  let cameo = p.cameo;
  // "will not join", "wasn't defending X": refusing cooperation is a rejection.
  if (modality === "negated" && !d.negGov && (HELPING_TYPES.has(type) || (d.futureNeg && type !== "CONSULT"))) {
    [type, cameo, modality] = ["REJECT", "120", "asserted"];
  }
  // "lifted the blockade", "called off the strike": undoing a restriction is a retreat or a concession.
  if (d.lifted && RESTRICTION_TYPES.has(type)) {
    if (type === "SANCTION") [type, cameo] = ["RETREAT", "085"];
    else if (type === "COERCE" && p.cameo?.startsWith("191")) [type, cameo] = ["RETREAT", "0872"];
    else if (type === "ASSAULT" && (!s.lowerIn(d.m.first, W.strikeNouns) || strikeKind(s, d.m, g.militaryStrikeModifiers))) [type, cameo] = ["RETREAT", "087"];
    else [type, cameo] = ["CONCEDE", "081"];
  }
  // "a populist who attacked the EU and NATO": a person attacking a person or an organization criticizes.
  if (type === "ASSAULT" && p.pos === "V" && g.verbalAttackVerbs.has(s.words.lemmas[d.m.first]) && verbalSides(actors, src, tgt)) {
    [type, cameo] = ["ACCUSE", "111"];
  }
  // "an open-ended strike", "their hunger strike": a work stoppage is a protest, not an attack.
  if (type === "ASSAULT" && strikeKind(s, d.m, g.laborStrikeModifiers)) [type, cameo] = ["PROTEST", "143"];
  else if (type === "PROTEST" && strikeKind(s, d.m, g.militaryStrikeModifiers)) [type, cameo] = ["ASSAULT", "190"];
  // "will withdraw its force unless ...", "may halt mediation if ...": a conditioned harm is a threat.
  if ((modality === "future" || modality === "hypothetical") && !d.governedBy && type !== "THREATEN") {
    const cond = conditionAfter(s, d.m.last + 1);
    // A bare "may ... if" with no one saying it is speculation, not a threat.
    let stated = modality === "future" || d.reportedBy !== null;
    for (let j = d.m.last + 1; j < s.end && !stated; j++) stated = toks[j].pos === "VERB" && s.lemmaIn(j, W.speechVerbs);
    if (stated && (cond === "unless" && !FRIENDLY_TYPES.has(type)) || (stated && cond === "if" && HARMFUL_TYPES.has(type))) {
      [type, cameo] = ["THREATEN", "130"];
      modality = "asserted";
    }
  }
  // A stated intention is coded as intent: to help is AGREE, to hurt is THREATEN (CAMEO 03, 13).
  if (modality === "future" && !d.governedBy) {
    // "will support X's bid", "will visit Albania": a stated future support or meeting is a promise (CAMEO 03, 036).
    const modal = p.pos === "V" && hasWordIn(s, verbGroupStart(s, d.m.first), d.m.first - 1, W.future);
    if (PROMISED_TYPES.has(type) || (modal && type === "SUPPORT")) [type, cameo] = ["AGREE", "030"];
    else if (modal && type === "CONSULT" && s.lemmaIn(d.m.first, W.meetingVerbs)) [type, cameo] = ["AGREE", "036"];
    else if (THREATENED_TYPES.has(type)) [type, cameo] = ["THREATEN", "130"];
  }
  // "investigating alleged war crimes by Croatian extremists": an inquiry is aimed at the suspected
  // doers; "protested incursions by Chinese vessels": a complaint about an act at the act's doer.
  const investigates = p.mode === "investigate";
  if (!d.passive && (investigates || (!tgt.length && COMPLAINT_TYPES.has(type)))) {
    const doer = byAgentAfter(s, d.m.last + 1, actors);
    // "Croatia is investigating crimes by Croatian extremists": an inquiry at home is aimed at home.
    if (doer !== null && (investigates ? !(src.includes(doer) && actors.entities[doer].type === "PERSON") : !src.includes(doer))) tgt = [doer];
  }
  // "threatened to stop talks if the United States goes ahead": the threat is aimed at the condition's subject.
  if (type === "THREATEN" && !tgt.length) {
    const cond = conditionSubject(s, d.m.last + 1, actors);
    if (cond !== null && !src.includes(cond)) tgt = [cond];
  }
  if (modality === "asserted" && d.reportedBy !== null) modality = "reported";
  let conf = 0.45 + Math.min(0.2, 0.05 * (p.words - 1));
  if (src.length) conf += 0.15;
  if (tgt.length) conf += 0.12;
  if (d.srcInherited) conf -= 0.08;
  if (d.infinitive) conf -= 0.1;
  if (d.generic) conf -= 0.25;
  if (p.pos === "V") conf += 0.05;
  else conf -= 0.05;
  // Background clauses ("whom they had taken hostage") rank below the main news of the sentence.
  if (d.relative) conf -= 0.1;
  if (modality === "hypothetical" || modality === "negated") conf -= 0.2;
  if (p.type === "OTHER") conf = Math.min(conf, 0.3);
  if (fallback) conf -= 0.2;
  const a = toks[Math.max(s.start, d.evStart)];
  const b = toks[clauseEnd(s, d.evEnd)];
  return {
    type,
    category: p.category,
    mode: p.mode,
    context: p.context,
    source: src,
    target: tgt,
    date,
    location,
    modality,
    cameo,
    intensity: cameo === p.cameo ? p.intensity : -4,
    evidence: [a.start, b.end],
    trigger: [toks[d.m.first].start, toks[d.m.pattern.hasSlot ? lastWordTok(d.m) : d.m.last].end],
    pattern: p.id,
    timex,
    sourceMentions: srcMentions,
    targetMentions: tgtMentions,
    reportedBy: d.reportedBy,
    confidence: round3(Math.max(0.05, Math.min(0.99, conf))),
  };
}

/** The latest recent event named by the same word, else of the same type; only a recent one is
 *  referred back to ("the meeting" pages later is another one). */
function referredBack(recent: Recent[], si: number, lemma: string, type: string): Recent | null {
  let sameType: Recent | null = null;
  for (let k = recent.length - 1; k >= 0; k--) {
    const r = recent[k];
    if (si - r.sent > 4) continue;
    if (r.lemma === lemma) return r;
    if (sameType === null && r.ev.type === type) sameType = r;
  }
  return sameType;
}

function lastWordTok(m: Match): number {
  return m.slot && m.slot[1] >= m.last ? Math.max(m.first, m.slot[0] - 1) : m.last;
}

const datesOf = new Map<string, string | null>();

/** The date part of a time expression's value (memoized: values repeat). */
function dateOf(v: string): string | null {
  let d = datesOf.get(v);
  if (d === undefined) {
    const m = DATEISH.exec(v);
    d = m ? m[0] : null;
    if (datesOf.size < 20_000) datesOf.set(v, d);
  }
  return d;
}

/** Mentions of the chosen entities inside the evidence, else anywhere in the sentence. */
function mentionsFor(s: Sent, a: number, b: number, ents: number[]): number[] {
  // (Most events have one entity a side: its mention is returned in an array of its own size.)
  if (ents.length === 0) return [];
  if (ents.length === 1) {
    const found = mentionOf(s, a, b, ents[0]);
    return found >= 0 ? [found] : [];
  }
  const out: number[] = [];
  for (const e of ents) {
    const found = mentionOf(s, a, b, e);
    if (found >= 0) out.push(found);
  }
  return out;
}

/** The first mention of entity e on tokens [a, b] of the sentence, else on any of its tokens, or -1. */
function mentionOf(s: Sent, a: number, b: number, e: number): number {
  for (let j = Math.max(s.start, a); j <= Math.min(s.end - 1, b); j++) if (s.entityAt[j] === e) return s.mentionAt[j];
  for (let j = s.start; j < s.end; j++) if (s.entityAt[j] === e) return s.mentionAt[j];
  return -1;
}

const rounded = new Map<number, number>();

/** +x.toFixed(3), memoized: confidences take few distinct values. */
function round3(x: number): number {
  let r = rounded.get(x);
  if (r === undefined) {
    r = +x.toFixed(3);
    if (rounded.size < 4096) rounded.set(x, r);
  }
  return r;
}

/** Place: "in Osaka", "at the White House" near the trigger, not one of its doers or targets. */
function placeOf(s: Sent, d: Draft, actors: ActorLayer, ent: (m: number) => number, src: number[], tgt: number[]): number | null {
  const toks = s.tokens;
  let location: number | null = null;
  let placeBest = 1e9;
  for (let j = Math.max(s.start + 1, d.m.first - 8); j < Math.min(s.end, d.m.last + 12); j++) {
    const mi = s.mentionAt[j];
    if (mi < 0 || s.mentionAt[j - 1] === mi) continue;
    if (!s.lowerAmong(toks[j - 1].lower === "the" ? j - 2 : j - 1, I.placePreps)) continue;
    const e = ent(mi);
    const et = actors.entities[e].type;
    if (et !== "GPE" && et !== "LOC" && !s.words.lex.venueNames.test(actors.mentions[mi].text)) continue;
    if (src.includes(e) || tgt.includes(e)) continue;
    const dist = Math.abs(j - d.m.first);
    if (dist < placeBest) [placeBest, location] = [dist, e];
  }
  return location;
}

/** The doers are named by a plural anaphor: "the two leaders", "they ... each other", "their meeting". */
function anaphoric(s: Sent, d: Draft, reciprocal: boolean): boolean {
  return anaphoricSubject(s, d.evStart, d.m.first) || reciprocal || (d.m.pattern.pos === "N" && theirNominal(s, d.m.first));
}

/** The entities that can act (not natural places), leaving out those in `except`. */
function actorsOf(actors: ActorLayer, xs: number[], except: number[] | null): number[] {
  // When every entity can act the list itself is returned, not a copy (the coder makes a new
  // list for every change of a side: none is changed in place).
  let all = true;
  for (const x of xs) if (!canAct(actors, x, except)) all = false;
  if (all) return xs;
  const out: number[] = [];
  for (const x of xs) if (canAct(actors, x, except)) out.push(x);
  return out;
}

function canAct(actors: ActorLayer, x: number, except: number[] | null): boolean {
  return !except?.includes(x) && actors.entities[x].type !== "LOC";
}

/** True when every x is in ys. */
function allIn(xs: number[], ys: number[]): boolean {
  for (const x of xs) if (!ys.includes(x)) return false;
  return true;
}

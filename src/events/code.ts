// The event coder: finds lexicon triggers in each sentence, reads their source and target off
// the clause (voice, coordination, relative clauses, control, nominal triggers, reported speech),
// and attaches modality, date and place. One pass over the tokens; every look-around is bounded.
import type { ActorLayer, Doc, Event, Modality, Quote, Timex, Token } from "../doc.js";
import type { Grammar, Lexicon } from "./lexicon.js";
import { matchAt, type Match } from "./match.js";
import { entitiesOf, groupEndingAt, groupFrom, isPoss, makeSent, type Group, type Sent } from "./np.js";

export interface EventContext {
  published: string | null;
  lexicon: Lexicon;
}

interface Draft {
  m: Match;
  type: string;
  src: number[];
  tgt: number[];
  srcInherited: boolean;
  modality: Modality;
  reportedBy: number | null;
  governedBy: Draft | null;
  negGov: boolean;
  evStart: number;
  evEnd: number;
  past: boolean;
  drop: boolean;
  /** "..., resulting in agreements": the nominal shares the participants of the event before it. */
  followsPrev: boolean;
  /** The trigger heads an infinitive ("to demand"). */
  infinitive: boolean;
  /** The doers are a group named by a common noun, not a known actor. */
  generic: boolean;
  /** The subject came through a relative pronoun ("who", "which", "whom"). */
  relative: boolean;
  /** "will not", "would not": a refusal. */
  futureNeg: boolean;
  /** The actors came from "between X and Y". */
  between: boolean;
  /** A passive without a by-agent ("was jailed"): the doer is left unsaid. */
  agentless: boolean;
  /** The subject came from a coordinated verb phrase. */
  coord: boolean;
  /** The restriction the nominal names is being lifted ("lifted the blockade"). */
  lifted: boolean;
  /** A passive verb: its "by" phrase is the doer. */
  passive: boolean;
}

interface Recent {
  ev: Event;
  lemma: string;
  sent: number;
}

interface Pairs {
  person: number[] | null;
  other: number[] | null;
  any: number[] | null;
  evPerson: number[] | null;
  evOther: number[] | null;
  evAny: number[] | null;
  /** The pair a plural anaphor resolved to, and in which sentence. */
  used: { pair: number[]; sent: number } | null;
}

const WINDOW = 10;
/** Types whose act is aimed at the place it is done in when no one else is named ("troops to a force in Liberia"). */
const PLACE_TARGET_TYPES = new Set(["AGREE", "AID", "COOPERATE", "SUPPORT", "REQUEST"]);
const HOSTILE_TYPES = new Set(["ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "PROTEST"]);
const PLACE_PREPS = new Set(["in", "at", "near", "inside"]);
const DATEISH = /^\d{4}(-(\d{2}|W\d{2}|Q\d|H\d)(-\d{2})?)?/;

export function codeEvents(doc: Doc, actors: ActorLayer, timexes: Timex[], quotes: Quote[], ctx: EventContext): Event[] {
  const lex = ctx.lexicon;
  const g = lex.grammar;
  const toks = doc.tokens;
  const lemmas = toks.map(lowerLemma);
  const mentionAt = new Int32Array(toks.length).fill(-1);
  const timexAt = new Int32Array(toks.length).fill(-1);
  spread(toks, actors.mentions, mentionAt, () => true);
  spread(toks, timexes, timexAt, (t) => (t.type === "DATE" || t.type === "TIME") && DATEISH.test(t.value));
  const newsDate = defaultNewsDate(timexes, ctx.published);
  const ent = (m: number) => actors.mentions[m].entity;
  const out: Event[] = [];
  const recent: Recent[] = [];
  const pairs: Pairs = { person: null, other: null, any: null, evPerson: null, evOther: null, evAny: null, used: null };
  let qi = 0;

  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    const s = makeSent(toks, sentence.first, sentence.last, mentionAt, timexAt, lemmas);
    notePairs(s, actors, g, pairs);
    let subjCache: Map<number, Group | null> | null = null;
    let lastSubject: Group | null = null;
    const subjectOf = (vg: number): Group | null => {
      subjCache ??= new Map();
      if (subjCache.has(vg)) return subjCache.get(vg)!;
      const r = findSubject(s, vg, g, lastSubject);
      subjCache.set(vg, r);
      if (r && r.mentions.length) lastSubject = r;
      return r;
    };
    // Speech verbs of the sentence and who speaks.
    const speech: Array<{ at: number; speaker: number | null }> = [];
    for (let i = s.start; i < s.end; i++) {
      const t = toks[i];
      if (t.pos === "VERB" && g.speechVerbs.has(lemmas[i])) {
        // Read without touching lastSubject: a trailing "X said" must not become the subject of "and warned".
        const sg = findSubject(s, verbGroupStart(s, i), g, null);
        let sp = sg?.mentions.length ? ent(sg.mentions[sg.mentions.length - 1]) : null;
        if (sp === null && i + 1 < s.end && mentionAt[i + 1] >= 0) sp = ent(mentionAt[i + 1]);
        speech.push({ at: i, speaker: sp });
      } else if (t.lower === "according" && i + 2 < s.end && toks[i + 1].lower === "to" && mentionAt[i + 2] >= 0) {
        speech.push({ at: i, speaker: ent(mentionAt[i + 2]) });
      }
    }
    while (qi < quotes.length && quotes[qi].end <= toks[s.start].start) qi++;
    const quoteSpeaker = (i: number): number | null => {
      for (let k = Math.max(0, qi - 1); k < quotes.length && quotes[k].start <= toks[i].start; k++)
        if (quotes[k].start <= toks[i].start && toks[i].end <= quotes[k].end) return quotes[k].speaker;
      return null;
    };

    const drafts: Draft[] = [];
    for (let i = s.start; i < s.end; ) {
      const m = timexAt[i] >= 0 ? null : matchAt(s, i, lex);
      if (!m) {
        i++;
        continue;
      }
      i = m.last + 1;
      if (m.pattern.flags.has("block")) continue;
      const d = analyze(s, m, g, subjectOf, ent, actors);
      if (!d) continue;
      // Reported speech: a speech verb before the trigger with its complement, or "..., X said".
      for (const sp of speech) {
        if (sp.speaker === null || sp.at === m.first) continue;
        const trailing = sp.at > m.last && !hasVerbBetween(s, m.last + 1, sp.at) && s.end - sp.at <= 5 && !hasMention(s, sp.at + 1, s.end);
        if ((sp.at < d.evStart) || trailing) {
          if (!d.src.includes(sp.speaker)) d.reportedBy = sp.speaker;
        }
      }
      const qs = quoteSpeaker(m.first);
      if (qs !== null && !d.src.includes(qs)) d.reportedBy = qs;
      const p = m.pattern;
      if (p.flags.has("modal") || p.flags.has("speaker")) {
        // "X should Y" said by Z: Z asks X; "X distorted ..." said by Z: Z accuses X.
        if (d.reportedBy === null || !d.src.length || d.src.includes(d.reportedBy)) continue;
        d.tgt = d.src;
        d.src = [d.reportedBy];
        d.reportedBy = null;
        d.srcInherited = false;
        if (p.flags.has("modal")) d.modality = "asserted";
      }
      drafts.push(d);
    }
    markGoverned(s, drafts, g);
    // "promised to support Kyiv": the promise is made to whom the promised act is aimed at.
    for (const d of drafts) {
      const gov = d.governedBy;
      if (gov && !gov.tgt.length && d.tgt.length && !d.tgt.some((x) => gov.src.includes(x))) gov.tgt = d.tgt;
    }
    const emit = (ev: Event, d: Draft): void => {
      out.push(ev);
      if (ev.type === "OTHER") return;
      recent.push({ ev, lemma: lemmas[d.m.first], sent: si });
      if (recent.length > 30) recent.shift();
      if (ev.source.length && ev.target.length) {
        const pair = [ev.source[0], ev.target[0]];
        const persons = pair.filter((x) => actors.entities[x].type === "PERSON").length;
        if (persons === 2) pairs.evPerson = pair;
        else if (persons === 0) pairs.evOther = pair;
        pairs.evAny = pair;
      }
    };
    let coded = false;
    for (const d of drafts) {
      if (d.drop) continue;
      if (d.governedBy && !d.negGov) continue;
      if (d.negGov) d.modality = "negated";
      const ev = finish(d, s, si, actors, timexAt, timexes, newsDate, g, recent, pairs, ent, false);
      if (!ev) continue;
      if (ev.type !== "OTHER") coded = true;
      emit(ev, d);
    }
    // A sentence whose triggers all lack a readable doer still reports something: code its main
    // trigger with the best actors at hand, ranked below any fully read event.
    if (!coded) {
      for (const d of drafts) {
        if (d.drop || d.governedBy || d.m.pattern.type === "OTHER") continue;
        const ev = finish(d, s, si, actors, timexAt, timexes, newsDate, g, recent, pairs, ent, true);
        if (!ev) continue;
        emit(ev, d);
        break;
      }
    }
  }
  return out;
}

/** Marks each token covered by an item's [start, end) with the item's index. */
function spread<T extends { start: number; end: number }>(toks: Token[], items: T[], at: Int32Array, ok: (t: T) => boolean): void {
  let k = 0;
  for (let m = 0; m < items.length; m++) {
    const it = items[m];
    if (!ok(it)) continue;
    while (k < toks.length && toks[k].end <= it.start) k++;
    for (let j = k; j < toks.length && toks[j].start < it.end; j++) if (at[j] < 0) at[j] = m;
  }
}

/** The day the article's main news happened: the latest day it names in the week before publication. */
export function defaultNewsDate(timexes: Timex[], published: string | null): string | null {
  if (!published) return null;
  const pub = Date.parse(published.slice(0, 10));
  let best: string | null = null;
  for (const t of timexes) {
    const v = t.value.slice(0, 10);
    if (t.type !== "DATE" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    const d = Date.parse(v);
    if (!(d <= pub && pub - d <= 7 * 86400_000)) continue;
    if (!best || v > best) best = v;
  }
  return best ?? published.slice(0, 10);
}

/** Remembers the latest pair of distinct actors named together ("Trump and Xi", "US-China"). */
function notePairs(s: Sent, actors: ActorLayer, g: Grammar, pairs: Pairs): void {
  for (let i = s.start; i < s.end; i++) {
    if (s.mentionAt[i] < 0 || (i > s.start && s.mentionAt[i - 1] === s.mentionAt[i])) continue;
    const grp = groupFrom(s, i, g, "target");
    // A single mention names one entity: its entities are read only when a pair is possible.
    let ents: number[] | null = grp.mentions.length >= 2 ? entitiesOf(actors, grp.mentions) : null;
    // "US-China" and "Iran-Israel" are tied by a hyphen.
    const e = s.npEnd(i);
    for (let j = i; j <= e; j++) if (s.tokens[j].text === "-" && s.mentionAt[j + 1] >= 0 && s.mentionAt[j - 1] >= 0) ents = [...new Set([...(ents ?? entitiesOf(actors, grp.mentions)), actors.mentions[s.mentionAt[j - 1]].entity, actors.mentions[s.mentionAt[j + 1]].entity])];
    if (ents === null || ents.length < 2) continue;
    const persons = ents.filter((x) => actors.entities[x].type === "PERSON");
    const others = ents.filter((x) => actors.entities[x].type !== "PERSON");
    if (persons.length >= 2) pairs.person = persons.slice(0, 2);
    if (others.length >= 2) pairs.other = others.slice(0, 2);
    pairs.any = ents.slice(0, 2);
    i = Math.max(i, grp.end);
  }
}

function verbGroupStart(s: Sent, i: number): number {
  let j = i;
  while (j - 1 >= s.start) {
    const t = s.tokens[j - 1];
    if (t.pos === "AUX" || t.pos === "ADV" || (t.pos === "PART" && !isPoss(t))) j--;
    // "have in the past attacked": a short phrase between the auxiliary and the verb.
    else if (j - 3 >= s.start && s.tokens[j - 3].pos === "ADP" && s.tokens[j - 2].pos === "DET" && j - 4 >= s.start && s.tokens[j - 4].pos === "AUX" && ["NOUN", "ADJ"].includes(t.pos)) j -= 3;
    else if (t.pos === "DET" && j - 3 >= s.start && s.tokens[j - 2].pos === "ADP" && s.tokens[j - 3].pos === "AUX") j -= 2;
    else break;
  }
  return j;
}

function hasFiniteVerb(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const t = s.tokens[j];
    if (t.pos !== "VERB" || t.lower.endsWith("ing")) continue;
    if (j - 1 >= s.start && s.tokens[j - 1].lower === "to") continue;
    return true;
  }
  return false;
}

/** True when token j sits in a ", which/who ..." insertion. */
function insideRelative(s: Sent, j: number, g: Grammar): boolean {
  for (let k = j - 1; k >= s.start; k--) {
    const t = s.tokens[k];
    if (t.text === ",") return k + 1 < s.end && g.relatives.has(s.tokens[k + 1].lower);
  }
  return false;
}

function hasComma(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (s.tokens[j].text === ",") return true;
  return false;
}

function hasMention(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (s.mentionAt[j] >= 0) return true;
  return false;
}

function hasVerbBetween(s: Sent, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (s.tokens[j].pos === "VERB") return true;
  return false;
}

/** The subject of the verb group starting at vg, read leftwards. */
function findSubject(s: Sent, vg: number, g: Grammar, lastSubject: Group | null): Group | null {
  let j = vg - 1;
  // "Musk on Saturday denied": step over a time expression and its preposition.
  if (j >= s.start && s.timexAt[j] >= 0) {
    const tx = s.timexAt[j];
    while (j >= s.start && s.timexAt[j] === tx) j--;
    if (j >= s.start && ["on", "in", "at", "last", "this", "late", "early"].includes(s.tokens[j].lower)) j--;
    while (j >= s.start && s.tokens[j].pos === "ADV") j--;
  }
  // "Xi Jinping (習近平) confronted": step over a parenthesis.
  if (j >= s.start && s.tokens[j].text === ")") {
    let k = j - 1;
    while (k > s.start && k > j - 12 && s.tokens[k].text !== "(") k--;
    if (s.tokens[k].text === "(") j = k - 1;
  }
  if (j < s.start) return null;
  const t = s.tokens[j];
  if (g.relatives.has(t.lower) && (t.pos === "PRON" || t.pos === "DET" || t.pos === "SCONJ")) {
    j--;
    if (j >= s.start && s.tokens[j].text === ",") j--;
    if (j < s.start) return null;
    const grp = groupEndingAt(s, j, g, "source");
    if (grp.mentions.length) return grp;
    // "Marine Le Pen, a far-right populist who attacked ...": the apposition stands for the name before it.
    let k = grp.start - 1;
    let det = s.tokens[grp.start].pos === "DET";
    while (k > s.start && k > grp.start - 5 && s.tokens[k].text !== "," && ["DET", "ADJ", "ADV", "NOUN", "PUNCT"].includes(s.tokens[k].pos)) {
      det ||= s.tokens[k].pos === "DET";
      k--;
    }
    if (det && k - 1 >= s.start && s.tokens[k].text === "," && s.mentionAt[k - 1] >= 0) {
      const ante = groupEndingAt(s, k - 1, g, "source");
      if (ante.mentions.length) return ante;
    }
    // "militias that have attacked ...": an unnamed group antecedent still tells what kind of doer it is.
    for (let q = grp.start; q <= grp.end; q++) if (g.groupNouns.has(s.tokens[q].lower)) return grp;
    return null;
  }
  if (t.pos === "CCONJ") return lastSubject && { ...lastSubject, coord: true };
  // "X took to the sky, shooting down ...": a participle clause shares the main subject.
  if (t.text === "," && s.tokens[vg].lower.endsWith("ing") && s.tokens[vg].pos === "VERB") return lastSubject && { ...lastSubject, coord: true };
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
      const relApposition = first.pos === "DET" && hasRelativePronoun(s.tokens, k + 2, j - 1, g);
      // "Pakistan, a key U.S. ally in the war against terrorism, has refused": a longer apposition after a name.
      const detApposition = !insertedVerb && first.pos === "DET" && j - k <= 14 && k - 1 >= s.start && s.mentionAt[k - 1] >= 0;
      if (g.relatives.has(first.lower) || shortApposition || relApposition || detApposition) {
        const grp = groupEndingAt(s, k - 1, g, "source");
        if (grp.mentions.length) return grp;
        if (shortApposition) {
          const app = groupEndingAt(s, j - 1, g, "source");
          if (app.mentions.length) return app;
        }
      }
      break;
    }
    return null;
  }
  if (t.text === "," && j - 1 >= s.start && s.tokens[j - 1].pos === "CCONJ") return lastSubject && { ...lastSubject, coord: true };
  if (s.mentionAt[j] >= 0 || ["NOUN", "PROPN", "PRON", "NUM", "ADJ"].includes(t.pos)) {
    if (t.pos === "PRON" && s.mentionAt[j] < 0) return { start: j, end: j, mentions: [], plural: g.pluralAnaphors.has(t.lower) };
    let grp = groupEndingAt(s, j, g, "source");
    // "the sides of the island of Cyprus have agreed", "an airstrike on its embassy in Damascus killed":
    // a phrase after a preposition belongs to a longer subject whose head comes first.
    for (let n = 0; n < 4; n++) {
      const before = s.tokens[grp.start - 1];
      if (!before || grp.start - 1 < s.start || !(g.locPreps.has(before.lower) || before.lower === "of" || before.lower === "on")) return grp;
      const k = grp.start - 2;
      if (k < s.start || !(s.mentionAt[k] >= 0 || ["NOUN", "PROPN", "ADJ", "NUM"].includes(s.tokens[k].pos))) return null;
      // "Thousands of Peruvians": a quantity before "of" leaves the named group as the subject.
      if (before.lower === "of" && grp.mentions.length && s.mentionAt[k] < 0 && (s.tokens[k].pos === "NUM" || g.quantityWords.has(s.tokens[k].lower))) return grp;
      grp = groupEndingAt(s, k, g, "source");
    }
    return null;
  }
  return null;
}

/** Subject of an infinitive ("X's decision to Y", "told X to Y", "X plans to Y"). */
function controller(s: Sent, toAt: number, g: Grammar, subjectOf: (vg: number) => Group | null): Group | null {
  for (let j = toAt - 1; j >= Math.max(s.start, toAt - 8); j--) {
    const t = s.tokens[j];
    if (s.mentionAt[j] >= 0) {
      const e = s.npEnd(j);
      const head = s.tokens[e];
      const control = g.controlNouns.has(head.lower) || g.controlNouns.has(s.lemmas[e]);
      const grp = groupEndingAt(s, e, g, control ? "target" : "source");
      if (grp.mentions.length) return grp;
      j = s.npStart(j);
      continue;
    }
    if (t.pos === "VERB" || t.pos === "AUX") return subjectOf(verbGroupStart(s, j));
    if (t.text === ";" || t.pos === "SCONJ") return null;
  }
  return null;
}

function analyze(
  s: Sent, m: Match, g: Grammar, subjectOf: (vg: number) => Group | null, ent: (m: number) => number, actors: ActorLayer,
): Draft | null {
  const toks = s.tokens;
  const p = m.pattern;
  const trig = toks[m.first];
  const gerund = trig.lower.endsWith("ing") && ["between", "with", "against", "among"].includes(toks[m.first + 1]?.lower ?? "");
  const nominal = p.pos === "N" && (gerund || !(trig.pos === "VERB" && !["DET", "ADJ", "PART", "NUM"].includes(toks[m.first - 1]?.pos ?? "")));
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
  const mentionsToEnts = (ms: number[]) => uniqueEntities(ms, ent);
  const vg = nominal ? m.first : verbGroupStart(s, m.first);
  let modality: Modality = "asserted";

  if (!nominal) {
    // "has been put under investigation": a participle spelt like its lemma is passive right after "be".
    const participle = trig.lower !== trig.lemma || (m.first - 1 >= s.start && ["been", "be", "being", "was", "were", "is", "are"].includes(toks[m.first - 1].lower));
    const passive = someInRange(toks, vg, m.first, isBeOrGet) && trig.pos === "VERB" && participle && !trig.lower.endsWith("ing") && toks[m.last + 1]?.lower !== "to" && toks[m.first + 1]?.lower !== "to";
    isPassive = passive;
    const perfect = someInRange(toks, vg, m.first, isHaveAux);
    past = !perfect && !someInRange(toks, vg, m.first, isWill) && isPast(toks, vg, m.first);
    let subj: Group | null;
    const toBefore = vg - 1 >= s.start && toks[vg - 1].lower === "to" ? vg - 1 : toks[vg]?.lower === "to" ? vg : -1;
    if (toBefore >= 0) subj = controller(s, toBefore, g, subjectOf);
    else subj = subjectOf(vg);
    if (subj) evStart = Math.min(evStart, subj.start);
    coord = !!subj?.coord;
    for (let j = vg - 1; j >= Math.max(s.start, vg - 3); j--) if (g.relatives.has(toks[j].lower) && toks[j].pos !== "SCONJ") relative = true;
    infinitive = toBefore >= 0;
    if (subj && !subj.mentions.length && !passive) {
      // "Thousands of students": the group noun may follow the head the subject was read from.
      for (let j = subj.start; j < vg; j++) if (g.groupNouns.has(toks[j].lower)) generic = true;
    }
    let subjEnts = subj ? mentionsToEnts(subj.mentions) : [];
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
          const a = groupFrom(s, j + 1, g, "target");
          agent = mentionsToEnts(a.mentions);
          evEnd = Math.max(evEnd, a.end);
          break;
        }
        if (toks[j].pos === "VERB" || toks[j].text === ";") break;
      }
      src = agent;
      agentless = !agent.length;
      // The passive subject is the target: "the border post of X", "X's embassy" count.
      tgt = subj && toBefore < 0 ? mentionsToEnts(groupEndingAt(s, subj.end, g, "target").mentions) : subjEnts;
    } else {
      src = subjEnts;
      if (m.slot) tgt = mentionsToEnts(groupFrom(s, m.slot[0], g, "target").mentions);
      else {
        const o = objectAfter(s, m.last + 1, g, actors, PLACE_TARGET_TYPES.has(p.type), p.type === "REQUEST");
        if (o) {
          tgt = mentionsToEnts(o.mentions);
          evEnd = Math.max(evEnd, o.end);
        }
      }
    }
    if (plural && subjEnts.length < 2) src = src.length ? src : [];
    modality = verbModality(s, vg, m.first, g, toBefore);
    futureNeg = modality === "negated" && hasFutureWord(toks, vg, m.first - 1, g);
    (subj as Group | null) && plural && (subjEnts = subjEnts);
    if (plural) srcInherited = true;
  } else {
    // Nominal trigger: possessor and modifiers before it, prepositions after it.
    const a = s.npStart(m.first);
    // "opposition parties", "aid workers", "attack helicopters": a noun modifying an actor noun names who, not what happened.
    const nx = toks[m.last + 1];
    if (m.last + 1 < s.end && nx.pos === "NOUN" && !m.slot && (g.actorNouns.has(s.lemmas[m.last + 1]) || g.actorNouns.has(nx.lower) || g.groupNouns.has(nx.lower))) return null;
    // "NATO is a military alliance": a copular predicate describes, it does not report ("there was a raid" does).
    let cb = a - 1;
    while (cb > s.start && toks[cb].pos === "ADV") cb--;
    if (cb > s.start && s.lemmas[cb] === "be" && toks[cb - 1].lower !== "there" && toks[cb - 1].lower !== "it") return null;
    const before: number[] = [];
    for (let j = a; j < m.first; j++) if (s.mentionAt[j] >= 0 && s.mentionAt[j] !== s.mentionAt[j - 1]) before.push(s.mentionAt[j]);
    // "Alaska summit with Putin": a place among the modifiers is where, not who.
    const people = before.filter((x) => !["GPE", "LOC"].includes(actors.entities[ent(x)].type));
    src = mentionsToEnts(people.length && people.length < before.length ? people : before);
    let j = toks[m.last].pos === "ADP" && m.last > m.first ? m.last : m.last + 1;
    for (let n = 0; n < 3 && j < Math.min(s.end, m.last + 8); n++) {
      const w = toks[j].lower;
      if (!["between", "with", "by", "from", "on", "against", "at", "to", "into", "of", "toward", "towards", "over", "among", "for"].includes(w)) break;
      let k = j + 1;
      const npe = k < s.end ? Math.min(s.npEnd(k), k + 5) : k;
      while (k < npe && s.mentionAt[k] < 0) k++;
      if (k >= s.end || s.mentionAt[k] < 0) {
        if (w === "between" || w === "with") break;
        j = npe + 1;
        continue;
      }
      const grp = groupFrom(s, k, g, w === "by" || w === "from" ? "source" : "target");
      const es = mentionsToEnts(grp.mentions);
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
      else if (w === "against" && ["SUPPORT", "AID", "COOPERATE", "AGREE"].includes(p.type)) break;
      else if (g.locPreps.has(w)) break;
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
          const grp = groupFrom(s, k, g, "target");
          tgt = mentionsToEnts(grp.mentions);
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
        if (t.pos === "ADP" && !(g.verbParticles.has(t.lower) && toks[k - 1]?.pos === "VERB")) crossedPrep = true;
        if (crossedPrep && !p.flags.has("sym")) break;
        if (t.pos === "VERB") {
          if (t.lower.endsWith("ing") && k - 1 >= s.start && toks[k - 1].text === ",") {
            followsPrev = true;
            break;
          }
          // "blocked a road to show their disapproval": a nominal in a purpose clause is background.
          if (k - 1 >= s.start && toks[k - 1].lower === "to") infinitive = true;
          const sg = subjectOf(verbGroupStart(s, k));
          if (sg) {
            src = mentionsToEnts(sg.mentions);
            srcInherited = true;
            evStart = Math.min(evStart, sg.start);
            if (sg.plural) srcInherited = true;
          }
          past = isPast(toks, k, k);
          modality = verbModality(s, verbGroupStart(s, k), k, g, -1);
          break;
        }
      }
    }
    // "At a Thursday summit, Yoon and Duda condemned ...": a meeting in an opening phrase is the main subject's.
    if (!src.length && p.flags.has("sym")) {
      const opener = openingPhraseSubject(s, a, m.last, g);
      if (opener) {
        src = mentionsToEnts(opener.mentions);
        evEnd = Math.max(evEnd, opener.end);
      }
    }
    // "Pakistan, a key U.S. ally in ...,": a noun describing a name in apposition is background.
    if (a - 2 >= s.start && toks[a - 1].text === "," && s.mentionAt[a - 2] >= 0 && toks[a].pos === "DET") relative = true;
    // "Iran's launch drew condemnation from the United States": the reaction is aimed at the subject.
    if (!tgt.length && src.length) {
      const v = m.first - 1 >= s.start && toks[m.first - 1].pos === "VERB" ? m.first - 1 : m.first - 2 >= s.start && toks[m.first - 2].pos === "VERB" && toks[m.first - 1].pos === "ADJ" ? m.first - 2 : -1;
      if (v >= 0 && g.elicitVerbs.has(s.lemmas[v])) {
        const subj = subjectOf(verbGroupStart(s, v));
        if (subj) {
          tgt = mentionsToEnts(groupEndingAt(s, subj.end, g, "target").mentions).filter((x) => !src.includes(x));
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
    lifted = liftedBy(s, m.first, g);
    if (modality === "asserted") modality = nominalModality(s, a, m.first, g);
    if (!past) past = sentencePast(s);
  }
  return { m, type: p.type, src, tgt, srcInherited, modality, reportedBy: null, governedBy: null, negGov: false, evStart, evEnd, past, drop: false, followsPrev, coord, infinitive, generic, agentless, between, futureNeg, relative, lifted, passive: isPassive };
}

/** The subject after the comma closing a sentence-opening phrase ("At a summit, X and Y ..."). */
function openingPhraseSubject(s: Sent, a: number, last: number, g: Grammar): Group | null {
  if (a - 1 !== s.start || s.tokens[s.start].pos !== "ADP") return null;
  for (let j = last + 1; j < Math.min(s.end, last + 6); j++) {
    if (s.tokens[j].text !== ",") continue;
    let k = j + 1;
    while (k < s.end && s.mentionAt[k] < 0 && ["DET", "ADJ", "PROPN", "NOUN"].includes(s.tokens[k].pos)) k++;
    if (k >= s.end || s.mentionAt[k] < 0) return null;
    const grp = groupFrom(s, k, g, "source");
    const after = s.tokens[grp.end + 1];
    return grp.mentions.length && after && (after.pos === "VERB" || after.pos === "AUX" || after.pos === "ADV") ? grp : null;
  }
  return null;
}

/** True when the verb governing the noun at `at` undoes it: "lifted Friday a day-old blockade",
 *  "shortened by one hour the curfew", "called off the strike". */
function liftedBy(s: Sent, at: number, g: Grammar): boolean {
  for (let j = at - 1; j >= Math.max(s.start, at - 8); j--) {
    const t = s.tokens[j];
    if (t.pos === "VERB" || t.pos === "AUX") {
      const lemma = s.lemmas[j];
      const next = s.tokens[j + 1];
      return g.liftVerbs.has(lemma) || (!!next && g.liftVerbs.has(`${lemma} ${next.lower}`));
    }
    if (t.pos === "SCONJ" || t.pos === "CCONJ" || (t.pos === "PUNCT" && t.text !== "-") || g.relatives.has(t.lower)) return false;
  }
  return false;
}

const isAdp = (t: Token) => t.pos === "ADP";

function hasRelativePronoun(toks: Token[], a: number, b: number, g: Grammar): boolean {
  for (let j = a; j <= b; j++) if (g.relatives.has(toks[j].lower) && toks[j].pos === "PRON") return true;
  return false;
}

const isBeOrGet = (t: Token) => t.lemma === "be" || t.lemma === "get";
const isHaveAux = (t: Token) => t.lemma === "have" && t.pos === "AUX";
const isWill = (t: Token) => t.lemma === "will";
const isPastAux = (t: Token) => t.lower === "did" || t.lower === "was" || t.lower === "were";

/** True when some token in [a, b] passes the test. */
function someInRange(toks: Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let j = a; j <= b; j++) if (test(toks[j])) return true;
  return false;
}

function hasFutureWord(toks: Token[], a: number, b: number, g: Grammar): boolean {
  for (let j = a; j <= b; j++) if (g.future.has(toks[j].lower) || toks[j].lower === "wo") return true;
  return false;
}

/** True when the verb group [a, b] (b the verb) is in the past. */
function isPast(toks: Token[], a: number, b: number): boolean {
  if (b < a) return false;
  const v = toks[b];
  if (someInRange(toks, a, b, isPastAux)) return true;
  if (v.pos !== "VERB" || v.lower === v.lemma) return false;
  return !(suffixed(v.lower, v.lemma, "s") || suffixed(v.lower, v.lemma, "es") || v.lower.endsWith("ing"));
}

/** word === stem + suffix, without building the string. */
function suffixed(word: string, stem: string, suffix: string): boolean {
  return word.length === stem.length + suffix.length && word.startsWith(stem) && word.endsWith(suffix);
}

let pastOf: Sent | null = null;
let pastValue = false;

/** True when the sentence has a verb in the past (kept for the sentence being read). */
function sentencePast(s: Sent): boolean {
  if (pastOf !== s) [pastOf, pastValue] = [s, readSentencePast(s)];
  return pastValue;
}

function readSentencePast(s: Sent): boolean {
  for (let j = s.start; j < s.end; j++) {
    const t = s.tokens[j];
    if ((t.pos === "VERB" || t.pos === "AUX") && ["was", "were", "did", "had"].includes(t.lower)) return true;
    if (t.pos === "VERB" && isPast(s.tokens, j, j)) return true;
  }
  return false;
}

/** The first actor after the trigger within the clause, skipping places after "in/at". It reads
 *  through an infinitive complement ("promised to send aid to X"); a possessor counts when no
 *  preposition stands between ("praised X's efforts"); with `place`, a place after "in" is the
 *  last resort ("agreed to open a centre in Tokyo"). */
function objectAfter(s: Sent, from: number, g: Grammar, actors: ActorLayer, place = false, byDoer = false): Group | null {
  let crossedPrep = false;
  let prepAt = -1;
  let prepBefore = false;
  let sawNoun = false;
  let loc: Group | null = null;
  for (let j = from; j < Math.min(s.end, from + WINDOW + 4); j++) {
    const t = s.tokens[j];
    // "with several participating countries": a participle between a determiner and a noun is a modifier.
    const nx = s.tokens[j + 1];
    const attributive = (t.pos === "VERB" && /(ing|ed)$/.test(t.lower) && j > from && ["DET", "ADJ", "NUM"].includes(s.tokens[j - 1].pos) && ["NOUN", "PROPN"].includes(nx?.pos ?? ""))
      // "rejected proposed Israeli changes", "extradited suspected militant X": a participle opening the object.
      || (t.pos === "VERB" && t.lower.endsWith("ed") && j === from && j + 1 < s.end && (["NOUN", "PROPN", "ADJ"].includes(nx.pos) || s.mentionAt[j + 1] >= 0))
      // "war-torn", "cash-strapped": a word hyphened to the next is a compound modifier.
      || (j + 1 < s.end && nx.text === "-" && nx.start === t.end) || (t.pos === "VERB" && s.tokens[j - 1].text === "-" && s.tokens[j - 1].end === t.start);
    // "asked the CEO not to activate ... over Taiwan": past an unnamed object the complement is not read.
    const infinitive = t.pos === "VERB" && !sawNoun && j > s.start && s.tokens[j - 1].lower === "to" && s.tokens[j - 1].pos === "PART";
    if (infinitive && g.speechVerbs.has(s.lemmas[j])) break;
    if (!attributive && !infinitive && (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "SCONJ" && t.lower !== "than") || g.relatives.has(t.lower))) break;
    if (t.pos === "CCONJ" && hasVerbBetween(s, j + 1, Math.min(s.end, j + 4))) break;
    if (t.text === "," && ["including", "especially", "notably"].includes(s.tokens[j + 1]?.lower ?? "")) {
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
    const authored = prev?.lower === "by" && j - 2 >= s.start && (g.reactiveObjects.has(s.tokens[j - 2].lower) || (byDoer && s.tokens[j - 2].pos === "NOUN"));
    if (prev && !authored && (g.locPreps.has(prev.lower) || prev.lower === "by" || prev.lower === "since")) {
      if (place && !loc && g.locPreps.has(prev.lower) && ["in", "at", "inside"].includes(prev.lower)) {
        const grp = groupFrom(s, j, g, "target");
        if (grp.mentions.length) loc = grp;
      }
      j = s.npEnd(j);
      continue;
    }
    // "before Trump's inauguration": a possessor of a thing inside a prepositional phrase is not the target.
    const e = s.npEnd(j);
    if (s.mentionAt[e] < 0 && !g.actorNouns.has(s.lemmas[e])) {
      let k = j;
      while (k + 1 <= e && s.mentionAt[k + 1] === s.mentionAt[j]) k++;
      if (k + 1 <= e && isPoss(s.tokens[k + 1]) && crossedPrep) {
        j = e;
        continue;
      }
    }
    const grp = groupFrom(s, j, g, "target");
    if (grp.mentions.length) return grp;
    j = s.npEnd(j);
  }
  return loc;
}

function verbModality(s: Sent, vg: number, at: number, g: Grammar, toBefore: number): Modality {
  let mod: Modality = "asserted";
  const toks = s.tokens;
  for (let j = vg; j < at; j++) {
    const w = toks[j].lower;
    if (g.negation.has(w)) return "negated";
    if (g.future.has(w)) mod = "future";
    else if (g.hypothetical.has(w) && mod === "asserted") mod = "hypothetical";
  }
  if (vg - 1 >= s.start && g.negation.has(toks[vg - 1].lower)) return "negated";
  if (toBefore >= 0) {
    const head = toks[toBefore - 1];
    if (head && g.futureBefore.has(head.lower)) mod = mod === "asserted" ? "future" : mod;
    for (let j = Math.max(s.start, toBefore - 4); j < toBefore; j++) if (g.negation.has(toks[j].lower)) return "negated";
  }
  // A conditional clause: "if", "unless" earlier in the same clause.
  for (let j = vg - 1; j >= Math.max(s.start, vg - 12); j--) {
    const w = toks[j].lower;
    if (w === ";" ) break;
    if (g.conditional.has(w)) return "hypothetical";
  }
  return mod;
}

function nominalModality(s: Sent, a: number, at: number, g: Grammar): Modality {
  for (let j = a; j < at; j++) {
    const w = s.tokens[j].lower;
    if (w === "no") return "negated";
    if (g.hypoAdj.has(w)) return "hypothetical";
  }
  return "asserted";
}

/** Events in the complement of a threat, request, agreement or rejection are not events of their own. */
function markGoverned(s: Sent, drafts: Draft[], g: Grammar): void {
  for (const gov of drafts) {
    if (!g.governorTypes.has(gov.type) && !gov.m.pattern.flags.has("modal")) continue;
    for (const d of drafts) {
      if (d === gov || d.m.first <= gov.m.last || d.governedBy) continue;
      // The words between the governor and the trigger.
      const from = gov.m.last + 1;
      const between = d.m.first - from;
      if (between > 6) continue;
      let ok = true;
      for (let k = 0; k < between; k++) {
        const t = s.tokens[from + k];
        if (t.text === ";" || t.lower === "but" || t.pos === "SCONJ" && t.lower !== "that") ok = false;
        if (t.pos === "CCONJ") {
          const nx = s.tokens[from + k + 1];
          if (nx && nx.pos === "VERB" && nx.lower !== nx.lemma) ok = false;
          if (nx && nx.pos === "AUX") ok = false;
        }
      }
      if (!ok) continue;
      // A noun far into the object is its own event ("a deal to roll back ... tariffs").
      if (d.m.pattern.pos === "N" && between > 3) continue;
      d.governedBy = gov;
      const lemma = s.lemmas[gov.m.first];
      d.negGov = g.negGovernors.has(lemma) || g.negGovernors.has(s.tokens[gov.m.first].lower);
    }
  }
}

function finish(
  d: Draft, s: Sent, si: number, actors: ActorLayer, timexAt: Int32Array, timexes: Timex[], newsDate: string | null, g: Grammar,
  recent: Recent[], pairs: Pairs, ent: (m: number) => number, fallback: boolean,
): Event | null {
  const p = d.m.pattern;
  const toks = s.tokens;
  const actor = (x: number) => actors.entities[x].type !== "LOC";
  let src = d.src.filter(actor);
  let tgt = d.tgt.filter((x) => !src.includes(x) && actor(x));
  const sym = p.flags.has("sym") || eachOther(s, d.m.last + 1);
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
    if (prev && prev.sent === si && prev.ev.source.some((x) => src.includes(x))) tgt = prev.ev.target.filter((x) => !src.includes(x));
  }
  // Plural anaphors ("the two leaders", "the countries", "they ... each other") take the last pair.
  const anaphor = anaphoricSubject(s, d.evStart, d.m.first, g) || eachOther(s, d.m.last + 1) || (p.pos === "N" && theirNominal(s, d.m.first));
  if ((sym || !tgt.length) && anaphor && new Set([...src, ...tgt]).size < 2) {
    const person = hasWord(s, d.evStart, d.m.last, ["leaders", "men", "presidents"]);
    const place = hasWord(s, d.evStart, d.m.last, ["countries", "nations", "governments", "economies", "sides"]);
    const same = pairs.used && pairs.used.sent === si ? pairs.used.pair : null;
    const pair = person ? (pairs.evPerson ?? pairs.person) : place ? (pairs.evOther ?? pairs.other) : (same ?? pairs.evAny ?? pairs.any);
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
    const lemma = s.lemmas[d.m.first];
    // Only a recent event is referred back to: "the meeting" pages later is another one.
    const near = recent.filter((r) => si - r.sent <= 4).reverse();
    const prev = near.find((r) => r.lemma === lemma) ?? near.find((r) => r.ev.type === p.type);
    if (prev) [src, tgt] = [prev.ev.source, prev.ev.target];
  }
  // "rejected the claim": the target is whoever made the last claim.
  if ((p.type === "REJECT" || p.type === "CONCEDE") && !tgt.length && src.length) {
    const obj = toks[Math.min(d.m.last + 1, s.end - 1)];
    const objWord = d.m.last + 2 < s.end ? toks[d.m.last + 2] : obj;
    if (g.reactiveObjects.has(toks[d.m.last].lower) || g.reactiveObjects.has(obj.lower) || g.reactiveObjects.has(objWord.lower) || g.reactiveObjects.has(obj.lemma)) {
      const prev = [...recent].reverse().find((r) => r.ev.source.length && !r.ev.source.some((x) => src.includes(x)));
      if (prev) tgt = [prev.ev.source[0]];
    }
  }
  // Place: "in Osaka", "at the White House".
  let location: number | null = null;
  let placeBest = 1e9;
  for (let j = Math.max(s.start + 1, d.m.first - 8); j < Math.min(s.end, d.m.last + 12); j++) {
    const mi = s.mentionAt[j];
    if (mi < 0 || s.mentionAt[j - 1] === mi) continue;
    const prev = toks[j - 1].lower === "the" ? toks[j - 2] : toks[j - 1];
    if (!prev || !PLACE_PREPS.has(prev.lower)) continue;
    const e = ent(mi);
    const et = actors.entities[e].type;
    if (et !== "GPE" && et !== "LOC" && !/house|kremlin|palace|hall/i.test(actors.mentions[mi].text)) continue;
    if (src.includes(e) || tgt.includes(e)) continue;
    const dist = Math.abs(j - d.m.first);
    if (dist < placeBest) [placeBest, location] = [dist, e];
  }

  // Without a source there is no "who did": such mentions are background, not events, unless
  // the doers are a group named by a common noun ("thousands of students marched").
  const unnamed = (d.generic && g.genericTypes.has(p.type)) || (d.agentless && tgt.length > 0);
  if (fallback && !src.length) {
    src = fallbackSource(s, d, actors, tgt);
    if (!src.length && si > 0) return null;
  }
  // Past the lead, a guessed doer is worth coding only when the act has someone on the receiving end.
  if (fallback && si > 0 && !tgt.length) return null;
  if (p.type !== "OTHER" && !src.length && !unnamed && !fallback) return null;
  // Past the lead, an act with no one on the receiving end is mostly background ("amid the fighting").
  // A verb with a doer acting at a named place ("Russia launched drones at Ukrainian cities") is aimed there (below).
  const hostileVerbAtPlace = p.pos === "V" && src.length > 0 && location !== null && HOSTILE_TYPES.has(p.type) && !!actors.entities[location].country;
  if (si > 0 && !tgt.length && g.leadOnlyWithoutTarget.has(d.type) && !d.agentless && !hostileVerbAtPlace) return null;
  if (g.requiresTarget.has(p.type) && !tgt.length && p.type === d.type && d.modality !== "negated" && !fallback) return null;
  // A noun with one side only is mostly background ("the talks are watched", "America's ally").
  if (p.pos === "N" && !tgt.length && si > 0 && !["MOBILIZE", "PROTEST", "OTHER"].includes(p.type)) return null;
  if (p.type !== "OTHER" && src.length && tgt.length && src.every((x) => tgt.includes(x))) return null;

  // Date: the nearest time expression in the clause, else the news day for past-tense reports.
  let timex: number | null = null;
  let best = 1e9;
  for (let j = Math.max(s.start, d.evStart - 8); j < Math.min(s.end, d.m.last + 14); j++) {
    const tx = timexAt[j];
    if (tx < 0) continue;
    const dist = j < d.m.first ? d.m.first - j : j - d.m.last;
    if (crosses(s, Math.min(j, d.m.first), Math.max(j, d.m.last))) continue;
    if (j < d.m.first ? hasFiniteVerb(s, j + 1, d.m.first) : hasFiniteVerb(s, d.m.last + 1, j)) continue;
    if (j < d.m.first && insideRelative(s, j, g)) continue;
    if (dist < best) [best, timex] = [dist, tx];
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
  if (!src.length && d.agentless && tgt.length && location !== null && actors.entities[location].type === "GPE" && ["COERCE", "ACCUSE", "SANCTION"].includes(p.type)) src = [location];
  // "Supporters of X blocked roads in Algiers": a crowd acting on its own city acts for that country.
  if (!src.length && d.generic && p.type === "PROTEST" && tgt.length === 1 && actors.entities[tgt[0]].type === "GPE") src = [tgt[0]];
  // "fired shells at targets in Jericho", "threatened attacks in Israel": a hostile act with no one
  // named is aimed at the place it is done in.
  const hostileAtPlace = location !== null && HOSTILE_TYPES.has(p.type) && !!actors.entities[location].country;
  if (p.type !== "OTHER" && !tgt.length && !sym && (src.length || location !== null) && (hostileAtPlace || domesticAct(s, d, g, actors, src))) {
    const home = homeTarget(s, actors, src, location, d.tgt);
    if (home !== null) tgt = [home];
  }
  const srcMentions = mentionsFor(actors, s, d.evStart, d.evEnd, src);
  const tgtMentions = mentionsFor(actors, s, d.evStart, d.evEnd, tgt);
  let modality = d.modality;
  let type = p.type;
  let cameo = p.cameo;
  // "will not join", "wasn't defending X": refusing cooperation is a rejection.
  if (modality === "negated" && !d.negGov && (["SUPPORT", "COOPERATE", "AID", "AGREE"].includes(type) || (d.futureNeg && type !== "CONSULT"))) {
    [type, cameo, modality] = ["REJECT", "120", "asserted"];
  }
  // "lifted the blockade", "called off the strike": undoing a restriction is a retreat or a concession.
  if (d.lifted && ["COERCE", "SANCTION", "PROTEST", "ASSAULT", "THREATEN"].includes(type)) {
    if (type === "SANCTION") [type, cameo] = ["RETREAT", "085"];
    else if (type === "COERCE" && p.cameo?.startsWith("191")) [type, cameo] = ["RETREAT", "0872"];
    else if (type === "ASSAULT" && (!/^strikes?$/.test(toks[d.m.first].lower) || strikeKind(s, d.m, g.militaryStrikeModifiers))) [type, cameo] = ["RETREAT", "087"];
    else [type, cameo] = ["CONCEDE", "081"];
  }
  // "a populist who attacked the EU and NATO": a person attacking a person or an organization criticizes.
  if (type === "ASSAULT" && p.pos === "V" && g.verbalAttackVerbs.has(s.lemmas[d.m.first]) && verbalSides(actors, src, tgt)) {
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
    for (let j = d.m.last + 1; j < s.end && !stated; j++) stated = toks[j].pos === "VERB" && g.speechVerbs.has(s.lemmas[j]);
    if (stated && (cond === "unless" && !["AGREE", "AID", "COOPERATE", "SUPPORT", "CONSULT"].includes(type)) || (stated && cond === "if" && ["SANCTION", "COERCE", "ASSAULT", "PROTEST", "REJECT", "MOBILIZE"].includes(type))) {
      [type, cameo] = ["THREATEN", "130"];
      modality = "asserted";
    }
  }
  // A stated intention is coded as intent: to help is AGREE, to hurt is THREATEN (CAMEO 03, 13).
  if (modality === "future" && !d.governedBy) {
    // "will support X's bid", "will visit Albania": a stated future support or meeting is a promise (CAMEO 03, 036).
    const modal = p.pos === "V" && hasWordIn(s, verbGroupStart(s, d.m.first), d.m.first, g.future);
    const lemma = s.lemmas[d.m.first];
    if (["AID", "COOPERATE", "RETREAT", "CONCEDE"].includes(type) || (modal && type === "SUPPORT")) [type, cameo] = ["AGREE", "030"];
    else if (modal && type === "CONSULT" && (lemma === "visit" || lemma === "meet")) [type, cameo] = ["AGREE", "036"];
    else if (["SANCTION", "COERCE", "ASSAULT", "PROTEST"].includes(type)) [type, cameo] = ["THREATEN", "130"];
  }
  // "investigating alleged war crimes by Croatian extremists": an inquiry is aimed at the suspected
  // doers; "protested incursions by Chinese vessels": a complaint about an act at the act's doer.
  const investigates = p.mode === "investigate";
  if (!d.passive && (investigates || (!tgt.length && ["ACCUSE", "PROTEST", "REJECT"].includes(type)))) {
    const doer = byAgentAfter(s, d.m.last + 1, g, actors);
    // "Croatia is investigating crimes by Croatian extremists": an inquiry at home is aimed at home.
    if (doer !== null && (investigates ? !(src.includes(doer) && actors.entities[doer].type === "PERSON") : !src.includes(doer))) tgt = [doer];
  }
  // "threatened to stop talks if the United States goes ahead": the threat is aimed at the condition's subject.
  if (type === "THREATEN" && !tgt.length) {
    const cond = conditionSubject(s, d.m.last + 1, g, actors);
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

/** True when the trigger or its object names a country's internal affairs ("curfew", "protesters"),
 *  the act is a protest, or the object is the doer's own country under another name. */
function domesticAct(s: Sent, d: Draft, g: Grammar, actors: ActorLayer, src: number[]): boolean {
  if (d.m.pattern.type === "PROTEST") {
    // "Chile protested": a state's protest is diplomatic, aimed abroad; crowds, strikes and marches are not.
    const state = src.some((x) => actors.entities[x].type === "GPE" || actors.entities[x].sector === "GOV");
    return d.generic || !state || s.lemmas[d.m.first] !== "protest";
  }
  if (d.tgt.length && d.tgt.every((x) => src.includes(x) && actors.entities[x].type !== "PERSON")) return true;
  const dom = (j: number) => g.domesticNouns.has(s.tokens[j].lower) || g.domesticNouns.has(s.lemmas[j]);
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
function homeTarget(s: Sent, actors: ActorLayer, src: number[], location: number | null, named: number[]): number | null {
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
function byAgentAfter(s: Sent, from: number, g: Grammar, actors: ActorLayer): number | null {
  for (let j = from; j < Math.min(s.end - 1, from + 12); j++) {
    const t = s.tokens[j];
    if (t.text === ";" || t.text === "," || t.pos === "SCONJ" || g.relatives.has(t.lower)) return null;
    if (t.lower === "by") return actorOpening(s, j + 1, g, actors, "target");
  }
  return null;
}

/** The actor heading the phrase at `k`, past determiners and adjectives ("the rebel Front"). */
function actorOpening(s: Sent, k: number, g: Grammar, actors: ActorLayer, role: "source" | "target"): number | null {
  while (k < s.end && s.mentionAt[k] < 0 && (s.tokens[k].pos === "DET" || s.tokens[k].pos === "ADJ")) k++;
  if (k >= s.end || s.mentionAt[k] < 0) return null;
  const grp = groupFrom(s, k, g, role);
  return actors.mentions[grp.mentions.length ? grp.mentions[0] : s.mentionAt[k]].entity;
}

/** "if" or "unless" opening a condition after the trigger, within the clause. */
function conditionAfter(s: Sent, from: number): "if" | "unless" | null {
  for (let j = from; j < Math.min(s.end, from + 16); j++) {
    const w = s.tokens[j].lower;
    if (w === ";" || w === ".") return null;
    if (w === "if" || w === "unless") return w;
  }
  return null;
}

/** The actor heading an "if"/"unless" clause after the trigger, within the sentence. */
function conditionSubject(s: Sent, from: number, g: Grammar, actors: ActorLayer): number | null {
  for (let j = from; j < Math.min(s.end - 1, from + 20); j++) {
    const w = s.tokens[j].lower;
    if (w === ";") return null;
    if (w === "if" || w === "unless") return actorOpening(s, j + 1, g, actors, "source");
  }
  return null;
}

/** True when a "strike" in the trigger has one of the given modifiers just before it. */
function strikeKind(s: Sent, m: Match, mods: Set<string>): boolean {
  for (let j = m.first; j <= m.last; j++) {
    const w = s.tokens[j].lower;
    if (w !== "strike" && w !== "strikes") continue;
    for (let k = j - 1; k >= Math.max(s.start, j - 3); k--) {
      const t = s.tokens[k];
      if (mods.has(t.lower) || mods.has(s.lemmas[k])) return true;
      if (!["ADJ", "NOUN", "PROPN", "PUNCT", "PART", "NUM"].includes(t.pos)) break;
    }
  }
  return false;
}

function verbalSides(actors: ActorLayer, src: number[], tgt: number[]): boolean {
  if (!src.length || !tgt.length) return false;
  const civil = (x: number) => {
    const e = actors.entities[x];
    return e.type === "PERSON" ? e.sector !== "MIL" : e.type === "ORG" && e.sector !== "MIL" && e.sector !== "REB";
  };
  return src.every((x) => actors.entities[x].type === "PERSON" && civil(x)) && tgt.every(civil);
}

/** A doer for a trigger whose subject could not be read: the sentence's first actor outside the
 *  target, preferring one before the trigger, else one after it. */
function fallbackSource(s: Sent, d: Draft, actors: ActorLayer, tgt: number[]): number[] {
  let after = -1;
  for (let j = s.start; j < s.end; j++) {
    const mi = s.mentionAt[j];
    if (mi < 0 || (j > s.start && s.mentionAt[j - 1] === mi)) continue;
    const e = actors.mentions[mi].entity;
    if (actors.entities[e].type === "LOC" || tgt.includes(e)) continue;
    if (j < d.m.first) return [e];
    if (j > d.m.last && after < 0) after = e;
  }
  return after >= 0 ? [after] : [];
}

/** The clause ends at a semicolon, a comma before a conjunction, or the sentence end (bounded). */
function clauseEnd(s: Sent, from: number): number {
  let j = Math.min(from, s.end - 1);
  for (let n = 0; n < 15 && j + 1 < s.end; n++) {
    const t = s.tokens[j + 1];
    if (t.text === ";" || t.text === "." || (t.text === "," && (s.tokens[j + 2]?.pos === "CCONJ" || s.tokens[j + 2]?.pos === "SCONJ"))) break;
    if (t.pos === "CCONJ" && s.tokens[j + 2] && (s.tokens[j + 2].pos === "VERB" || s.tokens[j + 2].pos === "AUX")) break;
    j++;
  }
  return j;
}

function lastWordTok(m: Match): number {
  return m.slot && m.slot[1] >= m.last ? Math.max(m.first, m.slot[0] - 1) : m.last;
}

/** "the two leaders", "both sides", "they", "the countries": a subject made only of plural anaphor words. */
function anaphoricSubject(s: Sent, a: number, trig: number, g: Grammar): boolean {
  let seen = false;
  for (let j = Math.max(s.start, a); j < trig; j++) {
    const t = s.tokens[j];
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || t.pos === "ADP" || s.timexAt[j] >= 0) break;
    if (g.pluralAnaphors.has(t.lower)) seen = true;
    else if (t.pos !== "DET" && t.pos !== "NUM") return false;
  }
  return seen;
}

/** "their last meeting": a nominal owned by a plural pronoun. */
function theirNominal(s: Sent, at: number): boolean {
  for (let j = at - 1; j >= Math.max(s.start, at - 6); j--) {
    const t = s.tokens[j];
    if (t.lower === "their") return true;
    if (!["ADJ", "NOUN", "NUM", "PUNCT"].includes(t.pos) || t.text === ",") return false;
  }
  return false;
}

function eachOther(s: Sent, from: number): boolean {
  for (let j = from; j < Math.min(s.end - 1, from + 8); j++) {
    const a = s.tokens[j].lower;
    const b = s.tokens[j + 1].lower;
    if ((a === "each" && b === "other") || (a === "one" && b === "another")) return true;
  }
  return false;
}

function hasWordIn(s: Sent, a: number, b: number, words: Set<string>): boolean {
  for (let j = Math.max(s.start, a); j < b && j < s.end; j++) if (words.has(s.tokens[j].lower)) return true;
  return false;
}

function hasWord(s: Sent, a: number, b: number, words: string[]): boolean {
  for (let j = Math.max(s.start, a); j <= b && j < s.end; j++) if (words.includes(s.tokens[j].lower)) return true;
  return false;
}

function definite(s: Sent, at: number): boolean {
  for (let j = at - 1; j >= Math.max(s.start, at - 4); j--) {
    const t = s.tokens[j];
    if (t.lower === "the" || t.lower === "this" || t.lower === "that" || isPoss(t)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PUNCT" && t.pos !== "NUM" && t.pos !== "PROPN") return false;
  }
  return false;
}

function crosses(s: Sent, a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (s.tokens[j].text === ";") return true;
  return false;
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
function mentionsFor(actors: ActorLayer, s: Sent, a: number, b: number, ents: number[]): number[] {
  const out: number[] = [];
  for (const e of ents) {
    let found = -1;
    for (let j = Math.max(s.start, a); j <= Math.min(s.end - 1, b) && found < 0; j++) if (s.mentionAt[j] >= 0 && actors.mentions[s.mentionAt[j]].entity === e) found = s.mentionAt[j];
    for (let j = s.start; j < s.end && found < 0; j++) if (s.mentionAt[j] >= 0 && actors.mentions[s.mentionAt[j]].entity === e) found = s.mentionAt[j];
    if (found >= 0) out.push(found);
  }
  return out;
}

/** A lemma in lower case; most already are, and are returned as they are. */
function lowerLemma(t: Token): string {
  const w = t.lemma;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return lowered(w);
  }
  return w;
}

const lowerForms = new Map<string, string>();

/** w.toLowerCase(), memoized: the same names come back in every article. */
function lowered(w: string): string {
  let l = lowerForms.get(w);
  if (l === undefined) {
    l = w.toLowerCase();
    if (lowerForms.size >= 50_000) lowerForms.clear();
    lowerForms.set(w, l);
  }
  return l;
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

/** The entities of the mentions, each once, in order of first appearance. */
function uniqueEntities(ms: number[], ent: (m: number) => number): number[] {
  const out: number[] = [];
  for (const m of ms) {
    const e = ent(m);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

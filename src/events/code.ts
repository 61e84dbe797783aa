// The event coder: finds lexicon triggers in each sentence, reads their source and target off
// the clause (voice, coordination, relative clauses, control, nominal triggers, reported speech),
// and attaches modality, date and place. One pass over the tokens; every look-around is bounded.
import type { ActorLayer, Doc, Event, Mention, Quote, Timex, Token } from "../doc.js";
import { type Lexicon, W } from "./lexicon.js";
import { blockEnd, matchAt } from "./match.js";
import { entitiesOf, type Group, groupFrom, makeSent, type Sent } from "./np.js";
import { analyze } from "./analyze.js";
import { findSubject } from "./arguments.js";
import type { Draft, NamedPairs, Pairs, Recent } from "./draft.js";
import { DATEISH, finish } from "./finish.js";
import { markGoverned } from "./modality.js";
import { hasMention, hasVerbBetween, verbGroupStart } from "./scan.js";
import { readWords } from "./words.js";
import { sharesAny } from "./sides.js";

export interface EventContext {
  published: string | null;
  lexicon: Lexicon;
}

/** The mention, time expression and entity columns' memory, kept from one document to the next
 *  (given back after a very long document, so one such article does not hold it for good). */
let spanPool = new Int32Array(3 * 4096);
/** Entries kept across documents at most; a longer document gets arrays of its own size. */
const KEEP = 1 << 18;

/** The subjects read in the sentence being coded, by the token opening the verb group: subjAt[vg]
 *  holds when subjReadIn[vg] is the sentence's round (arrays kept from one sentence and document
 *  to the next instead of a map per sentence). */
let subjReadIn = new Int32Array(4096);
let subjAt = new Array<Group | null>(4096).fill(null);
let subjRound = 0;

export function codeEvents(doc: Doc, actors: ActorLayer, timexes: Timex[], quotes: Quote[], ctx: EventContext): Event[] {
  const lex = ctx.lexicon;
  const g = lex.grammar;
  const toks = doc.tokens;
  const words = readWords(toks, lex);
  const lemmas = words.lemmas;
  const opensAt = words.opens;
  const n = toks.length;
  // Mention and time expression index by token, -1 for none.
  if (spanPool.length < 3 * n || (spanPool.length > KEEP && 6 * n <= KEEP)) spanPool = new Int32Array(Math.max(6 * n, 3 * 4096));
  const mentionAt = spanPool.subarray(0, n).fill(-1);
  const timexAt = spanPool.subarray(n, 2 * n).fill(-1);
  // And the entity each token's mention names (read by the mention loops of finish).
  const entityAt = spanPool.subarray(2 * n, 3 * n).fill(-1);
  spreadMentions(toks, actors.mentions, mentionAt, entityAt);
  spread(toks, timexes, timexAt, (t) => (t.type === "DATE" || t.type === "TIME") && DATEISH.test(t.value));
  const newsDate = defaultNewsDate(timexes, ctx.published);
  const ent = (m: number) => actors.mentions[m].entity;
  const out: Event[] = [];
  const recent: Recent[] = [];
  // The pairs named in the text are noted only when an anaphor needs them (most documents never
  // do): then every sentence up to the current one not yet noted is read.
  let noted = 0;
  let current = 0;
  const named: NamedPairs = { person: null, other: null, any: null };
  const latest = (): NamedPairs => {
    for (; noted <= current; noted++) {
      const sentence = doc.sentences[noted];
      // (A pair is two entities of the sentence: one naming fewer is not read.)
      if (!twoEntities(entityAt, sentence.first, sentence.last)) continue;
      notePairs(makeSent(toks, sentence.first, sentence.last, mentionAt, timexAt, entityAt, words), actors, named);
    }
    return named;
  };
  if (subjReadIn.length < n || (subjReadIn.length > KEEP && 2 * n <= KEEP) || subjRound > 0x7ffffff0) {
    const size = Math.max(2 * n, 4096);
    [subjReadIn, subjAt, subjRound] = [new Int32Array(size), new Array<Group | null>(size).fill(null), 0];
  }
  const pairs: Pairs = { latest, evPerson: null, evOther: null, evAny: null, used: null };
  let qi = 0;

  // The sentence being coded, and what its readers below remember of it (the readers are made
  // once per document, not per sentence; an empty view until the first sentence).
  let s = makeSent(toks, 0, 0, mentionAt, timexAt, entityAt, words);
  let round = 0;
  let lastSubject: Group | null = null;
  const subjectOf = (vg: number): Group | null => {
    if (subjReadIn[vg] === round) return subjAt[vg];
    const r = findSubject(s, vg, lastSubject);
    subjReadIn[vg] = round;
    subjAt[vg] = r;
    if (r && r.mentions.length) lastSubject = r;
    return r;
  };
  const quoteSpeaker = (i: number): number | null => {
    for (let k = Math.max(0, qi - 1); k < quotes.length && quotes[k].start <= toks[i].start; k++)
      if (toks[i].end <= quotes[k].end) return quotes[k].speaker;
    return null;
  };
  const emit = (ev: Event, d: Draft): void => {
    out.push(ev);
    if (ev.type === "OTHER") return;
    recent.push({ ev, lemma: lemmas[d.m.first], sent: current });
    if (recent.length > 30) recent.shift();
    if (ev.source.length && ev.target.length) {
      const pair = [ev.source[0], ev.target[0]];
      const persons = (isPerson(actors, pair[0]) ? 1 : 0) + (isPerson(actors, pair[1]) ? 1 : 0);
      if (persons === 2) pairs.evPerson = pair;
      else if (persons === 0) pairs.evOther = pair;
      pairs.evAny = pair;
    }
  };

  const drafts: Draft[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    current = si;
    s = makeSent(toks, sentence.first, sentence.last, mentionAt, timexAt, entityAt, words);
    round = ++subjRound;
    lastSubject = null;
    // Speech verbs of the sentence and who speaks, read when the sentence has a trigger to report.
    let speakers = -1;
    while (qi < quotes.length && quotes[qi].end <= toks[s.start].start) qi++;

    // (One list for every sentence of the document: emptied, it keeps its room.)
    drafts.length = 0;
    for (let i = s.start; i < s.end; ) {
      // Only a token whose lemma or form opens a pattern is tried.
      if (timexAt[i] >= 0 || opensAt[i] === 0) {
        i++;
        continue;
      }
      const m = matchAt(s, i, lex);
      if (!m) {
        // (A blocking phrase is skipped whole.)
        i = Math.max(i, blockEnd()) + 1;
        continue;
      }
      i = m.last + 1;
      const d = analyze(s, m, g, subjectOf, ent, actors);
      if (!d) continue;
      // Reported speech: a speech verb before the trigger with its complement, or "..., X said".
      if (speakers < 0) speakers = readSpeech(s, ent);
      for (let k = 0; k < speakers; k++) {
        const at = speechAt[k];
        const speaker = speechBy[k];
        if (at === m.first) continue;
        const trailing = at > m.last && !hasVerbBetween(s, m.last + 1, at) && s.end - at <= 5 && !hasMention(s, at + 1, s.end);
        if ((at < d.evStart) || trailing) {
          if (!d.src.includes(speaker)) d.reportedBy = speaker;
        }
      }
      const qs = quoteSpeaker(m.first);
      if (qs !== null && !d.src.includes(qs)) d.reportedBy = qs;
      const p = m.pattern;
      if (p.modal || p.speaker) {
        // "X should Y" said by Z: Z asks X; "X distorted ..." said by Z: Z accuses X.
        if (d.reportedBy === null || !d.src.length || d.src.includes(d.reportedBy)) continue;
        d.tgt = d.src;
        d.src = [d.reportedBy];
        d.reportedBy = null;
        d.srcInherited = false;
        if (p.modal) d.modality = "asserted";
      }
      drafts.push(d);
    }
    markGoverned(s, drafts, g);
    // "promised to support Kyiv": the promise is made to whom the promised act is aimed at.
    for (const d of drafts) {
      const gov = d.governedBy;
      if (gov && !gov.tgt.length && d.tgt.length && !sharesAny(d.tgt, gov.src)) gov.tgt = d.tgt;
    }
    let coded = false;
    for (const d of drafts) {
      if (d.drop) continue;
      if (d.governedBy && !d.negGov) continue;
      if (d.negGov) d.modality = "negated";
      const ev = finish(d, s, si, actors, timexes, newsDate, g, recent, pairs, ent, false);
      if (!ev) continue;
      if (ev.type !== "OTHER") coded = true;
      emit(ev, d);
    }
    // A sentence whose triggers all lack a readable doer still reports something: code its main
    // trigger with the best actors at hand, ranked below any fully read event.
    if (!coded) {
      for (const d of drafts) {
        if (d.drop || d.governedBy || d.m.pattern.type === "OTHER") continue;
        const ev = finish(d, s, si, actors, timexes, newsDate, g, recent, pairs, ent, true);
        if (!ev) continue;
        emit(ev, d);
        break;
      }
    }
  }
  return out;
}

function isPerson(actors: ActorLayer, e: number): boolean {
  return actors.entities[e].type === "PERSON";
}

/** The speech verbs of the sentence being coded whose speaker is known, in order: the token
 *  (speechAt) and the speaker's entity (speechBy); kept from one sentence to the next. */
let speechAt = new Int32Array(256);
let speechBy = new Int32Array(256);

/** Reads the sentence's speech verbs ("said", "according to") into speechAt and speechBy, and
 *  returns how many have a speaker. */
function readSpeech(s: Sent, ent: (m: number) => number): number {
  const toks = s.tokens;
  const len = s.end - s.start;
  // Grown for a long sentence; given back (as the pools above are) once sentences are short again.
  if (speechAt.length < len || (speechAt.length > KEEP && 2 * len <= KEEP)) [speechAt, speechBy] = [new Int32Array(Math.max(256, 2 * len)), new Int32Array(Math.max(256, 2 * len))];
  let n = 0;
  for (let i = s.start; i < s.end; i++) {
    const t = toks[i];
    if (s.lemmaIn(i, W.speechVerbs) && t.pos === "VERB") {
      // Read without touching lastSubject: a trailing "X said" must not become the subject of "and warned".
      const sg = findSubject(s, verbGroupStart(s, i), null);
      let sp = sg?.mentions.length ? ent(sg.mentions[sg.mentions.length - 1]) : null;
      if (sp === null && i + 1 < s.end && s.mentionAt[i + 1] >= 0) sp = ent(s.mentionAt[i + 1]);
      if (sp !== null) n = noteSpeech(n, i, sp);
    } else if (i + 2 < s.end && s.mentionAt[i + 2] >= 0 && t.lower === "according" && toks[i + 1].lower === "to") {
      n = noteSpeech(n, i, ent(s.mentionAt[i + 2]));
    }
  }
  return n;
}

/** Notes the n-th speech verb (at token `at`, said by entity `speaker`); returns n + 1. */
function noteSpeech(n: number, at: number, speaker: number): number {
  speechAt[n] = at;
  speechBy[n] = speaker;
  return n + 1;
}

/** Marks each token covered by a mention with the mention's index and its entity (the first
 *  mention covering it, as spread does). */
function spreadMentions(toks: Token[], mentions: Mention[], at: Int32Array, entityAt: Int32Array): void {
  let k = 0;
  for (let m = 0; m < mentions.length; m++) {
    const it = mentions[m];
    while (k < toks.length && toks[k].end <= it.start) k++;
    for (let j = k; j < toks.length && toks[j].start < it.end; j++) {
      if (at[j] < 0) {
        at[j] = m;
        entityAt[j] = it.entity;
      }
    }
  }
}

/** Marks each token covered by an item's [start, end) with the item's index. The items are few
 *  (time expressions): the first token each covers is searched for, not walked to. */
function spread<T extends { start: number; end: number }>(toks: Token[], items: T[], at: Int32Array, ok: (t: T) => boolean): void {
  let k = 0;
  for (let m = 0; m < items.length; m++) {
    const it = items[m];
    if (!ok(it)) continue;
    k = firstEndingAfter(toks, k, it.start);
    for (let j = k; j < toks.length && toks[j].start < it.end; j++) if (at[j] < 0) at[j] = m;
  }
}

/** The first token from k on that ends after offset x (token ends rise), or toks.length. */
function firstEndingAfter(toks: Token[], k: number, x: number): number {
  let hi = toks.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (toks[mid].end <= x) k = mid + 1;
    else hi = mid;
  }
  return k;
}

/** The day the article's main news happened: the latest day it names in the week before publication. */
export function defaultNewsDate(timexes: Timex[], published: string | null): string | null {
  if (!published) return null;
  const pub = dayTime(published.slice(0, 10));
  let best: string | null = null;
  for (const t of timexes) {
    if (t.type !== "DATE") continue;
    const v = t.value.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    const d = dayTime(v);
    if (!(d <= pub && pub - d <= 7 * 86400_000)) continue;
    if (!best || v > best) best = v;
  }
  return best ?? published.slice(0, 10);
}

const dayTimes = new Map<string, number>();

/** Date.parse of a day, memoized: articles name the same days. */
function dayTime(v: string): number {
  let t = dayTimes.get(v);
  if (t === undefined) {
    t = Date.parse(v);
    if (dayTimes.size >= 20_000) dayTimes.clear();
    dayTimes.set(v, t);
  }
  return t;
}

/** True when the mentions on tokens [a, b) name at least two entities. */
function twoEntities(entityAt: Int32Array, a: number, b: number): boolean {
  let first = -1;
  for (let j = a; j < b; j++) {
    const e = entityAt[j];
    if (e < 0) continue;
    if (first < 0) first = e;
    else if (e !== first) return true;
  }
  return false;
}

/** Remembers the latest pair of distinct actors named together ("Trump and Xi", "US-China"). */
function notePairs(s: Sent, actors: ActorLayer, pairs: NamedPairs): void {
  for (let i = s.start; i < s.end; i++) {
    if (s.mentionAt[i] < 0 || (i > s.start && s.mentionAt[i - 1] === s.mentionAt[i])) continue;
    const grp = groupFrom(s, i, "target");
    // A single mention names one entity: its entities are read only when a pair is possible.
    let ents: number[] | null = grp.mentions.length >= 2 ? entitiesOf(actors, grp.mentions) : null;
    // "US-China" and "Iran-Israel" are tied by a hyphen (inside the phrase: it starts with a
    // mention, and a hyphen before a mention does not end it).
    const e = s.npEnd(i);
    for (let j = i + 1; j < e; j++) if (s.mentionAt[j + 1] >= 0 && s.mentionAt[j - 1] >= 0 && s.tokens[j].text === "-") ents = [...new Set([...(ents ?? entitiesOf(actors, grp.mentions)), actors.mentions[s.mentionAt[j - 1]].entity, actors.mentions[s.mentionAt[j + 1]].entity])];
    if (ents === null || ents.length < 2) continue;
    const persons = ents.filter((x) => actors.entities[x].type === "PERSON");
    const others = ents.filter((x) => actors.entities[x].type !== "PERSON");
    if (persons.length >= 2) pairs.person = persons.slice(0, 2);
    if (others.length >= 2) pairs.other = others.slice(0, 2);
    pairs.any = ents.slice(0, 2);
    i = Math.max(i, grp.end);
  }
}

// Turns the words naming a speaker into an actor: the mention's entity when the actors stage
// found one, a name matched against the known entities, or, for a pronoun or a description
// without a mention, the last fitting actor before it (a person for he/she, an organization or
// country for it/they/"the ministry").
import type { ActorLayer } from "../doc.js";
import { isSpaceAt } from "../nlp/tokenize.js";
import { REACH, type Cand, type TextView } from "./text-view.js";

export interface Speaker {
  entity: number | null;
  text: string;
  span: [number, number];
}

export interface PastSpeaker extends Speaker {
  para: number;
  /** Offset of the attribution. */
  at: number;
}

/** A speech cue outside quotations and the name its subject gives ("said Kelly Ann Shaw"). */
export interface SpeechEvent {
  at: number;
  para: number;
  sent: number;
  cand: Cand;
}

export class SpeakerResolver {
  /** Person names (not possessive, outside quotations) and organizations/countries, in text order. */
  private persons: number[] = [];
  private orgs: number[] = [];
  private places: number[] = [];
  private namedMemo = new Map<string, number | null>();

  constructor(private v: TextView, private events: SpeechEvent[] = [], private skipPara: (para: number) => boolean = () => false) {
    const { mentions, entities } = v.actors;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      const e = entities[m.entity];
      if (!e || m.kind === "pronoun") continue;
      const tok = v.mentionToken[i];
      if (tok < v.tokens.length && v.quoted[tok]) continue;
      const text = v.doc.text;
      const apostrophe = text.charCodeAt(m.end);
      const possessive = (apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(m.end + 1) === 115;
      if (e.type === "PERSON" && (m.kind === "name" || m.kind === "surname") && !possessive) this.persons.push(i);
      else if (e.type === "ORG") this.orgs.push(i);
      else if (e.type === "GPE") this.places.push(i);
    }
  }

  /** The first entity named key (lower case) by its name, a person's surname or a mention's
   * text. Looked up by name when asked: most articles ask for two or three names, fewer than
   * their entities and mentions, so no table of every name is built. */
  private entityNamed(key: string): number | null {
    let hit = this.namedMemo.get(key);
    if (hit === undefined) this.namedMemo.set(key, (hit = firstNamed(this.v.actors, key)));
    return hit;
  }

  resolve(c: Cand, past: PastSpeaker[]): Speaker {
    const v = this.v;
    const { text, span } = v.nameText(c);
    if (c.mention >= 0) {
      const m = v.actors.mentions[c.mention];
      const e = v.actors.entities[m.entity];
      if (m.kind !== "pronoun" || !e) return { entity: m.entity, text, span };
      // For he/she the last speaker and the people around the quote beat a general antecedent.
      if (v.lex.personPronouns.has(v.tokens[c.a].lower)) {
        const mine = this.lastPerson(v.tokens[c.a].start, v.para(c.a), v.tokens[c.a].sent, past);
        if (mine) return { entity: mine.entity, text: mine.text, span };
      }
      return { entity: m.entity, text: e.name, span };
    }
    if (c.kind === "name" && !v.allTitles(c)) {
      const e = this.entityNamed(text.toLowerCase());
      return { entity: e ?? null, text, span };
    }
    const word = v.tokens[c.b - 1].lower;
    // "a statement from the ministry", "a spokesman for the army": the body behind the words.
    if (c.kind === "desc" && (v.lex.statements.has(word) || v.lex.indefinites.has(v.tokens[c.a].lower)) && v.lex.sourcePrepositions.has(v.tokens[c.b]?.lower ?? "")) {
      const behind = v.candidates(c.b + 1, Math.min(v.tokens.length, c.b + 9), true)[0];
      if (behind && behind.a <= c.b + 2 && behind.kind !== "pronoun") return this.resolve(behind, past);
    }
    // "the ministry's statement": the owner speaks.
    if (c.kind === "desc" && v.lex.statements.has(word)) {
      const owner = v.candidates(c.a, c.b - 1, true).find((x) => x.possessive && x.kind !== "pronoun");
      if (owner) return this.resolve(owner, past);
    }
    const at = v.tokens[c.a].start;
    const para = v.para(c.a);
    const person = c.kind === "pronoun" ? v.lex.personPronouns.has(word) : v.lex.titles.has(word) || c.kind === "name";
    if (c.kind === "pronoun" && v.lex.unresolvedPronouns.has(word)) return { entity: null, text, span };
    // "the official", "a spokesman": often an unnamed source, not the last person named. A plural
    // description ("the three ministers", "officials") is a group, not the last actor named.
    const head = v.tokens[c.b - 1];
    const plural = head.lemma !== word && word.endsWith("s");
    if (c.kind === "desc" && (person || plural)) return { entity: null, text, span };
    const found = person ? this.lastPerson(at, para, v.tokens[c.a].sent, past) : this.lastOrg(at, para);
    return found ? { entity: found.entity, text: found.text, span } : { entity: null, text, span };
  }

  /** The last mention in `list` before offset `at`, or -1. */
  private before(list: number[], at: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.v.actors.mentions[list[mid]].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private paraOf(mi: number): number {
    return this.v.para(this.v.mentionToken[mi]);
  }

  private fromMention(mi: number): { entity: number; text: string } {
    const m = this.v.actors.mentions[mi];
    const e = this.v.actors.entities[m.entity];
    return { entity: m.entity, text: m.kind === "name" || m.kind === "surname" || !e ? m.text : e.name };
  }

  private lastEvent(at: number): SpeechEvent | null {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.events[lo - 1] : null;
  }

  private named(c: Cand): { entity: number | null; text: string } | null {
    const r = this.resolve(c, []);
    const e = r.entity !== null ? this.v.actors.entities[r.entity] : null;
    return (e && e.type === "PERSON") || (!e && /^\p{Lu}/u.test(r.text)) ? { entity: r.entity, text: r.text } : null;
  }

  private lastPerson(at: number, para: number, sent: number, past: PastSpeaker[]): { entity: number | null; text: string } | null {
    // The subject of a speech verb earlier in the same sentence: 'X said she called it ...'.
    const ev = this.lastEvent(at);
    if (ev && ev.sent === sent) {
      const r = this.named(ev.cand);
      if (r) return r;
    }
    // A person named earlier in this paragraph, else in the paragraph before (headlines skipped).
    const k = this.before(this.persons, at);
    if (k >= 0) {
      const mi = this.persons[k];
      const mp = this.paraOf(mi);
      let prevPara = para - 1;
      while (prevPara > mp && this.skipPara(prevPara)) prevPara--;
      if (mp === para || mp === prevPara) return this.subjectPerson(k, at);
    }
    // The last one who spoke, in a quotation or in reported speech.
    let pi = past.length - 1;
    while (pi >= 0 && past[pi].at >= at) pi--;
    const p = pi >= 0 && past[pi].para >= para - 3 ? past[pi] : null;
    if (ev && ev.para >= para - 3 && (!p || ev.at > p.at)) {
      const r = this.named(ev.cand);
      if (r) return r;
    }
    if (p) {
      const e = p.entity !== null ? this.v.actors.entities[p.entity] : null;
      if ((e && e.type === "PERSON") || (!e && /^\p{Lu}/u.test(p.text))) return { entity: p.entity, text: p.text };
    }
    return k >= 0 ? this.fromMention(this.persons[k]) : null;
  }

  /** In the sentence of persons[k], the person it is about: the speaker of a speech verb there,
   * else the first person not after a preposition and outside a leading subordinate clause. */
  private subjectPerson(k: number, at: number): { entity: number | null; text: string } {
    const v = this.v;
    const tok = v.mentionToken[this.persons[k]];
    const sent = v.tokens[tok].sent;
    const ev = this.lastEvent(at);
    if (ev && ev.sent === sent) {
      const r = this.named(ev.cand);
      if (r) return r;
    }
    const s = v.doc.sentences[sent];
    let from = Math.max(s.first, tok - REACH);
    if (v.lex.subordinators.has(v.tokens[from].lower)) {
      let c = from;
      while (c < s.last && v.tokens[c].text !== ",") c++;
      if (c < tok) from = c + 1;
    }
    let first = k;
    while (first > 0 && v.mentionToken[this.persons[first - 1]] >= from) first--;
    for (let i = first; i <= k; i++) {
      const t = v.mentionToken[this.persons[i]];
      if (t < from) continue;
      let p = t - 1;
      while (p >= from && (v.tokens[p].pos === "DET" || v.isTitle(p) || v.tokens[p].pos === "PROPN")) p--;
      if (p < from || v.tokens[p].pos !== "ADP") return this.fromMention(this.persons[i]);
    }
    return this.fromMention(this.persons[k]);
  }

  private lastOrg(at: number, para: number): { entity: number; text: string } | null {
    const k = this.before(this.orgs, at);
    if (k >= 0 && this.paraOf(this.orgs[k]) >= para - 2) return this.fromMention(this.orgs[k]);
    const g = this.before(this.places, at);
    const best = Math.max(k >= 0 ? this.orgs[k] : -1, g >= 0 ? this.places[g] : -1);
    return best >= 0 ? this.fromMention(best) : null;
  }

  /** The entity a via candidate names, if any. */
  entityOf(c: Cand): number | null {
    if (c.mention >= 0) return this.v.actors.mentions[c.mention].entity;
    const { text } = this.v.nameText(c);
    return this.entityNamed(text.toLowerCase());
  }
}

/** The first entity (index) named key, a lower-case name: by its name, a person's surname (the
 * name's last word) or the text of one of its mentions other than pronouns; null when none is. */
export function firstNamed(actors: ActorLayer, key: string): number | null {
  const { mentions, entities } = actors;
  // Lower-casing keeps the length of every character but 'İ', which gives 'i' and a combining
  // dot: only a key with that dot can be the lower case of a shorter text.
  const dotted = key.includes("\u0307");
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (lowerIs(e.name, 0, key, dotted) || (e.type === "PERSON" && lowerIs(e.name, lastWordStart(e.name), key, dotted))) return i;
    for (const mi of e.mentions) {
      const m = mentions[mi];
      if (m && m.kind !== "pronoun" && lowerIs(m.text, 0, key, dotted)) return i;
    }
  }
  return null;
}

/** s.slice(from).toLowerCase() === key, mostly without slicing or lower-casing s: only a tail of
 * key's length, or a shorter one with an 'İ' when the key is dotted, can match; ASCII characters
 * are compared as they are read. */
function lowerIs(s: string, from: number, key: string, dotted: boolean): boolean {
  const n = s.length - from;
  if (n !== key.length) return dotted && n < key.length && s.includes("\u0130", from) && s.slice(from).toLowerCase() === key;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(from + i);
    if (c >= 128) return s.slice(from).toLowerCase() === key;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i)) return false;
  }
  return true;
}

/** Where the last word of s starts, as s.split(/\s+/).pop() gives it (s.length after a trailing space). */
function lastWordStart(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && !isSpaceAt(s, i)) i--;
  return i + 1;
}

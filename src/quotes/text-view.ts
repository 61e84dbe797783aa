// Token-level helpers over a Doc and its actor mentions: where a character falls, which tokens
// are inside quotation marks, and the name-like chunks a speaker can be read from.
import type { ActorLayer, Doc, Token } from "../doc.js";
import type { QuoteLexicon } from "./lexicon.js";
import type { Cue } from "./attribution.js";
import type { Paragraph } from "./marks.js";
import { WordFilter } from "../nlp/word-filter.js";
import { WordColumn } from "../nlp/word-ids.js";
import { startsUpper } from "../actors/normalize.js";

export type CandKind = "name" | "pronoun" | "desc";

/** Words that may stand for a speaker: a name run (with the mentions inside it), a pronoun,
 * or a common-noun description ("the ministry"). Token range [a, b). */
export interface Cand {
  a: number;
  b: number;
  kind: CandKind;
  /** Index into actors.mentions of the mention that names the speaker, or -1. */
  mention: number;
  /** Followed by a possessive ('s): a determiner, not a speaker. */
  possessive: boolean;
  /** Preceded by a preposition (in Moscow, at the Council), unless a statement noun leads to it. */
  afterPrep: boolean;
}

const NAME_POS = new Set(["PROPN", "NOUN", "ADJ", "X", "NUM", "VERB"]);

/** The words a cue or a cue phrase can start with: one set, and a filter that rules most other
 * words out before the set is asked. */
interface CueStarts {
  words: Set<string>;
  filter: WordFilter;
  /** 1 or 0 by word id (Token.wid): whether the word is one of `words`. */
  byId: WordColumn<number>;
}

const CUE_STARTS = new WeakMap<QuoteLexicon, CueStarts>();

function cueStarts(lex: QuoteLexicon): CueStarts {
  let c = CUE_STARTS.get(lex);
  if (!c) {
    const words = new Set([...lex.phrases.keys(), ...lex.cues.keys()]);
    CUE_STARTS.set(lex, (c = { words, filter: new WordFilter(words), byId: new WordColumn<number>() }));
  }
  return c;
}

/** 1 when the token's lower-case form may start a cue, else 0. */
function startsCue(cs: CueStarts, t: Token): number {
  const lower = t.lower;
  let v = cs.byId.get(t.wid, lower);
  if (v === undefined) cs.byId.set(t.wid, lower, (v = cs.filter.mayHave(lower) && cs.words.has(lower) ? 1 : 0));
  return v;
}

/** The arrays' buffer of the last view released (see TextView.release): the next view takes it
 * instead of allocating and zeroing a backing store per article. */
let spare: ArrayBuffer | null = null;
/** The largest buffer kept for the next view (bytes). */
const SPARE_MAX = 4 << 20;

function takeBuffer(bytes: number): ArrayBuffer {
  const b = spare;
  if (b !== null && b.byteLength >= bytes) {
    spare = null;
    return b;
  }
  // Some room to spare, so that a slightly longer article next can use it too.
  return new ArrayBuffer(Math.max(1024, bytes + (bytes >> 1)));
}

/** How far (in tokens) an attribution is looked for around a cue or a quotation. */
export const REACH = 80;

export class TextView {
  declare readonly tokens: Token[];
  /** 1 for tokens between quotation marks (marks included). */
  declare readonly quoted: Uint8Array;
  /** For each token, the mention covering it, or -1. */
  declare readonly mentionOf: Int32Array;
  /** For each mention, tokenAt(its start). */
  declare readonly mentionToken: Int32Array;
  /** 1 for tokens outside quotations that may start a cue (a cue word or a phrase's first
   * word): cues are looked for at every token several times, so the lexicon is asked once. */
  declare readonly cueStart: Uint8Array;
  /** The cue read at a token (see cueAt), once asked. */
  declare readonly cueMemo: Map<number, Cue | null>;
  declare private readonly candMemo: Map<number, readonly Cand[]>;
  /** The headline flags of a paragraph list (see headlines in filter.ts), once asked. */
  declare headlineMemo: { paras: readonly Paragraph[]; flags: boolean[] } | null;
  declare readonly doc: Doc;
  declare readonly actors: ActorLayer;
  declare readonly lex: QuoteLexicon;
  declare private readonly buf: ArrayBuffer;
  declare private released: boolean;

  // The fields are set here, not declared with initializers: one short constructor per article.
  constructor(doc: Doc, actors: ActorLayer, lex: QuoteLexicon, quoteSpans: Array<[number, number]>) {
    this.doc = doc;
    this.released = false;
    this.actors = actors;
    this.lex = lex;
    this.cueMemo = new Map();
    this.candMemo = new Map();
    this.headlineMemo = null;
    const tokens = (this.tokens = doc.tokens);
    const n = tokens.length;
    const ms = actors.mentions;
    const nm = ms.length;
    // One buffer for the four arrays, reused from the last view: every cell is written below.
    const buf = (this.buf = takeBuffer((n + nm) * 4 + n * 2));
    const mentionOf = (this.mentionOf = new Int32Array(buf, 0, n));
    const mentionToken = (this.mentionToken = new Int32Array(buf, n * 4, nm));
    const quoted = (this.quoted = new Uint8Array(buf, (n + nm) * 4, n));
    const cueStart = (this.cueStart = new Uint8Array(buf, (n + nm) * 4 + n, n));
    let q = 0;
    let m = 0;
    // The next mention whose first token is not known yet: the first token ending after its start.
    let mt = 0;
    const cs = cueStarts(lex);
    cs.byId.sync();
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      while (q < quoteSpans.length && quoteSpans[q][1] <= t.start) q++;
      const inQuote = q < quoteSpans.length && quoteSpans[q][0] <= t.start && t.end <= quoteSpans[q][1];
      quoted[i] = inQuote ? 1 : 0;
      while (mt < nm && ms[mt].start < t.end) mentionToken[mt++] = i;
      while (m < ms.length && ms[m].end <= t.start) m++;
      mentionOf[i] = m < ms.length && ms[m].start < t.end && t.start < ms[m].end ? m : -1;
      // No cue is read inside a quotation (see cueAt): its words are not asked.
      cueStart[i] = inQuote ? 0 : startsCue(cs, t);
    }
    while (mt < nm) mentionToken[mt++] = n;
  }

  /** Hands the arrays' buffer to the next view: this view and its arrays are not read after. Once
   *  only; a very long article's buffer is not kept. */
  release(): void {
    if (this.released) throw new Error("TextView.release: released twice");
    this.released = true;
    if (this.buf.byteLength <= SPARE_MAX) spare = this.buf;
  }

  /** Index of the first token that ends after `pos` (tokens.length when none). */
  tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  para(i: number): number {
    const t = this.tokens[i];
    return t ? this.doc.sentences[t.sent]?.para ?? -1 : -1;
  }

  /** Start of the sentence holding token i, but never more than REACH tokens back, so that one
   * endless sentence full of quotes stays linear. */
  sentenceStart(i: number): number {
    const t = this.tokens[i];
    const first = t ? this.doc.sentences[t.sent]?.first ?? i : i;
    return Math.max(first, i - REACH);
  }

  isNameToken(i: number): boolean {
    const t = this.tokens[i];
    if (this.mentionOf[i] >= 0 && this.actors.mentions[this.mentionOf[i]].kind !== "pronoun") return true;
    if (!startsUpper(t.text) || !NAME_POS.has(t.pos)) return false;
    if (this.lex.notSpeakers.has(t.lower) || this.lex.dottedNotSpeakers.has(t.lower)) return false;
    const first = this.doc.sentences[t.sent]?.first === i;
    return !first || t.pos === "PROPN";
  }

  /** The name, pronoun and description chunks in tokens [a, b), in order. The passes ask for the
   * same ranges again (a cue's subject, for quotes and for reported speech): each is read once.
   * The list and its candidates are shared, not to be changed. */
  candidates(a: number, b: number, withDescriptions = false): readonly Cand[] {
    const key = ((a * (this.tokens.length + 1) + b) * 2) + (withDescriptions ? 1 : 0);
    let out = this.candMemo.get(key);
    if (!out) this.candMemo.set(key, (out = this.readCandidates(a, b, withDescriptions)));
    return out;
  }

  private readCandidates(a: number, b: number, withDescriptions: boolean): Cand[] {
    const out: Cand[] = [];
    for (let i = a; i < b; i++) {
      const t = this.tokens[i];
      if (this.quoted[i]) continue;
      const mi = this.mentionOf[i];
      if (mi >= 0 && this.actors.mentions[mi].kind === "pronoun") {
        out.push(this.cand(i, i + 1, "pronoun", mi));
        continue;
      }
      if (this.isNameToken(i)) {
        let j = i + 1;
        while (j < b && !this.quoted[j]) {
          // Two mentions side by side are two actors ("Israel" | "Martin Indyk").
          const mj = this.mentionOf[j];
          if (mj >= 0 && this.mentionOf[j - 1] >= 0 && mj !== this.mentionOf[j - 1]) break;
          if (this.isNameToken(j)) j++;
          else if ((this.lex.nameParticles.has(this.tokens[j].lower) || this.tokens[j].text === "-" || (this.tokens[j].text === "." && this.isTitle(j - 1))) && j + 1 < b && this.isNameToken(j + 1)) j += 2;
          else break;
        }
        const c = this.cand(i, j, "name", this.bestMention(i, j));
        // "ambassador to Israel Martin Indyk": the preposition takes the place, not the person after it.
        if (c.afterPrep && c.mention >= 0 && this.actors.mentions[c.mention].start > this.tokens[i].start) {
          let titled = false;
          for (let k = i; k < j && this.tokens[k].start < this.actors.mentions[c.mention].start; k++) if (this.isTitle(k)) titled = true;
          if (!titled && this.actors.entities[this.actors.mentions[c.mention].entity]?.type === "PERSON") c.afterPrep = false;
        }
        out.push(c);
        i = j - 1;
        continue;
      }
      if (t.pos === "PRON" && this.lex.speakerPronouns.has(t.lower)) {
        out.push(this.cand(i, i + 1, "pronoun", -1));
        continue;
      }
      if (withDescriptions && this.lex.determiners.has(t.lower)) {
        // A determiner, modifiers and a noun head: "the ministry", "the country's ambassador".
        let j = i + 1;
        let head = -1;
        while (j < b && j - i <= 6 && !this.quoted[j]) {
          const p = this.tokens[j].pos;
          if (p === "NOUN") head = j;
          else if (p !== "ADJ" && p !== "PROPN" && p !== "PART" && p !== "NUM" && this.tokens[j].text !== "-") break;
          j++;
        }
        if (head >= 0) {
          out.push(this.cand(i, head + 1, "desc", this.bestMention(i, head + 1)));
          i = head;
        }
      }
    }
    return out;
  }

  private cand(a: number, b: number, kind: CandKind, mention: number): Cand {
    const nx = this.tokens[b];
    const possessive = !!nx && (nx.lower === "'s" || nx.lower === "\u2019s" || ((nx.text === "'" || nx.text === "\u2019") && /s$/i.test(this.tokens[b - 1].text)));
    let k = a - 1;
    while (k >= 0 && this.lex.determiners.has(this.tokens[k].lower)) k--;
    const prev = this.tokens[k];
    let afterPrep = !!prev && prev.pos === "ADP" && prev.sent === this.tokens[a].sent;
    if (afterPrep && k > 0 && this.lex.statements.has(this.tokens[k - 1].lower)) afterPrep = false;
    return { a, b, kind, mention, possessive, afterPrep };
  }

  /** The mention inside tokens [a, b) that best names an actor: a person first, then the longest. */
  bestMention(a: number, b: number): number {
    let best = -1;
    let bestScore = -1;
    for (let i = a; i < b; i++) {
      const mi = this.mentionOf[i];
      if (mi < 0 || (i > a && this.mentionOf[i - 1] === mi)) continue;
      const m = this.actors.mentions[mi];
      const e = this.actors.entities[m.entity];
      const score = (e?.type === "PERSON" ? 1000 : 0) + (m.kind === "demonym" ? 0 : 100) + (m.end - m.start);
      if (score > bestScore) [best, bestScore] = [mi, score];
    }
    return best;
  }

  /** Surface words naming the candidate: titles in front of a name and a leading article dropped. */
  nameText(c: Cand): { text: string; span: [number, number] } {
    let a = c.a;
    if (c.kind === "name" && c.mention < 0) {
      let lastHead = -1;
      for (let i = c.a; i < c.b; i++) if (this.isTitle(i, true)) lastHead = i;
      if (lastHead >= 0) {
        let k = lastHead + 1;
        while (k < c.b && (this.isTitle(k) || this.tokens[k].text === "." || this.tokens[k].text === "-")) k++;
        if (k < c.b) a = k;
      }
    } else if (c.kind === "name" && c.mention >= 0) {
      const m = this.actors.mentions[c.mention];
      return { text: m.text, span: [m.start, m.end] };
    }
    if (c.kind === "desc" && this.lex.determiners.has(this.tokens[a].lower) && a + 1 < c.b) a++;
    const s = this.tokens[a].start;
    const e = this.tokens[c.b - 1].end;
    return { text: this.doc.text.slice(s, e), span: [s, e] };
  }

  /** A role word ("Minister", "Adm.") or a nationality-style word right before one. */
  isTitle(i: number, headOnly = false): boolean {
    const t = this.tokens[i];
    const lower = t.lower;
    const kind = this.lex.titles.get(lower) ?? this.lex.dottedTitles.get(lower);
    if (kind) return !headOnly || kind === "head";
    if (lower === "-" || lower === ".") return false;
    const nx = this.tokens[i + 1];
    return !!nx && nx.text === "-" && !!this.tokens[i + 2] && this.lex.titles.has(`${lower}-${this.tokens[i + 2].lower}`);
  }

  /** True when the whole chunk is titles ("the Foreign Minister"): a description, not a name. */
  allTitles(c: Cand): boolean {
    for (let i = c.a; i < c.b; i++) if (!this.isTitle(i) && this.tokens[i].text !== "." && this.tokens[i].text !== "-") return false;
    return true;
  }
}

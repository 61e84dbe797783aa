// First pass over the tokens: knowledge-base names, organizations and people recognized by
// their shape (head words, titles, name cues), capitals as places or as their governments.
// Single capitalized words that may be short names are left pending for the second pass.
import type { EntityType, MentionKind, Token } from "../doc.js";
import type { ActorKB, KBActor, TrieHit, WordHead } from "./kb.js";
import { matchKB, matchTitle, type KBMatch, type TitleMatch } from "./match.js";
import { isAllCaps, isPossessiveS, madeId, slug, startsLower, startsUpper } from "./normalize.js";
import { holders, nearestLeader, resolveActor } from "./roles.js";
import { actorsDataDir } from "./kb.js";
import { fuzzyCand, fuzzyCountry, fuzzyIndexOf, type FuzzyIndex } from "./fuzzy.js";
import { laterKeys, laterPartKeys, namePartKeys } from "./name-keys.js";
import { STATE_SECTORS } from "./schema.js";

export interface NewActor {
  name: string;
  type: EntityType;
  country: string | null;
  sector: string | null;
  role: string | null;
  /** The country is known to be none (an international official): no fallback applies. */
  settled?: boolean;
  /** Titled with a national office ("President X") but no country: take the sentence's. */
  national?: boolean;
  /** An ethnic group named for this country: it lives in another country of the sentence. */
  resident?: string;
}

export interface Cand {
  a: number;
  b: number;
  id: string;
  kind: MentionKind;
  made?: NewActor;
  /** Reached by a misspelling of a name ("Quatar"). */
  fuzzy?: true;
}

export interface Scan {
  cands: Cand[];
  /** Token indexes of single capitalized words that may be short names or acronyms. */
  pending: Array<{ i: number; hits: TrieHit[] }>;
  acronyms: Map<string, string>;
}

/** Longest capitalized run read as one name: bounds the work on hostile all-caps text. */
const MAX_RUN = 12;

const PLACE_KINDS = new Set(["country", "territory", "region", "city", "place"]);

/**
 * Scanner.inCountry(): the ids of a contextual name's list by their actor's country. The lists
 * are the knowledge base's own and never change; one name may hold every country's ministry.
 */
const byCountry = new WeakMap<string[], Map<string, string[]>>();

/** Scanner.flags: the shape (normalize.shapeOf), and whether the token is known to start no name or no title. */
const SHAPE = 3;
const NO_KB = 4;
const NO_TITLE = 8;

/** A Scanner's private per-token arrays, of `size` entries; kbAt and titleAt all undefined when spare. */
interface ScanBuffers {
  size: number;
  flags: Uint8Array;
  sentOf: Int32Array;
  kbAt: Array<KBMatch | null | undefined>;
  titleAt: Array<TitleMatch | null | undefined>;
  keys: string[];
  words: WordHead[];
}

/** The buffers of the last Scanner released, if no Scanner has taken them since. */
let spare: ScanBuffers | null = null;
/** Buffers for more tokens than this (one very long article) are not kept for the next Scanner. */
const KEEP_TOKENS = 65_536;

function takeBuffers(n: number): ScanBuffers {
  const buf = spare;
  if (buf && buf.size >= n) {
    spare = null;
    return buf;
  }
  const size = Math.max(n, 4096);
  return { size, flags: new Uint8Array(size), sentOf: new Int32Array(size), kbAt: new Array(size).fill(undefined), titleAt: new Array(size).fill(undefined), keys: new Array<string>(size), words: new Array<WordHead>(size) };
}

export class Scanner {
  readonly toks: Token[];
  /** Per token: its key. Like `words`, longer than the tokens when reused: read only indexes of tokens. */
  readonly keys: string[];
  /** How many tokens (the per-token typed arrays may be longer). */
  private n: number;
  /** Per token: SHAPE bits (0 other, 1 capitalized word, 2 Han characters), NO_KB, NO_TITLE. */
  private flags: Uint8Array;
  /** Per token: its sentence. */
  private sentOf: Int32Array;
  private kbAt: Array<KBMatch | null | undefined>;
  private titleAt: Array<TitleMatch | null | undefined>;
  private buf: ScanBuffers | null;
  /** Per token: its key, the first node of each trie under it, and what its lower-case form is. */
  readonly words: WordHead[];
  /** Indexes of the tokens "the" (for descriptions) and of pronoun words tagged PRON or DET. */
  readonly theAt: number[] = [];
  readonly pronounAt: number[] = [];
  /** Indexes of the head words of unnamed groups ("group", "activists"). */
  readonly groupAt: number[] = [];
  readonly cands: Cand[] = [];
  readonly pending: Array<{ i: number; hits: TrieHit[] }> = [];
  readonly acronyms = new Map<string, string>();

  constructor(toks: Token[], private kb: ActorKB, private date: string | null) {
    const n = (this.n = toks.length);
    this.toks = toks;
    // The per-token arrays come from the last Scanner released (release()), else anew; they
    // may be longer than n: every read checks the index against n first.
    const buf = (this.buf = takeBuffers(n));
    const keys = (this.keys = buf.keys);
    const flags = (this.flags = buf.flags);
    const sentOf = (this.sentOf = buf.sentOf);
    this.kbAt = buf.kbAt;
    this.titleAt = buf.titleAt;
    const words = (this.words = buf.words);
    const heads = kb.heads;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      const lower = t.lower;
      const w = (words[i] = heads.wordOf(t.text, lower, t.wid));
      keys[i] = w.key;
      if (lower === "the") this.theAt.push(i);
      else if (w.pronoun && (t.pos === "PRON" || t.pos === "DET")) this.pronounAt.push(i);
      sentOf[i] = t.sent;
      if (w.group) this.groupAt.push(i);
      // Most tokens start no name and no title: settle them here.
      flags[i] = w.shape | (w.noKB ? NO_KB : 0) | (w.title ? 0 : NO_TITLE);
    }
  }

  /** Gives the per-token arrays (keys and words too) to the next Scanner: call once this one and its arrays are no longer used. */
  release(): void {
    const buf = this.buf;
    if (!buf) return;
    this.buf = null;
    if (buf.size > KEEP_TOKENS) return;
    buf.kbAt.fill(undefined, 0, this.n);
    buf.titleAt.fill(undefined, 0, this.n);
    spare = buf;
  }

  kbMatch(i: number): KBMatch | null {
    if (i >= this.toks.length || this.flags[i] & NO_KB) return null;
    let m = this.kbAt[i];
    if (m === undefined) {
      m = matchKB(this.kb, this.toks, i, this.keys, this.toks.length, this.words[i].kb);
      // "US Trade Representative Jamieson Greer": a name ending in a title before a person's
      // name is the title, so the match stops before it.
      if (m && m.b - m.a > 1 && this.nameWord(m.b) && !anyPerson(m.hits)) {
        for (let k = m.a + 1; k < m.b; k++) {
          const tm = this.title(k);
          if (tm?.title && tm.b === m.b) {
            m = matchKB(this.kb, this.toks, i, this.keys, k, this.words[i].kb);
            break;
          }
        }
      }
      // "Israeli military action": an alias ending in a common noun, used as a modifier, leaves
      // only its demonym.
      const last = m ? this.toks[m.b - 1] : null;
      const next = m ? this.toks[m.b] : null;
      if (m && last && next && m.b - m.a > 1 && startsLower(last.text) && next.pos === "NOUN" && startsLower(next.text) && this.same(m.a, m.b)) {
        m = matchKB(this.kb, this.toks, i, this.keys, m.b - 1, this.words[i].kb);
      }
      this.kbAt[i] = m;
    }
    return m;
  }

  /** A knowledge-base match that is more than a short name of someone. */
  kbReal(i: number): KBMatch | null {
    const m = this.kbMatch(i);
    return m && anyNotSurname(m.hits) ? m : null;
  }

  title(i: number): TitleMatch | null {
    if (i >= this.toks.length || this.flags[i] & NO_TITLE) return null;
    let m = this.titleAt[i];
    if (m === undefined) this.titleAt[i] = m = matchTitle(this.kb.lex.titles, this.toks, i, this.keys, this.words[i].title);
    return m;
  }

  actor(id: string): KBActor | undefined {
    return this.kb.actors.get(id);
  }

  private cap(i: number): boolean {
    return i < this.n && (this.flags[i] & SHAPE) !== 0;
  }

  private sentStart(i: number): boolean {
    const t = this.toks[i];
    if (!t) return false;
    if (i === 0 || this.toks[i - 1].sent !== t.sent) return true;
    const p = this.toks[i - 1].text;
    return p === '"' || p === "\u201c" || p === "(" || p === ":" || p === "\u2018";
  }

  /** A capitalized word that can be part of a name. */
  private nameWord(i: number): boolean {
    const t = this.toks[i];
    if (!t || !this.cap(i)) return false;
    if (this.words[i].nonName) return false;
    if (this.sentStart(i) && t.pos !== "PROPN" && !this.kbMatch(i)) return false;
    return true;
  }

  private same(i: number, j: number): boolean {
    return i < this.n && j < this.n && this.sentOf[i] === this.sentOf[j];
  }

  private best(m: KBMatch): TrieHit | null {
    if (m.hits.length === 1) return m.hits[0].form === "surname" ? null : m.hits[0];
    // Between namesakes (Punjab in India and in Pakistan), the one in a country already named:
    // the first hit (not a short name) of the lowest (rank, unseen) pair, as a stable sort would put first.
    const seen = this.seenCountries();
    let top: TrieHit | null = null;
    let key = 0;
    for (const x of m.hits) {
      if (x.form === "surname") continue;
      const kx = rank(x) * 2 + (x.countryId !== null && seen.has(x.countryId) ? 0 : 1);
      if (top === null || kx < key) {
        top = x;
        key = kx;
      }
    }
    return top;
  }

  run(): Scan {
    const n = this.toks.length;
    let i = 0;
    while (i < n) {
      // Most tokens start nothing: no title, not capitalized, no name that fits under their key.
      const f = this.flags[i];
      if ((f & SHAPE) === 0 && (f & NO_TITLE || this.titleAt[i] === null) && (f & NO_KB || this.kbAt[i] === null)) {
        i++;
        continue;
      }
      const next = this.step(i);
      i = Math.max(next, i + 1);
    }
    return { cands: this.cands, pending: this.pending, acronyms: this.acronyms };
  }

  private push(c: Cand): number {
    this.cands.push(c);
    if (c.id.startsWith("country:")) this.seen.add(c.id);
    this.acronymAfter(c);
    return c.b;
  }

  /** "Indian Premier League (IPL)": the acronym names the same actor from here on. */
  private acronymAfter(c: Cand): void {
    const t = this.toks;
    if (c.kind === "pronoun" || c.kind === "demonym") return;
    if (t[c.b]?.text !== "(" || t[c.b + 2]?.text !== ")") return;
    const acro = t[c.b + 1]?.text ?? "";
    if (!isAllCaps(acro) || acro.length < 2) return;
    // The acronym starts like the name and is not a name of its own ("Kenya (AP)" is a credit).
    // The knowledge base may know the letters as someone else's: the initials of the name just
    // spelled out win ("Forces for the Defence of Democracy (FDD)").
    const own = !c.made && !!this.kb.contextual.get(acro.toLowerCase())?.includes(c.id);
    if (own || (acro[0] === t[c.a].text[0] && (!this.kbReal(c.b + 1) || (c.made && initialsOf(t, c.a, c.b) === acro.replace(/\./g, ""))))) {
      this.acronyms.set(t[c.b + 1].text.replace(/\./g, ""), c.id);
      this.cands.push({ a: c.b + 1, b: c.b + 2, id: c.id, kind: "acronym" });
    }
  }

  private step(i: number): number {
    const t = this.toks[i];
    // Titles come first: they may start lower case ("then-US president", "adviser").
    const tm = this.title(i);
    if (tm?.title && (this.nameWord(tm.b) || this.toks[tm.b]?.lower === "to" || (this.toks[tm.b]?.text === "," && this.nameWord(tm.b + 1))) && !this.orgHeadAhead(tm.a)) {
      const r = this.titledPerson(tm);
      if (r > i) return r;
    }
    if (!this.cap(i)) {
      const m = this.kbMatch(i);
      if (!m) return i + 1;
    }
    // An acronym the article has defined outranks the knowledge base's reading of the letters.
    const local = this.acronyms.size && isAllCaps(t.text) ? this.acronyms.get(t.text.replace(/\./g, "")) : undefined;
    if (local) return this.push({ a: i, b: i + 1, id: local, kind: "acronym" });
    const typo = this.misspelledPair(i);
    if (typo) return this.push(typo);
    const org = this.orgShape(i);
    if (org) return this.push(org);
    const m = this.kbMatch(i);
    if (m && (this.kbReal(i) || !this.personShape(i))) return this.fromKB(m);
    if (!this.nameWord(i)) return i + 1;
    const tk = this.toks;
    if (i >= 2 && tk[i - 1].lower === "of" && this.kb.lex.settlements.has(tk[i - 2].lower) && tk[i - 2].sent === t.sent) {
      let e = i + 1;
      while (e < this.toks.length && this.same(i, e) && this.nameWord(e) && e - i < 3) e++;
      const name = this.toks.slice(i, e).map((x) => x.text).join(" ");
      return this.push({ a: i, b: e, id: madeId("city:", name), kind: "name", made: { name, type: "GPE", country: this.contextCountry(i), sector: null, role: null } });
    }
    const person = this.personShape(i);
    if (person) return this.push(person);
    this.pending.push({ i, hits: [] });
    return i + 1;
  }

  private fuzzy: FuzzyIndex | undefined;

  /**
   * "New Zeland", "Saudi Arbia": the first word of a two-word country spelled right, the second
   * unknown and near, and no third capitalized word (a longer name).
   */
  private misspelledPair(i: number): Cand | null {
    const ix = (this.fuzzy ??= fuzzyIndexOf(this.kb, actorsDataDir()));
    const j = i + 1;
    // Most capitalized words have no capitalized word after them: that test first.
    if (!this.cap(j) || !this.same(i, j) || !ix.firstWords.has(this.keys[i])) return null;
    const t = this.toks;
    if (t[i].end === t[j].start || (this.same(i, j + 1) && this.cap(j + 1)) || this.kbMatch(j)) return null;
    const m = this.kbMatch(i);
    if ((m && m.b > j) || isAllCaps(t[j].text) || this.words[j].nonName) return null;
    if (this.sentStart(i) && t[i].pos !== "PROPN") return null;
    return fuzzyCand(fuzzyCountry(ix, `${this.keys[i]} ${t[j].text}`), i, j + 1);
  }

  private fromKB(m: KBMatch): number {
    const nx = this.toks[m.b];
    // "USA TODAY": an all-caps name inside a larger all-caps name.
    if (nx && nx.text.length > 1 && this.same(m.a, m.b) && isAllCaps(nx.text) && /^\p{L}+$/u.test(nx.text) && isAllCaps(this.toks.slice(m.a, m.b).map((x) => x.text).join(""))) return m.b + 1;
    const h = this.best(m);
    if (h && m.b - m.a > 2 && isPossessiveS(this.toks[m.a + 1].text) && h.kind === "org" && this.cap(m.a + 2)) {
      const owner = matchKB(this.kb, this.toks, m.a, this.keys, m.a + 1, this.words[m.a].kb);
      const place = owner?.hits.find((x) => x.kind === "country");
      if (place) {
        this.push({ a: m.a, b: m.a + 1, id: place.id, kind: "name" });
        return this.push({ a: m.a + 2, b: m.b, id: h.id, kind: "name" });
      }
    }
    if (!h) {
      this.pending.push({ i: m.a, hits: m.hits });
      return m.b;
    }
    // "Brussels" stands for Belgium, or for the EU in an article that has named the EU.
    const met = this.metonym(m);
    if (met) {
      const a = this.kb.actors.at(met.ai);
      // A capital in locative position is the city; as an agent it stands for the government.
      if (this.locative(m.a, m.b)) return this.push({ a: m.a, b: m.b, ...this.cityFor(m, a) });
      return this.push({ a: m.a, b: m.b, id: a.id, kind: "metonym" });
    }
    const a = this.kb.actors.at(h.ai);
    const inst = this.institution(m, h, a);
    if (inst) return this.push(inst);
    const kin = this.kinGroup(m, h, a);
    if (kin) return this.push(kin);
    if (a.kind === "person" && m.b - m.a === 1 && h.form === "alias") {
      this.pending.push({ i: m.a, hits: m.hits });
      return m.b;
    }
    return this.push({ a: m.a, b: m.b, id: a.id, kind: h.form === "demonym" ? "demonym" : "name" });
  }

  /** The metonym among the hits (not a city's): of several, the first the article has named, else the first. */
  private metonym(m: KBMatch): TrieHit | undefined {
    let first: TrieHit | undefined;
    let several = false;
    for (const x of m.hits) {
      if (x.form !== "metonym" || x.kind === "city") continue;
      if (first) {
        several = true;
        break;
      }
      first = x;
    }
    if (!several) return first;
    for (const x of m.hits) if (x.form === "metonym" && x.kind !== "city" && this.cands.some((c) => c.id === x.id)) return x;
    return first;
  }

  /**
   * "the British government", "Nigerian authorities", "Israel's high court": a demonym or a
   * country's possessive before an institution noun names that country's institution.
   */
  private institution(m: KBMatch, h: TrieHit, a: KBActor): Cand | null {
    const t = this.toks;
    if (!a.country || !(h.form === "demonym" || (a.kind === "country" && isPossessiveS(t[m.b]?.text ?? "")))) return null;
    const b = h.form === "demonym" ? m.b : m.b + 1;
    if (!this.same(m.a, b) || !startsLower(t[b].text)) return null;
    const nouns = this.kb.lex.groupNouns;
    const two = this.same(b, b + 1) && this.kb.lex.groupNounStarts.has(t[b].lower) ? nouns.get(`${t[b].lower} ${t[b + 1].lower}`) : undefined;
    const sector = two ?? nouns.get(t[b].lower);
    if (!sector) return null;
    const end = two ? b + 2 : b + 1;
    // "Israeli parliament building" uses the noun as a modifier; "army chief" starts a title. A
    // government stays one before a noun ("government officials", or a verb tagged as one).
    const nx = t[end];
    if (!two && sector !== "GOV" && nx && this.same(b, end) && startsLower(nx.text) && nx.pos === "NOUN") return null;
    if (this.title(b)?.title) return null;
    const name = spanText(t, m.a, end);
    // One entity per country and kind of institution: "Nigerian authorities" and "the Nigerian government" are one.
    const key = this.kb.lex.institutionIds.get(sector) ?? slug(t.slice(b, end).map((x) => x.text).join(" "));
    return { a: m.a, b: end, id: `org:${a.country.toLowerCase()}-${key}`, kind: "name", made: { name, type: "ORG", country: a.country, sector, role: null } };
  }

  /**
   * A people named for one country and living in another: "Bosnian Serbs" (the first word says
   * where), "the Albanians of southern Serbia", "ethnic Turks ... in Sweden" (the place in view).
   */
  private kinGroup(m: KBMatch, h: TrieHit, a: KBActor): Cand | null {
    const t = this.toks;
    if (!a.country || (a.kind !== "country" && a.kind !== "territory") || !this.same(m.a, m.b)) return null;
    if (h.form === "demonym" || h.form === "name") {
      // "Bosnian Serbs", "Kosovo Albanians": the second people lives where the first word says.
      const next = this.cap(m.b) ? this.kbMatch(m.b) : null;
      const second = next?.hits.find((y) => y.form === "demonym" && y.country);
      if (next && second && second.country !== a.country && t[next.b - 1].text.endsWith("s")) {
        return { a: m.a, b: next.b, id: a.id, kind: "demonym" };
      }
    }
    if (h.form !== "demonym" || !t[m.b - 1].text.endsWith("s")) return null;
    const cues = this.kb.lex.cues;
    const ethnic = m.a > 0 && cues.ethnicWords.has(t[m.a - 1].lower) && this.same(m.a - 1, m.a);
    // "the Albanians of (southern) Serbia".
    let k = m.b;
    if (k < t.length && cues.kinPlacePrepositions.has(t[k].lower)) {
      k++;
      while (k < m.b + 3 && startsLower(t[k]?.text ?? "") && t[k].pos === "ADJ") k++;
      const place = this.kbReal(k);
      const hit = place?.hits.find((y) => y.form !== "demonym" && PLACE_KINDS.has(y.kind));
      const cc = hit ? hit.country : null;
      if (cc && cc !== a.country && this.same(m.a, k)) {
        const a0 = ethnic ? m.a - 1 : m.a;
        const name = spanText(t, a0, m.b);
        return { a: a0, b: m.b, id: `group:${slug(name)}-${cc.toLowerCase()}`, kind: "name", made: { name, type: "NORP", country: cc, sector: null, role: null } };
      }
    }
    if (!ethnic) return null;
    const name = spanText(t, m.a - 1, m.b);
    return { a: m.a - 1, b: m.b, id: madeId("group:", name), kind: "name", made: { name, type: "NORP", country: null, sector: null, role: null, resident: a.country } };
  }

  private cityFor(m: KBMatch, country: KBActor): { id: string; kind: MentionKind; made?: NewActor } {
    const city = m.hits.find((h) => h.kind === "city") ?? null;
    if (city) return { id: city.id, kind: "name" };
    const name = this.toks.slice(m.a, m.b).map((t) => t.text).join(" ");
    const code = country.id.replace(/^\w+:/, "");
    const known = (this.kb.cities.get(name.toLowerCase()) ?? []).find((id) => this.actor(id)?.country === code || this.actor(id)?.country === country.country);
    if (known) return { id: known, kind: "name" };
    return { id: madeId("city:", name), kind: "name", made: { name, type: "GPE", country: country.country, sector: null, role: null } };
  }

  locative(a: number, b: number): boolean {
    const t = this.toks;
    const prev = t[a - 1];
    // A dateline: "NAIROBI, Kenya (AP) —", "WASHINGTON —".
    if (this.sentStart(a) && isAllCaps(t[a].text) && [",", "-", "\u2014", "\u2013", "("].includes(t[b]?.text ?? "")) return true;
    if (t[b]?.text === "-" && t[b + 1]?.lower === "based") return true;
    if (!prev || prev.sent !== t[a].sent) return false;
    if (this.kb.lex.locatives.has(prev.lower)) return true;
    if (this.kb.lex.cues.placeListLinks.has(prev.lower) && a >= 2) {
      const before = this.cands[this.cands.length - 1];
      if (before && before.b === a - 1 && before.id.startsWith("city:")) return true;
    }
    return false;
  }

  /** "Ministry of Foreign Affairs", "Indian Premier League", "U.S. State Department", "Royal Challengers Bengaluru". */
  private orgShape(i: number): Cand | null {
    const t = this.toks;
    const lex = this.kb.lex;
    if (!this.nameWord(i)) return null;
    const first = this.kbMatch(i);
    if (first && anyPersonName(first.hits)) return null;
    // Collect the capitalized run.
    const units = RUN.clear();
    let j = i;
    while (j < t.length && this.same(i, j) && units.n < MAX_RUN) {
      if (units.n && this.title(j)?.title && !this.words[j].orgHead && !this.orgHeadAhead(j)) break;
      const m = this.kbMatch(j);
      if (m && (units.n === 0 || !anyPerson(m.hits))) {
        units.push(j, m.b, m);
        j = m.b;
      } else if (this.cap(j) && !this.words[j].nonName || (units.n && startsUpper(t[j].text) && this.words[j].orgHead)) {
        units.push(j, j + 1, null);
        j++;
      } else if (units.n && (t[j].text === "-" || t[j].text === "&") && this.cap(j + 1)) {
        units.push(j, j + 1, null);
        j++;
      } else if (units.n && t[j].lower === "of" && this.cap(j + 1) && !this.title(j + 1)?.title) {
        units.push(j, j + 1, null);
        j++;
      } else if (units.n && isPossessiveS(t[j].text) && this.cap(j + 1) && !units.kb[units.n - 1]) {
        units.push(j, j + 1, null);
        j++;
      } else break;
    }
    if (!units.n) return null;
    const place = this.placeShape(i, units);
    if (place) return place;
    // The last head word among the unknown units.
    let h = -1;
    let ofAt = -1;
    for (let k = 0; k < units.n && ofAt < 0; k++) if (!units.kb[k] && t[units.a[k]].lower === "of") ofAt = k;
    for (let k = (ofAt > 0 ? ofAt : units.n) - 1; k > 0; k--) {
      const ua = units.a[k];
      if (!units.kb[k] && this.words[ua].headKey && startsUpper(t[ua].text)) {
        h = k;
        break;
      }
    }
    for (let k = units.n - 1; k >= 0 && h < 0; k--) {
      const ua = units.a[k];
      if (!units.kb[k] && this.words[ua].headKey && k > 0 && startsUpper(t[ua].text)) {
        h = k;
        break;
      }
    }
    let end: number;
    let head: string | null = null;
    if (h >= 0) {
      end = units.b[h];
      head = this.keys[units.a[h]];
    } else if (this.words[i].headKey && !first && lex.cues.orgHeadPrepositions.has(t[i + 1]?.lower ?? "") && this.cap(i + 2)) {
      end = i + 1;
      head = this.keys[i];
    } else {
      // Unknown capitalized words beside a known place: a team or firm named for it.
      if (!this.beside(i, units)) return null;
      end = units.b[units.n - 1];
    }
    if (first && first.b >= end) return null; // the knowledge base has the whole name
    // "the Fatah Party": a known organization followed by the head word of its own kind.
    if (first && head && first.b === end - 1 && t[i].lower !== "the") {
      const own = first.hits.map((x) => this.kb.actors.at(x.ai)).find((x) => x?.kind === "org" && x.sector && x.sector === lex.orgHeads.get(head!));
      if (own) return { a: i, b: end, id: own.id, kind: "name" };
    }
    // "... of Foreign Affairs", "... for Strategic and International Studies", "... of Russia".
    if (head && lex.cues.orgHeadPrepositions.has(t[end]?.lower ?? "") && this.same(i, end + 1)) {
      let k = end + 1;
      if (t[k]?.lower === "the") k++;
      let last = -1;
      while (k < t.length && this.same(i, k)) {
        if (this.cap(k) && !this.words[k].nonName) last = k;
        else if (!(lex.cues.orgNameLinks.has(t[k].lower) && this.cap(k + 1))) break;
        k++;
      }
      if (last >= 0) end = last + 1;
    } else if (head && lex.cues.orgHeadsBeforeCity.has(head)) {
      const m = this.kbMatch(end);
      if (m && m.hits.some((x) => x.kind === "city" || x.form === "metonym")) end = m.b;
    }
    let a = i;
    if (t[a].lower === "the") a++;
    // A name that the knowledge base knows without its leading country ("State Department").
    for (let s = a; s < end; ) {
      const m = this.kbMatch(s);
      if (m && m.b === end && m.a > a - 1) {
        const org = m.hits.find((x) => x.kind === "org");
        if (org) return { a, b: end, id: org.id, kind: "name" };
      }
      // Only a leading country, demonym or possessive may be skipped ("U.S. State Department").
      if (m && m.hits.some((x) => x.form === "demonym" || PLACE_KINDS.has(x.kind))) s = m.b;
      else if (isPossessiveS(t[s].text)) s++;
      else break;
    }
    const name = spanText(t, a, end);
    const country = this.orgCountry(a, end, head);
    let sector = head ? lex.orgHeads.get(head) ?? null : null;
    if (sector === "GOV") {
      // "Prosecutor General's Office", "Defense Intelligence Agency": a narrower word inside wins.
      for (let k = a; k < end; k++) {
        const s2 = lex.orgHeads.get(t[k].lower);
        if (s2 && s2 !== "GOV" && STATE_SECTORS.has(s2) && startsUpper(t[k].text)) sector = s2;
      }
    }
    // A name the knowledge base keeps for context ("Ministry of Foreign Affairs" of the country
    // in view) resolves to that country's entry.
    const ctxIds = this.kb.contextual.get(name.toLowerCase()) ?? [];
    const inCountry = country ? this.inCountry(ctxIds, country) : [];
    if (country && inCountry.length === 1) return { a, b: end, id: inCountry[0], kind: "name" };
    if (!country && ctxIds.length === 1 && this.actor(ctxIds[0])?.country == null) return { a, b: end, id: ctxIds[0], kind: "name" };
    const id = madeId("org:", name);
    return { a, b: end, id, kind: "name", made: { name, type: "ORG", country, sector, role: null } };
  }

  /** The ids of `ids` (a list of the knowledge base's contextual table) whose actor is of `country`. */
  private inCountry(ids: string[], country: string): readonly string[] {
    if (!ids.length) return ids;
    let by = byCountry.get(ids);
    if (!by) {
      by = new Map();
      for (const id of ids) {
        const c = this.actor(id)?.country;
        if (c === undefined || c === null) continue;
        const l = by.get(c);
        if (l) l.push(id);
        else by.set(c, [id]);
      }
      byCountry.set(ids, by);
    }
    return by.get(country) ?? [];
  }

  /**
   * Unknown capitalized words beside known places only ("Royal Challengers Bengaluru"), with no
   * "of" or possessive inside, and not one lone word opening the sentence or being a given name.
   */
  private beside(i: number, units: Units): boolean {
    const t = this.toks;
    if (units.n < 2) return false;
    let place = false;
    let unknown = 0;
    let firstUnknown = -1;
    for (let k = 0; k < units.n; k++) {
      const m = units.kb[k];
      const ua = units.a[k];
      if (m) {
        if (!anyPlace(m.hits)) return false;
        place = true;
      } else {
        if (t[ua].lower === "of" || isPossessiveS(t[ua].text)) return false;
        if (t[ua].text === "-") continue;
        if (this.kb.lex.givenNames.has(this.keys[ua])) return false;
        if (unknown++ === 0) firstUnknown = ua;
      }
    }
    if (!place || unknown === 0) return false;
    return !(unknown === 1 && firstUnknown === i && this.sentStart(i));
  }

  /** "Swiss Birch glacier", "Taiwan Strait", "Grand Kremlin Palace": a name ending in a geographic word. */
  private placeShape(i: number, units: Units): Cand | null {
    const t = this.toks;
    const words = this.kb.lex.placeWords;
    const n = units.n;
    let end = units.b[n - 1];
    let type = !units.kb[n - 1] && n > 1 ? words.get(this.keys[units.a[n - 1]]) : undefined;
    if (!type && t[end] && this.same(i, end) && startsLower(t[end].text) && this.words[end].placeWord) {
      // "Chinese coast guard vessels": after a bare demonym, a place word modifying another noun
      // names no place ("Ikeja district council" still holds the district).
      const after = t[end + 1];
      if (units.allDemonyms() && after && this.same(i, end + 1) && after.pos === "NOUN" && startsLower(after.text)) return null;
      type = words.get(t[end].lower);
      end++;
    }
    if (!type) return null;
    if (n === 1 && !units.kb[0] && this.sentStart(i)) return null;
    const first = this.kbMatch(i);
    if (first && first.b >= end) return null;
    let country: string | null = null;
    for (let k = 0; k < n && country === null; k++) country = this.countryOfHits(units.kb[k]);
    // "Ankara's Cankaya district": the possessor's country.
    const prev = this.cands[this.cands.length - 1];
    if (!country && prev && prev.b === i - 1 && isPossessiveS(t[i - 1].text) && isPlaceId(prev.id)) country = this.candCountry(prev);
    // "Grand Kremlin Palace": a national institution inside the name places it.
    for (let k = 0; k < n && country === null; k++) country = this.nationalOrgCountry(units.kb[k]);
    const name = spanText(t, i, end);
    return { a: i, b: end, id: madeId("place:", name), kind: "name", made: { name, type, country, sector: null, role: null } };
  }

  /** The country of the first national organization (not an IGO) among a match's hits. */
  private nationalOrgCountry(m: KBMatch | null): string | null {
    if (!m) return null;
    for (const x of m.hits) {
      const o = this.kb.actors.at(x.ai);
      if (o?.kind === "org" && o.country && o.sector !== "IGO") return o.country;
    }
    return null;
  }

  private orgHeadAhead(i: number): boolean {
    // "Prosecutor General's Office": the title word is part of an organization's name.
    const t = this.toks;
    for (let k = i + 1; k < Math.min(t.length, i + 5) && this.same(i, k); k++) {
      if (this.words[k].orgHead && this.cap(k)) return true;
      if (!this.cap(k) && !isPossessiveS(t[k].text) && t[k].text !== "-") return false;
    }
    return false;
  }

  /** The ids of the countries the article has named so far ("country:FRA"). */
  private seen = new Set<string>();
  private seenCountries(): Set<string> {
    return this.seen;
  }

  private countryOfHits(m: KBMatch | null): string | null {
    if (!m) return null;
    const seen = this.seenCountries();
    // Hits in a country already named first, else in data order.
    let other: string | null = null;
    for (const h of m.hits) {
      if (!h.country || !(PLACE_KINDS.has(h.kind) || h.form === "demonym")) continue;
      if (seen.has(h.countryId!)) return h.country;
      other ??= h.country;
    }
    return other;
  }

  private orgCountry(a: number, b: number, head: string | null): string | null {
    const t = this.toks;
    for (let k = a; k < b; k++) {
      const c = this.countryOfHits(this.kbMatch(k));
      if (c) return c;
    }
    // "Taiwan's Ministry of ..."
    if (a >= 2 && isPossessiveS(t[a - 1].text)) {
      const prev = this.cands[this.cands.length - 1];
      if (prev && prev.b === a - 1) return this.candCountry(prev);
    }
    const sector = head ? this.kb.lex.orgHeads.get(head) : null;
    if (!sector || !(STATE_SECTORS.has(sector) || sector === "PTY")) return null;
    return this.contextCountry(a);
  }

  /** The country of the place just mentioned ("In Taipei, the Ministry ..."); after "its", the sentence's subject. */
  contextCountry(a: number): string | null {
    const t = this.toks;
    const sent = t[a].sent;
    if (t[a - 1]?.lower === "its" || t[a - 1]?.lower === "their") {
      let first: Cand | null = null;
      for (let k = this.cands.length - 1; k >= 0 && t[this.cands[k].a].sent === sent; k--) if (this.cands[k].id.startsWith("country:")) first = this.cands[k];
      if (first) return this.candCountry(first);
    }
    for (let k = this.cands.length - 1; k >= 0; k--) {
      const c = this.cands[k];
      if (t[c.a].sent < sent - 1) break;
      if (isPlaceId(c.id)) return this.candCountry(c);
    }
    return null;
  }

  candCountry(c: Cand): string | null {
    if (c.made) return c.made.country;
    const a = this.actor(c.id);
    if (!a) return null;
    return resolveActor(a, this.date).country;
  }

  /** "US Trade Representative Jamieson Greer", "then-US president Joe Biden", "Indian Prime Minister Narendra". */
  private titledPerson(tm: TitleMatch): number {
    const t = this.toks;
    const def = tm.title!;
    const lex = this.kb.lex;
    const poss = (i: number) => isPossessive(t, i);
    // The qualifier: a country, demonym or organization right before the title.
    let q: Cand | null = null;
    let k = tm.a;
    // A possessive the knowledge base does not know ("Ruritania's emir, ..."): no guessing.
    let unknownOwner = false;
    let current = true;
    const prev = this.cands[this.cands.length - 1];
    if (prev && prev.b === tm.a && prev.kind !== "pronoun") q = prev;
    else if (prev && prev.b === tm.a - 1 && poss(tm.a - 1)) q = prev;
    if (q) k = q.a;
    else {
      // "Swiss Development Cooperation disaster risk reduction adviser", "Lebanon's new
      // President": skip the lower-case words.
      let s = tm.a - 1;
      while (s >= 0 && s > tm.a - 5 && t[s].sent === t[tm.a].sent && !this.cap(s) && (t[s].pos === "NOUN" || t[s].pos === "ADJ" || lex.notCurrent.has(t[s].lower))) {
        if (lex.notCurrent.has(t[s].lower)) current = false;
        s--;
      }
      const qualifies = (c: Cand) => c.kind === "demonym" || c.id.startsWith("country:") || (c.kind === "name" && (c.made?.type === "ORG" || this.actor(c.id)?.kind === "org"));
      if (prev && prev.b === s + 1 && s < tm.a - 1 && qualifies(prev)) q = prev;
      else if (poss(s) && prev && prev.b === s && qualifies(prev)) q = prev;
      else if (poss(s) && s >= 1 && lex.cues.countryNouns.has(t[s - 1].lower) && t[s - 2]?.lower === "the") {
        // "the country's ambassador": the country named last.
        for (let c = this.cands.length - 1; c >= 0 && !q; c--) if (this.cands[c].id.startsWith("country:") && !this.cands[c].made) q = this.cands[c];
      } else if (poss(s) && this.cap(s - 1)) unknownOwner = true;
      if (q && q.b <= s) k = s - (t[s - 1]?.lower === "the" ? 1 : 0);
    }
    for (let s = k - 1; s >= 0 && s >= k - 3 && t[s].sent === t[k].sent; s--) {
      if (t[s].text === "-") continue;
      if (lex.notCurrent.has(t[s].lower)) current = false;
      break;
    }
    // The name after the title: past "to Israel" ("ambassador to Israel Martin Indyk"), stacked
    // titles ("Supreme Leader Ayatollah Ali Khamenei") and an honorific ("Emir Sheikh Tamim").
    let nameStart = tm.b;
    for (let guard = 0; guard < 3; guard++) {
      const toAt = t[nameStart]?.lower === "to" ? nameStart + (t[nameStart + 1]?.lower === "the" ? 2 : 1) : -1;
      const to = toAt > 0 ? this.kbReal(toAt) : null;
      if (to && to.hits.some((h) => h.kind === "country") && (this.nameWord(to.b) || t[to.b]?.text === ",")) {
        nameStart = to.b;
        continue;
      }
      const more = this.title(nameStart);
      if (more?.title && this.cap(nameStart) && this.nameWord(more.b)) {
        nameStart = more.b;
        continue;
      }
      const hon = lex.honorifics.has(this.keys[nameStart] ?? "") ? nameStart + (t[nameStart + 1]?.text === "." ? 2 : 1) : -1;
      if (hon > 0 && this.cap(nameStart) && this.nameWord(hon) && !this.kbReal(hon)) {
        nameStart = hon;
        continue;
      }
      break;
    }
    // "Qatar's emir, Sheikh Tamim ...", "the country's ambassador to the United States, Jane Doe, said".
    let apposition = false;
    if (t[nameStart]?.text === "," && this.same(nameStart, nameStart + 1)) {
      if (!(q || unknownOwner || t[tm.a - 1]?.lower === "the") || !this.nameWord(nameStart + 1)) return tm.a + 1;
      nameStart++;
      apposition = true;
      const hon = lex.honorifics.has(this.keys[nameStart]) ? nameStart + (t[nameStart + 1]?.text === "." ? 2 : 1) : -1;
      if (hon > 0 && this.nameWord(hon) && !this.kbReal(hon)) nameStart = hon;
    }
    const km = this.kbMatch(nameStart);
    const kp = km?.hits.find((h) => h.kind === "person" && h.form !== "surname");
    if (km && kp) return this.push({ a: nameStart, b: km.b, id: kp.id, kind: "name" });
    let e = nameStart;
    let n = 0;
    while (e < t.length && n < 4 && e - nameStart < 10 && this.same(nameStart, e)) {
      const m = this.kbMatch(e);
      if (m && !m.hits.every((h) => h.form === "surname" || h.kind === "person")) break;
      if (this.cap(e) && !this.words[e].nonName && !this.words[e].orgHead) {
        e++;
        n++;
      } else if (e > nameStart && this.particle(e)) e++;
      else break;
    }
    while (e > nameStart && !this.cap(e - 1)) e--;
    if (e === nameStart) return tm.a + 1;
    if (apposition) {
      // The apposition closes: a comma, the sentence end or a verb follows the name.
      const nx = t[e];
      const closes = !nx || !this.same(nameStart, e) || nx.text === "," || nx.text === "." || nx.pos === "VERB" || nx.pos === "AUX" || nx.pos === "ADV" || lex.speechVerbs.has(nx.lower);
      if (!closes || (n < 2 && !this.kb.names.has(t[nameStart].lower))) return tm.a + 1;
    }
    const words: string[] = [];
    const wordKeys: string[] = [];
    for (let x = nameStart; x < e; x++) {
      if (t[x].text === "-") continue;
      words.push(t[x].text);
      wordKeys.push(this.keys[x]);
    }
    let qCountry = q ? this.candCountry(q) : null;
    const qOrg = q && (this.actor(q.id)?.kind === "org" || q.made?.type === "ORG") ? q : null;
    // "King Hassan of Morocco".
    let ofPlace: KBActor | null = null;
    if (!q && t[e]?.lower === "of" && this.same(e, e + 1)) {
      const h = this.kbReal(e + 1)?.hits.find((x) => x.kind === "country" || x.kind === "territory");
      if (h) {
        ofPlace = this.actor(h.id)!;
        qCountry = ofPlace.country;
      }
    }
    // A partial name of the officeholder on the date ("Prime Minister Narendra").
    const of = qOrg && !qOrg.made ? qOrg.id : qCountry;
    if (of) {
      for (const pid of holders(this.kb.offices, def.office, of, this.date)) {
        const parts = namePartKeys(this.actor(pid)!);
        if (wordKeys.every((k) => parts.has(k))) return this.push({ a: nameStart, b: e, id: pid, kind: e - nameStart > 1 ? "name" : "surname" });
      }
    }
    if (words.length === 1) {
      const key = wordKeys[0];
      for (let c = this.cands.length - 1; c >= 0; c--) {
        const id = this.cands[c].id;
        if (!id.startsWith("person:")) continue;
        const a = this.actor(id);
        if ((a ? laterPartKeys(a) : laterKeys(this.cands[c].made?.name ?? "")).includes(key)) return this.push({ a: nameStart, b: e, id, kind: "surname" });
      }
    }
    // A known person under a short name ("President Putin").
    const known = this.kb.names.get(words.join(" ").toLowerCase())?.filter((id) => this.actor(id)?.kind === "person") ?? [];
    const fit = known.filter((id) => !qCountry || this.actor(id)!.country === qCountry);
    // Namesakes ("President Bush"): the one in this office on the date, else the nearest term.
    const inOffice = this.date ? fit.filter((id) => holders(this.kb.offices, def.office, this.actor(id)!.country ?? "", this.date).includes(id)) : [];
    const pick = fit.length === 1 ? fit[0] : inOffice.length === 1 ? inOffice[0] : def.office === "head-of-state" || def.office === "head-of-government" ? nearestLeader(fit.map((id) => this.actor(id)!), this.date)?.id : undefined;
    if (pick) return this.push({ a: nameStart, b: e, id: pick, kind: e - nameStart > 1 ? "name" : "surname" });
    const name = spanText(t, nameStart, e);
    let sector = current ? def.sector : null;
    if (current && !sector && qOrg) sector = qOrg.made ? qOrg.made.sector : this.actor(qOrg.id)?.sector ?? null;
    if (current && !sector && qCountry && !qOrg && def.office === "adviser") sector = "GOV";
    const qName = q && !qOrg ? (this.actor(q.id)?.kind === "country" || q.kind === "demonym" ? this.actor(q.id)?.name : this.actor(q.id)?.name ?? q.made?.name) : qOrg ? (this.actor(qOrg.id)?.name ?? qOrg.made?.name) : ofPlace?.name ?? null;
    const role = current ? [capitalize(def.words, lex.names.lowerInTitles), qName ? `of ${withArticle(qName, lex.names.takesThe)}` : ""].filter(Boolean).join(" ") : null;
    const settled = !!qOrg && !qCountry;
    // A national office with no country said: the sentence or the article supplies it (index.ts).
    const national = !qCountry && !qOrg && !unknownOwner && lex.nationalOffices.has(def.office);
    return this.push({ a: nameStart, b: e, id: madeId("person:", name), kind: "name", made: { name, type: "PERSON", country: qCountry, sector, role, settled, national } });
  }

  private hyphenLink(k: number): boolean {
    const t = this.toks;
    return t[k]?.text === "-" && k > 0 && joined(t, k - 1) && joined(t, k) && t[k + 2]?.text === "-" && /^\p{Ll}{1,3}$/u.test(t[k + 1].text) && joined(t, k + 1) && joined(t, k + 2) && this.cap(k + 3);
  }

  /** "von der Leyen", "al Assad", "Ching-te": lower-case links inside a person's name. */
  private particle(e: number): boolean {
    const particles = this.kb.lex.names.particles;
    const t = this.toks;
    if (!this.same(e, e + 1)) return false;
    // "Zia-ul-Haq": a short lower-case link between two attached hyphens.
    if (t[e].text === "-" && this.hyphenLink(e)) return true;
    if (e > 0 && this.hyphenLink(e - 1)) return true;
    if (t[e].lower !== "-" && !particles.has(t[e].lower)) return false;
    if (t[e].text === "-" && !joined(t, e)) return false;
    return this.cap(e + 1) || ((t[e + 1].lower === "-" || particles.has(t[e + 1].lower)) && this.cap(e + 2));
  }

  /** Two to four capitalized words with a cue that they name a person. */
  private personShape(i: number): Cand | null {
    const t = this.toks;
    const lex = this.kb.lex;
    let e = i;
    let n = 0;
    while (e < t.length && n < 4 && e - i < 10 && this.same(i, e)) {
      if (this.kbReal(e)) break;
      if (e > i && this.title(e)?.title && this.nameWord(this.title(e)!.b)) break;
      if (this.cap(e) && !this.words[e].nonName && !this.words[e].orgHead && !isAllCaps(t[e].text)) {
        e++;
        n++;
      } else if (e > i && this.particle(e)) e++;
      else break;
    }
    while (e > i && !this.cap(e - 1)) e--;
    const prev = t[i - 1];
    const hon = prev?.text === "." ? t[i - 2] : prev;
    const honorific = !!hon && hon.sent === t[i].sent && lex.honorifics.has(hon.lower);
    if (n === 0 || (n === 1 && !honorific)) return null;
    const next = t[e];
    const cue =
      honorific ||
      lex.givenNames.has(this.keys[i]) ||
      (!!prev && prev.sent === t[i].sent && lex.speechVerbs.has(prev.lower)) ||
      (!!next && next.sent === t[i].sent && lex.speechVerbs.has(next.lower)) ||
      (next?.text === "," && lex.cues.personAfterComma.has(t[e + 1]?.lower ?? "") && t[e + 1].sent === t[i].sent) ||
      (next?.text === "," && t[e + 1]?.pos === "NUM");
    if (!cue) return null;
    const name = spanText(t, i, e);
    return { a: i, b: e, id: madeId("person:", name), kind: "name", made: { name, type: "PERSON", country: null, sector: null, role: null } };
  }
}

/**
 * orgShape()'s capitalized run: per unit its tokens [a, b) and its knowledge-base match, if any.
 * One instance serves every call (orgShape() is not reentrant): nothing is kept past the call.
 */
class Units {
  readonly a = new Int32Array(MAX_RUN);
  readonly b = new Int32Array(MAX_RUN);
  readonly kb = new Array<KBMatch | null>(MAX_RUN).fill(null);
  n = 0;

  clear(): this {
    this.kb.fill(null, 0, this.n);
    this.n = 0;
    return this;
  }

  push(a: number, b: number, kb: KBMatch | null): void {
    this.a[this.n] = a;
    this.b[this.n] = b;
    this.kb[this.n++] = kb;
  }

  /** Every unit a knowledge-base match whose hits are all demonyms. */
  allDemonyms(): boolean {
    for (let k = 0; k < this.n; k++) {
      const m = this.kb[k];
      if (!m) return false;
      for (const h of m.hits) if (h.form !== "demonym") return false;
    }
    return true;
  }
}

const RUN = new Units();

/** Whether a hit is a place's (a country, territory, region, city or place). */
function anyPlace(hits: TrieHit[]): boolean {
  for (const h of hits) if (PLACE_KINDS.has(h.kind)) return true;
  return false;
}

/** Whether a hit is a person's (any form). */
function anyPerson(hits: TrieHit[]): boolean {
  for (const h of hits) if (h.kind === "person") return true;
  return false;
}

/** Whether a hit is more than a short name of someone. */
function anyNotSurname(hits: TrieHit[]): boolean {
  for (const h of hits) if (h.form !== "surname") return true;
  return false;
}

/** Whether a hit is a person's name (not only a short name). */
function anyPersonName(hits: TrieHit[]): boolean {
  for (const h of hits) if (h.kind === "person" && h.form !== "surname") return true;
  return false;
}

/** The id of a country, territory, region or city (not of a place without a country of its own). */
export function isPlaceId(id: string): boolean {
  return id.startsWith("country:") || id.startsWith("city:") || id.startsWith("region:") || id.startsWith("territory:");
}

/** Which form of a name the knowledge base prefers when several match. */
function rank(h: TrieHit): number {
  return h.form === "name" ? 0 : h.form === "alias" ? 1 : h.form === "metonym" ? 2 : h.form === "demonym" ? 3 : 4;
}

function withArticle(name: string, takesThe: RegExp): string {
  return takesThe.test(name) ? `the ${name}` : name;
}

function isPossessive(t: Token[], i: number): boolean {
  return i >= 0 && isPossessiveS(t[i].text);
}

/** The text of tokens a..b with one space wherever the text has space between two of them. */
function spanText(t: Token[], a: number, b: number): string {
  let s = "";
  for (let k = a; k < b; k++) s += (k > a && t[k].start > t[k - 1].end ? " " : "") + t[k].text;
  return s;
}

/** Token k touches token k + 1 (no space between). */
function joined(t: Token[], k: number): boolean {
  return t[k + 1] !== undefined && t[k].end === t[k + 1].start;
}

function initialsOf(t: Token[], a: number, b: number): string {
  let s = "";
  for (let k = a; k < b; k++) if (startsUpper(t[k].text)) s += t[k].text[0];
  return s;
}

/** capitalize() by small-word list and title words (titles are few and come back often). */
const capitalized = new WeakMap<Set<string>, Map<string, string>>();

/** A title written capitalized, but for the small words ("Minister of Foreign Affairs"). */
function capitalize(s: string, small: Set<string>): string {
  let memo = capitalized.get(small);
  if (!memo) capitalized.set(small, (memo = new Map()));
  let out = memo.get(s);
  if (out === undefined) memo.set(s, (out = capitalizeWords(s, small)));
  return out;
}

function capitalizeWords(s: string, small: Set<string>): string {
  return s
    .split(" ")
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

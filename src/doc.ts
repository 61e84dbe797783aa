// The shared vocabulary of the pipeline: one immutable article text and layers of standoff
// annotations over it. Every offset is a UTF-16 index into `Doc.text`, [start, end).
// Stages read earlier layers and add their own; none rewrites another's.

export type Span = [number, number];

/** Universal POS tags as wink-eng-lite-web-model emits them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface Token {
  start: number;
  end: number;
  /** Surface text, equal to text.slice(start, end). */
  text: string;
  /** Lower-cased surface form. */
  lower: string;
  /** Id of the lower-case form, shared by the stages of one batch (src/nlp/word-ids.ts). */
  wid: number;
  /** Lemma from wink (lower case). */
  lemma: string;
  pos: Pos;
  /** Index of the sentence holding the token. */
  sent: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** First token index (inclusive) and last (exclusive). */
  first: number;
  last: number;
  /** Index of the paragraph (line-separated block) holding the sentence. */
  para: number;
}

/** Tokens and sentences of one article text. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "OTHER";

export type MentionKind =
  | "name" // the full or canonical name, or an alias from the knowledge base
  | "surname" // a later short form of a person's name ("Xi")
  | "acronym"
  | "title" // a role description resolved to a person ("the Chinese leader", "the US president")
  | "description" // a common-noun description resolved to an org ("the ministry")
  | "pronoun" // he, she, it, they resolved to an actor
  | "demonym" // "Chinese", "Taiwanese" standing for the country
  | "metonym"; // a capital or seat standing for the government ("Beijing", "the White House")

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Index into ActorLayer.entities. */
  entity: number;
  kind: MentionKind;
  /** The text misspells the name ("Quatar"): the actor was reached by a near match. */
  fuzzy?: true;
}

export interface Entity {
  /** Canonical actor id: 'person:xi-jinping', 'country:CHN', 'org:xinhua', ... */
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 or null. */
  country: string | null;
  /** GOV MIL LEG JUD MED BUS IGO NGO REB CVL ... or null. */
  sector: string | null;
  /** Role valid on the article date, e.g. 'President of China'. */
  role: string | null;
  /** Indexes into ActorLayer.mentions, in text order. */
  mentions: number[];
  /** True when the entity came from the knowledge base, false when recognized by shape. */
  known: boolean;
}

export interface ActorLayer {
  entities: Entity[];
  /** All mentions, sorted by start offset, non-overlapping. */
  mentions: Mention[];
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-05-12, 2025-W23, P90D, PAST_REF, XXXX-05-12 ... */
  value: string;
  /** TIMEX3 mod (APPROX, START, END, MORE_THAN ...) when the expression carries one. */
  mod?: string;
  /** How the value was reached: 'absolute', 'published', 'previous-timex', 'tense:past' ... */
  anchor?: string;
}

export interface Quote {
  start: number;
  end: number;
  /** The quoted words, without the quote marks. */
  text: string;
  /** Index into ActorLayer.entities, or null. */
  speaker: number | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  /** Index into ActorLayer.entities of the outlet or statement it came through, or null. */
  via: number | null;
  /** False for indirect speech ("Xi told Trump that ..."). */
  direct: boolean;
}

export type Modality = "asserted" | "future" | "hypothetical" | "negated" | "reported";

export interface Event {
  /** PLOVER type, or OTHER for a happening outside PLOVER. */
  type: string;
  category: string | null;
  mode: string | null;
  context: string[];
  /** Indexes into ActorLayer.entities. */
  source: number[];
  target: number[];
  date: string | null;
  /** Index into ActorLayer.entities of the place, or null. */
  location: number | null;
  modality: Modality;
  cameo: string | null;
  intensity: number | null;
  evidence: Span;
  /** The trigger words that matched the pattern. */
  trigger: Span;
  /** Id of the lexicon pattern that coded the event. */
  pattern: string;
  /** Index into timexes of the expression that dated it, or null. */
  timex: number | null;
  /** Indexes into ActorLayer.mentions used as source and target. */
  sourceMentions: number[];
  targetMentions: number[];
  /** The entity that reported the event, for reported speech ("China said the US had ..."). */
  reportedBy: number | null;
  confidence: number;
}

export type CreditKind = "photo" | "reporting" | "byline" | "source";

export interface Credit {
  kind: CreditKind;
  text: string;
  /** Where the credit stood in the document text. */
  span: Span;
}

/** An article found in a page, before analysis. */
export interface ArticleSegment {
  /** [start, end) in the document text. */
  span: Span;
  /** The body with boilerplate and credit lines removed. */
  text: string;
  /** Maps an offset in `text` to an offset in the document text, per kept piece. */
  pieces: Array<{ from: number; to: number; docStart: number }>;
  title: string | null;
  byline: string | null;
  credits: Credit[];
  truncated: boolean;
  /** Optional dateline ("WASHINGTON", "BEIJING (Reuters)"). */
  dateline: string | null;
}

/** A page ready to segment: text plus what its container said about it. */
export interface Page {
  /** The document's text (for HTML: the extracted main text). */
  text: string;
  source: string;
  contentType: string;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  url?: string | null;
  siteName?: string | null;
  lang?: string | null;
  /** Credits found by the extractor (photo captions and the like). */
  credits?: Credit[];
  /** True when the container already delimits one article (HTML page, feed item). */
  singleArticle?: boolean;
}

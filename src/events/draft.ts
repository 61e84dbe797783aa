// The state of one trigger between reading its clause (analyze.ts) and coding it (finish.ts),
// and what the coder remembers across sentences.
import type { Event, Modality } from "../doc.js";
import type { Match } from "./match.js";

export interface Draft {
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

export interface Recent {
  ev: Event;
  lemma: string;
  sent: number;
}

/** The latest pairs of entities named together in the text: of persons, of others, of any two. */
export interface NamedPairs {
  person: number[] | null;
  other: number[] | null;
  any: number[] | null;
}

export interface Pairs {
  /** The pairs named up to the current sentence (read from the text only when first asked for). */
  latest: () => Readonly<NamedPairs>;
  evPerson: number[] | null;
  evOther: number[] | null;
  evAny: number[] | null;
  /** The pair a plural anaphor resolved to, and in which sentence. */
  used: { pair: number[]; sent: number } | null;
}

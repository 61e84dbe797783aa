// The state of one trigger between reading its clause (analyze.ts) and coding it (finish.ts),
// and what the coder remembers across sentences.
import type { Event, Modality } from "../doc.js";
import type { Match } from "./match.js";

/** Bits of Draft's yes/no facts. */
const PAST = 1;
const DROP = 2;
const NEG_GOV = 4;
const SRC_INHERITED = 8;
const FOLLOWS_PREV = 16;
const INFINITIVE = 32;
const GENERIC = 64;
const RELATIVE = 128;
const FUTURE_NEG = 256;
const BETWEEN = 512;
const AGENTLESS = 1024;
const COORD = 2048;
const LIFTED = 4096;
const PASSIVE = 8192;

/** A draft is made for every matched trigger: its yes/no facts are kept as bits of one number
 *  (read and written through the accessors below) so that it stays a small object. */
export class Draft {
  reportedBy: number | null = null;
  governedBy: Draft | null = null;
  private bits = 0;

  constructor(
    public m: Match,
    public type: string,
    public src: number[],
    public tgt: number[],
    public modality: Modality,
    public evStart: number,
    public evEnd: number,
  ) {}

  private flag(bit: number): boolean {
    return (this.bits & bit) !== 0;
  }

  private setFlag(bit: number, on: boolean): void {
    this.bits = on ? this.bits | bit : this.bits & ~bit;
  }

  get past(): boolean { return this.flag(PAST); }
  set past(on: boolean) { this.setFlag(PAST, on); }
  get drop(): boolean { return this.flag(DROP); }
  set drop(on: boolean) { this.setFlag(DROP, on); }
  /** The governing trigger negates this one ("refused to ..."). */
  get negGov(): boolean { return this.flag(NEG_GOV); }
  set negGov(on: boolean) { this.setFlag(NEG_GOV, on); }
  get srcInherited(): boolean { return this.flag(SRC_INHERITED); }
  set srcInherited(on: boolean) { this.setFlag(SRC_INHERITED, on); }
  /** "..., resulting in agreements": the nominal shares the participants of the event before it. */
  get followsPrev(): boolean { return this.flag(FOLLOWS_PREV); }
  set followsPrev(on: boolean) { this.setFlag(FOLLOWS_PREV, on); }
  /** The trigger heads an infinitive ("to demand"). */
  get infinitive(): boolean { return this.flag(INFINITIVE); }
  set infinitive(on: boolean) { this.setFlag(INFINITIVE, on); }
  /** The doers are a group named by a common noun, not a known actor. */
  get generic(): boolean { return this.flag(GENERIC); }
  set generic(on: boolean) { this.setFlag(GENERIC, on); }
  /** The subject came through a relative pronoun ("who", "which", "whom"). */
  get relative(): boolean { return this.flag(RELATIVE); }
  set relative(on: boolean) { this.setFlag(RELATIVE, on); }
  /** "will not", "would not": a refusal. */
  get futureNeg(): boolean { return this.flag(FUTURE_NEG); }
  set futureNeg(on: boolean) { this.setFlag(FUTURE_NEG, on); }
  /** The actors came from "between X and Y". */
  get between(): boolean { return this.flag(BETWEEN); }
  set between(on: boolean) { this.setFlag(BETWEEN, on); }
  /** A passive without a by-agent ("was jailed"): the doer is left unsaid. */
  get agentless(): boolean { return this.flag(AGENTLESS); }
  set agentless(on: boolean) { this.setFlag(AGENTLESS, on); }
  /** The subject came from a coordinated verb phrase. */
  get coord(): boolean { return this.flag(COORD); }
  set coord(on: boolean) { this.setFlag(COORD, on); }
  /** The restriction the nominal names is being lifted ("lifted the blockade"). */
  get lifted(): boolean { return this.flag(LIFTED); }
  set lifted(on: boolean) { this.setFlag(LIFTED, on); }
  /** A passive verb: its "by" phrase is the doer. */
  get passive(): boolean { return this.flag(PASSIVE); }
  set passive(on: boolean) { this.setFlag(PASSIVE, on); }
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

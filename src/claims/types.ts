import type { Span } from "../doc.js";

export type Stance = "asserts" | "denies" | "plans" | "threatens" | "doubts" | "unclear";

export interface ChainLink {
  /** Index into ActorLayer.entities, or null when the link has no actor (e.g. "a government readout"). */
  entity: number | null;
  text: string;
  role: "speaker" | "document" | "outlet" | "publisher";
}

export interface Proposition {
  /** Index into the article's events, when the claim carries one. */
  event: number | null;
  type: string | null;
  source: number[];
  target: number[];
  date: string | null;
  /** Negative for "had not spoken", "denied that ...". */
  polarity: "positive" | "negative";
  text: string;
  span: Span;
}

export interface Claim {
  kind: "quote" | "indirect" | "event" | "nominal" | "doubt";
  claimant: number | null;
  claimantText: string | null;
  chain: ChainLink[];
  stance: Stance;
  proposition: Proposition;
  /** Planned or announced events wait for a later report: pending, then done or cancelled. */
  status: "pending" | null;
  evidence: Span;
}

export interface ClaimLink {
  /** Indexes into the claims list. */
  from: number;
  to: number;
  relation: "supports" | "contradicts";
  /** Why the two were linked: 'same-event', 'denial', 'embedded', 'content'. */
  reason: string;
}

export interface ClaimLedger {
  claims: Claim[];
  links: ClaimLink[];
}

// Claims in the eventline/1 record: entity ids instead of indexes, evidence with its text.
import type { ActorLayer, Span } from "../doc.js";
import type { ClaimLedger, Stance } from "./types.js";

export interface ClaimRecord {
  id: string;
  kind: string;
  claimant: string | null;
  claimantText: string | null;
  chain: Array<{ entity: string | null; text: string; role: string }>;
  stance: Stance;
  status: "pending" | null;
  proposition: {
    event: string | null;
    type: string | null;
    source: string[];
    target: string[];
    date: string | null;
    polarity: "positive" | "negative";
    text: string;
    span: Span;
  };
  evidence: { span: Span; text: string };
  /** Other claims of the same article that this one supports or contradicts. */
  links: Array<{ claim: string; relation: "supports" | "contradicts"; reason: string }>;
}

export function claimRecords(articleId: string, text: string, actors: ActorLayer, ledger: ClaimLedger, eventId: (i: number) => string): ClaimRecord[] {
  const id = (i: number | null) => (i === null ? null : actors.entities[i]?.id ?? null);
  const ids = (xs: number[]) => [...new Set(xs.map(id).filter((x): x is string => !!x))];
  const recs: ClaimRecord[] = ledger.claims.map((c, i) => ({
    id: `${articleId}:c${i}`,
    kind: c.kind,
    claimant: id(c.claimant),
    claimantText: c.claimantText,
    chain: c.chain.map((l) => ({ entity: id(l.entity), text: l.text, role: l.role })),
    stance: c.stance,
    status: c.status,
    proposition: { ...c.proposition, event: c.proposition.event === null ? null : eventId(c.proposition.event), source: ids(c.proposition.source), target: ids(c.proposition.target) },
    evidence: { span: c.evidence, text: text.slice(c.evidence[0], c.evidence[1]) },
    links: [],
  }));
  for (const l of ledger.links) {
    recs[l.from].links.push({ claim: recs[l.to].id, relation: l.relation, reason: l.reason });
    recs[l.to].links.push({ claim: recs[l.from].id, relation: l.relation, reason: l.reason });
  }
  return recs;
}

// Hand-built eventline/1 records for store tests, with spans found in sentences written for
// these tests (wire-copy style), so tests control exactly which events exist.
import { createHash } from "node:crypto";
import type { ArticleRecord, DocumentRecord, EntityRecord, EventRecord } from "../../src/record/types.js";
import type { ClaimRecord } from "../../src/claims/record.js";

type EntitySpec = { id: string; name: string; type?: string; country?: string | null; sector?: string | null; surface: string[] };
type EventSpec = { type: string; source: string[]; target: string[]; evidence: string; trigger: string; date?: string | null; cameo?: string | null; pattern?: string; mode?: string | null; modality?: string };
export type ClaimSpec = {
  claimant: string | null; claimantText: string; stance: ClaimRecord["stance"]; status?: "pending" | null; type: string | null;
  source: string[]; target: string[]; date?: string | null; polarity?: "positive" | "negative"; evidence: string; proposition?: string;
  /** In-article links to other claims of the same article, by index. */
  links?: Array<{ to: number; relation: "supports" | "contradicts"; reason?: string }>;
};
export interface ArticleSpec {
  text: string;
  title?: string | null;
  published?: string | null;
  entities?: EntitySpec[];
  timexes?: Array<{ text: string; value: string }>;
  quotes?: Array<{ text: string; speaker: string | null; speakerText?: string }>;
  events?: EventSpec[];
  claims?: ClaimSpec[];
}

function span(text: string, sub: string, from = 0): [number, number] {
  const i = text.indexOf(sub, from);
  if (i < 0) throw new Error(`fixture: '${sub}' not in text`);
  return [i, i + sub.length];
}

function allSpans(text: string, sub: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length)) out.push([i, i + sub.length]);
  if (!out.length) throw new Error(`fixture: '${sub}' not in text`);
  return out;
}

export function docId(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 16);
}

export function makeArticle(id: string, a: ArticleSpec): ArticleRecord {
  const t = a.text;
  const entities: EntityRecord[] = (a.entities ?? []).map((e) => ({
    id: e.id, name: e.name, type: (e.type ?? "PERSON") as EntityRecord["type"], country: e.country ?? null, sector: e.sector ?? null, role: null, known: true,
    mentions: e.surface.flatMap((s) => allSpans(t, s)).map((sp) => ({ span: sp, text: t.slice(sp[0], sp[1]), kind: "name" })),
  }));
  const events: EventRecord[] = (a.events ?? []).map((e, i) => {
    const ev = span(t, e.evidence);
    const tr = span(t, e.trigger, ev[0]);
    return {
      id: `${id}:e${i}`, type: e.type, category: null, mode: e.mode ?? null, context: [], source: e.source, target: e.target, date: e.date ?? null,
      location: null, modality: (e.modality ?? "asserted") as EventRecord["modality"], cameo: e.cameo ?? null, intensity: null, evidence: { span: ev, text: e.evidence },
      trigger: { span: tr, text: e.trigger }, pattern: e.pattern ?? `test.${e.type.toLowerCase()}`, reportedBy: null, confidence: 0.8,
    };
  });
  return {
    id, title: a.title ?? null, byline: null, published: a.published ?? null, publishedFrom: a.published ? "option" : "none", truncated: false,
    span: [0, t.length], text: t, credits: [], entities,
    timexes: (a.timexes ?? []).map((x) => ({ span: span(t, x.text), text: x.text, type: "DATE", value: x.value })),
    quotes: (a.quotes ?? []).map((q) => ({ span: span(t, q.text), text: q.text, speaker: q.speaker, speakerText: q.speakerText ?? null, cue: "said", via: null, direct: true })),
    events, claims: makeClaims(id, t, a.claims ?? []),
  };
}

function makeClaims(articleId: string, t: string, specs: ClaimSpec[]): ClaimRecord[] {
  const recs: ClaimRecord[] = specs.map((c, i) => {
    const ev = span(t, c.evidence);
    const prop = span(t, c.proposition ?? c.evidence);
    return {
      id: `${articleId}:c${i}`, kind: "indirect", claimant: c.claimant, claimantText: c.claimantText,
      chain: [{ entity: c.claimant, text: c.claimantText, role: "speaker" }], stance: c.stance, status: c.status ?? null,
      proposition: { event: null, type: c.type, source: c.source, target: c.target, date: c.date ?? null, polarity: c.polarity ?? "positive", text: t.slice(prop[0], prop[1]), span: prop },
      evidence: { span: ev, text: c.evidence }, links: [],
    };
  });
  specs.forEach((c, i) => {
    for (const l of c.links ?? []) {
      recs[i].links.push({ claim: recs[l.to].id, relation: l.relation, reason: l.reason ?? "denial" });
      recs[l.to].links.push({ claim: recs[i].id, relation: l.relation, reason: l.reason ?? "denial" });
    }
  });
  return recs;
}

export function makeDoc(source: string, ...articles: ArticleSpec[]): DocumentRecord {
  const id = docId(source + articles.map((a) => a.text).join("\n"));
  return { id, source, contentType: "text/plain", url: null, articles: articles.map((a, i) => makeArticle(`${id}:${i}`, a)) };
}

export const USA = { id: "country:USA", name: "United States", type: "GPE", country: "USA", surface: ["United States"] };
export const TRUMP = { id: "person:donald-trump", name: "Donald Trump", country: "USA", sector: "GOV", surface: ["Donald Trump"] };
export const XI = { id: "person:xi-jinping", name: "Xi Jinping", country: "CHN", sector: "GOV", surface: ["Xi Jinping"] };
export const CHN = { id: "country:CHN", name: "China", type: "GPE", country: "CHN", surface: ["China"] };
export const IRN = { id: "country:IRN", name: "Iran", type: "GPE", country: "IRN", surface: ["Iran"] };

const CALL_A = "WASHINGTON - U.S. President Donald Trump spoke by telephone with Chinese President Xi Jinping on Thursday, the White House said. \"It was a very good call,\" Donald Trump told reporters.";
const CALL_B = "BEIJING - Chinese President Xi Jinping held a phone call with Donald Trump on Thursday evening, state media reported. Xi Jinping urged calm on trade.";
const SANCTION = "The United States imposed new sanctions on Iran on Friday, targeting oil exports. Iran condemned the move.";

/** Two outlets report the same Trump-Xi call a day apart; a third article reports US sanctions on Iran. */
export function callDocs(): DocumentRecord[] {
  return [
    makeDoc("wire-a.txt", {
      text: CALL_A, title: "Trump and Xi speak by phone", published: "2025-06-05", entities: [TRUMP, XI],
      timexes: [{ text: "Thursday", value: "2025-06-05" }], quotes: [{ text: "It was a very good call", speaker: TRUMP.id, speakerText: "Donald Trump" }],
      events: [{ type: "CONSULT", mode: "phone", source: [TRUMP.id], target: [XI.id], evidence: "Donald Trump spoke by telephone with Chinese President Xi Jinping on Thursday", trigger: "spoke", date: "2025-06-05", cameo: "041", pattern: "consult.phone.spoke-with" }],
    }),
    makeDoc("wire-b.txt", {
      text: CALL_B, title: "Xi, Trump hold call", published: "2025-06-06", entities: [XI, TRUMP],
      timexes: [{ text: "Thursday evening", value: "2025-06-05TEV" }],
      events: [{ type: "CONSULT", mode: "phone", source: [TRUMP.id], target: [XI.id], evidence: "Xi Jinping held a phone call with Donald Trump on Thursday evening", trigger: "held a phone call", date: "2025-06-05TEV", cameo: "041", pattern: "consult.phone.held-call" }],
    }),
    makeDoc("wire-c.txt", {
      text: SANCTION, title: "US sanctions Iran oil", published: "2025-06-07", entities: [USA, IRN],
      timexes: [{ text: "Friday", value: "2025-06-06" }],
      events: [
        { type: "SANCTION", source: [USA.id], target: [IRN.id], evidence: "The United States imposed new sanctions on Iran on Friday", trigger: "imposed new sanctions", date: "2025-06-06", pattern: "sanction.impose" },
        { type: "ACCUSE", source: [IRN.id], target: [USA.id], evidence: "Iran condemned the move", trigger: "condemned", date: null, pattern: "accuse.condemn" },
      ],
    }),
  ];
}

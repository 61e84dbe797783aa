// Turns the pipeline's index-linked layers into the public eventline/1 objects.
import type { AnalyzedArticle } from "../pipeline.js";
import type { ArticleRecord, DocumentRecord } from "./types.js";
import { claimRecords } from "../claims/record.js";

export function articleRecord(docId: string, ordinal: number, a: AnalyzedArticle): ArticleRecord {
  const text = a.segment.text;
  const ids = a.actors.entities.map((e) => e.id);
  const idOf = (i: number | null) => (i === null || i === undefined ? null : ids[i] ?? null);
  const slice = (s: [number, number]) => ({ span: s, text: text.slice(s[0], s[1]) });
  const articleId = `${docId}:${ordinal}`;
  return {
    id: articleId,
    title: a.segment.title,
    byline: a.segment.byline,
    published: a.published,
    publishedFrom: a.publishedFrom,
    pageDate: a.pageDate,
    dateline: a.segment.dateline,
    truncated: a.segment.truncated,
    span: a.segment.span,
    text,
    credits: a.segment.credits.map((c) => ({ kind: c.kind, text: c.text })),
    entities: a.actors.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      country: e.country,
      sector: e.sector,
      role: e.role,
      known: e.known,
      mentions: e.mentions.map((m) => {
        const x = a.actors.mentions[m];
        return { span: [x.start, x.end] as [number, number], text: x.text, kind: x.kind, ...(x.fuzzy ? { fuzzy: true as const } : {}) };
      }),
    })),
    timexes: a.timexes.map((t) => ({ span: [t.start, t.end], text: t.text, type: t.type, value: t.value, ...(t.mod ? { mod: t.mod } : {}), ...(t.anchor ? { anchor: t.anchor } : {}) })),
    quotes: a.quotes.map((q) => ({ span: [q.start, q.end], text: q.text, speaker: idOf(q.speaker), speakerText: q.speakerText, cue: q.cue, via: idOf(q.via), direct: q.direct })),
    events: a.events.map((e, i) => ({
      id: `${docId}:${ordinal}:e${i}`,
      type: e.type,
      category: e.category,
      mode: e.mode,
      context: e.context,
      source: dedupe(e.source.map(idOf)),
      target: dedupe(e.target.map(idOf)),
      date: e.date,
      location: idOf(e.location),
      modality: e.modality,
      cameo: e.cameo,
      intensity: e.intensity,
      evidence: slice(e.evidence),
      trigger: slice(e.trigger),
      pattern: e.pattern,
      reportedBy: idOf(e.reportedBy),
      confidence: e.confidence,
    })),
    claims: claimRecords(articleId, text, a.actors, a.claims, (i) => `${articleId}:e${i}`),
  };
}

export function documentRecord(doc: { id: string; source: string; contentType: string; url?: string | null }, articles: AnalyzedArticle[]): DocumentRecord {
  return { id: doc.id, source: doc.source, contentType: doc.contentType, url: doc.url ?? null, articles: articles.map((a, i) => articleRecord(doc.id, i, a)) };
}

function dedupe(xs: Array<string | null>): string[] {
  return [...new Set(xs.filter((x): x is string => !!x))];
}

// Library entry points: a source document or a plain string in, eventline/1 records out.
import { analyzePage, analyzePages, asError, type AnalyzeOptions, type AnalyzedArticle } from "./pipeline.js";
import { documentRecord } from "./record/build.js";
import type { DocumentRecord } from "./record/types.js";
import type { SourceDoc } from "./ingest/types.js";
import { docId } from "./ingest/text.js";

export function analyzeSource(src: SourceDoc, opts: AnalyzeOptions = {}): DocumentRecord {
  return recordOf(src, analyzePage(src.page, opts));
}

/**
 * Analyzes several source documents as one batch (stage by stage, which is faster than one by
 * one: see analyzePages); a document that fails gets its Error in its place.
 */
export function analyzeSources(srcs: SourceDoc[], opts: AnalyzeOptions = {}): Array<DocumentRecord | Error> {
  const results = analyzePages(srcs.map((s) => s.page), opts);
  return results.map((r, i) => {
    if (r instanceof Error) return r;
    try {
      return recordOf(srcs[i], r);
    } catch (e) {
      return asError(e);
    }
  });
}

function recordOf(src: SourceDoc, articles: AnalyzedArticle[]): DocumentRecord {
  const rec = documentRecord({ id: src.id, source: src.source, contentType: src.contentType, url: src.url }, articles);
  if (src.duplicateOf) rec.duplicateOf = src.duplicateOf;
  if (src.nearDuplicateOf) rec.nearDuplicateOf = src.nearDuplicateOf;
  return rec;
}

/** Analyzes one plain text (a page dump or an article). */
export function analyzeText(text: string, opts: AnalyzeOptions & { source?: string } = {}): DocumentRecord {
  const source = opts.source ?? "-";
  const bytes = new TextEncoder().encode(text);
  return analyzeSource({ kind: "doc", id: docId(bytes), source, contentType: "text/plain", url: null, page: { text, source, contentType: "text/plain" } }, opts);
}

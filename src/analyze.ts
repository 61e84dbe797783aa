// Library entry points: a source document or a plain string in, eventline/1 records out.
import { analyzePage, type AnalyzeOptions } from "./pipeline.js";
import { documentRecord } from "./record/build.js";
import type { DocumentRecord } from "./record/types.js";
import type { SourceDoc } from "./ingest/types.js";
import { docId } from "./ingest/text.js";

export function analyzeSource(src: SourceDoc, opts: AnalyzeOptions = {}): DocumentRecord {
  const articles = analyzePage(src.page, opts);
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

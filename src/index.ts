export * from "./doc.js";
export { Batch, BATCH_CHARS, BATCH_PAGES } from "./batch.js";
export { analyzePage, analyzePages, type AnalyzeOptions, type AnalyzedArticle, type StageName } from "./pipeline.js";
export { analyzeSource, analyzeSources, analyzeText } from "./analyze.js";
export { loadResources, type Resources, type ResourceOptions } from "./resources.js";
export { readInputs } from "./ingest/index.js";
export type { InputItem, SourceDoc, InputError, Skipped } from "./ingest/types.js";
export type * from "./record/types.js";
export { tuneHeap } from "./heap.js";

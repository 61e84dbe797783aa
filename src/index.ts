export * from "./doc.js";
export { analyzePage, type AnalyzeOptions, type AnalyzedArticle, type StageName } from "./pipeline.js";
export { analyzeSource, analyzeText } from "./analyze.js";
export { loadResources, type Resources, type ResourceOptions } from "./resources.js";
export { readInputs } from "./ingest/index.js";
export type { InputItem, SourceDoc, InputError, Skipped } from "./ingest/types.js";
export type * from "./record/types.js";
export { tuneHeap } from "./heap.js";

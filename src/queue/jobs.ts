// The payload of one queued job: one document as the ingest stage read it, plus the date that
// relative times resolve against. Job ids are the document's content hash, so a document
// enqueued twice (while the first job is kept) is one job.
import type { SourceDoc } from "../ingest/types.js";

export interface DocJob {
  doc: SourceDoc;
  published: string | null;
}

/** The dead-letter entry of a document that kept failing. */
export interface DeadLetter {
  jobId: string;
  docId: string | null;
  source: string;
  error: string;
  attempts: number;
  failedAt: string;
}

export const jobIdFor = (docId: string) => `doc-${docId}`;

/** Checks a job's data before analysis; a malformed payload can never succeed, so it is not retried. */
export function asDocJob(data: unknown): DocJob {
  const d = data as Partial<DocJob> | null;
  const doc = d?.doc as Partial<SourceDoc> | undefined;
  if (!doc || doc.kind !== "doc" || typeof doc.id !== "string" || typeof doc.source !== "string" || typeof doc.contentType !== "string"
    || typeof doc.page !== "object" || doc.page === null || typeof doc.page.text !== "string") {
    throw new Error("job data is not a document (want { doc: { kind: 'doc', id, source, contentType, page: { text } }, published })");
  }
  return { doc: doc as SourceDoc, published: typeof d?.published === "string" ? d.published : null };
}

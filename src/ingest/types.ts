import type { Page } from "../doc.js";

/** One document read from an input: a text file, an HTML page, a feed item, a WARC record. */
export interface SourceDoc {
  kind: "doc";
  /** sha256 of the document's raw bytes, hex, first 16 chars. */
  id: string;
  /** Path, URL or '-' for stdin; for feed items and WARC records the item's link or target URI. */
  source: string;
  contentType: string;
  url: string | null;
  page: Page;
  /**
   * De-duplication (readInputs, or Deduper for other callers): an exact repeat (same normalized text)
   * is not yielded as a document at all but as Skipped("duplicate of <id>"), so it is analyzed once;
   * duplicateOf stays for callers that keep repeats. A near-duplicate (MinHash estimate of shingle
   * overlap >= 0.7, e.g. a wire story republished with small edits) is yielded and analyzed, with
   * nearDuplicateOf naming the first copy.
   */
  duplicateOf?: string | null;
  nearDuplicateOf?: string | null;
  /** What the reader had to work around (a linear text scan for pathological markup...). */
  notes?: string[];
}

/** An input that could not be read; the batch goes on. */
export interface InputError {
  kind: "error";
  source: string;
  message: string;
}

/** A record or file passed over on purpose (a WARC request record, an image in a folder). */
export interface Skipped {
  kind: "skipped";
  source: string;
  reason: string;
}

export type InputItem = SourceDoc | InputError | Skipped;

export interface ReadOptions {
  /** Bytes read from one input before it is refused. */
  maxBytes?: number;
  /** Stream to read for the input '-'. */
  stdin?: NodeJS.ReadableStream;
  /** Bytes a gzip input may expand to before it is refused (default 256 MiB). */
  maxExpandedBytes?: number;
  /** Link near-duplicates (default true) and skip exact duplicates (default true). */
  dedupe?: boolean;
  /** Called once per input path found (after folder walking), before it is read. */
  onInput?: (path: string) => void;
}

// One input's bytes → documents, errors and skips, whatever format the bytes hold.
import { gunzipSync, constants } from "node:zlib";
import type { InputItem } from "./types.js";
import { sniff, type Sniffed } from "./sniff.js";
import { gunzipLimited } from "./gzip.js";
import type { HtmlContext } from "./html.js";
import { InputProblem, docId, textDoc } from "./text.js";
import { badChars, decodeHtmlBytes, sniffUtf16 } from "./decode.js";

export interface BufferOptions {
  /** Bytes a gzip input may expand to (default 256 MiB). */
  maxExpandedBytes?: number;
  /** Largest WARC record read (default 64 MiB). */
  maxRecordBytes?: number;
  /** A transport Content-Type ("text/html; charset=big5"), used for the charset and as a hint. */
  contentType?: string | null;
  /** The page's URL when known (an HTTP upload, a fetched page). */
  url?: string | null;
  /** True when the bytes come from a folder walk: files that are not documents are skipped, not errors. */
  fromFolder?: boolean;
}

export const DEFAULT_EXPANDED = 256 * 1024 * 1024;
export const DEFAULT_RECORD = 64 * 1024 * 1024;

export async function* readBuffer(source: string, bytes: Uint8Array, opts: BufferOptions = {}): AsyncGenerator<InputItem> {
  yield* dispatch(source, bytes, opts, 0);
}

async function* dispatch(source: string, bytes: Uint8Array, opts: BufferOptions, depth: number): AsyncGenerator<InputItem> {
  if (bytes.length === 0) {
    yield { kind: "error", source, message: "empty file" };
    return;
  }
  const kind = sniff(bytes);
  try {
    if (kind === "gzip") {
      if (depth > 1) throw new InputProblem("gzip nested inside gzip more than once: refused");
      // warcio reads gzipped WARC member by member, so it gets the compressed bytes.
      if (peekGzip(bytes) === "warc") {
        yield* (await import("./warc.js")).warcItems(source, chunked(bytes), opts.maxRecordBytes ?? DEFAULT_RECORD);
        return;
      }
      const inner = await gunzipLimited(bytes, opts.maxExpandedBytes ?? DEFAULT_EXPANDED);
      yield* dispatch(source, inner, opts, depth + 1);
      return;
    }
    yield* byKind(source, bytes, kind, opts);
  } catch (e) {
    yield { kind: "error", source, message: e instanceof Error ? e.message : String(e) };
  }
}

async function* byKind(source: string, bytes: Uint8Array, kind: Sniffed, opts: BufferOptions): AsyncGenerator<InputItem> {
  const charset = /charset=\s*["']?([\w.:-]+)/i.exec(opts.contentType ?? "")?.[1] ?? null;
  switch (kind) {
    case "warc":
      yield* (await import("./warc.js")).warcItems(source, chunked(bytes), opts.maxRecordBytes ?? DEFAULT_RECORD);
      return;
    case "feed":
      yield* (await import("./feed.js")).feedItems(source, bytes);
      return;
    case "html":
      yield await htmlDoc(source, bytes, { url: opts.url ?? null, charset });
      return;
    case "binary":
      if (opts.fromFolder) yield { kind: "skipped", source, reason: "binary file (not text, HTML, a feed or WARC)" };
      else yield { kind: "error", source, message: "binary content (not text, HTML, a feed or WARC)" };
      return;
    default:
      if (/html/i.test(opts.contentType ?? "")) {
        yield await htmlDoc(source, bytes, { url: opts.url ?? null, charset });
        return;
      }
      yield plainText(source, bytes);
  }
}

// The parsers of HTML, feeds and WARC (linkedom, Readability, feedsmith, warcio) load on first use,
// so reading plain text (and the library's start-up) does not pay for them.
async function htmlDoc(source: string, bytes: Uint8Array, ctx: HtmlContext): Promise<InputItem> {
  return (await import("./html.js")).htmlDoc(source, bytes, ctx);
}

/**
 * Plain text keeps the strict contract (empty, binary, invalid UTF-8 are errors: a text file gives no
 * charset to trust); UTF-16, recognisable by its BOM or zero-byte pattern, is the one exception.
 */
function plainText(source: string, bytes: Uint8Array): InputItem {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || sniffUtf16(bytes) !== null;
  if (!utf16) return textDoc(source, bytes);
  const d = decodeHtmlBytes(bytes);
  if (badChars(d.text) || !d.text.trim()) throw new InputProblem("undecodable UTF-16 text");
  const text = d.text.replace(/\u0000/g, " ");
  return { kind: "doc", id: docId(bytes), source, contentType: "text/plain", url: null, page: { text, source, contentType: "text/plain" } };
}

/** The format inside a gzip stream, from its first decompressed bytes. */
export function peekGzip(bytes: Uint8Array): Sniffed | null {
  try {
    const head = gunzipSync(bytes.subarray(0, 16384), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 65536 });
    return head.length ? sniff(head) : null;
  } catch {
    return null;
  }
}

async function* chunked(bytes: Uint8Array, size = 65536): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

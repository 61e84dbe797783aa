// WARC archives (.warc, .warc.gz), streamed record by record with warcio.
// Every HTML response becomes a document; other records are skipped with a reason; a record whose
// Content-Length lies is an error for that record and reading goes on where the parser can.
import { WARCParser, type WARCRecord } from "warcio";
import type { InputItem } from "./types.js";
import { htmlDoc } from "./html.js";
import { sniff } from "./sniff.js";
import { normalizeDate } from "../extract/dates.js";

const NEXT_RECORD = /\r?\nWARC\/1\.[01]\r?\n/;
const SHORT = /^Content-Length Too Small/;

function label(source: string, rec: WARCRecord, n: number): string {
  return `${source}#record-${n}${rec.warcTargetURI ? ` (${rec.warcTargetURI})` : ""}`;
}

/**
 * Reads records one at a time. A record is held back until the next one is parsed, because warcio
 * only notices a too-small Content-Length when it looks for the following record.
 */
export async function* warcItems(source: string, chunks: AsyncIterable<Uint8Array>, maxRecord: number): AsyncGenerator<InputItem> {
  let total = 0;
  const counted = (async function* () {
    for await (const c of chunks) {
      total += c.length;
      yield c;
    }
  })();
  const parser = new WARCParser(counted);
  let held: InputItem[] = [];
  let n = 0;
  const shortNotes: string[] = [];
  const warn = console.warn;
  const capture = (...args: unknown[]) => {
    if (typeof args[0] === "string" && SHORT.test(args[0])) shortNotes.push(args[0]);
    else warn(...args);
  };
  for (;;) {
    let rec: WARCRecord | null;
    console.warn = capture;
    try {
      rec = await parser.parse();
    } catch (e) {
      yield* held;
      yield { kind: "error", source: `${source}#record-${n + 1}`, message: `unreadable WARC record: ${(e as Error).message}; rest of the archive abandoned` };
      return;
    } finally {
      console.warn = warn;
    }
    if (shortNotes.length && held.length) {
      const last = held[held.length - 1];
      held = [{ kind: "error", source: last.source, message: "WARC record shorter than its Content-Length says (the record runs on past its declared end)" }];
    }
    shortNotes.length = 0;
    yield* held;
    held = [];
    if (!rec) {
      const cut = truncation(parser, total);
      if (cut) yield { kind: "error", source: `${source}#record-${n + 1}`, message: cut };
      return;
    }
    n++;
    try {
      held = await recordItems(source, rec, n, maxRecord);
    } catch (e) {
      held = [{ kind: "error", source: label(source, rec, n), message: `unreadable WARC record: ${(e as Error).message}` }];
    }
  }
}

/**
 * warcio ends quietly when an archive stops mid-record; its reader state tells. (Internal fields,
 * read defensively: a gzip member still inflating, or bytes left that formed no record.)
 */
function truncation(parser: WARCParser, total: number): string | null {
  const reader = (parser as unknown as { _reader?: { compressed?: string | null; inflator?: { ended?: boolean } | null; getRawOffset?: () => number } })._reader;
  if (reader?.compressed && reader.inflator && reader.inflator.ended === false) return "archive ends in the middle of a gzip member (truncated .warc.gz)";
  const raw = reader?.getRawOffset?.() ?? total;
  if (raw < total && total - raw > 4) return `archive ends with ${total - raw} bytes that form no complete record (truncated?)`;
  return null;
}

/** Bytes a record's Content-Length promised but the archive did not hold. */
function missingBytes(rec: WARCRecord): number {
  const limit = (rec as unknown as { _reader?: { limit?: number } })._reader?.limit;
  return typeof limit === "number" && limit > 0 ? limit : 0;
}

async function recordItems(source: string, rec: WARCRecord, n: number, maxRecord: number): Promise<InputItem[]> {
  const type = rec.warcType;
  const where = label(source, rec, n);
  if (!type) {
    await rec.skipFully();
    return [{ kind: "error", source: where, message: "malformed WARC record (no WARC-Type header; an earlier Content-Length was probably wrong)" }];
  }
  if (type !== "response") {
    await rec.skipFully();
    return [{ kind: "skipped", source: where, reason: `WARC ${type} record` }];
  }
  const length = rec.warcContentLength;
  if (!Number.isFinite(length)) {
    await rec.skipFully();
    return [{ kind: "error", source: where, message: "WARC record without a valid Content-Length" }];
  }
  if (length > maxRecord) {
    await rec.skipFully();
    return [{ kind: "error", source: where, message: `WARC record too large (${length} bytes, limit ${maxRecord})` }];
  }
  const ctype = (rec.httpHeaders?.headers.get("content-type") ?? "").toLowerCase();
  const status = Number(rec.httpHeaders?.statusCode ?? 200);
  if (status >= 300) {
    await rec.skipFully();
    return [{ kind: "skipped", source: where, reason: `WARC response with HTTP status ${status}` }];
  }
  const body = await rec.readFully(true);
  const missing = missingBytes(rec);
  if (missing) return [{ kind: "error", source: where, message: `WARC record truncated: ${missing} of its ${length} bytes are missing` }];
  const raw = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const tail = raw.subarray(Math.max(0, raw.length - 65536)).toString("latin1");
  const overrun = NEXT_RECORD.exec(tail);
  if (overrun && /WARC-Type:/i.test(tail.slice(overrun.index, overrun.index + 2000))) {
    return [{ kind: "error", source: where, message: `WARC record's Content-Length (${length}) runs past its end into the next record` }];
  }
  const html = /html|xhtml/.test(ctype) || (!ctype && sniff(body) === "html");
  if (!html) return [{ kind: "skipped", source: where, reason: `WARC response is ${ctype.split(";")[0] || "not HTML"}` }];
  const charset = /charset=\s*["']?([\w.:-]+)/.exec(ctype)?.[1] ?? null;
  const uri = rec.warcTargetURI ?? null;
  const item = htmlDoc(uri ?? where, body, { url: uri, charset, fallbackDate: normalizeDate(rec.warcDate), fetched: rec.warcDate ?? null });
  if (item.kind === "doc") item.contentType = "application/warc";
  return [item];
}

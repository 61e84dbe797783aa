// Reads the inputs of a batch and yields documents, errors and skips, one at a time.
// Files, folders (walked recursively), '-' for stdin; each file's format is sniffed from its bytes.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { InputItem, ReadOptions } from "./types.js";
import { InputProblem } from "./text.js";
import { walkInput } from "./walk.js";
import { DEFAULT_EXPANDED, DEFAULT_RECORD, peekGzip, readBuffer } from "./buffer.js";
import { sniff } from "./sniff.js";
import { gunzipStream } from "./gzip.js";
import { Deduper } from "./dedup.js";

export type { InputItem, SourceDoc, InputError, Skipped, ReadOptions } from "./types.js";
export { docId, decodeText, textDoc, InputProblem } from "./text.js";
export { readBuffer, type BufferOptions } from "./buffer.js";
export { decodeHtmlBytes } from "./decode.js";
export { Deduper } from "./dedup.js";
export { createProgress, countItem, formatSummary, emptySummary, type BatchSummary, type Progress } from "./progress.js";

const DEFAULT_MAX = 64 * 1024 * 1024;

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const dedupe = opts.dedupe === false ? null : new Deduper();
  for await (const item of readAll(inputs, opts)) yield dedupe && item.kind === "doc" ? dedupe.check(item) : item;
}

async function* readAll(inputs: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX;
  for (const input of inputs) {
    if (input === "-") {
      opts.onInput?.(input);
      try {
        yield* readBuffer("-", await readStream(opts.stdin ?? process.stdin, max), { maxExpandedBytes: opts.maxExpandedBytes });
      } catch (e) {
        yield { kind: "error", source: input, message: describe(e) };
      }
      continue;
    }
    // Files found by walking a folder or matching a glob may be anything: non-documents among them are skipped.
    const fromFolder = (await stat(input).then((st) => st.isDirectory(), () => false)) || /[*?[]/.test(input);
    for await (const w of walkInput(input)) {
      if (w.kind === "error") {
        yield { kind: "error", source: w.path, message: w.message };
        continue;
      }
      opts.onInput?.(w.path);
      try {
        yield* readFileInput(w.path, max, opts, fromFolder);
      } catch (e) {
        yield { kind: "error", source: w.path, message: describe(e) };
      }
    }
  }
}

/** WARC files (plain or gzipped) are streamed; everything else is read whole within the size limit. */
async function* readFileInput(path: string, max: number, opts: ReadOptions, fromFolder: boolean): AsyncGenerator<InputItem> {
  const head = await readHead(path, 16384);
  const kind = sniff(head);
  const expanded = opts.maxExpandedBytes ?? DEFAULT_EXPANDED;
  if (kind === "warc" || (kind === "gzip" && peekGzip(head) === "warc")) {
    yield* (await import("./warc.js")).warcItems(path, createReadStream(path), DEFAULT_RECORD);
    return;
  }
  const st = await stat(path);
  if (kind === "gzip") {
    if (st.size > max) throw new InputProblem(`too large (${st.size} bytes compressed, limit ${max})`);
    const parts: Uint8Array[] = [];
    for await (const c of gunzipStream(createReadStream(path), expanded)) parts.push(c);
    yield* readBuffer(path, Buffer.concat(parts), { maxExpandedBytes: expanded, fromFolder });
    return;
  }
  if (st.size > max) throw new InputProblem(`too large (${st.size} bytes, limit ${max})`);
  const { readFile } = await import("node:fs/promises");
  yield* readBuffer(path, await readFile(path), { maxExpandedBytes: expanded, fromFolder });
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size > max) throw new InputProblem(`too large (over ${max} bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function describe(e: unknown): string {
  if (e instanceof InputProblem) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "no such file";
  if (err?.code === "EACCES") return "permission denied";
  if (err?.code === "EISDIR") return "is a directory";
  return err?.message ?? String(e);
}

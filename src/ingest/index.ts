// Reads the inputs of a batch and yields documents, errors and skips, one at a time.
import { readFile, stat } from "node:fs/promises";
import type { InputItem, ReadOptions } from "./types.js";
import { InputProblem, textDoc } from "./text.js";

export type { InputItem, SourceDoc, InputError, Skipped, ReadOptions } from "./types.js";

const DEFAULT_MAX = 64 * 1024 * 1024;

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX;
  for (const input of inputs) {
    try {
      const bytes = input === "-" ? await readStream(opts.stdin ?? process.stdin, max) : await readPath(input, max);
      yield textDoc(input, bytes);
    } catch (e) {
      yield { kind: "error", source: input, message: describe(e) };
    }
  }
}

async function readPath(path: string, max: number): Promise<Uint8Array> {
  const st = await stat(path);
  if (st.isDirectory()) throw new InputProblem("is a directory");
  if (st.size > max) throw new InputProblem(`too large (${st.size} bytes, limit ${max})`);
  return readFile(path);
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
  return err?.message ?? String(e);
}

// Plain-text inputs: decode strictly, refuse what is not text.
import { createHash } from "node:crypto";
import type { SourceDoc } from "./types.js";

export class InputProblem extends Error {}

export function docId(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/** Decodes UTF-8 (BOM honoured) and rejects empty, binary or invalid input with a reason. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputProblem("empty file");
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const sample = body.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32 && b !== 27)) control++;
  if (control > Math.max(2, sample.length * 0.01)) throw new InputProblem("binary content (not text)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new InputProblem("invalid UTF-8");
  }
  if (!text.trim()) throw new InputProblem("no text (only white space)");
  return text.replace(/\u0000/g, " ");
}

export function textDoc(source: string, bytes: Uint8Array): SourceDoc {
  const text = decodeText(bytes);
  return { kind: "doc", id: docId(bytes), source, contentType: "text/plain", url: null, page: { text, source, contentType: "text/plain" } };
}

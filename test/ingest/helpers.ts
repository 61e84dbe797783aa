import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InputItem } from "../../src/ingest/types.js";

export async function collect(gen: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

export const tempDir = () => mkdtempSync(join(tmpdir(), "eventline-ingest-"));

export const STORY = [
  "Rescue teams in the hill town of Sarvela reached the last cut-off villages on Thursday, three days after landslides blocked the only road.",
  "The regional governor, Ilse Varga, said engineers had cleared one lane and that supplies of water and fuel were being delivered by truck.",
  "\u201cNo one is missing any more,\u201d Varga told reporters at the town hall, adding that damage to the bridge would take weeks to repair.",
].map((s) => `<p>${s}</p>`).join("\n");

export function htmlPage(title: string, body = STORY, head = ""): string {
  return `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

export function warcRecord(type: string, uri: string, contentType: string, body: Buffer | string, lie = 0): Buffer {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const head = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    "WARC-Date: 2025-06-05T12:00:00Z",
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(Math.floor(Math.random() * 1e12)).padStart(12, "0")}>`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${b.length + lie}`,
  ].join("\r\n");
  return Buffer.concat([Buffer.from(head + "\r\n\r\n"), b, Buffer.from("\r\n\r\n")]);
}

export const httpResponse = (ctype: string, body: Buffer | string, status = "200 OK") =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${ctype}\r\n\r\n`), Buffer.isBuffer(body) ? body : Buffer.from(body)]);

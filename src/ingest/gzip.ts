// Bounded gzip decompression: a bomb stops at the limit, a truncated stream is an error.
import { createGunzip } from "node:zlib";
import { InputProblem } from "./text.js";

export async function gunzipLimited(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const z = createGunzip();
    z.on("data", (c: Buffer) => {
      size += c.length;
      if (size > max) {
        z.destroy();
        reject(new InputProblem(`gzip expands beyond ${max} bytes (limit reached after ${bytes.length} compressed bytes): refused`));
        return;
      }
      chunks.push(c);
    });
    z.on("end", () => resolve());
    z.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "Z_BUF_ERROR" || /unexpected end/i.test(e.message)) reject(new InputProblem("truncated gzip (the compressed stream ends early)"));
      else reject(new InputProblem(`corrupt gzip (${e.message})`));
    });
    z.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  return Buffer.concat(chunks);
}

/** Streams a gzip source, failing once the output passes `max` bytes. */
export async function* gunzipStream(source: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  const z = createGunzip();
  let size = 0;
  const feed = (async () => {
    try {
      for await (const c of source) if (!z.write(c)) await new Promise((r) => z.once("drain", r));
      z.end();
    } catch (e) {
      z.destroy(e as Error);
    }
  })();
  try {
    for await (const c of z as AsyncIterable<Buffer>) {
      size += c.length;
      if (size > max) throw new InputProblem(`gzip expands beyond ${max} bytes: stopped at the limit`);
      yield c;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof InputProblem) throw e;
    if (err.code === "Z_BUF_ERROR" || /unexpected end/i.test(err.message)) throw new InputProblem("truncated gzip (the compressed stream ends early)");
    throw new InputProblem(`corrupt gzip (${err.message})`);
  } finally {
    z.destroy();
    await feed.catch(() => undefined);
  }
}

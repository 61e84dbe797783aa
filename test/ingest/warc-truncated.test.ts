import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readInputs } from "../../src/ingest/index.js";
import { collect, htmlPage, httpResponse, tempDir, warcRecord } from "./helpers.js";

test("a truncated .warc.gz yields the records before the cut and a clear error, and the batch goes on", async () => {
  const dir = tempDir();
  const recs = [1, 2, 3].map((n) =>
    gzipSync(warcRecord("response", `https://valley.example/${n}`, "application/http; msgtype=response", httpResponse("text/html", htmlPage(`Story ${n}`, `<p>Story number ${n}: the council of Sarvela met on Tuesday and voted to rebuild the bridge over the river before winter, officials said.</p>`)))),
  );
  const whole = Buffer.concat(recs);
  writeFileSync(join(dir, "a-cut.warc.gz"), whole.subarray(0, recs[0].length + recs[1].length + Math.floor(recs[2].length / 2)));
  writeFileSync(join(dir, "b.txt"), "The council of Sarvela also approved a new school budget on Tuesday, the mayor said after the meeting.");
  const items = await collect(readInputs([dir]));
  const kinds = items.map((x) => x.kind);
  assert.deepEqual(kinds.slice(0, 2), ["doc", "doc"]);
  assert.ok(kinds.includes("error"), JSON.stringify(items.map((x) => (x.kind === "doc" ? x.source : x))));
  assert.equal(items[items.length - 1].kind, "doc", "the next file is still read");
});

test("a plain .warc cut inside its last record reports that record as truncated", async () => {
  const dir = tempDir();
  const recs = [1, 2].map((n) => warcRecord("response", `https://valley.example/${n}`, "application/http; msgtype=response", httpResponse("text/html", htmlPage(`Story ${n}`))));
  const whole = Buffer.concat(recs);
  writeFileSync(join(dir, "cut.warc"), whole.subarray(0, recs[0].length + Math.floor(recs[1].length * 0.7)));
  const items = await collect(readInputs([join(dir, "cut.warc")]));
  assert.deepEqual(items.map((x) => x.kind), ["doc", "error"]);
  assert.match((items[1] as { message: string }).message, /truncated/);
});

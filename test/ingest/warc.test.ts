import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readBuffer, readInputs } from "../../src/ingest/index.js";
import type { InputItem, SourceDoc } from "../../src/ingest/types.js";
import { STORY, collect, htmlPage, httpResponse, tempDir, warcRecord } from "./helpers.js";

const other = STORY.replace("Sarvela", "Ostrava Hills").replace("Thursday", "Friday").replace("three days", "four days").replace("Ilse Varga", "Tomas Brenn").replace(/Varga/g, "Brenn");

function mixedRecords(): Buffer[] {
  return [
    warcRecord("warcinfo", "", "application/warc-fields", "software: eventline-test\r\nformat: WARC File Format 1.0\r\n"),
    warcRecord("request", "https://valley.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: valley.example\r\n\r\n"),
    warcRecord("response", "https://valley.example/a", "application/http; msgtype=response", httpResponse("text/html; charset=utf-8", htmlPage("Villages reached"))),
    warcRecord("response", "https://valley.example/logo.png", "application/http; msgtype=response", httpResponse("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))),
    warcRecord("metadata", "https://valley.example/a", "application/warc-fields", "outlinks: https://valley.example/b\r\n"),
    warcRecord("response", "https://valley.example/b", "application/http; msgtype=response", httpResponse("text/html", htmlPage("Bridge repairs", other))),
  ];
}

const kinds = (items: InputItem[]) => items.map((x) => x.kind);

function checkMixed(items: InputItem[]) {
  assert.deepEqual(kinds(items), ["skipped", "skipped", "doc", "skipped", "skipped", "doc"]);
  const docs = items.filter((x): x is SourceDoc => x.kind === "doc");
  assert.equal(docs[0].source, "https://valley.example/a");
  assert.equal(docs[0].url, "https://valley.example/a");
  assert.equal(docs[0].page.published, "2025-06-05", "WARC-Date when the page states no date");
  assert.match(docs[0].page.text, /^Rescue teams in the hill town of Sarvela/);
  assert.match(docs[1].page.text, /Ostrava Hills/);
  const reasons = items.filter((x) => x.kind === "skipped").map((x) => (x as { reason: string }).reason);
  assert.deepEqual(reasons, ["WARC warcinfo record", "WARC request record", "WARC response is image/png", "WARC metadata record"]);
}

test("WARC with mixed record types: HTML responses become documents, the rest is skipped with reasons", async () => {
  checkMixed(await collect(readBuffer("crawl.warc", Buffer.concat(mixedRecords()))));
});

test(".warc.gz (one gzip member per record) streamed from a file", async () => {
  const dir = tempDir();
  const path = join(dir, "crawl.warc.gz");
  writeFileSync(path, Buffer.concat(mixedRecords().map((r) => gzipSync(r))));
  checkMixed(await collect(readInputs([path], { dedupe: false })));
});

test("a record whose Content-Length is too small is an error for that record; the next one is still read", async () => {
  const recs = mixedRecords();
  recs[2] = warcRecord("response", "https://valley.example/a", "application/http; msgtype=response", httpResponse("text/html", htmlPage("Villages reached")), -40);
  const items = await collect(readBuffer("bad.warc", Buffer.concat(recs)));
  const bad = items[2];
  assert.equal(bad.kind, "error");
  assert.match((bad as { message: string }).message, /Content-Length/);
  assert.equal(items[items.length - 1].kind, "doc", "the record after the bad one is read");
});

test("a record whose Content-Length is too large is an error, and the batch goes on", async () => {
  const recs = mixedRecords();
  recs[2] = warcRecord("response", "https://valley.example/a", "application/http; msgtype=response", httpResponse("text/html", htmlPage("Villages reached")), 300);
  const items = await collect(readBuffer("bad.warc", Buffer.concat(recs)));
  const errors = items.filter((x) => x.kind === "error");
  assert.ok(errors.length >= 1);
  assert.match((errors[0] as { message: string }).message, /Content-Length/);
  assert.ok(!items.some((x) => x.kind === "doc" && x.page.text.includes("WARC/1.0")), "no record text swallows the next record");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readBuffer, readInputs, decodeText, textDoc, docId } from "../../src/ingest/index.js";
import type { InputItem, SourceDoc } from "../../src/ingest/types.js";
import { STORY, collect, htmlPage, tempDir } from "./helpers.js";

const WIRE = "Farmers in the Drava valley began harvesting early on Monday after forecasters warned of hail later in the week, the regional farmers' union said. " +
  "The union's chairman, Andrej Kos, said about a third of the wheat had been brought in and that co-operatives had hired extra machines from neighbouring districts. " +
  "Grain prices at the Maribor exchange rose two percent on the news, traders said.";

const errors = (items: InputItem[]) => items.filter((x) => x.kind === "error") as { source: string; message: string }[];
const docs = (items: InputItem[]) => items.filter((x): x is SourceDoc => x.kind === "doc");

test("plain text keeps its contract: empty, binary and invalid UTF-8 are clear errors", () => {
  assert.throws(() => decodeText(new Uint8Array()), /empty file/);
  assert.throws(() => decodeText(Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 0])), /binary/);
  assert.throws(() => decodeText(Buffer.from([0x66, 0xff, 0xfe, 0x66, 0x80])), /invalid UTF-8/);
  const d = textDoc("a.txt", Buffer.from(WIRE));
  assert.equal(d.page.text, WIRE);
  assert.equal(d.id, docId(Buffer.from(WIRE)));
});

test("gzip is decompressed transparently; a truncated gzip and a gzip bomb are clear errors", async () => {
  const html = gzipSync(htmlPage("Villages reached"));
  const ok = docs(await collect(readBuffer("page.html.gz", html)));
  assert.equal(ok.length, 1);
  assert.match(ok[0].page.text, /Rescue teams/);

  const truncated = await collect(readBuffer("cut.gz", html.subarray(0, Math.floor(html.length / 2))));
  assert.deepEqual(truncated.map((x) => x.kind), ["error"]);
  assert.match(errors(truncated)[0].message, /truncated gzip/);

  const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
  assert.ok(bomb.length < 100_000);
  const t0 = Date.now();
  const refused = await collect(readBuffer("bomb.gz", bomb, { maxExpandedBytes: 1024 * 1024 }));
  assert.ok(Date.now() - t0 < 5000);
  assert.deepEqual(refused.map((x) => x.kind), ["error"]);
  assert.match(errors(refused)[0].message, /gzip expands beyond 1048576 bytes/);
});

test("a gzip bomb on disk stops at the limit while streaming", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "bomb.txt.gz"), gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x41)));
  const items = await collect(readInputs([join(dir, "bomb.txt.gz")], { maxExpandedBytes: 512 * 1024 }));
  assert.deepEqual(items.map((x) => x.kind), ["error"]);
  assert.match(errors(items)[0].message, /gzip expands beyond/);
});

test("folder walk: recursive, sorted, hidden files skipped, formats sniffed from bytes; bad files do not stop the batch", async () => {
  const dir = tempDir();
  mkdirSync(join(dir, "b-sub", "deeper"), { recursive: true });
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
  writeFileSync(join(dir, ".hidden.txt"), WIRE);
  writeFileSync(join(dir, "a-wire.txt"), WIRE);
  // An HTML page with a misleading extension is still read as HTML.
  writeFileSync(join(dir, "b-sub", "page.dat"), htmlPage("Villages reached"));
  writeFileSync(join(dir, "b-sub", "deeper", "feed.bin"), `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Hail warning</title><link>https://x.example/hail</link><description>Forecasters warned of hail in the Drava valley for Thursday afternoon, urging farmers to cover crops.</description></item></channel></rss>`);
  writeFileSync(join(dir, "c-empty.txt"), "");
  writeFileSync(join(dir, "d-image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]));
  writeFileSync(join(dir, "e-story.txt.gz"), gzipSync("A second, different story: the harbour master of Koper said container traffic rose nine percent in May compared with a year earlier, led by car shipments."));
  const seen: string[] = [];
  const items = await collect(readInputs([dir, join(dir, "missing.txt")], { onInput: (p) => seen.push(p) }));
  assert.deepEqual(seen.map((p) => p.slice(dir.length + 1)), ["a-wire.txt", "b-sub/deeper/feed.bin", "b-sub/page.dat", "c-empty.txt", "d-image.png", "e-story.txt.gz"]);
  assert.deepEqual(items.map((x) => x.kind), ["doc", "doc", "doc", "error", "skipped", "doc", "error"]);
  const d = docs(items);
  assert.equal(d[1].source, "https://x.example/hail");
  assert.equal(d[2].contentType, "text/html");
  assert.match(d[3].page.text, /harbour master of Koper/);
  assert.deepEqual(errors(items).map((e) => e.message), ["empty file", "no such file"]);
});

test("exact duplicates are skipped as 'duplicate of <id>'; near-duplicates are linked and still yielded", async () => {
  const dir = tempDir();
  const edited = WIRE.replace("on Monday", "on Monday morning").replace("two percent", "2 percent") + " Hail is expected on Thursday.";
  writeFileSync(join(dir, "1.txt"), WIRE);
  writeFileSync(join(dir, "2.txt"), WIRE.replace(/ /g, "  ") + "\n");
  writeFileSync(join(dir, "3.txt"), edited);
  writeFileSync(join(dir, "4.txt"), "A different story altogether: the city council of Ptuj approved a new bus depot on Tuesday, with construction due to start in the autumn and finish within two years.");
  const items = await collect(readInputs([dir]));
  assert.deepEqual(items.map((x) => x.kind), ["doc", "skipped", "doc", "doc"]);
  const first = items[0] as SourceDoc;
  assert.equal((items[1] as { reason: string }).reason, `duplicate of ${first.id}`);
  assert.equal((items[2] as SourceDoc).nearDuplicateOf, first.id);
  assert.equal((items[3] as SourceDoc).nearDuplicateOf, undefined);
});

test("stdin '-' goes through the same sniffing", async () => {
  const items = await collect(readInputs(["-"], { stdin: Readable.from([Buffer.from(htmlPage("From stdin"))]) }));
  assert.equal(docs(items)[0].page.title, "From stdin");
});

test("plain text in a legacy encoding is refused as invalid UTF-8; UTF-16 text is decoded", async () => {
  const iconv = (await import("iconv-lite")).default;
  const latin = iconv.encode("The caf\u00e9 in Sarvela reopened on Friday, its owner said, after the road was cleared by engineers and volunteers working through the night.", "windows-1252");
  const [a] = await collect(readBuffer("latin.txt", latin));
  assert.equal(a.kind, "error");
  assert.match((a as { message: string }).message, /invalid UTF-8/);
  const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(WIRE, "utf-16le")]);
  const [b] = await collect(readBuffer("u16.txt", u16));
  assert.equal((b as SourceDoc).page.text, WIRE);
});

test("HTML page with a STORY body keeps paragraph breaks", async () => {
  const [d] = await collect(readBuffer("p.html", Buffer.from(htmlPage("Villages reached", STORY))));
  assert.equal((d as SourceDoc).page.text.split("\n\n").length, 3);
});

test("a glob the shell did not expand is matched against the files under its fixed prefix", async () => {
  const dir = tempDir();
  mkdirSync(join(dir, "wire", "june"), { recursive: true });
  writeFileSync(join(dir, "wire", "a.txt"), WIRE);
  writeFileSync(join(dir, "wire", "june", "b.txt"), "The ferry operator on Lake Bled said on Sunday it would add two evening crossings from July, citing record bookings.");
  writeFileSync(join(dir, "wire", "june", "c.html"), htmlPage("Villages reached"));
  const flat = await collect(readInputs([join(dir, "wire", "*.txt")]));
  assert.deepEqual(flat.map((x) => x.source), [join(dir, "wire", "a.txt")]);
  const deep = await collect(readInputs([join(dir, "wire", "**", "*.txt")]));
  assert.deepEqual(deep.map((x) => x.source), [join(dir, "wire", "a.txt"), join(dir, "wire", "june", "b.txt")]);
  const none = await collect(readInputs([join(dir, "wire", "*.pdf")]));
  assert.equal(none[0].kind, "error");
  assert.match((none[0] as { message: string }).message, /no file matches/);
});

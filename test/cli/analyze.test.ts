import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { encoding: "utf8", input, maxBuffer: 1 << 26 });

const STORY = "Japan and South Korea agreed on Monday to resume regular talks between their defense ministers, the Japanese Foreign Ministry said.\nThe two countries last held such talks in 2018.\n";

test("bad inputs get a one-line error naming the file; the other files are still analyzed", () => {
  const dir = mkdtempSync(join(tmpdir(), "eventline-cli-"));
  const good = join(dir, "good.txt");
  writeFileSync(good, STORY);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 9, 0, 0, 0]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0xff, 0xfe]));
  const r = cli(["analyze", join(dir, "empty.txt"), join(dir, "binary.bin"), good, join(dir, "latin1.txt"), join(dir, "missing.txt"), "--format", "jsonl"]);
  assert.notEqual(r.status, 0);
  const errs = r.stderr.trim().split("\n");
  assert.equal(errs.length, 4, r.stderr);
  assert.match(errs[0], /empty\.txt: empty file/);
  assert.match(errs[1], /binary\.bin: binary content/);
  assert.match(errs[2], /latin1\.txt: invalid UTF-8/);
  assert.match(errs[3], /missing\.txt: no such file/);
  const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(docs.length, 1);
  assert.equal(docs[0].source, good);
});

test("json output is one eventline/1 object; stdin works; --published is validated", () => {
  const r = cli(["analyze", "-", "--published", "2024-03-11", "--format", "json"], STORY);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.equal(rec.format, "eventline/1");
  assert.equal(rec.documents[0].source, "-");
  const a = rec.documents[0].articles[0];
  assert.equal(a.published, "2024-03-11");
  assert.equal(a.publishedFrom, "option");
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.text.slice(m.span[0], m.span[1]), m.text);
  const bad = cli(["analyze", "-", "--published", "2024-02-30"], STORY);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--published wants a date/);
});

test("the text view names each article", () => {
  const r = cli(["analyze", "-"], STORY);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /== - · article 1 of 1/);
});

test("an exact duplicate is analyzed once and its record repeated under its own name", () => {
  const dir = mkdtempSync(join(tmpdir(), "eventline-dup-"));
  writeFileSync(join(dir, "a.txt"), STORY);
  writeFileSync(join(dir, "b.txt"), STORY);
  const r = cli(["analyze", join(dir, "a.txt"), join(dir, "b.txt"), "--format", "jsonl"]);
  assert.equal(r.status, 0, r.stderr);
  const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(docs.length, 2);
  assert.equal(docs[1].source, join(dir, "b.txt"));
  assert.equal(docs[1].duplicateOf, docs[0].id);
  assert.deepEqual(docs[1].articles, docs[0].articles);
});

test("more files than one batch come out in input order, duplicates and errors in their places", () => {
  const dir = mkdtempSync(join(tmpdir(), "eventline-batch-"));
  const files: string[] = [];
  for (let i = 0; i < 20; i++) {
    const f = join(dir, `s${String(i).padStart(2, "0")}.txt`);
    writeFileSync(f, `Officials in Lagos said on Monday that ${i + 2} ministers had resigned.\n${STORY}`);
    files.push(f);
  }
  writeFileSync(join(dir, "s05.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 9, 9, 0, 0]));
  const dup = join(dir, "z-dup.txt");
  writeFileSync(dup, `Officials in Lagos said on Monday that 19 ministers had resigned.\n${STORY}`);
  const r = cli(["analyze", ...files, dup, "--format", "jsonl"]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /s05\.txt: binary content/);
  const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  const expected = [...files.filter((f) => !f.endsWith("s05.txt")), dup];
  assert.deepEqual(docs.map((d) => d.source), expected);
  assert.equal(docs[docs.length - 1].duplicateOf, docs.find((d) => d.source === files[17]).id);
  docs.forEach((d, k) => k < 19 && assert.match(d.articles[0].text, new RegExp(`that ${files.indexOf(d.source) + 2} ministers`)));
});

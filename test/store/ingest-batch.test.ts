import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { ingestItems, type IngestItemResult } from "../../src/store/ingest.js";
import type { InputItem } from "../../src/ingest/index.js";
import { docId } from "../../src/ingest/text.js";
import { loadResources } from "../../src/resources.js";

const resources = loadResources();
const story = (i: number) => `Officials in Accra said on Tuesday that ${i + 3} opposition lawmakers had been detained overnight.\nGhana's interior minister denied the report.`;
const doc = (i: number, text = story(i)): InputItem => {
  const id = docId(new TextEncoder().encode(text));
  return { kind: "doc", id, source: `d${i}.txt`, contentType: "text/plain", url: null, page: { text, source: `d${i}.txt`, contentType: "text/plain" } };
};

test("ingest analyzes in batches but reports and stores every input in the order it came", async () => {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), "eventline-ingest-")), "kb.db"));
  try {
    const first = await ingestItems(store, (async function* () { yield doc(4); })(), { published: "2025-03-04", resources });
    assert.equal(first.stored, 1);
    const items: InputItem[] = [];
    for (let i = 0; i < 20; i++) items.push(doc(i));
    items.splice(7, 0, { kind: "error", source: "bad.bin", message: "binary content" });
    items.splice(12, 0, { kind: "skipped", source: "photo.jpg", reason: "not a document" });
    // A page over the length limit fails alone; the batch around it is stored.
    items.splice(15, 0, doc(99, "The assembly met again on Wednesday. ".repeat(60_000)));
    const seen: IngestItemResult[] = [];
    const sum = await ingestItems(store, (async function* () { yield* items; })(), { published: "2025-03-04", resources, onItem: (r) => seen.push(r) });
    assert.deepEqual(seen.map((r) => r.source), items.map((i) => i.source));
    assert.deepEqual(
      seen.map((r) => r.kind),
      items.map((i) => (i.kind !== "doc" ? i.kind : i.source === "d4.txt" ? "known" : i.source === "d99.txt" ? "error" : "stored")),
    );
    assert.match((seen.find((r) => r.source === "d99.txt") as { message: string }).message, /analysis failed: .*longer than the limit/);
    assert.deepEqual({ stored: sum.stored, known: sum.known, errors: sum.errors, skipped: sum.skipped }, { stored: 19, known: 1, errors: 2, skipped: 1 });
    for (const i of [0, 8, 19]) assert.ok(await store.hasDocument((items.find((x) => x.source === `d${i}.txt`) as { id: string }).id));
  } finally {
    await store.close();
  }
});

test("a failing store lookup is that document's error; a failing reader still leaves what it read stored", async () => {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), "eventline-ingest-")), "kb.db"));
  try {
    const real = store.hasDocument.bind(store);
    let calls = 0;
    store.hasDocument = async (id: string) => {
      if (++calls === 3) throw new Error("database is locked");
      return real(id);
    };
    const seen: IngestItemResult[] = [];
    const reader = async function* () {
      for (let i = 0; i < 5; i++) yield doc(i);
      throw new Error("connection reset while reading the feed");
    };
    await assert.rejects(ingestItems(store, reader(), { published: "2025-03-04", resources, onItem: (r) => seen.push(r) }), /connection reset/);
    assert.deepEqual(seen.map((r) => `${r.source} ${r.kind}`), ["d0.txt stored", "d1.txt stored", "d2.txt error", "d3.txt stored", "d4.txt stored"]);
    assert.match((seen[2] as { message: string }).message, /could not look up the store: database is locked/);
    store.hasDocument = real;
    for (const i of [0, 1, 3, 4]) assert.ok(await store.hasDocument((doc(i) as { id: string }).id));
  } finally {
    await store.close();
  }
});

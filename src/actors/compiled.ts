// The knowledge base as the build stores it (dist/actors/kb.compiled.json): the tables that
// kb.ts derives from data/actors, with a fingerprint of what they were derived from. A process
// uses them only while the fingerprint holds (the same source files with the same content, the
// same compiler code); otherwise it reads and checks data/ as before. data/ stays the source.
// The source files are those the tables are compiled from (kb.ts tableSources), not all of data/.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ActorTable } from "./actor-table.js";
import type { FormEntry, KBSource, KBTables, LazyTable } from "./kb.js";
import type { KBActor } from "./schema.js";

const FORMAT = "eventline-actors-kb/4";
const here = dirname(fileURLToPath(import.meta.url));
const ext = extname(fileURLToPath(import.meta.url));

/** Where the build puts the compiled form: beside this module (so only in dist/). */
export const COMPILED_FILE = join(here, "kb.compiled.json");

/** The modules whose code decides the tables: a change to any of them retires a stored form. */
const COMPILER = ["kb", "schema", "normalize", "lexicon", "compiled", "actor-table"];

interface Header {
  format: string;
  /** [file name, size, mtimeMs, sha1] of every source file the tables come from. */
  sources: Array<[string, number, number, string]>;
  code: string;
}

function sha1(data: string | Buffer): string {
  return createHash("sha1").update(data).digest("hex");
}

function codeHash(): string {
  const parts: Buffer[] = [];
  for (const m of COMPILER) {
    const file = join(here, m + ext);
    parts.push(existsSync(file) ? readFileSync(file) : Buffer.from(m));
  }
  return sha1(Buffer.concat(parts));
}

function header(dir: string, names: string[]): Header {
  const sources = names.map((f): [string, number, number, string] => {
    const path = join(dir, f);
    const st = statSync(path);
    return [f, st.size, st.mtimeMs, sha1(readFileSync(path))];
  });
  return { format: FORMAT, sources, code: codeHash() };
}

/**
 * Whether the stored tables come from the source files (names in dir) as they are and from this
 * code. A file of the same size and time is taken as unchanged; one whose time differs (a fresh
 * checkout, an unpacked package) is compared by content.
 */
function fresh(stored: Header, dir: string, names: string[]): boolean {
  if (stored.format !== FORMAT || stored.code !== codeHash()) return false;
  if (names.length !== stored.sources.length) return false;
  for (let i = 0; i < names.length; i++) {
    const [name, size, mtimeMs, hash] = stored.sources[i];
    if (names[i] !== name) return false;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.size !== size) return false;
    if (st.mtimeMs !== mtimeMs && sha1(readFileSync(path)) !== hash) return false;
  }
  return true;
}

/** Each lookup table is stored in this many parts, each read when a key in it is first asked for. */
export const TABLE_PARTS = 64;

export function shardOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return (h >>> 0) % TABLE_PARTS;
}

/** The lookup tables, in their order in the file. */
const TABLES: LazyTable[] = ["names", "contextual", "given", "cities", "offices"];

/** The second line: what the rest holds and where. */
interface Contents {
  givenNames: string[];
  /** Actor ids, then first token keys, in the order of their texts in the body. */
  ids: string[];
  keys: string[];
  /** Where each record's JSON, then each key's forms, starts in the body (one more: the end). */
  starts: number[];
}

/**
 * The file: the header line; the contents line; each lookup table (TABLES) in TABLE_PARTS lines,
 * by shardOf() of the key; then the body:
 * each actor record, then each first token key's list of forms, one JSON text a line. Every line
 * is JSON in ASCII (other characters escaped), so the file reads as one-byte text; records,
 * forms and tables stay text until they are needed, and a process start runs no loop over them.
 */
export function readCompiledKB(dir: string, sources: string[], file = COMPILED_FILE): KBSource | null {
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, "latin1");
  } catch {
    return null;
  }
  try {
    let at = 0;
    const line = (): string => {
      const nl = text.indexOf("\n", at);
      if (nl < 0) throw new Error("truncated");
      const l = text.slice(at, nl);
      at = nl + 1;
      return l;
    };
    if (!fresh(JSON.parse(line()) as Header, dir, sources)) return null;
    const c = JSON.parse(line()) as Contents;
    const parts = new Map<LazyTable, string[]>();
    for (const t of TABLES) {
      const lines: string[] = [];
      for (let s = 0; s < TABLE_PARTS; s++) lines.push(line());
      parts.set(t, lines);
    }
    const part = <K extends LazyTable>(k: K, s: number) => JSON.parse(parts.get(k)![s]) as KBTables[K];
    const body = at;
    const n = c.ids.length;
    if (c.starts.length !== n + c.keys.length + 1 || body + c.starts[c.starts.length - 1] !== text.length) return null;
    const item = (j: number) => text.slice(body + c.starts[j], body + c.starts[j + 1] - 1);
    return {
      actors: new ActorTable(c.ids, new Array<KBActor | undefined>(n), item),
      headKeys: c.keys,
      formsOf: (j) => JSON.parse(item(n + j)) as FormEntry[],
      givenNames: c.givenNames,
      table: <K extends LazyTable>(k: K) => parts.get(k)!.flatMap((_, s) => part(k, s) as Array<[string, unknown]>) as KBTables[K],
      part,
    };
  } catch {
    return null;
  }
}

/** JSON with every character past ASCII written as an escape. */
function ascii(v: unknown): string {
  return JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Stores tables compiled from the `sources` in `dir` (written aside, then renamed, so a reader never sees half). */
export function writeCompiledKB(t: KBTables, dir: string, sources: string[], file = COMPILED_FILE): void {
  const items = [...t.actors.map((a) => ascii(a)), ...t.heads.map(([, forms]) => ascii(forms))];
  const starts: number[] = [];
  let pos = 0;
  for (const x of items) {
    starts.push(pos);
    pos += x.length + 1;
  }
  starts.push(pos);
  const contents: Contents = { givenNames: t.givenNames, ids: t.actors.map((a) => a.id), keys: t.heads.map(([k]) => k), starts };
  const lines = [ascii(header(dir, sources)), ascii(contents)];
  for (const k of TABLES) {
    const split: Array<Array<[string, unknown]>> = Array.from({ length: TABLE_PARTS }, () => []);
    for (const entry of t[k]) split[shardOf(entry[0])].push(entry);
    for (const p of split) lines.push(ascii(p));
  }
  lines.push(...items);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, lines.join("\n") + "\n");
  renameSync(tmp, file);
}

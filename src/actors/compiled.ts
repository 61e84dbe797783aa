// The knowledge base as the build stores it (dist/actors/kb.compiled.json): the tables that
// kb.ts derives from data/actors, with a fingerprint of what they were derived from. A process
// uses them only while the fingerprint holds (the same data files with the same content, the
// same compiler code); otherwise it reads and checks data/ as before. data/ stays the source.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ActorTable } from "./actor-table.js";
import type { KBSource, KBTables, LazyTable } from "./kb.js";

const FORMAT = "eventline-actors-kb/2";
const here = dirname(fileURLToPath(import.meta.url));
const ext = extname(fileURLToPath(import.meta.url));

/** Where the build puts the compiled form: beside this module (so only in dist/). */
export const COMPILED_FILE = join(here, "kb.compiled.json");

/** The modules whose code decides the tables: a change to any of them retires a stored form. */
const COMPILER = ["kb", "schema", "normalize", "lexicon", "compiled", "actor-table"];

interface Header {
  format: string;
  /** [file name, size, mtimeMs, sha1] of every data file the tables come from. */
  sources: Array<[string, number, number, string]>;
  code: string;
}

function dataFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl") || f.endsWith(".json")).sort() : [];
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

function header(dir: string): Header {
  const sources = dataFiles(dir).map((f): [string, number, number, string] => {
    const path = join(dir, f);
    const st = statSync(path);
    return [f, st.size, st.mtimeMs, sha1(readFileSync(path))];
  });
  return { format: FORMAT, sources, code: codeHash() };
}

/**
 * Whether the stored tables come from the data files as they are and from this code. A file of
 * the same size and time is taken as unchanged; one whose time differs (a fresh checkout, an
 * unpacked package) is compared by content.
 */
function fresh(stored: Header, dir: string): boolean {
  if (stored.format !== FORMAT || stored.code !== codeHash()) return false;
  const names = dataFiles(dir);
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

/** The tables parsed on first use, in their order in the file. */
const TABLES: LazyTable[] = ["names", "contextual", "given", "cities", "offices"];

/**
 * The file: the header line; the counts and given names; one line per lazy table (TABLES); one
 * line per actor, `"id"<TAB>{record}`; one line per first token key, `"key"<TAB>[forms]`. Every
 * line is JSON in ASCII (other characters escaped), so the file reads as one-byte text, and
 * records, forms and tables stay text until they are needed.
 */
export function readCompiledKB(dir: string, file = COMPILED_FILE): KBSource | null {
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, "latin1");
  } catch {
    return null;
  }
  try {
    const lines = new LineReader(text);
    if (!fresh(JSON.parse(lines.next()) as Header, dir)) return null;
    const counts = JSON.parse(lines.next()) as { actors: number; heads: number; givenNames: string[] };
    const tables = new Map<LazyTable, string>();
    for (const t of TABLES) tables.set(t, lines.next());
    const ids: string[] = [];
    const recs: string[] = [];
    for (let i = 0; i < counts.actors; i++) {
      const [id, rec] = lines.keyed();
      ids.push(id);
      recs.push(rec);
    }
    const heads: Array<[string, string]> = [];
    for (let i = 0; i < counts.heads; i++) heads.push(lines.keyed());
    if (!lines.done()) return null;
    return {
      actors: new ActorTable(ids, recs),
      heads,
      givenNames: counts.givenNames,
      table: <K extends LazyTable>(k: K) => JSON.parse(tables.get(k)!) as KBTables[K],
    };
  } catch {
    return null;
  }
}

/** Lines of the file in order; a malformed file throws. */
class LineReader {
  private at = 0;
  constructor(private text: string) {}

  next(): string {
    const nl = this.text.indexOf("\n", this.at);
    if (nl < 0) throw new Error("truncated");
    const line = this.text.slice(this.at, nl);
    this.at = nl + 1;
    return line;
  }

  /** A `"key"<TAB>json` line: the key and the JSON text. */
  keyed(): [string, string] {
    const line = this.next();
    const tab = line.indexOf("\t");
    if (tab < 0) throw new Error("no key");
    const raw = line.slice(0, tab);
    const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    return [key, line.slice(tab + 1)];
  }

  done(): boolean {
    return this.at === this.text.length;
  }
}

/** JSON with every character past ASCII written as an escape. */
function ascii(v: unknown): string {
  return JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Stores tables compiled from `dir` (written aside, then renamed, so a reader never sees half). */
export function writeCompiledKB(t: KBTables, dir: string, file = COMPILED_FILE): void {
  const lines = [ascii(header(dir)), ascii({ actors: t.actors.length, heads: t.heads.length, givenNames: t.givenNames })];
  for (const k of TABLES) lines.push(ascii(t[k]));
  for (const a of t.actors) lines.push(ascii(a.id) + "\t" + ascii(a));
  for (const [key, forms] of t.heads) lines.push(ascii(key) + "\t" + (typeof forms === "string" ? forms : ascii(forms)));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, lines.join("\n") + "\n");
  renameSync(tmp, file);
}

// The knowledge base as the build stores it (dist/actors/kb.compiled.json): the tables that
// kb.ts derives from data/actors, with a fingerprint of what they were derived from. A process
// uses them only while the fingerprint holds (same data files, same sizes and times, same
// compiler code); otherwise it reads and checks data/ as before. data/ stays the source.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KBTables } from "./kb.js";

const FORMAT = "eventline-actors-kb/1";
const here = dirname(fileURLToPath(import.meta.url));
const ext = extname(fileURLToPath(import.meta.url));

/** Where the build puts the compiled form: beside this module (so only in dist/). */
export const COMPILED_FILE = join(here, "kb.compiled.json");

/** The modules whose code decides the tables: a change to any of them retires a stored form. */
const COMPILER = ["kb", "schema", "normalize", "lexicon", "compiled"];

interface Header {
  format: string;
  /** [file name, size, mtimeMs] of every data file the tables come from. */
  sources: Array<[string, number, number]>;
  code: string;
}

function sources(dir: string): Array<[string, number, number]> {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((f) => f.endsWith(".jsonl") || f.endsWith(".json")).sort();
  return names.map((f) => {
    const st = statSync(join(dir, f));
    return [f, st.size, st.mtimeMs];
  });
}

function codeHash(): string {
  const h = createHash("sha1");
  for (const m of COMPILER) {
    const file = join(here, m + ext);
    h.update(existsSync(file) ? readFileSync(file) : m);
  }
  return h.digest("hex");
}

function header(dir: string): Header {
  return { format: FORMAT, sources: sources(dir), code: codeHash() };
}

/**
 * The file: the header line, the tables without their forms, then one line per first token key,
 * `"key"<TAB>[forms]`. Every line is JSON in ASCII (other characters escaped), so the file reads
 * as one-byte text, and a key's forms stay text until a document meets the key.
 */
export function readCompiledKB(dir: string, file = COMPILED_FILE): KBTables | null {
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, "latin1");
  } catch {
    return null;
  }
  try {
    let nl = text.indexOf("\n");
    if (nl < 0 || JSON.stringify(JSON.parse(text.slice(0, nl))) !== JSON.stringify(header(dir))) return null;
    let at = nl + 1;
    nl = text.indexOf("\n", at);
    const tables = JSON.parse(text.slice(at, nl)) as KBTables;
    const heads: KBTables["heads"] = [];
    for (at = nl + 1; at < text.length; at = nl + 1) {
      nl = text.indexOf("\n", at);
      if (nl < 0) nl = text.length;
      const tab = text.indexOf("\t", at);
      if (tab < 0 || tab > nl) return null;
      const raw = text.slice(at, tab);
      const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      heads.push([key, text.slice(tab + 1, nl)]);
    }
    tables.heads = heads;
    return tables;
  } catch {
    return null;
  }
}

/** JSON with every character past ASCII written as an escape. */
function ascii(v: unknown): string {
  return JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Stores tables compiled from `dir` (written aside, then renamed, so a reader never sees half). */
export function writeCompiledKB(tables: KBTables, dir: string, file = COMPILED_FILE): void {
  const lines = [ascii(header(dir)), ascii({ ...tables, heads: [] })];
  for (const [key, forms] of tables.heads) lines.push(ascii(key) + "\t" + (typeof forms === "string" ? forms : ascii(forms)));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, lines.join("\n") + "\n");
  renameSync(tmp, file);
}

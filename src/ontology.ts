// Loads data/ontology: CAMEO codes (Goldstein scale, GDELT quad class, PLOVER mapping) and the
// PLOVER types' quad class with a fallback CAMEO code. Validated once, errors name file and line.
import { readFileSync } from "node:fs";
import { dataDir } from "./data-path.js";

export type Quad = 1 | 2 | 3 | 4;
export const QUAD_NAMES: Record<Quad, string> = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

export interface CameoCode { code: string; goldstein: number; quad: Quad; plover: string | null; name: string }
export interface PloverType { type: string; quad: Quad; cameo: string; undirected: boolean }
export interface Ontology { cameo: Map<string, CameoCode>; plover: Map<string, PloverType> }

let cached: Ontology | null = null;

export function loadOntology(dir?: string): Ontology {
  if (cached && !dir) return cached;
  const file = (name: string) => (dir ? `${dir}/${name}` : dataDir("ontology", name));
  const cameo = new Map<string, CameoCode>();
  for (const { cols, where } of rows(file("cameo.tsv"), ["code", "goldstein", "quad", "plover", "mode", "context", "name"])) {
    const [code, g, q, plover, , , name] = cols;
    if (!/^\d{2,4}$/.test(code)) throw new Error(`${where}: bad CAMEO code '${code}'`);
    cameo.set(code, { code, goldstein: num(g, where), quad: quad(q, where), plover: plover || null, name });
  }
  const plover = new Map<string, PloverType>();
  for (const { cols, where } of rows(file("plover.tsv"), ["type", "quad", "cameo", "undirected"])) {
    const [type, q, code, und] = cols;
    if (und !== "yes" && und !== "no") throw new Error(`${where}: undirected must be yes or no, not '${und}'`);
    if (!/^[A-Z]+$/.test(type)) throw new Error(`${where}: bad PLOVER type '${type}'`);
    if (!cameo.has(code)) throw new Error(`${where}: CAMEO code '${code}' is not in cameo.tsv`);
    plover.set(type, { type, quad: quad(q, where), cameo: code, undirected: und === "yes" });
  }
  if (dir) return { cameo, plover };
  cached = { cameo, plover };
  return cached;
}

function* rows(file: string, header: string[]): Generator<{ cols: string[]; where: string }> {
  const lines = readFileSync(file, "utf8").split("\n");
  let seenHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) continue;
    const cols = line.split("\t");
    const where = `${file}:${i + 1}`;
    if (!seenHeader) {
      if (cols.join("\t") !== header.join("\t")) throw new Error(`${where}: expected header '${header.join(" ")}'`);
      seenHeader = true;
      continue;
    }
    if (cols.length !== header.length) throw new Error(`${where}: expected ${header.length} tab-separated columns, found ${cols.length}`);
    yield { cols, where };
  }
}

function num(s: string, where: string): number {
  const n = Number(s);
  if (!s || !Number.isFinite(n) || n < -10 || n > 10) throw new Error(`${where}: Goldstein value '${s}' is not a number in [-10, 10]`);
  return n;
}

function quad(s: string, where: string): Quad {
  if (!/^[1-4]$/.test(s)) throw new Error(`${where}: quad class '${s}' is not 1-4`);
  return Number(s) as Quad;
}

/** The most specific known CAMEO code for a code (e.g. 0362 falls back to 036 then 03). */
export function cameoInfo(ont: Ontology, code: string | null): CameoCode | null {
  for (let c = code ?? ""; c.length >= 2; c = c.slice(0, -1)) {
    const hit = ont.cameo.get(c);
    if (hit) return hit;
  }
  return null;
}

export interface Scale { cameo: string | null; goldstein: number | null; quad: Quad | null; ploverQuad: Quad | null; rootCode: string | null }

/** Goldstein scale and quad class for an event, from its CAMEO code, else its PLOVER type. */
export function eventScale(ont: Ontology, type: string, cameo: string | null): Scale {
  const pt = ont.plover.get(type) ?? null;
  const code = cameoInfo(ont, cameo) ?? (pt ? cameoInfo(ont, pt.cameo) : null);
  const usedCode = cameo && cameoInfo(ont, cameo) ? cameo : pt?.cameo ?? null;
  return {
    cameo: usedCode,
    goldstein: code?.goldstein ?? null,
    quad: code?.quad ?? pt?.quad ?? null,
    ploverQuad: pt?.quad ?? (code ? (ont.plover.get(code.plover ?? "")?.quad ?? null) : null),
    rootCode: usedCode ? usedCode.slice(0, 2) : null,
  };
}

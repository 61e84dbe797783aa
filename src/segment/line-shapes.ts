// Loads data/segment/lines.json: the shapes of credit, bio and boilerplate lines.
import { readFileSync } from "node:fs";
import type { CreditKind } from "../doc.js";
import { dataDir } from "../data-path.js";

export interface LineShapes {
  credits: Array<{ kind: CreditKind; re: RegExp }>;
  bio: RegExp[];
  boilerplate: RegExp[];
  agencies: string[];
}

const KINDS = new Set(["photo", "reporting", "byline", "source"]);
let cached: LineShapes | null = null;

export function lineShapes(file = dataDir("segment", "lines.json")): LineShapes {
  if (cached && file === dataDir("segment", "lines.json")) return cached;
  const raw = JSON.parse(readFileSync(file, "utf8")) as {
    credits: Array<{ kind: string; pattern: string }>;
    bio: string[];
    boilerplate: string[];
    agencies: string[];
  };
  const compile = (src: string, where: string) => {
    try {
      return new RegExp(src, "iu");
    } catch (e) {
      throw new Error(`${file}: ${where}: bad pattern: ${(e as Error).message}`);
    }
  };
  const shapes: LineShapes = {
    credits: raw.credits.map((c, i) => {
      if (!KINDS.has(c.kind)) throw new Error(`${file}: credits[${i}]: unknown kind '${c.kind}'`);
      return { kind: c.kind as CreditKind, re: compile(c.pattern, `credits[${i}]`) };
    }),
    bio: raw.bio.map((p, i) => compile(p, `bio[${i}]`)),
    boilerplate: raw.boilerplate.map((p, i) => compile(p, `boilerplate[${i}]`)),
    agencies: raw.agencies,
  };
  if (file === dataDir("segment", "lines.json")) cached = shapes;
  return shapes;
}

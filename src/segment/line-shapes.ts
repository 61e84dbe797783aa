// Loads data/segment/lines.json: the shapes of credit, bio and boilerplate lines.
import { readFileSync } from "node:fs";
import type { CreditKind } from "../doc.js";
import { dataDir } from "../data-path.js";

export interface LineShapes {
  credits: Array<{ kind: CreditKind; re: LinePattern }>;
  bio: LinePattern[];
  boilerplate: LinePattern[];
  agencies: string[];
}

/**
 * A line pattern and, for one not anchored at the line start, a cheaper pattern that every match
 * of it contains: the words of a group it cannot skip ("(?:reach|contact|email)"). An unanchored
 * pattern is tried at every offset of a line; the hint finds the lines worth that.
 */
export class LinePattern {
  readonly hint: RegExp | null;
  constructor(readonly re: RegExp) {
    const words = re.source.startsWith("^") ? null : requiredWords(re.source);
    this.hint = words ? new RegExp(words, re.flags) : null;
  }

  test(s: string): boolean {
    return (this.hint === null || this.hint.test(s)) && this.re.test(s);
  }
}

/**
 * The first top-level, unquantified (or "+") non-capturing group of plain words, as "a|b|c", in
 * a pattern with no top-level alternative; null when there is none.
 */
export function requiredWords(src: string): string | null {
  let depth = 0;
  let inClass = false;
  let found: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "|" && depth === 0) return null;
    else if (c === "(") {
      if (depth === 0 && found === null && src.startsWith("(?:", i)) {
        const close = src.indexOf(")", i);
        const body = close > 0 ? src.slice(i + 3, close) : "";
        const after = src[close + 1];
        if (body.split("|").every((w) => /^[a-z ]+$/.test(w)) && after !== "?" && after !== "*" && after !== "{") found = body;
      }
      depth++;
    } else if (c === ")") depth--;
  }
  return found;
}

const KINDS = new Set(["photo", "reporting", "byline", "source"]);
let cached: LineShapes | null = null;
let defaultFile: string | null = null;
/** data/segment/lines.json, its path built once (every page asks for the shapes). */
const linesFile = () => (defaultFile ??= dataDir("segment", "lines.json"));

export function lineShapes(file = linesFile()): LineShapes {
  const isDefault = file === linesFile();
  if (cached && isDefault) return cached;
  const raw = JSON.parse(readFileSync(file, "utf8")) as {
    credits: Array<{ kind: string; pattern: string }>;
    bio: string[];
    boilerplate: string[];
    agencies: string[];
  };
  const compile = (src: string, where: string) => {
    try {
      return new LinePattern(new RegExp(src, "iu"));
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
  if (isDefault) cached = shapes;
  return shapes;
}

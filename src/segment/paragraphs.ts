// Classifies the lines of a page dump: body, section header, credit, author bio, boilerplate.
import type { CreditKind } from "../doc.js";
import { isSpaceAt, lines } from "../nlp/tokenize.js";
import { lineShapes } from "./line-shapes.js";

export type ParaClass = "body" | "header" | "credit" | "boilerplate";

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  cls: ParaClass;
  creditKind?: CreditKind;
  /** A body paragraph that stops mid-sentence. */
  cut: boolean;
  /** Blank lines stood between this paragraph and the previous one. */
  gapBefore: boolean;
}

const TERMINAL = /[.!?…"”’'»)\]:;]$/u;
// "Alexei Navalny died:What does it mean" — a related-article link glued to its headline.
const GLUED_HEADLINE = /^[^.!?\n]{3,100}?[?:](?=[A-Z'‘"“])/u;

/** GLUED_HEADLINE.test(t), asked only of lines holding a "?" or ":" (which every match does). */
function gluedHeadline(t: string): boolean {
  return (t.includes("?") || t.includes(":")) && GLUED_HEADLINE.test(t);
}

/** t.split(/\s+/).length, counted without building the pieces, and no further than `upTo`. */
function pieces(t: string, upTo: number): number {
  let n = 1;
  for (let i = 0; i < t.length && n < upTo; i++) {
    if (!isSpaceAt(t, i)) continue;
    while (i + 1 < t.length && isSpaceAt(t, i + 1)) i++;
    n++;
  }
  return n;
}

export function paragraphs(text: string): Paragraph[] {
  const shapes = lineShapes();
  const out: Paragraph[] = [];
  let blank = false;
  for (const [ls, le] of lines(text)) {
    let s = ls;
    let e = le;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (s === e) {
      blank = true;
      continue;
    }
    const t = text.slice(s, e);
    const p: Paragraph = { start: s, end: e, text: t, cls: "body", cut: false, gapBefore: blank && out.length > 0 };
    blank = false;
    const credit = t.length <= 240 ? shapes.credits.find((c) => c.re.test(t)) : undefined;
    if (credit) [p.cls, p.creditKind] = ["credit", credit.kind];
    else if (t.length <= 400 && shapes.bio.some((re) => re.test(t))) [p.cls, p.creditKind] = ["credit", "byline"];
    else if (t.length <= 300 && (shapes.boilerplate.some((re) => re.test(t)) || gluedHeadline(t))) p.cls = "boilerplate";
    else if (t.length <= 120 && pieces(t, 17) <= 16 && (!TERMINAL.test(t) || (t.endsWith("?") && !/["”]/.test(t.slice(-3))))) p.cls = "header";
    else p.cut = !TERMINAL.test(t) && t.length >= 80;
    out.push(p);
  }
  return out;
}

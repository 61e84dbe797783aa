// Block classification inside the chosen article (after jusText): each paragraph is judged by
// its length, link density and sentence shape, then short blocks are settled by their neighbours.
import type { Block } from "./render.js";

type Cls = "good" | "neargood" | "short" | "bad";

const BOILER_LINE = /^(advertisement|advertising|sponsored|related( (articles|stories|content|coverage))?:?|read (more|next|also)\b|see also\b|share (this|on)\b|follow us\b|sign up\b|subscribe\b|click here\b|image \d+ of \d+|photo:|credit:|\(image credit|copyright\b|©|all rights reserved|you may also like|more from\b|recommended\b|trending\b|comments?\b|\d+ comments?|loading\b|skip to\b)/i;
const SENTENCE_END = /[.!?。！？…:;]["'”’»)\]]*$/u;
const LETTER = /[\p{L}\p{N}]/u;

function wordCount(t: string): number {
  const cjk = (t.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  return (t.match(/[\p{L}\p{N}]+/gu) ?? []).length + Math.floor(cjk / 2);
}

export function classify(b: Block): Cls {
  const t = b.text;
  if (!LETTER.test(t)) return "bad";
  const len = t.length;
  const density = b.linkChars / Math.max(1, len);
  if (BOILER_LINE.test(t) && len < 200) return "bad";
  // Embedded posts (tweets) are mostly links yet part of the story.
  const quoted = b.tag === "blockquote" || b.within.includes("blockquote");
  const words = wordCount(t);
  const sentence = SENTENCE_END.test(t);
  // Linked prose (a summary bullet whose lead clause is a link) reads as text; linked headlines do not.
  const linkedProse = len >= 150 && words >= 20 && sentence;
  if (density > (quoted ? 0.8 : 0.5) && len < 400) return linkedProse ? "neargood" : "bad";
  if (density > (quoted ? 0.8 : 0.3)) return len > 200 ? (sentence ? "neargood" : "short") : "bad";
  if (len >= 200 && words >= 25) return "good";
  if (len >= 70 && words >= 10 && sentence) return "good";
  if (len >= 25 && words >= 4 && sentence) return "neargood";
  if (len >= 60 && words >= 10) return "neargood";
  return "short";
}

const HEADING = /^h[1-6]$/;
const ITEM = /^(li|td|th|dd|dt|tr)$/;

/** Keeps the blocks that read as the article; `title` drops a repeated headline. */
export function articleBlocks(blocks: Block[], title: string | null): Block[] {
  const cls = blocks.map(classify);
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const titleN = title ? norm(title) : "";
  // Nearest decided (good or bad) neighbour on each side, found in two linear passes.
  const before: Cls[] = new Array(blocks.length);
  const after: Cls[] = new Array(blocks.length);
  let last: Cls = "bad";
  for (let i = 0; i < blocks.length; i++) {
    before[i] = last;
    if (cls[i] === "good" || cls[i] === "bad") last = cls[i];
  }
  last = "bad";
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = last;
    if (cls[i] === "good" || cls[i] === "bad") last = cls[i];
  }
  const side = (i: number, step: number): Cls => (step < 0 ? before[i] : after[i]);
  const keep = blocks.map((b, i) => {
    const c = cls[i];
    if (c === "good") return true;
    if (c === "bad" || HEADING.test(b.tag)) return false;
    if (titleN && norm(b.text) === titleN) return false;
    const prev = side(i, -1);
    const next = side(i, 1);
    if (prev === "good" && next === "good") return true;
    // Lists and tables that follow prose belong to it when they are not link farms.
    if (prev === "good" && ITEM.test(b.tag) && b.linkChars <= b.text.length * 0.3) return true;
    if (prev === "bad" && next === "bad") return false;
    return c === "neargood";
  });
  // A heading stays when the text it introduces stays and the article has begun.
  let begun = false;
  for (let i = 0; i < blocks.length; i++) {
    if (HEADING.test(blocks[i].tag) && begun && cls[i] !== "bad" && norm(blocks[i].text) !== titleN) {
      let j = i + 1;
      while (j < blocks.length && HEADING.test(blocks[j].tag)) j++;
      keep[i] = j < blocks.length && keep[j];
    }
    if (keep[i]) begun = true;
  }
  // If the filter would discard most of the article, its judgement is wrong for this page.
  const kept = blocks.filter((_, i) => keep[i]);
  const keptLen = kept.reduce((n, b) => n + b.text.length, 0);
  const allLen = blocks.reduce((n, b) => n + b.text.length, 0);
  return keptLen >= allLen * 0.35 ? kept : blocks.filter((_, i) => cls[i] !== "bad" || blocks[i].text.length > 200);
}

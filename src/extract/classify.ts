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

function classify(b: Block): Cls {
  const t = b.text;
  if (!LETTER.test(t)) return "bad";
  const len = t.length;
  const density = b.linkChars / Math.max(1, len);
  if (BOILER_LINE.test(t) && len < 200) return "bad";
  if (density > 0.5 && len < 400) return "bad";
  if (density > 0.3) return len > 200 ? "short" : "bad";
  if (b.tag === "li" && density > 0.2) return "bad";
  const words = wordCount(t);
  const sentence = SENTENCE_END.test(t);
  if (len >= 200 && words >= 25) return "good";
  if (len >= 70 && words >= 10 && sentence) return "good";
  if (len >= 25 && words >= 4 && sentence) return "neargood";
  return "short";
}

const HEADING = /^h[1-6]$/;

/** Keeps the blocks that read as the article; `title` drops a repeated headline. */
export function articleBlocks(blocks: Block[], title: string | null): Block[] {
  const cls = blocks.map(classify);
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const titleN = title ? norm(title) : "";
  const side = (i: number, step: number): Cls => {
    for (let j = i + step; j >= 0 && j < blocks.length; j += step) if (cls[j] === "good" || cls[j] === "bad") return cls[j];
    return "bad";
  };
  const keep = blocks.map((b, i) => {
    const c = cls[i];
    if (c === "good") return true;
    if (c === "bad") return false;
    if (titleN && norm(b.text) === titleN) return false;
    const prev = side(i, -1);
    const next = side(i, 1);
    if (HEADING.test(b.tag)) return next === "good" && prev === "good";
    if (prev === "good" && next === "good") return true;
    if (prev === "bad" && next === "bad") return false;
    return c === "neargood";
  });
  // If the filter would discard most of the article, its judgement is wrong for this page.
  const kept = blocks.filter((_, i) => keep[i]);
  const keptLen = kept.reduce((n, b) => n + b.text.length, 0);
  const allLen = blocks.reduce((n, b) => n + b.text.length, 0);
  return keptLen >= allLen * 0.35 ? kept : blocks.filter((_, i) => cls[i] !== "bad" || blocks[i].text.length > 200);
}

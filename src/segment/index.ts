// Finds the articles on a page: the full story, its credits, and the teasers after it.
import type { ArticleSegment, Credit, Page } from "../doc.js";
import { paragraphs, type Paragraph } from "./paragraphs.js";
import { findDateline, isAgency } from "./dateline.js";

interface Draft {
  paras: Paragraph[];
  credits: Credit[];
  title: Paragraph | null;
  byline: string | null;
  /** An end credit (reporting, contributing, author bio) closed the story. */
  closed: boolean;
  start: number;
  end: number;
}

const newDraft = (start: number): Draft => ({ paras: [], credits: [], title: null, byline: null, closed: false, start, end: start });
const sentences = (t: string) => (t.match(/[.!?…]["”’]?\s+[A-Z“"‘]/gu) ?? []).length + 1;

export function segmentPage(page: Page): ArticleSegment[] {
  const paras = paragraphs(page.text);
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let pending: Credit[] = [];
  const bodyCount = (d: Draft) => d.paras.filter((p) => p.cls === "body").length;
  const truncatedDraft = (d: Draft) => d.paras.length > 0 && d.paras[d.paras.length - 1].cut;

  for (const p of paras) {
    const credit = p.cls === "credit" ? { kind: p.creditKind!, text: p.text, span: [p.start, p.end] as [number, number] } : null;
    if (credit) {
      if (credit.kind === "byline" && (!cur || cur.closed || !bodyCount(cur)) && !/\b(?:reach|reporter|correspondent|writer|editor)\b/i.test(p.text)) {
        pending.push(credit);
        continue;
      }
      if (!cur) {
        pending.push(credit);
        continue;
      }
      cur.credits.push(credit);
      cur.end = p.end;
      if (credit.kind !== "photo" && bodyCount(cur)) cur.closed = true;
      continue;
    }
    if (p.cls === "boilerplate") {
      if (cur) cur.end = Math.max(cur.end, p.end);
      continue;
    }
    const teaser = !page.singleArticle && p.cut && !!cur && bodyCount(cur) >= 3 && sentences(p.text) >= 2;
    if (!cur || (!page.singleArticle && (cur.closed || truncatedDraft(cur))) || teaser) {
      cur = newDraft(p.start);
      drafts.push(cur);
      cur.credits.push(...pending);
      if (pending.length) cur.start = Math.min(cur.start, ...pending.map((c) => c.span[0]));
      pending = [];
    }
    if (!cur.paras.length && !cur.title && p.cls === "header" && !p.text.endsWith("?") && !page.title) {
      cur.title = p;
      cur.end = p.end;
      continue;
    }
    cur.paras.push(p);
    cur.end = p.end;
  }
  if (pending.length && cur) cur.credits.push(...pending);
  return drafts.filter((d) => d.paras.length).map((d, i) => finish(page, d, i));
}

function finish(page: Page, d: Draft, ordinal: number): ArticleSegment {
  let text = "";
  const pieces: ArticleSegment["pieces"] = [];
  let dateline: string | null = null;
  const credits = [...d.credits];
  d.paras.forEach((p, i) => {
    let start = p.start;
    if (i === 0) {
      const dl = findDateline(p.text);
      if (dl && dl.length < p.text.length) {
        dateline = p.text.slice(0, dl.length).replace(/(?<![\s\-\u2013\u2014\u2212])[\s\-\u2013\u2014\u2212]+$/u, "");
        if (dl.agency && isAgency(dl.agency)) credits.push({ kind: "source", text: dl.agency, span: [p.start, p.start + dl.length] });
        start += dl.length;
      }
    }
    if (i > 0) text += p.gapBefore ? "\n\n" : "\n";
    pieces.push({ from: text.length, to: text.length + (p.end - start), docStart: start });
    text += page.text.slice(start, p.end);
  });
  const byline = credits.find((c) => c.kind === "byline")?.text.replace(/^by\s+/i, "") ?? (ordinal === 0 ? page.byline ?? null : null);
  const title = d.title ? d.title.text : ordinal === 0 ? page.title ?? null : null;
  return {
    span: [d.start, d.end],
    text,
    pieces,
    title,
    byline,
    credits: [...(ordinal === 0 ? page.credits ?? [] : []), ...credits].sort((a, b) => a.span[0] - b.span[0]),
    truncated: d.paras[d.paras.length - 1].cut,
    dateline,
  };
}

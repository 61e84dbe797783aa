// HTML page → main text with boilerplate removed, plus the page's metadata and photo credits.
import type { Credit } from "../doc.js";
import { type DomDocument, type DomElement, all, parseDocument } from "./dom.js";
import { linearText, maxNesting } from "./depth.js";
import { pageMeta } from "./metadata.js";
import { stripFurniture } from "./boilerplate.js";
import { MAX_ELEMENTS, runReadability } from "./readability.js";
import { type Block, blocks as renderBlocks } from "./render.js";
import { articleBlocks } from "./classify.js";
import { collapse as clean } from "./clean.js";

export { normalizeDate, urlDate } from "./dates.js";
export { cleanByline } from "./metadata.js";

export interface ExtractOptions {
  /** Where the page came from; the base for a relative canonical link and a date source. */
  url?: string | null;
  /** When the page was fetched (ISO date or timestamp): the reference for "3 hours ago", "yesterday". */
  fetched?: string | null;
  /** Nesting beyond which the page is read with a linear text scan instead of a DOM. */
  maxDepth?: number;
}

export interface Extracted {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  credits: Credit[];
  /** How the text was found: readability (+ block filter), blocks (own scoring) or linear (no DOM). */
  method: "readability" | "blocks" | "linear";
  notes: string[];
}

const DEFAULT_MAX_DEPTH = 400;
const MARK = "\u0001";
const MARKER = /^\u0001(\d+)\u0001$/;
/** Below this many characters an extraction gets a second opinion. */
const SHORT_ARTICLE = 1500;

/** Caption stand-ins: a paragraph holding only the caption's index, so credits keep their place. */
const markerFor = (doc: DomDocument) => (i: number) => {
  const p = doc.createElement("p");
  p.textContent = `${MARK}${i}${MARK}`;
  return p;
};

export function extractHtml(html: string, opts: ExtractOptions = {}): Extracted {
  const depth = maxNesting(html);
  const limit = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (depth > limit) return linear(html, opts, `markup nested ${depth} levels deep (limit ${limit}): read with a linear text scan`);
  const { tags: elements, stray } = countTags(html);
  if (stray > MAX_STRAY) return linear(html, opts, `${stray} '<' characters that open no tag: read with a linear text scan`);
  if (elements > MAX_DOM_ELEMENTS) return linear(html, opts, `${elements} elements: too many for a DOM, read with a linear text scan`);
  let doc: DomDocument;
  try {
    doc = parseDocument(html);
  } catch (e) {
    return linear(html, opts, `HTML could not be parsed (${(e as Error).message}): read with a linear text scan`);
  }
  const meta = pageMeta(doc, opts.url, opts.fetched);
  const captions = stripFurniture(doc, markerFor(doc));
  // The container the page itself declares as the article body, looked up before Readability edits the tree.
  const declared = declaredBody(doc);
  const declaredBlocks = declared ? renderBlocks(declared) : null;
  const huge = elements > MAX_ELEMENTS;
  const notes = huge ? [`${elements} elements: too many for Readability, main text chosen by the block filter`] : [];
  const r = huge ? null : runReadability(doc);
  let method: Extracted["method"] = huge ? "blocks" : "readability";
  const start = huge ? (doc.body ?? doc.documentElement) : r?.content;
  let best = assemble(start ? renderBlocks(start) : [], captions, meta.title);
  if (best.text.length < SHORT_ARTICLE && !huge) {
    // A short result may mean furniture stripping removed the article's container: ask
    // Readability again about the page as served, and keep the answer with clearly more text.
    const raw = parseDocument(html);
    const r2 = runReadability(raw);
    const alt = r2?.content ? assemble(renderBlocks(r2.content), [], meta.title) : null;
    if (alt && alt.text.length > 2 * best.text.length) best = alt;
  }
  if (declaredBlocks) {
    // Readability sometimes settles on one part of the declared body: take the whole when it
    // holds what Readability found and clearly more.
    const whole = assemble(declaredBlocks, captions, meta.title);
    if (whole.text.length > 1.5 * best.text.length && contains(whole.text, best.text)) best = whole;
  }
  if (best.text.length < 200 && !huge) {
    // Readability found nothing worth having: the block filter over the whole (stripped) body.
    const again = parseDocument(html);
    const caps = stripFurniture(again, markerFor(again));
    const body = again.body ?? again.documentElement;
    const whole = body ? assemble(renderBlocks(body), caps, meta.title) : null;
    if (whole && whole.text.length > best.text.length) {
      best = whole;
      method = "blocks";
    }
  }
  const { text, credits } = best;
  return {
    text,
    title: meta.title ?? clean(r?.title),
    byline: meta.byline,
    published: meta.published,
    url: meta.url,
    siteName: meta.siteName ?? clean(r?.siteName),
    lang: meta.lang,
    description: meta.description,
    credits,
    method,
    notes,
  };
}

/** Joins the kept blocks and places each caption that stood among them as a photo credit. */
function assemble(found: Block[], captions: string[], title: string | null): { text: string; credits: Credit[] } {
  const pendingAt = new Map<Block, number[]>();
  const content: Block[] = [];
  let pending: number[] = [];
  for (const b of found) {
    const m = MARKER.exec(b.text);
    if (m) {
      pending.push(+m[1]);
      continue;
    }
    if (pending.length) pendingAt.set(b, pending);
    pending = [];
    content.push(b);
  }
  const kept = new Set(articleBlocks(content, title));
  let text = "";
  const credits: Credit[] = [];
  let carry: number[] = [];
  for (const b of content) {
    const caps = pendingAt.get(b) ?? [];
    if (!kept.has(b)) {
      carry.push(...caps);
      continue;
    }
    if (text) text += "\n\n";
    for (const c of [...carry, ...caps]) if (captions[c]) credits.push({ kind: "photo", text: captions[c], span: [text.length, text.length] });
    carry = [];
    text += b.text;
  }
  for (const c of [...carry, ...pending]) if (captions[c] && text) credits.push({ kind: "photo", text: captions[c], span: [text.length, text.length] });
  return { text, credits };
}

const DECLARED = ['[itemprop="articleBody"]', ".article-body", ".article__body", ".story-body", ".entry-content", ".post-content", ".article-content", ".post-body"];

/** The element the markup names as the article body (schema.org itemprop, common CMS classes, a lone <article>). */
function declaredBody(doc: DomDocument): DomElement | null {
  const body = doc.body;
  if (!body) return null;
  for (const sel of DECLARED) {
    const hits = all(body, sel);
    if (hits.length === 1) return hits[0];
  }
  const articles = all(body, "article");
  return articles.length === 1 ? articles[0] : null;
}

/** The DOM parser slows down badly on text full of '<' that opens no tag. */
const MAX_STRAY = 5_000;
/** Beyond this many elements even building a DOM costs too much. */
const MAX_DOM_ELEMENTS = 250_000;

/** Opening tags in the markup, and '<' characters that open nothing, counted without parsing. */
function countTags(html: string): { tags: number; stray: number } {
  let tags = 0;
  let stray = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) tags++;
    else if (c !== 47 && c !== 33 && c !== 63) stray++;
  }
  return { tags, stray };
}

/** True when most paragraphs of `part` occur in `whole`. */
function contains(whole: string, part: string): boolean {
  const paras = part.split("\n\n").filter((p) => p.length > 20);
  if (!paras.length) return true;
  return paras.filter((p) => whole.includes(p)).length >= paras.length * 0.7;
}

function linear(html: string, opts: ExtractOptions, note: string): Extracted {
  const title = /<title[^>]*>([^<]{1,500})<\/title>/i.exec(html.slice(0, 200_000))?.[1] ?? null;
  return {
    text: linearText(html),
    title: clean(title),
    byline: null,
    published: null,
    url: opts.url ?? null,
    siteName: null,
    lang: null,
    description: null,
    credits: [],
    method: "linear",
    notes: [note],
  };
}


// HTML page → main text with boilerplate removed, plus the page's metadata and photo credits.
import type { Credit } from "../doc.js";
import { type DomDocument, parseDocument } from "./dom.js";
import { linearText, maxNesting } from "./depth.js";
import { pageMeta } from "./metadata.js";
import { stripFurniture } from "./boilerplate.js";
import { runReadability } from "./readability.js";
import { type Block, blocks as renderBlocks } from "./render.js";
import { articleBlocks } from "./classify.js";

export { normalizeDate, urlDate } from "./dates.js";
export { cleanByline } from "./metadata.js";

export interface ExtractOptions {
  /** Where the page came from; the base for a relative canonical link and a date source. */
  url?: string | null;
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

export function extractHtml(html: string, opts: ExtractOptions = {}): Extracted {
  const depth = maxNesting(html);
  const limit = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (depth > limit) return linear(html, opts, `markup nested ${depth} levels deep (limit ${limit}): read with a linear text scan`);
  let doc: DomDocument;
  try {
    doc = parseDocument(html);
  } catch (e) {
    return linear(html, opts, `HTML could not be parsed (${(e as Error).message}): read with a linear text scan`);
  }
  const meta = pageMeta(doc, opts.url);
  const captions = stripFurniture(doc, (i) => {
    const p = doc.createElement("p");
    p.textContent = `${MARK}${i}${MARK}`;
    return p;
  });
  const r = runReadability(doc);
  let method: Extracted["method"] = "readability";
  let found: Block[] = r?.content ? renderBlocks(r.content) : [];
  if (prose(found) < 200) {
    // Readability found nothing worth having: fall back to the block filter over the whole body.
    const again = parseDocument(html);
    stripFurniture(again, (i) => {
      const p = again.createElement("p");
      p.textContent = `${MARK}${i}${MARK}`;
      return p;
    });
    const body = again.body ?? again.documentElement;
    const whole = body ? renderBlocks(body) : [];
    if (prose(whole) > prose(found)) {
      found = whole;
      method = "blocks";
    }
  }
  const { text, credits } = assemble(found, captions, meta.title);
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
    notes: [],
  };
}

const clean = (s: string | null | undefined) => (s && s.trim() ? s.replace(/\s+/g, " ").trim() : null);
const prose = (bs: Block[]) => bs.reduce((n, b) => n + (MARKER.test(b.text) ? 0 : b.text.length), 0);

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
  const kept = articleBlocks(content, title);
  let text = "";
  const credits: Credit[] = [];
  let carry: number[] = [];
  for (const b of content) {
    const caps = pendingAt.get(b) ?? [];
    if (!kept.includes(b)) {
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


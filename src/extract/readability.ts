// Mozilla Readability over linkedom, returning the article subtree rather than serialized HTML.
import { Readability } from "@mozilla/readability";
import type { DomDocument, DomElement } from "./dom.js";

export interface ReadabilityResult {
  content: DomElement | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/** Runs Readability on `doc`, which it mutates: pass a fresh parse. */
/** Readability's scoring grows faster than linearly; pages beyond this many elements use the block filter. */
export const MAX_ELEMENTS = 40_000;

export function runReadability(doc: DomDocument): ReadabilityResult | null {
  try {
    const r = new Readability<DomElement>(doc as never, { serializer: (n) => n as unknown as DomElement, charThreshold: 300, maxElemsToParse: MAX_ELEMENTS }).parse();
    if (!r) return null;
    return { content: r.content ?? null, title: r.title ?? null, byline: r.byline ?? null, publishedTime: r.publishedTime ?? null, siteName: r.siteName ?? null };
  } catch {
    return null;
  }
}

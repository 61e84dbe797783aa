// Placeholder: one article, the whole page.
import type { ArticleSegment, Page } from "../doc.js";
export function segmentPage(page: Page): ArticleSegment[] {
  return [{ span: [0, page.text.length], text: page.text, pieces: [{ from: 0, to: page.text.length, docStart: 0 }], title: page.title ?? null, byline: page.byline ?? null, credits: [], truncated: false, dateline: null }];
}

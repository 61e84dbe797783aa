// One HTML page → one document: decoded, main text extracted, metadata on the page.
import type { InputItem, SourceDoc } from "./types.js";
import { decodeHtmlBytes } from "./decode.js";
import { docId } from "./text.js";
import { extractHtml } from "../extract/index.js";

export interface HtmlContext {
  /** The page's address (WARC target URI, feed link); also a date source. */
  url?: string | null;
  /** Charset from a transport header. */
  charset?: string | null;
  /** A date known from the container (WARC-Date), used when the page states none. */
  fallbackDate?: string | null;
  /** When the page was fetched (WARC-Date timestamp): the reference for "2 hours ago" on the page. */
  fetched?: string | null;
}

export function htmlDoc(source: string, bytes: Uint8Array, ctx: HtmlContext = {}): InputItem {
  if (bytes.length === 0) return { kind: "error", source, message: "empty HTML page" };
  const { text: html } = decodeHtmlBytes(bytes, ctx.charset);
  const ex = extractHtml(html, { url: ctx.url ?? null, fetched: ctx.fetched ?? ctx.fallbackDate ?? null });
  if (!ex.text.trim()) return { kind: "error", source, message: "HTML page without readable text" };
  const url = ex.url ?? ctx.url ?? null;
  const doc: SourceDoc = {
    kind: "doc",
    id: docId(bytes),
    source,
    contentType: "text/html",
    url,
    page: {
      text: ex.text,
      source,
      contentType: "text/html",
      title: ex.title,
      byline: ex.byline,
      published: ex.published ?? ctx.fallbackDate ?? null,
      url,
      siteName: ex.siteName,
      lang: ex.lang,
      credits: ex.credits,
      singleArticle: true,
    },
  };
  if (ex.notes.length) doc.notes = ex.notes;
  return doc;
}

// RSS 2.0, Atom and RDF feeds → one document per item, with its own link, date and title.
import { parseFeed } from "feedsmith";
import type { InputItem, SourceDoc } from "./types.js";
import { decodeHtmlBytes } from "./decode.js";
import { docId } from "./text.js";
import { linearText, maxNesting } from "../extract/depth.js";
import { parseDocument } from "../extract/dom.js";
import { renderText } from "../extract/render.js";
import { normalizeDate } from "../extract/dates.js";

interface FeedEntry {
  title: string | null;
  link: string | null;
  date: string | null;
  author: string | null;
  body: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const str = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (v && typeof v === "object" && typeof (v as Obj).value === "string") return ((v as Obj).value as string).trim() || null;
  return null;
};
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** Refuses DOCTYPE entity declarations: they are how entity-expansion attacks start. */
function guardEntities(xml: string): void {
  const doctype = /<!DOCTYPE[^[>]*\[/i.exec(xml.slice(0, 100_000));
  if (doctype && /<!ENTITY/i.test(xml.slice(doctype.index, doctype.index + 1_000_000))) {
    throw new Error("feed declares XML entities in its DOCTYPE (possible entity-expansion attack): refused");
  }
}

function entries(xml: string): { format: string; site: string | null; items: FeedEntry[] } {
  const parsed = parseFeed(xml) as { format: string; feed: Obj };
  const feed = parsed.feed;
  const site = str(feed.title);
  if (parsed.format === "atom") {
    return {
      format: "atom",
      site,
      items: ((feed.entries as Obj[]) ?? []).map((e) => {
        const links = (e.links as Obj[]) ?? [];
        const alt = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
        return {
          title: str(e.title),
          link: str(alt?.href) ?? (typeof e.id === "string" && /^https?:/.test(e.id) ? e.id : null),
          date: str(e.published) ?? str(e.updated),
          author: str(obj(first(e.authors)).name),
          body: str(e.content) ?? str(e.summary) ?? "",
        };
      }),
    };
  }
  if (parsed.format === "json") throw new Error("JSON feeds are not read here");
  return {
    format: parsed.format,
    site,
    items: ((feed.items as Obj[]) ?? []).map((it) => {
      const dc = obj(it.dc);
      return {
        title: str(it.title) ?? str(first(dc.titles)),
        link: str(it.link) ?? str(obj(it.guid).value) ?? str(obj(it.rdf).about),
        date: str(it.pubDate) ?? str(first(dc.dates)) ?? str(dc.date),
        author: str(first(it.authors)) ?? str(first(dc.creators)) ?? str(dc.creator),
        body: str(obj(it.content).encoded) ?? str(it.description) ?? "",
      };
    }),
  };
}

/** Feed items as documents; a feed that cannot be parsed is one error. */
export function feedItems(source: string, bytes: Uint8Array): InputItem[] {
  const { text: xml } = decodeHtmlBytes(bytes);
  let feed: ReturnType<typeof entries>;
  try {
    guardEntities(xml);
    feed = entries(xml);
  } catch (e) {
    return [{ kind: "error", source, message: `unreadable feed: ${(e as Error).message}` }];
  }
  if (!feed.items.length) return [{ kind: "skipped", source, reason: `${feed.format} feed without items` }];
  return feed.items.map((it, i): InputItem => {
    const itemSource = it.link ?? `${source}#item-${i + 1}`;
    const text = htmlToText(it.body);
    if (!text) return { kind: "skipped", source: itemSource, reason: "feed item without text" };
    const doc: SourceDoc = {
      kind: "doc",
      id: docId(new TextEncoder().encode(`${itemSource}\n${it.title ?? ""}\n${text}`)),
      source: itemSource,
      contentType: "application/rss+xml",
      url: it.link,
      page: {
        text,
        source: itemSource,
        contentType: "text/html",
        title: it.title ? htmlToText(it.title) : null,
        byline: it.author,
        published: feedDate(it.date),
        url: it.link,
        siteName: feed.site,
        singleArticle: true,
      },
    };
    return doc;
  });
}

/** Item bodies are HTML fragments (or escaped HTML); plain text passes through. Paragraphs are kept. */
function htmlToText(body: string): string {
  if (!/[<&]/.test(body)) return body.replace(/[ \t]+/g, " ").trim();
  if (maxNesting(body) > 400) return linearText(body);
  const doc = parseDocument(`<html><body>${body}</body></html>`);
  return doc.body ? renderText(doc.body) : linearText(body);
}

/** RFC 822 (RSS) and ISO (Atom, Dublin Core) dates → YYYY-MM-DD. */
export function feedDate(raw: string | null): string | null {
  if (!raw) return null;
  const iso = normalizeDate(raw);
  if (iso) return iso;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) return null;
  // Keep the calendar day the feed wrote, not the UTC day: "Fri, 06 Jun 2025 23:30 -0500" is June 6.
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(raw);
  if (m) return normalizeDate(`${m[1]} ${m[2]} ${m[3]}`);
  return new Date(t).toISOString().slice(0, 10);
}

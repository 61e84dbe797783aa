// A news feed (RSS, Atom, RDF, JSON Feed) as documents: one per item, its title and text.
import { parseFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { docId } from "../ingest/text.js";
import type { SourceDoc } from "../ingest/types.js";

export interface FeedItemDoc { key: string; doc: SourceDoc; published: string | null }

type Loose = Record<string, unknown>;
const str = (v: unknown): string | null => {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && typeof (v as Loose).value === "string") return (v as Loose).value as string;
  return null;
};

function plain(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll("p, br, div, li, h1, h2, h3, h4")) el.append("\n\n");
  return (document.body.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n\s*\n\s*/g, "\n\n").trim();
}

function isoDay(v: string | null): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

export function feedDocs(body: string, feedUrl: string): FeedItemDoc[] {
  const { feed } = parseFeed(body) as { feed: Loose };
  const items = ((feed.items ?? feed.entries ?? []) as Loose[]);
  const out: FeedItemDoc[] = [];
  for (const it of items) {
    const links = (it.links as Loose[] | undefined) ?? [];
    const link = str(it.link) ?? str(it.url) ?? str(links[0]?.href) ?? null;
    const title = str(it.title);
    const content = str((it.content as Loose | undefined)?.encoded) ?? str(it.content) ?? str(it.content_html) ?? str(it.content_text) ?? str(it.description) ?? str(it.summary) ?? "";
    const text = [title, plain(content)].filter((s) => s && s.trim()).join("\n\n");
    if (!text.trim()) continue;
    const guid = str(it.guid) ?? str(it.id) ?? link ?? text.slice(0, 200);
    const source = link ?? `${feedUrl}#${guid}`;
    const bytes = new TextEncoder().encode(text);
    out.push({
      key: guid,
      published: isoDay(str(it.pubDate) ?? str(it.published) ?? str(it.updated) ?? str(it.date_published)),
      doc: { kind: "doc", id: docId(bytes), source, contentType: "text/plain", url: link, page: { text, source, contentType: "text/plain" } },
    });
  }
  return out;
}

// Article facts from JSON-LD blocks: NewsArticle and its kin, also inside @graph arrays.
import { type DomDocument, all } from "./dom.js";
import { decodeEntities } from "./clean.js";

export interface LdArticle {
  headline: string | null;
  /** The people credited as authors ("; "-separated). */
  author: string | null;
  /** An organization credited as author (a publisher crediting itself), when no person is. */
  authorOrganization: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
  inLanguage: string | null;
  articleBody: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|Posting)$/;

type Json = unknown;

function nodes(data: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 8 || !data || typeof data !== "object") return;
  if (Array.isArray(data)) {
    for (const d of data) nodes(d, out, depth + 1);
    return;
  }
  const o = data as Record<string, Json>;
  out.push(o);
  if (o["@graph"]) nodes(o["@graph"], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === "object") nodes(o.mainEntity, out, depth + 1);
}

const types = (o: Record<string, Json>): string[] => {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string").map((x) => x.replace(/^.*[/:]/, ""));
};

// JSON-LD strings are not HTML-parsed, so character references written into them stay literal.
const str = (v: Json): string | null => (typeof v === "string" && v.trim() ? decodeEntities(v.trim()) : typeof v === "number" ? String(v) : null);

const ORGANIZATION = /Organization$|^Corporation$|^NGO$|^GovernmentOrganization$|^WebSite$|^Brand$/;

/** Names in a person-or-organization value; `orgs` says whether to keep those typed as organizations. */
function names(v: Json, byId: Map<string, Record<string, Json>>, orgs = true, depth = 0): string[] {
  if (!v || depth > 4) return [];
  if (typeof v === "string") return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, orgs, depth + 1));
  if (typeof v === "object") {
    const o = v as Record<string, Json>;
    const id = str(o["@id"]);
    const full = id && byId.has(id) && byId.get(id) !== o ? byId.get(id)! : null;
    if (!orgs && [...types(o), ...(full ? types(full) : [])].some((t) => ORGANIZATION.test(t))) return [];
    const n = str(o.name);
    if (n) return [n];
    if (full) return names(full, byId, orgs, depth + 1);
  }
  return [];
}

/** Comparable form of an address: no scheme, "www.", query, fragment or trailing slash. */
const urlKey = (u: string | null): string | null =>
  u ? u.replace(/^https?:\/\/(?:www\.)?/i, "").replace(/[?#].*$/, "").replace(/\/+$/, "").toLowerCase() || null : null;

/** The node's own address: url, @id, or the page it is the main entity of. */
function nodeUrls(o: Record<string, Json>): (string | null)[] {
  const main = o.mainEntityOfPage;
  const mainUrl = typeof main === "string" ? main : main && typeof main === "object" ? str((main as Record<string, Json>)["@id"]) ?? str((main as Record<string, Json>).url) : null;
  return [str(o.url), str(o["@id"]), mainUrl].map(urlKey);
}

/**
 * The JSON-LD node describing the page's article. Among several article nodes (a page's graph can
 * also describe related stories), the one whose address is the page's own wins, then the most
 * article-like, then the first.
 */
export function jsonLdArticle(doc: DomDocument, pageUrl: string | null = null): LdArticle | null {
  const objs: Record<string, Json>[] = [];
  for (const s of all(doc, 'script[type="application/ld+json"], script[type="application/json+ld"]')) {
    const raw = (s.textContent ?? "").trim();
    if (!raw || raw.length > 2_000_000) continue;
    try {
      nodes(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, "")), objs);
    } catch {
      continue;
    }
  }
  const byId = new Map<string, Record<string, Json>>();
  for (const o of objs) {
    const id = str(o["@id"]);
    if (id) byId.set(id, o);
  }
  const rank = (o: Record<string, Json>) => {
    const ts = types(o);
    if (ts.some((t) => /NewsArticle$|^Article$|BlogPosting|Report/.test(t))) return 3;
    if (ts.some((t) => ARTICLE_TYPES.test(t))) return ts.includes("WebPage") ? 1 : 2;
    return 0;
  };
  const here = urlKey(pageUrl);
  const own = (o: Record<string, Json>) => (here && rank(o) > 1 && nodeUrls(o).includes(here) ? 1 : 0);
  const best = objs.filter((o) => rank(o) > 0).sort((a, b) => own(b) - own(a) || rank(b) - rank(a))[0];
  if (!best) return null;
  const pub = names(best.publisher, byId)[0] ?? null;
  const credited = best.author ?? best.creator;
  const authors = [...new Set(names(credited, byId, false))].filter((a) => !/^https?:/.test(a));
  const orgs = authors.length ? [] : names(credited, byId).filter((a) => !/^https?:/.test(a));
  return {
    headline: str(best.headline) ?? (rank(best) > 1 ? str(best.name) : null),
    author: authors.length ? authors.join("; ") : null,
    authorOrganization: orgs[0] ?? null,
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    dateModified: str(best.dateModified),
    publisher: pub,
    url: str(best.url) ?? (typeof best.mainEntityOfPage === "string" ? best.mainEntityOfPage : null),
    inLanguage: str(best.inLanguage),
    articleBody: str(best.articleBody),
  };
}

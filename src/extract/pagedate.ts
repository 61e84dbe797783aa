// A page's publication date, from what the page prints by its headline, its metadata and its URL.
import { type DomDocument, type DomElement, all, attr, TEXT } from "./dom.js";
import type { LdArticle } from "./jsonld.js";
import { aroundHeadline, headline, inFurniture } from "./headline.js";
import { type LabelledDates, dayGap, labelledDates, normalizeDate, urlDate } from "./dates.js";

export interface DateSources {
  /** Meta tag contents keyed by lower-cased name/property (itemprop ones as "itemprop:<name>"). */
  meta: Map<string, string>;
  ld: LdArticle | null;
  url: string | null;
  lang: string | null;
  /** When the page was fetched: the reference for "3 hours ago" and "yesterday". */
  fetched?: string | null;
}

const PUBLISHED_KEYS = [
  "article:published_time", "og:published_time", "og:article:published_time", "article.published", "published_time", "datepublished",
  "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
  "dc.date.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article:published", "citation_publication_date",
  "citation_date", "original-publish-date", "datecreated", "dc.created", "itemprop:datepublished", "itemprop:datecreated",
];
const MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "last-modified", "dc.date.modified", "itemprop:datemodified"];

const first = (m: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) if (m.get(k)) return m.get(k)!;
  return null;
};

/**
 * Sources in order: a URL day that agrees with the stated date (within a day: the URL is the
 * publisher's local calendar, the timestamp UTC); the date printed by the headline, published
 * before updated (what readers were told; CMS metadata often records a draft); the stated
 * (JSON-LD, then meta) publication date; <time> elements; the URL; date-classed elements
 * anywhere; and last the stated modification date.
 */
export function pageDate(doc: DomDocument, src: DateSources): string | null {
  const { meta, ld, lang } = src;
  const u = urlDate(src.url);
  const stated = normalizeDate(ld?.datePublished, lang) ?? normalizeDate(first(meta, PUBLISHED_KEYS), lang);
  if (stated && u && dayGap(u, stated) <= 1) return u;
  const shown = headlineDate(doc, lang, src.fetched ?? null);
  // An "Updated" date printed alone by the headline is the date of the text we read.
  if (shown.published || shown.updated) return shown.published ?? shown.updated;
  if (stated) return stated;
  const time = timeElementDate(doc);
  if (time) return time;
  if (u) return u;
  return dateClassedDate(doc, lang) ?? normalizeDate(ld?.dateModified, lang) ?? normalizeDate(first(meta, MODIFIED_KEYS), lang);
}

const DATE_CLASS = /date|time|publish|posted|dateline/i;
const UPDATED_CLASS = /updat|modif|edited|revised/i;
const PUBLISHED_CLASS = /publish|entry-date|post-date|pubdate/i;

/** The published and updated dates printed among the elements around the headline. */
function headlineDate(doc: DomDocument, lang: string | null, ref: string | null): LabelledDates {
  const out: LabelledDates = { published: null, updated: null };
  for (const el of aroundHeadline(doc, 60, 40)) {
    const tag = el.tagName.toLowerCase();
    const cls = `${attr(el, "class")} ${attr(el, "id")} ${attr(el, "itemprop")}`;
    if (tag !== "time" && !DATE_CLASS.test(cls)) continue;
    const raw = el.textContent ?? "";
    if (raw.length > 2000) continue;
    const text = visibleText(el);
    if (text.length > 120) continue;
    const updatedEl = UPDATED_CLASS.test(cls) && !PUBLISHED_CLASS.test(cls);
    const found = labelledDates(text, lang, updatedEl, ref);
    if (!found.published && !found.updated) {
      const d = normalizeDate(el.getAttribute("datetime"), lang);
      if (d) found[updatedEl ? "updated" : "published"] = d;
    }
    out.published ??= found.published;
    out.updated ??= found.updated;
    if (out.published) break;
  }
  return out;
}

/** The first <time>/datePublished element date, those marked as the publication date first. */
function timeElementDate(doc: DomDocument): string | null {
  const h1 = headline(doc);
  const times = all(doc, "time[datetime], [itemprop='datePublished'], [pubdate]").filter((el) => !inFurniture(el, h1));
  const prefer = (el: DomElement) => (/publish|posted|date|pubdate/i.test(attr(el, "class") + attr(el, "itemprop") + (el.hasAttribute("pubdate") ? "pubdate" : "")) ? 0 : 1);
  for (const el of times.sort((a, b) => prefer(a) - prefer(b))) {
    const d = normalizeDate(el.getAttribute("datetime") ?? el.getAttribute("content")) ?? labelledDates(el.textContent ?? "", null).published;
    if (d) return d;
  }
  return null;
}

const DATE_CONTAINER = /date|time|meta|byline|posted|publish/i;

/**
 * A date from a short element whose class or id names a date, anywhere outside page furniture;
 * also the initial state a script renders into such an element ({"publishedDate": "..."}).
 */
function dateClassedDate(doc: DomDocument, lang: string | null): string | null {
  let seen = 0;
  const h1 = headline(doc);
  for (const el of all(doc, "body [class], body [id]")) {
    if (!DATE_CONTAINER.test(`${attr(el, "class")} ${attr(el, "id")}`)) continue;
    if (seen++ >= 80) break;
    const raw = el.textContent ?? "";
    if (raw.length > 2000 || inFurniture(el, h1)) continue;
    const text = visibleText(el);
    if (text.length <= 200) {
      const d = labelledDates(text, lang);
      if (d.published ?? d.updated) return d.published ?? d.updated;
    }
    for (const s of all(el, 'script[type="application/json"]')) {
      const d = jsonStateDate(s.textContent ?? "");
      if (d) return d;
    }
  }
  return null;
}

const STATE_KEY = /^(?:date_?published|published_?(?:date|at|time|on)?|publish_?(?:date|time)|pub_?date|first_?published(?:_?(?:date|at))?)$/i;

/** A publication date among the top-level keys of a small JSON object. */
function jsonStateDate(raw: string): string | null {
  if (raw.length > 5000) return null;
  try {
    const o = JSON.parse(raw) as unknown;
    if (!o || typeof o !== "object" || Array.isArray(o)) return null;
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) if (STATE_KEY.test(k) && typeof v === "string") return normalizeDate(v);
  } catch {
    return null;
  }
  return null;
}

const HIDDEN = new Set(["script", "style", "noscript", "template"]);

/** Text a reader sees in the element: no script, style or template content; white space collapsed. */
function visibleText(el: DomElement): string {
  let out = "";
  const walk = (n: DomElement) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === TEXT) out += c.textContent ?? "";
      else if (c.nodeType === 1 && !HIDDEN.has((c as DomElement).tagName.toLowerCase())) walk(c as DomElement);
    }
  };
  walk(el);
  return out.replace(/\s+/g, " ").trim();
}

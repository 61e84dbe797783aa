// Title, byline, date, site, language and canonical URL from <meta>, Open Graph, JSON-LD, <time> and the URL.
import { type DomDocument, all } from "./dom.js";
import { jsonLdArticle, type LdArticle } from "./jsonld.js";
import { collapse, decodeEntities } from "./clean.js";
import { aroundHeadline, headline, inFurniture } from "./headline.js";
import { pageDate } from "./pagedate.js";

const clean = (s: string | null | undefined): string | null => collapse(s ? decodeEntities(s) : s);

export interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  ld: LdArticle | null;
}

/** Meta tag contents keyed by lower-cased name, property or itemprop; first occurrence wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const m = new Map<string, string>();
  const metas = all(doc, "meta");
  // name/property metas describe the page; itemprop metas are microdata that may describe a citation.
  for (const pass of ["named", "itemprop"] as const) {
    for (const el of metas) {
      const raw = pass === "named" ? el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("http-equiv") : el.getAttribute("itemprop");
      const key = (raw ? (pass === "named" ? "" : "itemprop:") + raw : "").toLowerCase().trim();
      const val = el.getAttribute("content") ?? el.getAttribute("datetime");
      if (key && val && val.trim() && !m.has(key)) m.set(key, val.trim());
    }
  }
  return m;
}

const pick = (m: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) if (m.get(k)) return m.get(k)!;
  return null;
};

const AUTHOR_KEYS = ["author", "article:author", "og:article:author", "article:author_name", "byl", "parsely-author", "dc.creator", "dcterms.creator", "sailthru.author", "citation_author", "twitter:creator", "itemprop:author"];

/** `fetched` is when the page was fetched (ISO), the reference for dates like "2 hours ago". */
export function pageMeta(doc: DomDocument, pageUrl?: string | null, fetched?: string | null): PageMeta {
  const m = metaMap(doc);
  const canonical = clean(all(doc, 'link[rel="canonical"]')[0]?.getAttribute("href")) ?? pick(m, ["og:url"]);
  const url = absolute(canonical, pageUrl) ?? clean(pageUrl ?? null);
  const ld = jsonLdArticle(doc, url);
  const lang = language(doc, m, ld);
  const siteName = clean(pick(m, ["og:site_name", "application-name", "twitter:site:name"]) ?? ld?.publisher ?? null);
  return {
    title: title(doc, m, ld, siteName),
    byline: byline(doc, m, ld, siteName),
    published: pageDate(doc, { meta: m, ld, url: url ?? pageUrl ?? null, lang, fetched }),
    url,
    siteName,
    lang,
    description: clean(pick(m, ["description", "og:description", "twitter:description"])),
    ld,
  };
}

function absolute(href: string | null, base?: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

// Titles are white-space collapsed before these run, so single spaces suffice (and keep them linear).
const SEPARATORS = / [|\u2013\u2014\u00bb:\u00b7•-] /;

function title(doc: DomDocument, m: Map<string, string>, ld: LdArticle | null, site: string | null): string | null {
  const h1s = all(doc, "h1").map((h) => clean(h.textContent)).filter((t): t is string => !!t && t.length < 300);
  const docTitle = clean(all(doc, "title")[0]?.textContent ?? null);
  const candidates = [ld?.headline, pick(m, ["og:title"]), pick(m, ["twitter:title", "title", "dc.title", "headline"])].map(clean);
  for (const c of candidates) {
    const t = c ? stripSite(c, site) : null;
    // A title that is only the site's name says nothing about the page.
    if (!t || (site && t.toLowerCase() === site.toLowerCase())) continue;
    return shownHeadline(untruncated(t, [...h1s, ...(docTitle ? [docTitle] : [])]), h1s, site);
  }
  if (docTitle) {
    const parts = docTitle.split(SEPARATORS);
    const main = parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : docTitle;
    // The page's own headline is the better title when it says what the <title> says, or more.
    const h1 = h1s.find((h) => h.length > 10 && (docTitle.includes(h) || overlap(main, h) >= 0.8));
    return h1 ?? main;
  }
  return h1s[0] ?? null;
}

/**
 * The headline printed on the page when it is a rewording of the metadata title (the social/SEO
 * title often differs: "Coronavirus: X" on the page, "X amid virus outbreak" in og:title). An <h1>
 * that holds the whole metadata title plus more carries a kicker or a subtitle, and one that is the
 * site's name or a couple of words is a logo: the metadata title stands then.
 */
function shownHeadline(t: string, h1s: string[], site: string | null): string {
  const lt = t.toLowerCase();
  for (const h of h1s) {
    const lh = h.toLowerCase();
    if (lh === lt) return t;
    if (lh.includes(lt) || (site && lh === site.toLowerCase()) || h.split(" ").length < 3) continue;
    if (overlap(t, h) >= 0.5 && overlap(h, t) >= 0.5) return h;
  }
  return t;
}

/** A social-card title cut short with "...": the headline it was cut from, when the page has it. */
function untruncated(t: string, fuller: string[]): string {
  const cut = /(?:\.{3}|\u2026)$/.exec(t);
  if (!cut) return t;
  const stem = t.slice(0, cut.index).trimEnd();
  if (stem.length < 20) return t;
  const whole = fuller.find((f) => f.length > stem.length && f.startsWith(stem));
  return whole ? stripSite(whole, null) : t;
}

/** Share of the words of `a` that also occur in `b`. */
function overlap(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = new Set(words(b));
  return wa.length ? wa.filter((w) => wb.has(w)).length / wa.length : 0;
}

function stripSite(t: string, site: string | null): string {
  const siteL = (site ?? "").toLowerCase();
  const tl = t.toLowerCase();
  // The whole site name, which may itself hold separators ("Daily Magazine - Art, Design").
  if (siteL && tl.length > siteL.length + 10) {
    if (tl.endsWith(siteL)) {
      const rest = t.slice(0, t.length - siteL.length).replace(/ ?[|\u2013\u2014\u00bb:\u00b7•-] ?$/, "");
      if (rest.length < t.length - siteL.length || !/\s$/.test(rest)) return rest.trim();
    }
    if (tl.startsWith(siteL)) {
      const rest = t.slice(siteL.length);
      if (/^ ?[|\u2013\u2014\u00bb:\u00b7•-] /.test(rest)) return rest.replace(/^ ?[|\u2013\u2014\u00bb:\u00b7•-] /, "").trim();
    }
  }
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const last = parts[parts.length - 1].toLowerCase();
  const first = parts[0].toLowerCase();
  if (siteL && (last.includes(siteL) || siteL.includes(last))) return t.slice(0, t.length - parts[parts.length - 1].length).replace(/ ?[|\u2013\u2014\u00bb:\u00b7•-] ?$/, "").trim();
  if (siteL && (first.includes(siteL) || siteL.includes(first))) return parts.slice(1).join(" - ");
  return t;
}

const NOT_A_PERSON = /^(no author|staff|admin|administrator|editor|editors|editorial|unknown|guest|anonymous|news desk|web desk)$/i;

function byline(doc: DomDocument, m: Map<string, string>, ld: LdArticle | null, site: string | null): string | null {
  // A publisher crediting itself is the answer only when the page names no person.
  const house = [site, ld?.publisher].filter((x): x is string => !!x).map((x) => x.toLowerCase());
  let org: string | null = ld?.authorOrganization ?? null;
  const person = (n: string | null) => {
    if (!n || NOT_A_PERSON.test(n)) return null;
    if (house.some((h) => h === n.toLowerCase() || h.replace(/^the /, "") === n.toLowerCase().replace(/^the /, ""))) {
      org ??= n;
      return null;
    }
    return n;
  };
  const fromMeta = AUTHOR_KEYS.map((k) => m.get(k) ?? null).filter((v): v is string => !!v && !/^(https?:|www\.)/.test(v) && !v.startsWith("@"));
  const cands = [ld?.author ?? null, ...fromMeta];
  for (const c of cands) {
    const n = person(cleanByline(c));
    if (n) return n;
  }
  const h1 = headline(doc);
  const els = [
    ...all(doc, '[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name, .byline-name'),
    ...all(doc, '[class*="byline"], [class*="author"], [data-testid*="byline"], address'),
  ].filter((el) => !inFurniture(el, h1));
  for (const el of els.slice(0, 30)) {
    const marked = /author/i.test(`${el.getAttribute("rel") ?? ""} ${el.getAttribute("itemprop") ?? ""}`);
    const n = person(cleanByline(el.getAttribute("content") ?? el.textContent, marked));
    if (n) return n;
  }
  return person(bylineNearHeadline(doc)) ?? (org ? cleanByline(org) ?? org : null);
}

/** A short "By ..." line among the elements around the headline. */
function bylineNearHeadline(doc: DomDocument): string | null {
  for (const el of aroundHeadline(doc, 60, 20)) {
    const t = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    // A "By" label in an element of its own: the name is in the next one.
    if (/^\|? ?by:?$/i.test(t)) {
      const next = el.nextElementSibling;
      const n = next ? cleanByline(next.textContent) : null;
      if (n) return n;
      continue;
    }
    if (t.length > 100 || !/^(by|written by|posted by|words by)\s/i.test(t)) continue;
    const n = cleanByline(t);
    if (n) return n;
  }
  return null;
}

function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** "By Jane Doe and John Roe, Reuters" → "Jane Doe; John Roe". Null for what does not look like names. */
/**
 * `handle` accepts a lower-case user name ("marc"), for text the markup itself marks as the author
 * (rel="author", itemprop="author").
 */
export function cleanByline(raw: string | null | undefined, handle = false): string | null {
  let s = clean(raw);
  if (!s || s.length > 120) return null;
  // "Posted on September 21, 2020 by Jane Doe": the date before the name goes.
  s = s.replace(/^(?:posted|published|written)?:? ?(?:on )?[A-Za-z]{0,9}\.? ?\d{1,2}(?:st|nd|rd|th)?,? [A-Za-z]{0,9}\.? ?\d{4},? by /i, "");
  s = s.replace(/^(written |words |posted )?by[: ]+/i, "").replace(/^(posted|published|author)[: ]+(by )?/i, "");
  // Academic and professional suffixes: "Grant Tinsley, PhD" is Grant Tinsley.
  s = s.replace(/,? (?:PhD|Ph\.D\.|MD|M\.D\.|RN|RD|MPH|MSc|MS|MA|BSc)(?=$|[,;&|]| and )/g, "");
  s = s.replace(/ ?[|,\u2013\u2014-] ?(updated|published|posted|\d{1,2}[:/.]\d).*$/i, "");
  s = s.replace(/ (?:on|at) [A-Za-z]+ \d.*$/i, "").trim();
  if (!s || /^(https?:|www\.)/.test(s) || /\d{3,}/.test(s) || /^(?:by|posted|written|author)$/i.test(s)) return null;
  // Commas separate names only in a list ("A, B and C"); "Jane Doe, Reuters" names one person and an agency.
  const list = / and |&/.test(s) || (s.match(/,/g) ?? []).length >= 2;
  if (!list) s = s.split(",")[0];
  s = trimEndChars(s, " |:\u2013\u2014-");
  const parts = s.split(list ? / ?(?:;|,|\band\b|&|\|) ?/ : / ?(?:;|\band\b|&|\|) ?/).map((p) => p.trim()).filter(Boolean);
  const names = parts.filter((p) => /^[\p{Lu}][\p{L}'’./-]*(?:\s+[\p{L}'’./-]+){0,4}$/u.test(p) || (handle && /^[\p{Ll}][\p{L}\p{N}_.-]{1,30}$/u.test(p)));
  if (!names.length || names.length < parts.length / 2) return null;
  return names.join("; ");
}

function language(doc: DomDocument, m: Map<string, string>, ld: LdArticle | null): string | null {
  const raw = doc.documentElement?.getAttribute("lang") ?? doc.documentElement?.getAttribute("xml:lang") ?? pick(m, ["content-language", "language", "dc.language", "og:locale"]) ?? ld?.inLanguage ?? null;
  const t = clean(raw);
  if (!t) return null;
  const code = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2,4}))?/.exec(t);
  return code ? code[1].toLowerCase() + (code[2] ? "-" + code[2].toUpperCase() : "") : null;
}

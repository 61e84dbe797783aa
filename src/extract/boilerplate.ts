// Removes page furniture before the article is chosen: navigation, share bars, related links,
// ads, comments. Photo captions are taken out and returned as credits.
import { type DomDocument, type DomElement, ELEMENT, TEXT, all, attr } from "./dom.js";

const DROP_TAGS = "script, style, noscript, template, iframe, button, select, textarea, svg, nav, aside, footer, dialog, menu, [role=navigation], [role=complementary], [role=contentinfo], [aria-hidden=true], [hidden]";

// Class or id tokens of page furniture, matched on whole dash/underscore-separated tokens of one name.
const FURNITURE = /(?:^|[_-])(?:share|sharing|sharebar|social|socials|related|newsletter|promo|promos|advert|advertisement|ad|ads|adslot|sponsor|sponsored|recommended|recommendations|breadcrumb|breadcrumbs|tags|tag-list|comments?|disqus|subscribe|subscription|signup|popup|modal|cookie|cookies|outbrain|taboola|readmore|read-more|trending|popular|most-read|widget|sidebar|toolbar|byline|author-bio|bio-box|paywall|skip|print|login|masthead|navbar|menu|pagination|pager|rating|follow|more-stories|jump|tools)(?:$|[_-])/i;
const CONTENTISH = /article|body|content|main|story|entry|post|text|prose|embed|tweet/i;

function furnitureName(cls: string): boolean {
  return cls.split(/\s+/).some((name) => name && FURNITURE.test(name) && !CONTENTISH.test(name));
}
const CAPTION = /(?:^|[\s_-])(?:caption|captions|figcaption|credit|credits|photo-credit|image-credit|wp-caption-text)(?:$|[\s_-])/i;

/** Strips furniture from `doc` in place; returns the captions it removed, in page order. */
export function stripFurniture(doc: DomDocument, marker?: (index: number) => DomElement): string[] {
  const captions: string[] = [];
  const body = doc.body;
  if (!body) return captions;
  for (const el of all(body, "script, style, noscript, template")) el.remove();
  const bodyLen = (body.textContent ?? "").length;
  const core = proseCore(body);
  const holdsArticle = (el: DomElement) => core.has(el) || holdsProse(el, bodyLen);
  for (const el of all(body, DROP_TAGS)) if (el.parentNode && !holdsArticle(el)) el.remove();
  for (const el of all(body, "figcaption, [class], [id]")) {
    if (!el.parentNode) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === "body" || tag === "html" || tag === "article" || tag === "main") continue;
    const cls = `${attr(el, "class")} ${attr(el, "id")}`;
    if (tag === "figcaption" || CAPTION.test(cls)) {
      const t = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (t.length < 600 && !all(el, "p").some((p) => (p.textContent ?? "").length > 300)) {
        if (t && !captions.includes(t)) {
          captions.push(t);
          if (marker && el.parentNode) el.parentNode.insertBefore(marker(captions.length - 1), el);
        }
        el.remove();
      }
      continue;
    }
    if (furnitureName(cls) && !holdsArticle(el)) {
      el.remove();
    }
  }
  for (const fig of all(body, "figure")) if (fig.parentNode && !all(fig, "p, blockquote").length) fig.remove();
  return captions;
}

/**
 * The element holding the most prose directly (text and paragraphs among its children) and its
 * ancestors: whatever their class names say, they hold the article.
 */
function proseCore(body: DomElement): Set<DomElement> {
  const score = new Map<DomElement, number>();
  for (const el of all(body, "p, div, td, pre, blockquote, article, section, main, li, dd, center")) {
    let own = 0;
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType === TEXT) own += (k.textContent ?? "").trim().length;
      else if (k.nodeType === ELEMENT && INLINE.test((k as DomElement).tagName)) own += (k.textContent ?? "").trim().length;
    }
    if (own < 40) continue;
    let weight = 1;
    for (let p: DomElement | null = el, up = 0; p && up < 4; p = p.parentElement, up++) {
      score.set(p, (score.get(p) ?? 0) + own * weight);
      weight = up === 0 ? 1 : weight / 2;
    }
  }
  let best: DomElement | null = null;
  let bestScore = 300;
  for (const [el, sc] of score) if (sc > bestScore && el !== body) [best, bestScore] = [el, sc];
  const out = new Set<DomElement>();
  for (let p: DomElement | null = best; p; p = p.parentElement) out.add(p);
  return out;
}

const INLINE = /^(SPAN|FONT|EM|STRONG|B|I|U|SMALL|MARK|Q|CITE|ABBR|TIME|SUP|SUB|BR)$/i;

/** A wrapper that contains most of the page's prose must survive even with a furniture-like name. */
function holdsProse(el: DomElement, bodyLen: number): boolean {
  const len = (el.textContent ?? "").length;
  if (len < 500) return false;
  if (len > bodyLen * 0.4) return true;
  const ps = all(el, "p");
  if (ps.length < 3) return false;
  let prose = 0;
  for (const p of ps) {
    const t = (p.textContent ?? "").trim();
    if (t.length > 120 && /[.!?。！？]["'”’)]?$/.test(t)) prose += t.length;
  }
  return prose > 800;
}

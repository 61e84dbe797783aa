// The neighbourhood of a page's headline, where bylines and dates are printed, minus page furniture.
import { type DomDocument, type DomElement, all, attr } from "./dom.js";

/**
 * Elements in document order after the first <h1> (up to `after` of them), then those before it
 * (up to `before`, nearest first), leaving out sidebars, lists of other articles and comments.
 * Empty when the page has no <h1>.
 */
export function aroundHeadline(doc: DomDocument, after: number, before: number): DomElement[] {
  const body = doc.body;
  const h1 = headline(doc);
  if (!body || !h1) return [];
  const els = all(body, "*").filter((el) => !INVISIBLE.has(el.tagName.toLowerCase()));
  const at = els.indexOf(h1);
  const near = [...els.slice(at + 1, at + 1 + after), ...els.slice(Math.max(0, at - before), at).reverse()];
  return near.filter((el) => !inFurniture(el, h1));
}

/** Elements that print nothing of their own: they do not count towards the distance from the headline. */
const INVISIBLE = new Set(["script", "style", "meta", "link", "noscript", "template", "svg", "path", "use", "g", "symbol", "defs", "circle", "rect", "polygon", "line", "br", "wbr", "input"]);

/** The page's first <h1>. */
export function headline(doc: DomDocument): DomElement | null {
  return doc.body ? (all(doc.body, "h1")[0] ?? null) : null;
}

/** Class or id words of lists of other articles, sidebars and comment threads. */
const FURNITURE = /(?:^|[\s_-])(?:related|sidebar|comments?|recommended|recirc|popular|trending|most-read|more-stories|read-next|up-next)(?:$|[\s_-])/i;
// Not "widget": Blogger serves the post itself in one. Not <footer>: articles put their own date lines in one (WordPress "entry-footer").
const FURNITURE_TAGS = new Set(["aside", "nav"]);

/**
 * True when the element sits in a sidebar, a related-articles list, a comment thread or site
 * navigation. A container that holds the headline itself is never furniture.
 */
export function inFurniture(el: DomElement, headline: DomElement | null, depth = 15): boolean {
  for (let e: DomElement | null = el; e && depth > 0; e = e.parentElement, depth--) {
    const tag = e.tagName.toLowerCase();
    if (tag === "body" || tag === "html" || (headline && e.contains(headline))) return false;
    if (FURNITURE_TAGS.has(tag)) return true;
    if (FURNITURE.test(`${attr(e, "class")} ${attr(e, "id")}`)) return true;
  }
  return false;
}

// Renders a DOM subtree as plain text: one paragraph per block, separated by a blank line.
import { type DomElement, type DomNode, ELEMENT, TEXT, tagOf } from "./dom.js";

const BLOCK = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
  "table", "tr", "td", "th", "figure", "figcaption", "header", "footer", "dl", "dt", "dd", "aside", "nav", "hr", "form",
  "address", "details", "summary", "center", "caption",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea", "iframe", "object", "canvas", "head", "math"]);

/** One rendered paragraph with the facts block classification needs. */
export interface Block {
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** Tag of the block element that holds it (p, li, h2, div...). */
  tag: string;
  /** Tags of the block's ancestors inside the rendered root, innermost first. */
  within: string[];
}

const collapse = (s: string) => s.replace(/[ \t\r\n\f\u00a0\u200b]+/g, " ").replace(/\s*\u2028\s*/g, " ").trim();

function trimEndSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === " " || s[end - 1] === "\t" || s[end - 1] === "\u00a0")) end--;
  return s.slice(0, end);
}

export function blocks(root: DomNode): Block[] {
  const out: Block[] = [];
  let cur = "";
  let links = 0;
  const stack: string[] = [];
  const flush = () => {
    const t = collapse(cur);
    if (t) {
      const total = collapse(cur).length;
      out.push({ text: t, linkChars: Math.min(links, total), tag: stack[stack.length - 1] ?? "div", within: stack.slice(0, -1).reverse() });
    }
    cur = "";
    links = 0;
  };
  const walk = (n: DomNode, inLink: boolean) => {
    if (n.nodeType === TEXT) {
      const t = n.textContent ?? "";
      cur += t;
      if (inLink) links += collapse(t).length;
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    const tag = tagOf(n);
    if (SKIP.has(tag)) return;
    if (tag === "br") {
      // A double <br> separates paragraphs in older markup; a single one is a line break.
      const prev = trimEndSpaces(cur);
      if (prev.endsWith("\u2028")) {
        cur = prev.slice(0, -1);
        flush();
      } else cur = prev + "\u2028";
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(tag);
    }
    const kids = (n as DomElement).childNodes;
    const link = inLink || tag === "a";
    for (let i = 0; i < kids.length; i++) walk(kids[i], link);
    if (block) {
      flush();
      stack.pop();
    } else if (tag === "img" || tag === "input") cur += " ";
  };
  walk(root, false);
  flush();
  return out;
}

/** Paragraph texts of the subtree, white space collapsed, empty blocks dropped. */
export const paragraphs = (root: DomNode): string[] => blocks(root).map((b) => b.text);

export const renderText = (root: DomNode): string => paragraphs(root).join("\n\n");

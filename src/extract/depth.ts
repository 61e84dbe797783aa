// Linear checks that run before any DOM work, so hostile markup cannot hang or overflow the stack.

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
// Elements the parser closes implicitly; counting them would report depth a page does not have.
const AUTO_CLOSED = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "colgroup"]);

/** Lower-cases ASCII only, so offsets stay aligned with the original (toLowerCase can change length). */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** Highest element nesting of the markup, measured from the tag stream alone (one linear pass). */
export function maxNesting(html: string): number {
  const lower = asciiLower(html);
  let depth = 0;
  let max = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const gt = html.indexOf(">", lt);
    if (gt < 0) break;
    i = gt + 1;
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, Math.min(gt, lt + 40)));
    if (!m) continue;
    const name = m[2].toLowerCase();
    if (VOID.has(name) || AUTO_CLOSED.has(name) || html[gt - 1] === "/") continue;
    if (name === "script" || name === "style") {
      if (m[1]) continue;
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", hellip: "…" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (all, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : " ";
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const BLOCK_TAG = /^(p|div|section|article|h[1-6]|li|ul|ol|blockquote|pre|table|tr|br|figure|header|footer|dl|dt|dd|main|aside|nav|hr|form)$/i;

/** Text of markup without building a tree: paragraphs split at block tags. Used for pathological pages. */
export function linearText(html: string): string {
  const lower = asciiLower(html);
  let out = "";
  let i = 0;
  let noGt = false;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const next = html.charCodeAt(lt + 1);
    const opensTag = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
    // Once no '>' is left, none will be found later either: stop searching (keeps the scan linear).
    const gt = opensTag && !noGt ? html.indexOf(">", lt) : -1;
    if (opensTag && gt < 0) noGt = true;
    if (gt < 0) {
      // A '<' that opens nothing is text.
      out += "<";
      i = lt + 1;
      continue;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    const name = m ? m[1].toLowerCase() : "";
    if ((name === "script" || name === "style" || name === "noscript" || name === "template") && html[lt + 1] !== "/") {
      const end = lower.indexOf(`</${name}`, gt);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (BLOCK_TAG.test(name)) out += "\n\n";
    i = gt + 1;
  }
  return decodeEntities(out)
    .split(/\n\n+/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

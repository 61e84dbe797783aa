// White-space normalization shared by the metadata readers and the extractor's result.

/** The text with runs of white space collapsed and ends trimmed; null when nothing is left. */
export function collapse(s: string | null | undefined): string | null {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t ? t : null;
}

const NAMED: Record<string, string> = {
  amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d",
  ldquo: "\u201c", ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", eacute: "\u00e9", laquo: "\u00ab", raquo: "\u00bb",
};

/**
 * Character references left in text that was never parsed as HTML (JSON-LD strings, double-encoded
 * meta content): "Luboku, &#8216;Pale Blue Dot&#8217;" → "Luboku, ‘Pale Blue Dot’".
 */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  let out = s;
  // Twice, for "&amp;#8217;".
  for (let i = 0; i < 2 && out.includes("&"); i++) {
    out = out.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec ? +dec : hex ? parseInt(hex, 16) : -1;
      if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      return NAMED[name!.toLowerCase()] ?? m;
    });
  }
  return out;
}

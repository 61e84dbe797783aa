// What a byte buffer holds, judged from its first bytes rather than its name.

export type Sniffed = "gzip" | "warc" | "feed" | "html" | "text" | "binary";

const GZIP = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;

/** Leading text of the buffer for sniffing: BOM and UTF-16 zero bytes removed, lower-cased. */
function head(b: Uint8Array): string {
  let s = b.subarray(0, 2048);
  if (s[0] === 0xef && s[1] === 0xbb && s[2] === 0xbf) s = s.subarray(3);
  let zeros = 0;
  for (let i = 0; i < Math.min(s.length, 64); i++) if (s[i] === 0) zeros++;
  const bytes = zeros > 8 ? s.filter((x) => x !== 0 && x !== 0xfe && x !== 0xff) : s;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(/^\s+/, "").toLowerCase();
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (GZIP(bytes)) return "gzip";
  const h = head(bytes);
  if (h.startsWith("warc/1.")) return "warc";
  const root = skipProlog(h);
  if (/^<(rss|feed|rdf:rdf)\b/.test(root) || (h.startsWith("<?xml") && /<(rss|feed|rdf:rdf)\b/.test(h))) return "feed";
  if (/^<!doctype html|^<html\b|^<head\b|^<body\b/.test(root)) return "html";
  if (/^<(div|p|article|section|meta|title|table|span|!doctype)\b/.test(root) && /<\/[a-z]+>/.test(h)) return "html";
  if (looksBinary(bytes)) return "binary";
  return "text";
}

/** The text after any XML declarations, processing instructions and comments that open it. */
function skipProlog(h: string): string {
  let s = h;
  for (;;) {
    s = s.trimStart();
    const close = s.startsWith("<?") ? "?>" : s.startsWith("<!--") ? "-->" : null;
    if (!close) return s;
    const end = s.indexOf(close);
    if (end < 0) return "";
    s = s.slice(end + close.length);
  }
}

function looksBinary(b: Uint8Array): boolean {
  const s = b.subarray(0, 4096);
  if (s.length >= 2 && ((s[0] === 0xff && s[1] === 0xfe) || (s[0] === 0xfe && s[1] === 0xff))) return false;
  let zero = 0;
  let ctl = 0;
  for (const x of s) {
    if (x === 0) zero++;
    else if (x < 9 || (x > 13 && x < 32 && x !== 27)) ctl++;
  }
  // UTF-16 text without a BOM is half zero bytes; binary formats have zeros and other controls.
  if (zero > s.length * 0.3 && ctl < s.length * 0.02) return false;
  return zero + ctl > Math.max(2, s.length * 0.01);
}

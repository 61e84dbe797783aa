// Bytes → text for markup and feeds: BOMs, declared charsets, detection, and no mojibake.
import iconv from "iconv-lite";
import chardet from "chardet";

export interface Decoded {
  text: string;
  /** The encoding used, lower-case (utf-8, windows-1252, big5...). */
  encoding: string;
  /** How it was chosen: bom, declared, detected, utf-8. */
  how: "bom" | "declared" | "detected" | "utf-8";
}

// WHATWG maps these labels to supersets; decoding with the superset is what browsers do.
const ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252", latin1: "windows-1252", "us-ascii": "windows-1252", ascii: "windows-1252", "iso8859-1": "windows-1252",
  gb2312: "gb18030", gbk: "gb18030", "x-gbk": "gb18030", "x-sjis": "shift_jis", sjis: "shift_jis", "ms_kanji": "shift_jis", "windows-31j": "shift_jis",
  "ks_c_5601-1987": "euc-kr", "x-euc-kr": "euc-kr", "big5-hkscs": "big5", "x-big5": "big5", utf8: "utf-8", "unicode-1-1-utf-8": "utf-8",
  "iso-8859-15": "iso-8859-15", "utf-16": "utf-16le", unicode: "utf-16le",
};

export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  const name = ALIASES[l] ?? l;
  return name === "utf-8" || iconv.encodingExists(name) ? name : null;
}

/** The charset a document declares in its first bytes: <meta charset>, http-equiv, or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return meta ? meta[1] : null;
}

function bom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows as zero bytes at every other position of ASCII-range text. */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

const strictUtf8 = (b: Uint8Array): string | null => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return null;
  }
};

const decodeWith = (b: Uint8Array, enc: string): string =>
  enc === "utf-8" ? new TextDecoder("utf-8").decode(b) : iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), enc);

/** Replacement characters and C1 controls: what a wrong guess leaves behind. */
export function badChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) n++;
  }
  return n;
}

const hasNonAscii = (b: Uint8Array) => {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return true;
  return false;
};

/** Candidate encodings for bytes that are not UTF-8, best first (chardet's ranking, cleaned). */
function detected(b: Uint8Array): string[] {
  const sample = b.length > 65536 ? b.subarray(0, 65536) : b;
  const out: string[] = [];
  for (const r of chardet.analyse(sample)) {
    const enc = canonicalCharset(r.name);
    if (enc && enc !== "utf-8" && !out.includes(enc) && r.confidence > 0) out.push(enc);
  }
  if (!out.includes("windows-1252")) out.push("windows-1252");
  return out;
}

/**
 * Decodes markup or feed bytes. `charset` is an out-of-band label (an HTTP Content-Type, a WARC
 * header). Text that decodes to replacement characters or C1 controls is retried with the next
 * detected encoding, and the cleanest result wins.
 */
export function decodeHtmlBytes(bytes: Uint8Array, charset?: string | null): Decoded {
  const b0 = bom(bytes);
  if (b0) return { text: decodeWith(bytes.subarray(b0.skip), b0.encoding), encoding: b0.encoding, how: "bom" };
  const u16 = sniffUtf16(bytes);
  if (u16) return { text: decodeWith(bytes, u16), encoding: u16, how: "detected" };
  const utf8 = strictUtf8(bytes);
  // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says: mislabels are common, accidents are not.
  if (utf8 !== null && (hasNonAscii(bytes) || !charset)) return { text: utf8, encoding: "utf-8", how: "utf-8" };
  const declared = canonicalCharset(charset) ?? canonicalCharset(declaredCharset(bytes));
  if (declared && declared !== "utf-8" && !declared.startsWith("utf-16")) {
    const text = decodeWith(bytes, declared);
    if (!badChars(text)) return { text, encoding: declared, how: "declared" };
    return cleanest(bytes, { text, encoding: declared, how: "declared" });
  }
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", how: "utf-8" };
  return cleanest(bytes, null);
}

function cleanest(bytes: Uint8Array, first: Decoded | null): Decoded {
  let best = first;
  let bestBad = first ? badChars(first.text) : Infinity;
  for (const enc of detected(bytes)) {
    if (best && enc === best.encoding) continue;
    const text = decodeWith(bytes, enc);
    const bad = badChars(text);
    if (bad < bestBad) {
      best = { text, encoding: enc, how: "detected" };
      bestBad = bad;
      if (bad === 0) break;
    }
  }
  return best ?? { text: decodeWith(bytes, "windows-1252"), encoding: "windows-1252", how: "detected" };
}

import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { readBuffer } from "../../src/ingest/index.js";
import { decodeHtmlBytes } from "../../src/ingest/decode.js";
import type { SourceDoc } from "../../src/ingest/types.js";
import { collect, htmlPage } from "./helpers.js";

const zhBody = "<p>臺北市政府今天宣布，受颱風影響的三條捷運路線已經恢復正常營運，市長表示將持續監測天氣變化並提醒民眾注意安全。</p>" +
  "<p>交通局指出，上午通勤時段的旅客人數比平日減少約三成，部分公車路線仍因道路積水而改道行駛，預計傍晚前全面恢復。</p>";
const jaBody = "<p>気象庁は金曜日、台風十号が九州南部に接近しているとして、鹿児島県と宮崎県に大雨特別警報を発表した。</p>" +
  "<p>鉄道各社は午後から運転を見合わせると発表し、空港でも欠航が相次いでいる。自治体は住民に早めの避難を呼びかけた。</p>";

async function one(bytes: Uint8Array, opts = {}): Promise<SourceDoc> {
  const items = await collect(readBuffer("page.html", bytes, opts));
  assert.equal(items.length, 1);
  assert.equal(items[0].kind, "doc", JSON.stringify(items[0]));
  return items[0] as SourceDoc;
}

test("an HTML page becomes one single-article document with its metadata", async () => {
  const html = htmlPage("Landslide villages reached", undefined, '<meta property="article:published_time" content="2025-06-05T08:00:00Z"><meta property="og:site_name" content="Valley Post">');
  const doc = await one(Buffer.from(html));
  assert.equal(doc.contentType, "text/html");
  assert.equal(doc.page.singleArticle, true);
  assert.equal(doc.page.published, "2025-06-05");
  assert.equal(doc.page.siteName, "Valley Post");
  assert.equal(doc.page.title, "Landslide villages reached");
  assert.match(doc.page.text, /^Rescue teams in the hill town/);
});

test("Big5 page with its charset only in a meta tag", async () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>捷運恢復營運</title></head><body><article>${zhBody}</article></body></html>`;
  const doc = await one(iconv.encode(html, "big5"));
  assert.ok(doc.page.text.includes("臺北市政府今天宣布"), doc.page.text);
  assert.equal(doc.page.title, "捷運恢復營運");
});

test("Shift_JIS page with <meta charset>", async () => {
  const html = `<html><head><meta charset="Shift_JIS"><title>大雨特別警報</title></head><body><article>${jaBody}</article></body></html>`;
  const doc = await one(iconv.encode(html, "shift_jis"));
  assert.ok(doc.page.text.includes("気象庁は金曜日"), doc.page.text);
});

test("Shift_JIS without any declaration is detected", async () => {
  const html = `<html><head><title>大雨特別警報</title></head><body><article>${jaBody}${jaBody}</article></body></html>`;
  const d = decodeHtmlBytes(iconv.encode(html, "shift_jis"));
  assert.equal(d.how, "detected");
  assert.ok(d.text.includes("鉄道各社は午後から"));
});

test("UTF-16 pages, with a BOM and without one", async () => {
  const html = htmlPage("Landslide villages reached");
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, "utf-16le")]);
  assert.match((await one(le)).page.text, /Rescue teams/);
  const be = iconv.encode(html, "utf-16be");
  assert.match((await one(be)).page.text, /Rescue teams/);
});

test("Windows-1252 without a declaration decodes without mojibake", () => {
  const html = `<html><body><p>The caf\u00e9 owner said \u201cwe will reopen\u201d \u2014 perhaps by Friday.</p></body></html>`;
  const d = decodeHtmlBytes(iconv.encode(html, "windows-1252"));
  assert.ok(d.text.includes("caf\u00e9 owner said \u201cwe will reopen\u201d \u2014"), d.text);
});

test("a page labelled ISO-8859-1 that is really UTF-8 is read as UTF-8", () => {
  const html = `<html><head><meta charset="iso-8859-1"></head><body><p>Zürich, São Paulo and Kraków were named.</p></body></html>`;
  const d = decodeHtmlBytes(Buffer.from(html, "utf8"));
  assert.ok(d.text.includes("Zürich, São Paulo and Kraków"));
});

test("GBK page declared in an XML declaration", () => {
  const xml = `<?xml version="1.0" encoding="gbk"?><html><body><p>北京市政府发布了新的交通管理措施。</p></body></html>`;
  const d = decodeHtmlBytes(iconv.encode(xml, "gbk"));
  assert.equal(d.encoding, "gb18030");
  assert.ok(d.text.includes("北京市政府发布了新的交通管理措施"));
});

test("EUC-KR page with a transport charset", async () => {
  const html = `<html><body><article><p>서울시는 오늘 태풍 피해 지역에 대한 긴급 복구 작업을 시작했다고 밝혔다. 시장은 주민들에게 안전에 유의해 달라고 당부했다.</p></article></body></html>`;
  const doc = await one(iconv.encode(html, "euc-kr"), { contentType: "text/html; charset=euc-kr" });
  assert.ok(doc.page.text.includes("서울시는 오늘"));
});

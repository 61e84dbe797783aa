import { test } from "node:test";
import assert from "node:assert/strict";
import { extractHtml } from "../../src/extract/index.js";
import { maxNesting } from "../../src/extract/depth.js";

const para = (s: string) => `<p>${s}</p>`;
const story = [
  "The port authority in Valdora said on Tuesday that the northern terminal would reopen next week after repairs to two cranes damaged in last month's storm.",
  "Shipping lines had diverted about forty vessels to the southern harbour, where waiting times rose to three days, according to figures from the authority.",
  "\u201cWe expect normal traffic by the end of the month,\u201d said Mara Lindqvist, the authority's operations director, adding that night shifts would continue.",
  "Freight forwarders welcomed the news but warned that the backlog of containers would take several weeks to clear from the quayside storage areas.",
];

function page(extraHead = "", url = ""): string {
  return `<!doctype html><html lang="en-GB"><head><title>Northern terminal to reopen | The Harbour Times</title>
  <meta property="og:site_name" content="The Harbour Times">${extraHead}
  ${url ? `<link rel="canonical" href="${url}">` : ""}</head><body>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <article><h1>Northern terminal to reopen next week</h1>
  <div class="byline">By Jonas Meier</div>
  <figure><img src="crane.jpg"><figcaption>Cranes at the northern terminal. Photo: Lena Ortiz</figcaption></figure>
  ${story.map(para).join("\n")}
  </article>
  <aside class="related"><h3>Related</h3><ul><li><a href="/a">Storm damage closes terminal</a></li><li><a href="/b">Harbour fees to rise</a></li></ul></aside>
  <div id="comments" class="comments"><p>Great news for the town, finally! Posted by a reader who has waited a long time for this.</p></div>
  <footer class="site-footer"><p>Copyright 2025 The Harbour Times. All rights reserved.</p></footer>
  </body></html>`;
}

test("main text keeps the story, drops navigation, share bars, related links, comments and footer", () => {
  const ex = extractHtml(page());
  for (const p of story) assert.ok(ex.text.includes(p), `missing: ${p.slice(0, 40)}`);
  for (const junk of ["Home", "Share on Facebook", "Storm damage closes terminal", "Great news for the town", "All rights reserved"]) {
    assert.ok(!ex.text.includes(junk), `kept boilerplate: ${junk}`);
  }
  assert.equal(ex.text.split("\n\n").length, story.length, "one paragraph per <p>, separated by a blank line");
});

test("photo captions move to credits", () => {
  const ex = extractHtml(page());
  assert.ok(!ex.text.includes("Cranes at the northern terminal"));
  assert.deepEqual(ex.credits.map((c) => [c.kind, c.text]), [["photo", "Cranes at the northern terminal. Photo: Lena Ortiz"]]);
  const [start, end] = ex.credits[0].span;
  assert.ok(start >= 0 && start <= ex.text.length && end === start);
});

test("metadata from JSON-LD inside @graph, canonical link, language and site name", () => {
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Harbour Times"},
    {"@type":"NewsArticle","headline":"Northern terminal to reopen next week","datePublished":"2025-06-03T09:15:00+02:00",
     "author":[{"@type":"Person","name":"Jonas Meier"},{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"@type":"Organization","name":"The Harbour Times"}}]}</script>`;
  const ex = extractHtml(page(ld, "https://harbour.example/news/terminal-reopens"));
  assert.equal(ex.title, "Northern terminal to reopen next week");
  assert.equal(ex.published, "2025-06-03");
  assert.equal(ex.byline, "Jonas Meier; Ana Ruiz");
  assert.equal(ex.url, "https://harbour.example/news/terminal-reopens");
  assert.equal(ex.siteName, "The Harbour Times");
  assert.equal(ex.lang, "en-GB");
});

test("Open Graph and meta tags when there is no JSON-LD; title loses the site suffix", () => {
  const ex = extractHtml(page(`<meta property="article:published_time" content="2025-05-30T18:00:00Z"><meta name="author" content="By Jonas Meier">`));
  assert.equal(ex.published, "2025-05-30");
  assert.equal(ex.byline, "Jonas Meier");
  assert.equal(ex.title, "Northern terminal to reopen next week");
});

test("dates from <time datetime> and from the URL path", () => {
  const withTime = page().replace('<div class="byline">', '<time datetime="2025-04-11T07:00:00Z">11 April</time><div class="byline">');
  assert.equal(extractHtml(withTime).published, "2025-04-11");
  assert.equal(extractHtml(page(), { url: "https://harbour.example/2025/06/06/terminal/" }).published, "2025-06-06");
  assert.equal(extractHtml(page()).published, null);
});

test("a URL day wins over a UTC timestamp one day later", () => {
  const ex = extractHtml(page(`<meta property="article:published_time" content="2025-06-07T02:10:00Z">`), { url: "https://harbour.example/2025/06/06/terminal/" });
  assert.equal(ex.published, "2025-06-06");
});

test("lists inside the story survive; link farms after it do not", () => {
  const html = `<html><body><article>${para(story[0])}${para(story[1])}<ul><li>Terminal A: open</li><li>Terminal B: closed until Monday</li><li>Terminal C: open at night</li></ul>${para(story[2])}</article>
    <div><ul><li><a href="/1">Most read one</a></li><li><a href="/2">Most read two</a></li></ul></div></body></html>`;
  const ex = extractHtml(html);
  assert.ok(ex.text.includes("Terminal B: closed until Monday"));
  assert.ok(!ex.text.includes("Most read two"));
});

test("10,000-deep nesting does not hang: linear scan with a note", () => {
  const deep = "<div>".repeat(10000) + "Deep text that still reads as a sentence." + "</div>".repeat(10000);
  const html = `<html><head><title>Deep</title></head><body>${deep}</body></html>`;
  assert.ok(maxNesting(html) >= 10000);
  const t0 = Date.now();
  const ex = extractHtml(html);
  assert.ok(Date.now() - t0 < 5000);
  assert.equal(ex.method, "linear");
  assert.match(ex.notes[0], /nested 10\d{3} levels deep/);
  assert.ok(ex.text.includes("Deep text that still reads as a sentence."));
  assert.equal(ex.title, "Deep");
});

test("unclosed tags do not make the nesting scan quadratic", () => {
  const t0 = Date.now();
  maxNesting("<a".repeat(200000));
  assert.ok(Date.now() - t0 < 2000);
});

test("hostile markup stays fast: stray '<', unclosed tags, huge flat pages", async () => {
  const { linearText } = await import("../../src/extract/depth.js");
  let t0 = Date.now();
  assert.equal(linearText("<a".repeat(100000)).length > 0, true);
  assert.ok(Date.now() - t0 < 2000, "unclosed tags scan linearly");
  t0 = Date.now();
  const soup = extractHtml("<".repeat(200000));
  assert.equal(soup.method, "linear");
  assert.match(soup.notes[0], /open no tag/);
  assert.ok(Date.now() - t0 < 3000);
  t0 = Date.now();
  const flat = extractHtml("<html><body>" + "<p>Officials said the river rose again overnight, flooding low streets near the market.</p>".repeat(45000) + "</body></html>");
  assert.equal(flat.method, "blocks");
  assert.match(flat.notes[0], /too many for Readability/);
  assert.ok(Date.now() - t0 < 30000);
});

test("bylines: prefixes, professional suffixes, name lists, agencies after a comma", async () => {
  const { cleanByline } = await import("../../src/extract/index.js");
  assert.equal(cleanByline("By Jonas Meier"), "Jonas Meier");
  assert.equal(cleanByline("Written by Grant Hale, PhD"), "Grant Hale");
  assert.equal(cleanByline("Ana Ruiz, Tom Berg and Lea Kos"), "Ana Ruiz; Tom Berg; Lea Kos");
  assert.equal(cleanByline("Jonas Meier, Reuters"), "Jonas Meier");
  assert.equal(cleanByline("https://harbour.example/authors/jm"), null);
  const html = `<html><body><article><h1>Terminal reopens</h1><div><span>By </span><a href="/a/jm">Jonas Meier</a></div>
    <p>The northern terminal reopened on Tuesday after repairs to two cranes, the port authority said in a statement to reporters.</p></article></body></html>`;
  assert.equal(extractHtml(html).byline, "Jonas Meier");
});

test("microdata about a citation does not become the page's author", () => {
  const html = `<html><head><meta name="citation_author" content="Mira Holt"></head><body><article><h1>Study of river floods</h1>
    <p>Floods on the river have grown more frequent since 1990, according to a review of gauge records published this week.</p>
    <ol><li itemscope><meta itemprop="author" content="K. Older, P. Earlier, ">Older work on floods.</li></ol></article></body></html>`;
  assert.equal(extractHtml(html).byline, "Mira Holt");
});

test("authors: a publisher crediting itself yields to the person named on the page; commenters are not authors", () => {
  const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "Northern terminal to reopen next week", author: { "@type": "Organization", name: "The Harbour Times" } };
  const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta name="author" content="The Harbour Times">`;
  assert.equal(extractHtml(page(head)).byline, "Jonas Meier");
  const noPerson = page(head).replace('<div class="byline">By Jonas Meier</div>', "");
  assert.equal(extractHtml(noPerson).byline, "The Harbour Times");
  const commenter = page().replace('<div class="byline">By Jonas Meier</div>', "").replace('<div id="comments" class="comments">', '<div id="comments" class="comments"><span class="comment-author">Petra Lund</span>');
  assert.equal(extractHtml(commenter).byline, null);
  const posted = page().replace('<div class="byline">By Jonas Meier</div>', '<div class="post-meta-author">Posted on September 21, 2024 by Adi Brenner</div>');
  assert.equal(extractHtml(posted).byline, "Adi Brenner");
  // A "By" label in its own element: the name follows in the next.
  const splitBy = page().replace('<div class="byline">By Jonas Meier</div>', '<div class="story-meta"><span class="sr-only">| By </span><span>Jonas Meier</span> | <span>Tuesday</span></div>');
  assert.equal(extractHtml(splitBy).byline, "Jonas Meier");
  // A lower-case user name counts only where the markup says it is the author.
  const handle = page().replace('<div class="byline">By Jonas Meier</div>', '<span class="vcard"><a href="/u/jmeier" rel="author">jmeier</a></span>');
  assert.equal(extractHtml(handle).byline, "jmeier");
  assert.equal(extractHtml(page().replace("By Jonas Meier", "by the desk")).byline, null);
  assert.equal(extractHtml(page(`<meta property="og:article:author" content="AFP/The Harbour Times">`)).byline, "AFP/The Harbour Times");
  // A label element on its own is no name.
  const labelOnly = page().replace('<div class="byline">By Jonas Meier</div>', '<div class="post-author"><span class="author-by">By</span></div>');
  assert.equal(extractHtml(labelOnly).byline, null);
});

test("titles: character references in JSON-LD decoded, site names with separators stripped, cut-off card titles restored", () => {
  const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "Harbour fees &#8216;to rise&#8217; &#038; terminal to reopen" };
  const noH1 = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`).replace("<h1>Northern terminal to reopen next week</h1>", "");
  assert.equal(extractHtml(noH1).title, "Harbour fees \u2018to rise\u2019 & terminal to reopen");
  const longSite = (og: string) => page(`<meta property="og:title" content="${og}">`).replace('content="The Harbour Times"', 'content="Harbour Times - Ports, Shipping and Trade"');
  assert.equal(extractHtml(longSite("Northern terminal to reopen next week - Harbour Times - Ports, Shipping and Trade")).title, "Northern terminal to reopen next week");
  assert.equal(extractHtml(longSite("Northern terminal to reopen next weekHarbour Times - Ports, Shipping and Trade")).title, "Northern terminal to reopen next week");
  assert.equal(extractHtml(page(`<meta property="og:title" content="Forty years of news from The Harbour Times">`)).title, "Forty years of news from The Harbour Times");
  assert.equal(extractHtml(page(`<meta property="og:title" content="Northern terminal to reopen next...">`)).title, "Northern terminal to reopen next week");
  assert.equal(extractHtml(page(`<meta property="og:title" content="The Harbour Times">`)).title, "Northern terminal to reopen next week");
});

test("titles: the headline printed on the page over a reworded card title, but not a logo or a kicker-prefixed one", () => {
  const withH1 = (h1: string, og: string) => page(`<meta property="og:title" content="${og}">`).replace("<h1>Northern terminal to reopen next week</h1>", `<h1>${h1}</h1>`);
  assert.equal(extractHtml(withH1("Storm: northern terminal to reopen next week", "Northern terminal to reopen next week after storm")).title, "Storm: northern terminal to reopen next week");
  assert.equal(extractHtml(withH1("Business | Northern terminal to reopen next week", "Northern terminal to reopen next week")).title, "Northern terminal to reopen next week");
  assert.equal(extractHtml(withH1("The Harbour Times", "Northern terminal to reopen next week")).title, "Northern terminal to reopen next week");
  assert.equal(extractHtml(withH1("Port news from the north", "Northern terminal to reopen next week")).title, "Northern terminal to reopen next week");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { extractHtml } from "../../src/extract/index.js";
import { labelledDates, normalizeDate, numericDate, relativeDate } from "../../src/extract/dates.js";

const body = [
  "The river authority in Ostrava said on Monday that the eastern lock would stay closed for another fortnight while divers inspect the gates.",
  "Barge operators have moved about sixty cargoes to rail, and the authority said it would waive mooring fees for vessels stuck upstream.",
  "\u201cThe gates held, but we will not reopen until every hinge has been checked,\u201d said Petra Novak, the authority's chief engineer.",
].map((p) => `<p>${p}</p>`).join("\n");

/** A story page; `header` goes right under the headline, `after` after the story, `head` into <head>. */
function story(opts: { lang?: string; head?: string; header?: string; after?: string; h1?: boolean } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? "en"}"><head><title>Eastern lock stays shut | River News</title>${opts.head ?? ""}</head><body>
  <nav><a href="/">Home</a> <a href="/transport">Transport</a></nav>
  <article>${opts.h1 === false ? "" : "<h1>Eastern lock stays shut for two more weeks</h1>"}
  ${opts.header ?? ""}
  ${body}
  </article>
  ${opts.after ?? ""}
  </body></html>`;
}

test("numeric dates follow the page's language; a part above 12 settles the order; two-digit years", () => {
  assert.equal(numericDate("05/06/2019", "en-GB"), "2019-06-05");
  assert.equal(numericDate("05/06/2019", "en-US"), "2019-05-06");
  assert.equal(numericDate("05/06/2019", "en"), "2019-05-06");
  assert.equal(numericDate("13/06/2019", "en-US"), "2019-06-13");
  assert.equal(numericDate("12/10/20", "en-GB"), "2020-10-12");
  assert.equal(numericDate("4.3.19", "de"), "2019-03-04");
  assert.equal(numericDate("version 1.2.20.3", "en"), null);
  assert.equal(normalizeDate("06/13/2019"), "2019-06-13");
  assert.equal(normalizeDate("05/06/2019", "en-AU"), "2019-06-05");
});

test("a date line with two labels: each date goes under the label before it", () => {
  assert.deepEqual(labelledDates("Last updated 4 Jun 2020, originally created 17 Jun 2019", "en"), { published: "2019-06-17", updated: "2020-06-04" });
  assert.deepEqual(labelledDates("Published: March 3, 2024 | Updated: Mar. 5, 2024 4:17 pm", "en"), { published: "2024-03-03", updated: "2024-03-05" });
  assert.deepEqual(labelledDates("Updated 12/10/2020", "en-GB"), { published: null, updated: "2020-10-12" });
  assert.deepEqual(labelledDates("March 3, 2024", "en", true), { published: null, updated: "2024-03-03" });
});

test("relative dates count back from the fetch time; vague ones are left alone", () => {
  assert.equal(relativeDate("Posted 3 hours ago", "2025-06-06T10:00:00Z"), "2025-06-06");
  assert.equal(relativeDate("5 hours ago", "2025-06-06T02:00:00Z"), "2025-06-05");
  assert.equal(relativeDate("5 hours ago", "2025-06-06"), "2025-06-06");
  assert.equal(relativeDate("an hour ago", "2025-06-06T00:30:00Z"), "2025-06-05");
  assert.equal(relativeDate("Yesterday at 4pm", "2025-06-06T10:00:00Z"), "2025-06-05");
  assert.equal(relativeDate("2 days ago", "2025-06-06T10:00:00Z"), "2025-06-04");
  assert.equal(relativeDate("3 weeks ago", "2025-06-06T10:00:00Z"), null);
  const page = story({ header: `<div class="byline">By Karel Dvorak</div><span class="post-date">Posted 2 days ago</span>` });
  assert.equal(extractHtml(page, { fetched: "2025-06-06T10:00:00Z" }).published, "2025-06-04");
  assert.equal(extractHtml(page).published, null);
});

test("the date printed under the headline: published before updated; an Updated date alone beats metadata", () => {
  const meta = `<meta property="article:published_time" content="2023-02-01T09:00:00Z">`;
  const both = story({ head: meta, header: `<div class="byline-timestamp">March 3, 2024 9:49 am</div><div class="byline-timestamp">Updated: Mar. 5, 2024 4:17 pm</div>` });
  assert.equal(extractHtml(both).published, "2024-03-03");
  const updatedOnly = story({ head: meta, header: `<div class="timestamp published-date">Updated May 06, 2024</div>` });
  assert.equal(extractHtml(updatedOnly).published, "2024-05-06");
  const oneLine = story({ head: meta, header: `<p class="post-date-and-author">by Karel Dvorak<br>Last updated 04 Jun 2024, originally created 17 Jun 2023</p>` });
  assert.equal(extractHtml(oneLine).published, "2023-06-17");
  const british = story({ lang: "en-GB", header: `<div class="post-meta"><span class="date">05/06/2024</span></div>` });
  assert.equal(extractHtml(british).published, "2024-06-05");
});

test("dates in related-article lists, sidebars and comments are not the page's date", () => {
  const related = `<aside class="related-stories"><ul><li><a href="/x">Dam repairs finished</a> <time datetime="2021-01-04">4 January 2021</time></li></ul></aside>`;
  // The related list sits right under the headline, before the story.
  const page = story({ header: related });
  assert.equal(extractHtml(page).published, null);
  assert.equal(extractHtml(page, { url: "https://river.example/2024/04/09/lock/" }).published, "2024-04-09");
  // No headline: the <time> of the story beats a comment's, though the comment's is classed as a date.
  const comments = `<div id="comments"><p>Reader one</p><time class="comment-date" datetime="2024-03-09">9 March</time></div>`;
  const noH1 = story({ h1: false, header: `<time datetime="2024-03-02T08:00:00Z">2 March</time>`, after: comments });
  assert.equal(extractHtml(noH1).published, "2024-03-02");
});

test("a date a script renders into a date container from its initial state", () => {
  const state = `<div class="review-dates"><script type="application/json">{"publishedDate":"2024-11-04T20:37:27Z","updatedDate":"2024-11-05T08:00:00Z"}</script><review-dates></review-dates></div>`;
  assert.equal(extractHtml(story({ h1: false, header: state })).published, "2024-11-04");
});

test("JSON-LD: the article node whose address is the page's wins over other articles in the graph", () => {
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "NewsArticle", url: "https://river.example/other-story", headline: "Dam repairs finished", datePublished: "2021-01-04T10:00:00Z" },
      { "@type": "NewsArticle", mainEntityOfPage: { "@id": "https://river.example/eastern-lock/" }, headline: "Eastern lock stays shut", datePublished: "2024-04-09T10:00:00Z" },
    ],
  };
  const head = `<script type="application/ld+json">${JSON.stringify(graph)}</script><link rel="canonical" href="https://www.river.example/eastern-lock">`;
  const ex = extractHtml(story({ head, h1: false }));
  assert.equal(ex.published, "2024-04-09");
  assert.equal(ex.title, "Eastern lock stays shut");
});

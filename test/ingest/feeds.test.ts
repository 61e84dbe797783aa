import { test } from "node:test";
import assert from "node:assert/strict";
import { readBuffer } from "../../src/ingest/index.js";
import type { SourceDoc } from "../../src/ingest/types.js";
import { collect } from "./helpers.js";

const docs = (items: Awaited<ReturnType<typeof collect>>) => items.filter((x): x is SourceDoc => x.kind === "doc");

test("RSS 2.0 with a bare ampersand: one document per item, full content preferred", async () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Ports & Harbours Daily</title><link>https://ports.example/</link>
<item><title>Dockers & drivers agree pay deal</title><link>https://ports.example/2025/06/04/pay-deal</link>
<pubDate>Wed, 04 Jun 2025 21:30:00 -0500</pubDate>
<description>Short teaser only.</description>
<content:encoded><![CDATA[<p>Dock workers and truck drivers at the port of Arlen agreed a two-year pay deal on Wednesday, ending a strike that had lasted nine days.</p><p>The union said the agreement raises wages by six percent this year.</p>]]></content:encoded></item>
<item><title>Fog delays ferries</title><link>https://ports.example/2025/06/05/fog</link>
<pubDate>Thu, 05 Jun 2025 07:00:00 GMT</pubDate>
<description>&lt;p&gt;Thick fog delayed morning ferries between the islands by up to two hours, the operator said.&lt;/p&gt;</description></item>
</channel></rss>`;
  const items = await collect(readBuffer("feed.xml", Buffer.from(rss)));
  const d = docs(items);
  assert.equal(d.length, 2);
  assert.equal(d[0].source, "https://ports.example/2025/06/04/pay-deal");
  assert.equal(d[0].url, "https://ports.example/2025/06/04/pay-deal");
  assert.equal(d[0].page.title, "Dockers & drivers agree pay deal");
  assert.equal(d[0].page.published, "2025-06-04", "the calendar day the feed wrote, not the UTC day");
  assert.equal(d[0].page.text, "Dock workers and truck drivers at the port of Arlen agreed a two-year pay deal on Wednesday, ending a strike that had lasted nine days.\n\nThe union said the agreement raises wages by six percent this year.");
  assert.equal(d[0].page.siteName, "Ports & Harbours Daily");
  assert.equal(d[0].page.singleArticle, true);
  assert.equal(d[1].page.text, "Thick fog delayed morning ferries between the islands by up to two hours, the operator said.");
  assert.equal(d[1].page.published, "2025-06-05");
  assert.notEqual(d[0].id, d[1].id);
});

test("Atom feed: entry link, published date, author and HTML content", async () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title><id>urn:valley</id><updated>2025-06-06T10:00:00Z</updated>
<entry><title>Bridge inspection finds cracks</title><id>urn:valley:1</id>
<link rel="alternate" href="https://valley.example/bridge-cracks"/>
<published>2025-06-06T09:00:00Z</published><updated>2025-06-06T11:00:00Z</updated>
<author><name>Petra Holm</name></author>
<summary>Cracks found.</summary>
<content type="html">&lt;p&gt;Inspectors found cracks in two supports of the Lenna bridge, which will close to trucks from Monday, the transport ministry said.&lt;/p&gt;</content>
</entry></feed>`;
  const d = docs(await collect(readBuffer("atom.xml", Buffer.from(atom))));
  assert.equal(d.length, 1);
  assert.equal(d[0].source, "https://valley.example/bridge-cracks");
  assert.equal(d[0].page.published, "2025-06-06");
  assert.equal(d[0].page.byline, "Petra Holm");
  assert.equal(d[0].page.title, "Bridge inspection finds cracks");
  assert.match(d[0].page.text, /^Inspectors found cracks in two supports/);
});

test("RDF (RSS 1.0) feed with Dublin Core dates", async () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://north.example/"><title>North Bulletin</title><link>https://north.example/</link><description>News</description></channel>
<item rdf:about="https://north.example/mine-reopens"><title>Mine reopens after flood</title><link>https://north.example/mine-reopens</link>
<description>The copper mine at Hallberg reopened on Monday after pumps removed the last of the flood water, the operator said.</description>
<dc:date>2025-06-02T15:00:00+02:00</dc:date><dc:creator>Olle Berg</dc:creator></item>
</rdf:RDF>`;
  const d = docs(await collect(readBuffer("rdf.xml", Buffer.from(rdf))));
  assert.equal(d.length, 1);
  assert.equal(d[0].page.published, "2025-06-02");
  assert.equal(d[0].page.byline, "Olle Berg");
  assert.equal(d[0].url, "https://north.example/mine-reopens");
});

test("billion laughs: DOCTYPE entity declarations are refused with a clear error", async () => {
  const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><description>&lol3;</description></item></channel></rss>`;
  const t0 = Date.now();
  const items = await collect(readBuffer("lol.xml", Buffer.from(lol)));
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(items.length, 1);
  assert.equal(items[0].kind, "error");
  assert.match((items[0] as { message: string }).message, /entity/i);
});

test("a feed without items is skipped with a reason", async () => {
  const items = await collect(readBuffer("empty.xml", Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>`)));
  assert.deepEqual(items.map((x) => x.kind), ["skipped"]);
});

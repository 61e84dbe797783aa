import { test } from "node:test";
import assert from "node:assert/strict";
import { buildClaims } from "../../src/claims/ledger.js";
import { claimRecords } from "../../src/claims/record.js";
import { crossLinkClaims } from "../../src/claims/across.js";
import { layers, ev, speech } from "./fixtures.js";

const GOV = [
  { id: "person:lena-park", name: "Lena Park", country: "KOR", surface: ["Lena Park", "Park"] },
  { id: "country:JPN", name: "Japan", country: "JPN", surface: ["Japan", "Tokyo"] },
  { id: "org:kyodo", name: "Kyodo News", country: "JPN", sector: "MED", surface: ["Kyodo"] },
];

test("each stance: asserts, denies, plans, threatens, doubts", () => {
  const text =
    "Park said that Japan had agreed to resume the talks. Tokyo denied that it had agreed to anything. " +
    "Japan plans to send a delegation next month. Park warned that Seoul would respond. It was not clear whether the talks would resume.";
  const { doc, actors } = layers(text, GOV);
  const events = [ev(text, "send a delegation", "CONSULT", [1], [0], "future")];
  const reported = [
    speech(text, "Japan had agreed to resume the talks", 0, "Park", "said", false),
    speech(text, "it had agreed to anything", 1, "Tokyo", "denied", false),
    speech(text, "Seoul would respond", 0, "Park", "warned", false),
  ];
  const { claims } = buildClaims({ doc, actors, quotes: [], reported, events, outlet: "Kyodo" });
  const stances = claims.map((c) => c.stance);
  for (const s of ["asserts", "denies", "plans", "threatens", "doubts"]) assert.ok(stances.includes(s as never), `has ${s}: ${stances}`);
  const plan = claims.find((c) => c.stance === "plans")!;
  assert.equal(plan.status, "pending");
  const denial = claims.find((c) => c.stance === "denies")!;
  assert.equal(denial.proposition.polarity, "negative");
});

test("a three-step source chain: speaker, document, outlet, publisher", () => {
  const text = "\u201cWe will never accept interference,\u201d Park said, according to a government readout published by Kyodo.";
  const { doc, actors } = layers(text, GOV);
  const q = speech(text, "We will never accept interference,", 0, "Park", "said", true, 2);
  const { claims } = buildClaims({ doc, actors, quotes: [q], reported: [], events: [], outlet: "Daily Ledger" });
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0].chain.map((l) => l.role), ["speaker", "document", "outlet", "publisher"]);
  assert.match(claims[0].chain[1].text, /government readout/);
  assert.equal(claims[0].chain[3].text, "Daily Ledger");
});

test("one side says the leaders spoke, the other that they had not: a contradiction", () => {
  const text = "Park has said that she spoke with Japan's leader last week. Japan said that the two had not spoken since March.";
  const { doc, actors } = layers(text, GOV);
  const events = [ev(text, "spoke with", "CONSULT", [0], [1]), ev(text, "had not spoken", "CONSULT", [0, 1], [], "negated")];
  const reported = [speech(text, "she spoke with Japan's leader last week", 0, "Park", "said", false), speech(text, "the two had not spoken since March", 1, "Japan", "said", false)];
  const { claims, links } = buildClaims({ doc, actors, quotes: [], reported, events, outlet: null });
  assert.equal(claims.length, 2);
  assert.ok(links.some((l) => l.relation === "contradicts" && l.reason === "same-event"), JSON.stringify(links));
});

test("a denial of a report is linked to the report by its content", () => {
  const text = "Park on Saturday denied a report that she had hidden campaign donations. The Seoul Herald on Friday reported that Park had hidden campaign donations from a shipping firm.";
  const { doc, actors } = layers(text, [...GOV, { id: "org:seoul-herald", name: "Seoul Herald", country: "KOR", surface: ["The Seoul Herald"] }]);
  const events = [ev(text, "denied a report", "REJECT", [0], [3])];
  const reported = [speech(text, "Park had hidden campaign donations from a shipping firm", 3, "The Seoul Herald", "reported", false)];
  const { claims, links } = buildClaims({ doc, actors, quotes: [], reported, events, outlet: null });
  const denial = claims.findIndex((c) => c.stance === "denies");
  const report = claims.findIndex((c) => c.claimant === 3);
  assert.ok(denial >= 0 && report >= 0);
  assert.ok(links.some((l) => l.relation === "contradicts" && [l.from, l.to].includes(denial) && [l.from, l.to].includes(report)), JSON.stringify(links));
  const nominal = claims.find((c) => c.kind === "nominal");
  assert.equal(nominal?.claimant, 3, "the unnamed report is the newspaper's");
});

test("a claim cited inside an accusation is contradicted by it", () => {
  const text = "The ministry said that Japan was distorting the facts, citing the claims in Japanese media that Park would visit Tokyo.";
  const { doc, actors } = layers(text, [...GOV, { id: "org:ministry", name: "Ministry of Foreign Affairs", country: "KOR", surface: ["The ministry"] }]);
  const events = [ev(text, "distorting", "ACCUSE", [3], [1])];
  const reported = [speech(text, "Japan was distorting the facts, citing the claims in Japanese media that Park would visit Tokyo", 3, "The ministry", "said", false)];
  const { claims, links } = buildClaims({ doc, actors, quotes: [], reported, events, outlet: null });
  const nominal = claims.findIndex((c) => c.kind === "nominal");
  assert.ok(nominal >= 0, JSON.stringify(claims.map((c) => c.kind)));
  assert.ok(links.some((l) => l.relation === "contradicts" && l.reason === "embedded"));
});

test("several nominal claims in one sentence, each with its holder", () => {
  const text = "Kyodo dismissed the accounts that a deal was near, the reports in Japanese media that Park would resign and Reports from Tokyo that the talks had failed.";
  const { doc, actors } = layers(text, GOV);
  const { claims } = buildClaims({ doc, actors, quotes: [], reported: [], events: [], outlet: null });
  const nominal = claims.filter((c) => c.kind === "nominal");
  assert.deepEqual(nominal.map((c) => c.claimantText), [null, "Japanese media", "Tokyo"]);
  assert.deepEqual(nominal.map((c) => c.proposition.text), ["a deal was near, the reports in Japanese media that Park would resign and Reports from Tokyo that the talks had failed", "Park would resign and Reports from Tokyo that the talks had failed", "the talks had failed"]);
});

function articleClaims(articleId: string, published: string, text: string, build: (t: string) => ReturnType<typeof buildClaims>, actorsList = GOV) {
  const { actors } = layers(text, actorsList);
  return { articleId, published, claims: claimRecords(articleId, text, actors, build(text), (i) => `${articleId}:e${i}`) };
}

test("across outlets: the same proposition told with opposite polarity is a contradiction", () => {
  const a = articleClaims("wire-a:0", "2025-03-01", "Park said that Japan had sent troops to the border.", (t) => {
    const { doc, actors } = layers(t, GOV);
    return buildClaims({ doc, actors, quotes: [], reported: [speech(t, "Japan had sent troops to the border", 0, "Park", "said", false)], events: [ev(t, "sent troops", "MOBILIZE", [1], [])], outlet: "Wire A" });
  });
  const b = articleClaims("paper-b:0", "2025-03-02", "Japan said that it had not sent troops to the border.", (t) => {
    const { doc, actors } = layers(t, GOV);
    return buildClaims({ doc, actors, quotes: [], reported: [speech(t, "it had not sent troops to the border", 1, "Japan", "said", false)], events: [ev(t, "had not sent troops", "MOBILIZE", [1], [], "negated")], outlet: "Paper B" });
  });
  const links = crossLinkClaims([a, b]);
  assert.ok(links.some((l) => l.relation === "contradicts"), JSON.stringify(links));
});

test("a pending meeting is closed by a later article reporting it held", () => {
  const a = articleClaims("a:0", "2025-03-01", "Park would meet Japan's prime minister at a location to be determined.", (t) => {
    const { doc, actors } = layers(t, GOV);
    return buildClaims({ doc, actors, quotes: [], reported: [], events: [ev(t, "would meet", "CONSULT", [0], [1], "future")], outlet: null });
  });
  const b = articleClaims("b:0", "2025-03-09", "Park met Japan's prime minister in Osaka on Saturday, officials said.", (t) => {
    const { doc, actors } = layers(t, GOV);
    return buildClaims({ doc, actors, quotes: [], reported: [], events: [ev(t, "met", "CONSULT", [0], [1], "asserted", { reportedBy: null })], outlet: null });
  });
  assert.equal(a.claims[0].status, "pending");
  // The later report is an asserted event, not itself a claim; make it one through its reporter.
  const later = articleClaims("b:0", "2025-03-09", "Officials said that Park met Japan's prime minister in Osaka.", (t) => {
    const { doc, actors } = layers(t, GOV);
    return buildClaims({ doc, actors, quotes: [], reported: [speech(t, "Park met Japan's prime minister in Osaka", null, "Officials", "said", false)], events: [ev(t, "met", "CONSULT", [0], [1])], outlet: null });
  });
  assert.equal(b.claims.length, 0);
  const links = crossLinkClaims([a, later]);
  assert.deepEqual(links.map((l) => l.relation), ["fulfils"]);
  const cancelled = articleClaims("c:0", "2025-03-09", "Officials said that Park would not meet Japan's prime minister after all.", (t) => {
    const { doc, actors } = layers(t, GOV);
    return buildClaims({ doc, actors, quotes: [], reported: [speech(t, "Park would not meet Japan's prime minister after all", null, "Officials", "said", false)], events: [ev(t, "would not meet", "CONSULT", [0], [1], "negated")], outlet: null });
  });
  assert.deepEqual(crossLinkClaims([a, cancelled]).map((l) => l.relation), ["cancels"]);
});

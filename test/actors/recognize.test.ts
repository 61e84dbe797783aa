import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, byMention, entity, kinds, texts } from "./helpers.js";

test("surnames and titles corefer with the full name", () => {
  const layer = analyze(
    "Chinese President Xi Jinping met trade officials in Beijing on Monday. Xi said the talks were useful. Analysts praised the Chinese leader for his patience.",
  );
  const xi = entity(layer, "person:xi-jinping");
  assert.deepEqual(texts(layer, xi).filter((t) => t !== "his"), ["Xi Jinping", "Xi", "the Chinese leader"]);
  assert.ok(kinds(layer, xi).includes("the Chinese leader/title"));
  assert.equal(xi?.sector, "GOV");
  assert.equal(xi?.country, "CHN");
  assert.equal(layer.entities.filter((e) => e.id === "person:xi-jinping").length, 1);
});

test("an organization named bare takes its country from the place context, and 'the ministry' and 'it' follow it", () => {
  const layer = analyze(
    "In Taipei, the Ministry of Foreign Affairs said the drills were a provocation. The exercises endanger regional peace, the ministry added. Taiwan will keep its defenses ready, it said.",
  );
  const taipei = entity(layer, "city:taipei");
  assert.equal(taipei?.type, "GPE");
  const min = byMention(layer, "Ministry of Foreign Affairs");
  assert.equal(min?.country, "TWN");
  assert.equal(min?.sector, "GOV");
  assert.deepEqual(kinds(layer, min), ["Ministry of Foreign Affairs/name", "the ministry/description", "it/pronoun"]);
});

test("a possessive country gives an organization its country", () => {
  const layer = analyze("Kenya's Ministry of Health confirmed two new cases on Friday.");
  const min = byMention(layer, "Ministry of Health");
  assert.equal(min?.country, "KEN");
  assert.equal(min?.sector, "GOV");
});

test("people unknown to the knowledge base are recognized from titles", () => {
  const layer = analyze("Kenyan Trade Minister Alice Wanjiru Kamau said exports had doubled. Kamau spoke in Nairobi.");
  const p = layer.entities.find((e) => e.name === "Alice Wanjiru Kamau");
  assert.equal(p?.known, false);
  assert.equal(p?.type, "PERSON");
  assert.equal(p?.country, "KEN");
  assert.equal(p?.sector, "GOV");
  assert.equal(p?.role, "Trade Minister of Kenya");
  assert.deepEqual(texts(layer, p), ["Alice Wanjiru Kamau", "Kamau"]);
});

test("a title with a partial name resolves to the officeholder of that date", () => {
  const layer = analyze("Indian Prime Minister Narendra called the stampede heartbreaking.", "2025-06-05");
  const modi = entity(layer, "person:narendra-modi");
  assert.deepEqual(texts(layer, modi), ["Narendra"]);
  assert.equal(modi?.sector, "GOV");
});

test("a capital in locative position is the city; as an agent it is the country", () => {
  const layer = analyze("Beijing rejected the claim. The leaders met in Osaka, Japan, in 2019. A dispute between Washington and Beijing deepened.");
  const chn = entity(layer, "country:CHN");
  assert.deepEqual(kinds(layer, chn), ["Beijing/metonym", "Beijing/metonym"]);
  assert.deepEqual(kinds(layer, entity(layer, "country:USA")), ["Washington/metonym"]);
  assert.equal(entity(layer, "city:osaka")?.country, "JPN");
  assert.ok(entity(layer, "country:JPN"));
});

test("a demonym inside a larger name belongs to that name; acronyms in parentheses corefer", () => {
  const layer = analyze("Fans celebrated after the Indian Premier League (IPL) final on Tuesday. The IPL said tickets had sold out.");
  const ipl = layer.entities.find((e) => e.name === "Indian Premier League");
  assert.equal(ipl?.country, "IND");
  assert.deepEqual(texts(layer, ipl).filter((t) => t !== "it"), ["Indian Premier League", "IPL", "IPL"]);
  assert.equal(entity(layer, "country:IND"), undefined);
});

test("people are recognized by name shape after 'said' and in apposition", () => {
  const layer = analyze('"The vote was rigged," said Marta Kowalczyk, a Warsaw-based election monitor. Kowalczyk has observed three elections.');
  const p = layer.entities.find((e) => e.name === "Marta Kowalczyk");
  assert.equal(p?.country, "POL");
  assert.deepEqual(texts(layer, p), ["Marta Kowalczyk", "Kowalczyk"]);
  assert.equal(entity(layer, "city:warsaw")?.type, "GPE");
});

test("pronouns resolve to a fitting antecedent", () => {
  const layer = analyze("Donald Trump spoke with reporters on Friday. He said the talks had gone well, and Xi Jinping told him to be patient.");
  const trump = entity(layer, "person:donald-trump");
  assert.deepEqual(kinds(layer, trump), ["Donald Trump/name", "He/pronoun", "him/pronoun"]);
});

test("months, weekdays, holidays and sentence-initial words are not actors", () => {
  const layer = analyze("Footage released on Wednesday showed the damage. Officials expect May to be busy before Christmas. Major indices rose in April.");
  assert.deepEqual(layer.entities.map((e) => e.id), []);
});

test("mentions are sorted and non-overlapping, and every entity lists its own mentions", () => {
  const layer = analyze(
    "US Trade Representative Jamieson Greer met Chinese officials in Geneva. Greer said China's Xinhua News Agency misreported the talks, the agency's editors disagreed.",
  );
  for (let i = 1; i < layer.mentions.length; i++) assert.ok(layer.mentions[i].start >= layer.mentions[i - 1].end);
  layer.entities.forEach((e, k) => e.mentions.forEach((m) => assert.equal(layer.mentions[m].entity, k)));
  const greer = layer.entities.find((e) => e.name === "Jamieson Greer");
  assert.equal(greer?.country, "USA");
  assert.equal(greer?.sector, "GOV");
  assert.deepEqual(texts(layer, greer), ["Jamieson Greer", "Greer"]);
  assert.deepEqual(texts(layer, byMention(layer, "Xinhua News Agency")), ["Xinhua News Agency", "the agency"]);
});

test("an unknown organization's sector comes from its head word", () => {
  const layer = analyze("The Supreme Court of Kenya ruled on Monday, and the Kenya Defence Forces withdrew.");
  const court = layer.entities.find((e) => e.name === "Supreme Court of Kenya");
  assert.equal(court?.sector, "JUD");
  assert.equal(court?.country, "KEN");
  const kdf = layer.entities.find((e) => e.name === "Kenya Defence Forces");
  assert.equal(kdf?.sector, "MIL");
  assert.equal(kdf?.country, "KEN");
});

test("'the bloc' and 'the country' stand for the last actor of that kind", () => {
  const layer = analyze("Poland will hold a runoff on Sunday. The outcome will shape the country's future. The European Union said the bloc would respect the result.");
  assert.ok(kinds(layer, entity(layer, "country:POL")).includes("the country/description"));
  assert.ok(kinds(layer, byMention(layer, "European Union")).includes("the bloc/description"));
});

test("long capitalized runs and pronoun chains stay fast and well-formed", () => {
  const caps = Array.from({ length: 4000 }, (_, i) => ["Alpha", "Ministry", "Of", "Beijing", "President", "Kenya"][i % 6]).join(" ");
  const chain = Array.from({ length: 1000 }, () => "Donald Trump said he would go and he did.").join(" ");
  const t = performance.now();
  for (const text of [caps, chain, "", "... ,,, ???"]) {
    const layer = analyze(text);
    for (let i = 1; i < layer.mentions.length; i++) assert.ok(layer.mentions[i].start >= layer.mentions[i - 1].end);
  }
  assert.ok(performance.now() - t < 20000);
});

test("a lone surname picks the namesake in office on the date", () => {
  const layer = analyze("Trump said on Friday that talks would continue.", "2025-06-06");
  assert.deepEqual(layer.entities.map((e) => e.id), ["person:donald-trump"]);
});

test("a place word modifying another noun names no place ('coast guard vessels'); 'the Libyan coast' is one", () => {
  const layer = analyze("Manila protested after Chinese coast guard vessels fired water cannon at a supply boat. Migrants drowned off the Libyan coast on Monday.");
  assert.ok(!layer.entities.some((e) => e.name === "Chinese coast"));
  assert.equal(byMention(layer, "Libyan coast")?.type, "LOC");
});

test("'Brussels' stands for the EU once the article has named it, else for Belgium", () => {
  const eu = analyze("The European Union extended its tariffs on steel. Beijing accused Brussels of protectionism.");
  assert.equal(byMention(eu, "Brussels")?.id, "org:european-union");
  const be = analyze("Belgium and the Netherlands will hold talks. Brussels wants a deal on ports, the Dutch minister said.");
  assert.equal(byMention(be, "Brussels")?.id, "country:BEL");
});

test("a Scanner keeps its own per-token arrays: a second one alive at the same time changes nothing", async () => {
  const { tokenize } = await import("../../src/nlp/tokenize.js");
  const { Scanner } = await import("../../src/actors/recognize.js");
  const { testKB } = await import("./helpers.js");
  const kb = testKB();
  const one = tokenize("Prime Minister Narendra Modi met Emmanuel Macron in Paris on Tuesday.");
  const other = tokenize("it was raining and the officials said nothing at all about this today, or so they said.");
  const show = (s: InstanceType<typeof Scanner>) => s.run().cands.map((c) => `${c.id}[${c.a},${c.b})`).join(" ");
  const alone = show(new Scanner(one.tokens, kb, "2025-06-06"));
  const first = new Scanner(one.tokens, kb, "2025-06-06");
  const second = new Scanner(other.tokens, kb, "2025-06-06");
  assert.equal(show(first), alone);
  assert.match(alone, /narendra-modi/);
  show(second);
});

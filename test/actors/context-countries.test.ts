import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, byMention } from "./helpers.js";

const OLD = "1999-03-01";

test("a national title without a country takes the nearest country of the sentence", () => {
  const layer = analyze("Deposed President Tomas Varga fled to Moldova after the vote, aides said.", OLD);
  const p = byMention(layer, "Tomas Varga");
  assert.equal(p?.country, "MDA");
  assert.equal(p?.sector, null); // deposed: no current office
});

test("a country that qualifies another title is not the one taken", () => {
  const layer = analyze("President Tomas Varga greeted Ghanaian leader Kofi Mensah Boateng at the airport.", OLD);
  assert.equal(byMention(layer, "Kofi Mensah Boateng")?.country, "GHA");
  assert.equal(byMention(layer, "Tomas Varga")?.country, null);
});

test("international titles never take a country from the sentence", () => {
  const layer = analyze("Albanian envoys met U.N. mediator Pieter Jansen Vos in Tirana on Friday.", OLD);
  assert.equal(byMention(layer, "Pieter Jansen Vos")?.country, null);
});

test("'TITLE NAME of COUNTRY' and a possessive past adjectives give the country", () => {
  let layer = analyze("King Abdou of Morocco said he would host the talks.", OLD);
  assert.equal(byMention(layer, "Abdou")?.country, "MAR");
  layer = analyze("Peru's new President Ana Quispe Mamani was sworn in on Sunday.", OLD);
  const p = byMention(layer, "Ana Quispe Mamani");
  assert.equal(p?.country, "PER");
  assert.equal(p?.sector, "GOV");
});

test("a title in apposition before the name: 'Oman's sultan, Sheikh NAME'", () => {
  const layer = analyze("Oman's sultan, Sheikh Faris bin Salim al-Harthy, opened the summit on Saturday.", OLD);
  const p = layer.entities.find((e) => e.type === "PERSON");
  assert.equal(p?.name, "Faris bin Salim al-Harthy");
  assert.equal(p?.country, "OMN");
});

test("'the country's ambassador to X, NAME' takes the country named before, not X", () => {
  const layer = analyze("Norwegian officials welcomed the plan, the country's ambassador to the United States, Ingrid Solberg Dahl, said.", OLD);
  const p = byMention(layer, "Ingrid Solberg Dahl");
  assert.equal(p?.country, "NOR");
  assert.equal(p?.sector, "GOV");
});

test("names with particles and hyphens are read whole", () => {
  const layer = analyze("President Yusuf Ahmed al-Rashidi ordered the release of prisoners in Yemen.", OLD);
  const p = layer.entities.find((e) => e.type === "PERSON");
  assert.equal(p?.name, "Yusuf Ahmed al-Rashidi");
  assert.equal(p?.country, "YEM");
  const q = analyze("Pakistan Premier Rana Zia-ul-Mulk spoke.", OLD).entities.find((e) => e.type === "PERSON");
  assert.equal(q?.name, "Rana Zia-ul-Mulk");
});

test("an apposition naming an employer 'at ORG' gives its country; a possessor person gives theirs", () => {
  let layer = analyze("Tom Ridgeway, director of the Europe, Asia and Africa program at the Brookings Institution, said the plan would fail.", "2025-03-01");
  assert.equal(byMention(layer, "Tom Ridgeway")?.country, "USA");
  layer = analyze("The summit will be short, said Mary Ellen Frost, who was Trump's envoy to the forum.", "2025-03-01");
  assert.equal(byMention(layer, "Mary Ellen Frost")?.country, "USA");
});

test("a demonym or a country's possessive before an institution noun names that institution", () => {
  const layer = analyze("The Kenyan government detained the men, and Uganda's high court later freed them. Kenyan troops stayed home.", OLD);
  const gov = byMention(layer, "Kenyan government");
  assert.equal(gov?.country, "KEN");
  assert.equal(gov?.sector, "GOV");
  const court = byMention(layer, "Uganda's high court");
  assert.equal(court?.country, "UGA");
  assert.equal(court?.sector, "JUD");
  // Forces and police act for the country: the demonym stays the country's mention.
  assert.equal(byMention(layer, "Kenyan")?.id, "country:KEN");
});

test("an institution noun used as a modifier leaves the demonym alone", () => {
  const layer = analyze("Egyptian parliament members walked out in protest.", OLD);
  assert.equal(byMention(layer, "Egyptian")?.id, "country:EGY");
});

test("a place named for a national institution is in its country", () => {
  const layer = analyze("The ceremony will be held on Pentagon Square in May.", OLD);
  const p = layer.entities.find((e) => e.name.startsWith("Pentagon"));
  assert.equal(p?.country, "USA");
});

test("with no country in the sentence, a national title takes the nearest city's", () => {
  const layer = analyze("President Jean-Marc Kouadio Bamba lifted the curfew in Abidjan on Monday.", OLD);
  assert.equal(layer.entities.find((e) => e.type === "PERSON")?.country, "CIV");
});

test("an apposition ', COUNTRY's ...' gives the country; ', the ORG role' gives the sector", () => {
  let layer = analyze("Karim Belhadj Amrani, Tunisia's best-known rights lawyer, began a hunger strike.", OLD);
  assert.equal(byMention(layer, "Karim Belhadj Amrani")?.country, "TUN");
  layer = analyze("Hiroshi Tanabe Sato, the United Nations Refugee Coordinator, asked for access.", OLD);
  const p = byMention(layer, "Hiroshi Tanabe Sato");
  assert.equal(p?.sector, "IGO");
  assert.equal(p?.country, null);
});

test("a known organization with its own head word is that organization; a place takes its possessor's country", () => {
  let layer = analyze("Members of the Fatah Party marched in Ramallah.", OLD);
  assert.equal(byMention(layer, "Fatah Party")?.id, "org:fatah");
  layer = analyze("Lagos's Ikeja district council closed the market.", OLD);
  assert.equal(layer.entities.find((e) => e.name.startsWith("Ikeja"))?.country, "NGA");
});

test("an acronym defined in the article outranks the knowledge base's reading of the letters", () => {
  // "FDD" is also a Washington think tank in the knowledge base.
  const layer = analyze("The Front for Durable Democracy (FDD) rejected the plan. The FDD said talks were over.", OLD);
  const front = byMention(layer, "Front for Durable Democracy");
  assert.deepEqual(front?.mentions.map((m) => layer.mentions[m].text), ["Front for Durable Democracy", "FDD", "FDD"]);
});

test("'the X government' stays the government before a noun or a verb read as one", () => {
  const layer = analyze("Rights groups demanded that the Malawian government end curbs on the press.", OLD);
  assert.equal(byMention(layer, "Malawian government")?.sector, "GOV");
});

test("a people named for one country and living in another takes the country where it lives", () => {
  let layer = analyze("Bosnian Croats rejected the plan on Monday.", OLD);
  assert.equal(byMention(layer, "Bosnian Croats")?.id, "country:BIH");
  layer = analyze("The Hungarians of northern Serbia asked for schools in their language.", OLD);
  const hu = byMention(layer, "Hungarians");
  assert.equal(hu?.country, "SRB");
  assert.equal(hu?.type, "NORP");
  layer = analyze("Hundreds of ethnic Greeks marched on Sunday in Albania's south.", OLD);
  assert.equal(byMention(layer, "ethnic Greeks")?.country, "ALB");
  // With no other country in view the group keeps none rather than its namesake's.
  layer = analyze("Hundreds of ethnic Greeks marched on Sunday.", OLD);
  assert.equal(byMention(layer, "ethnic Greeks")?.country, null);
});

test("a people that lives in one country stands for it", () => {
  const layer = analyze("Kikuyu elders urged calm after the vote.", OLD);
  assert.equal(byMention(layer, "Kikuyu")?.id, "country:KEN");
});

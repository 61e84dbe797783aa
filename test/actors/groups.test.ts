import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, byMention, kinds } from "./helpers.js";

test("an unnamed rights group is an organization of the NGO sector, and 'the group' follows it", () => {
  const layer = analyze("A human rights group said on Tuesday that soldiers had fired on a crowd. The group urged an inquiry.");
  const g = byMention(layer, "human rights group");
  assert.equal(g?.type, "ORG");
  assert.equal(g?.sector, "NGO");
  assert.equal(g?.country, null);
  assert.equal(g?.known, false);
  assert.ok(kinds(layer, g).includes("The group/description"));
});

test("a demonym before the description gives the group its country", () => {
  const layer = analyze("Nine people died in the shelling, a Syrian rights group reported on Sunday.");
  const g = byMention(layer, "Syrian rights group");
  assert.equal(g?.country, "SYR");
  assert.equal(g?.sector, "NGO");
  assert.ok(!layer.mentions.some((m) => m.text === "Syrian"));
});

test("plural and single-word descriptions: rights groups, an aid agency, a local charity, a watchdog, opposition activists, a rebel group", () => {
  const layer = analyze(
    "Rights groups and an aid agency condemned the raid, while opposition activists said a local charity had shut its doors. A media watchdog and a rebel group also issued statements.",
  );
  const sector = (t: string) => byMention(layer, t)?.sector;
  assert.equal(sector("Rights groups"), "NGO");
  assert.equal(sector("aid agency"), "NGO");
  assert.equal(sector("opposition activists"), "CVL");
  assert.equal(sector("local charity"), "NGO");
  assert.equal(sector("rebel group"), "REB");
});

test("a place after the group gives its country; the article's main country does not", () => {
  const layer = analyze("A monitoring group in Kenya counted the ballots on Friday.");
  assert.equal(byMention(layer, "monitoring group")?.country, "KEN");
});

test("descriptions of a named actor, predicates and bare words make no new actor", () => {
  const layer = analyze(
    "Human Rights Watch, a rights group based in New York, criticised the law. Amnesty International is a human rights group. The aid agency Oxfam said a group of activists left. A group met. Officials said activists gathered.",
  );
  assert.ok(!layer.entities.some((e) => e.id.startsWith("org:unnamed-")), layer.entities.map((e) => e.id).join(" "));
});

test("the named Red Cross stays the known organization", () => {
  const layer = analyze("The Red Cross said it had delivered aid to the city.");
  const rc = layer.entities.find((e) => e.id === "org:icrc");
  assert.ok(rc && rc.mentions.some((m) => /Red Cross$/.test(layer.mentions[m].text)));
  assert.ok(!layer.entities.some((e) => e.id.startsWith("org:unnamed-")));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers.js";
import type { ActorLayer } from "../../src/doc.js";
import { firstNamed } from "../../src/quotes/speaker.js";

const BERG = { name: "Anna Berg", type: "PERSON" as const, surfaces: ["Anna Berg", ["Berg", "surname"] as [string, "surname"]] };

test("attribution after the quote: the named person, the cue, the exact slice", () => {
  const text = `"We will not bow to pressure from anyone," Foreign Minister Anna Berg told reporters on Tuesday.`;
  const r = run(text, [BERG]);
  assert.equal(r.quotes.length, 1);
  const q = r.quotes[0];
  assert.equal(q.text, "We will not bow to pressure from anyone");
  assert.equal(r.who(q), "Anna Berg");
  assert.equal(q.speakerText, "Anna Berg");
  assert.equal(q.cue, "tell");
  assert.equal(q.direct, true);
});

test("inverted attribution: said NAME, apposition", () => {
  const r = run(`"The talks were productive and frank," said Tomas Ruiz, a senior trade negotiator for the bloc.`);
  assert.equal(r.quotes[0].speakerText, "Tomas Ruiz");
  const adm = run(`"The strikes hit every one of their targets," said Rear Adm. Lena Holt, a navy spokeswoman.`);
  assert.equal(adm.quotes[0].speakerText, "Lena Holt");
});

test("titles in front of a name are dropped from speakerText", () => {
  const r = run(`"There will be no ground troops on foreign soil," German Chancellor Otto Brandt told reporters.`);
  assert.equal(r.quotes[0].speakerText, "Otto Brandt");
});

test("X was quoted as saying by Y: speaker X, via Y", () => {
  const text = `The two sides should settle their differences through "dialogue and mutual respect," Wang was quoted as saying by the Xinhua news agency.`;
  const r = run(text, [{ name: "Wang Yi", type: "PERSON", surfaces: ["Wang"] }, { name: "Xinhua", type: "ORG", surfaces: ["Xinhua"] }]);
  const q = r.find("dialogue and mutual respect")!;
  assert.equal(r.who(q), "Wang Yi");
  assert.equal(q.via, 1);
  assert.equal(q.cue, "quoted as saying");
});

test("a government statement published by an agency: speaker the country, via the agency", () => {
  const text = `"The sanctions must be lifted without delay," the Iranian government said in a statement published by IRNA.`;
  const r = run(text, [{ name: "Iran", type: "GPE", surfaces: [["Iranian", "demonym"]] }, { name: "IRNA", type: "ORG", surfaces: ["IRNA"] }]);
  assert.equal(r.who(r.quotes[0]), "Iran");
  assert.equal(r.quotes[0].via, 1);
});

test("a statement from the ministry names the ministry", () => {
  const text = `"Our forces acted in self-defense at all times," a statement from the defense ministry said.`;
  const r = run(text, [{ name: "Ministry of Defense", type: "ORG", surfaces: [["defense ministry", "description"]] }]);
  assert.equal(r.who(r.quotes[0]), "Ministry of Defense");
});

test("according to X after the quote", () => {
  const r = run(`The alliance is the "largest defensive pact in modern history," according to the Department of Defense.`);
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0].speakerText, "Department of Defense");
  assert.equal(r.quotes[0].cue, "according to");
});

test("pronoun speaker resolved by the actors stage", () => {
  const text = `Defense Minister Karl Vogt visited the base on Monday. "Our soldiers are ready for any task," he said.`;
  const r = run(text, [{ name: "Karl Vogt", type: "PERSON", surfaces: ["Karl Vogt", ["he", "pronoun"]] }]);
  assert.equal(r.who(r.quotes[0]), "Karl Vogt");
});

test("pronoun without a mention falls back to the last person before it", () => {
  const text = `Defense Minister Karl Vogt visited the base on Monday. "Our soldiers are ready for any task," he said.`;
  const r = run(text, [{ name: "Karl Vogt", type: "PERSON", surfaces: ["Karl Vogt"] }, { name: "Germany", type: "GPE", surfaces: ["Berlin"] }]);
  assert.equal(r.who(r.quotes[0]), "Karl Vogt");
});

test("'she later told reporters' in the next paragraph: the last person who spoke", () => {
  const text = `Prime Minister Sara Lind said on Monday that the budget talks had gone well.\n\n"We are in a strong position with the unions," she later told reporters.`;
  const r = run(text, [{ name: "Sara Lind", type: "PERSON", surfaces: ["Sara Lind"] }]);
  assert.equal(r.who(r.quotes[0]), "Sara Lind");
  const bare = run(text);
  assert.equal(bare.quotes[0].speakerText, "Sara Lind", "without actors, the subject of the last speech verb");
});

test("'it said' resolves to the organization mentioned before", () => {
  const text = `The foreign ministry summoned the ambassador on Friday.\n\nThe country will keep working with its partners to preserve "the stability of the region and the safety of its people," it said.`;
  const r = run(text, [{ name: "Ministry of Foreign Affairs", type: "ORG", surfaces: ["foreign ministry"] }]);
  assert.equal(r.who(r.quotes[0]), "Ministry of Foreign Affairs");
});

test("a speaker named only in the next sentence", () => {
  const r = run(`"We will not retreat one inch." The warning came from Defense Minister Anna Berg on Tuesday.`, [BERG]);
  assert.equal(r.who(r.quotes[0]), "Anna Berg");
});

test("a quote paragraph without a cue continues the previous speaker", () => {
  const text = `"The vote was neither free nor fair," said Lena Ortiz, an election monitor.\n\n"Observers were kept out of most polling stations in the north."`;
  const r = run(text);
  assert.equal(r.quotes.length, 2);
  assert.equal(r.quotes[1].speakerText, "Lena Ortiz");
});

test("a multi-paragraph quote: both pieces go to the speaker named at the end", () => {
  const text = `“We are ready to talk. We have always been ready to talk.\n\n“But we will not accept ultimatums from anyone,” Foreign Minister Anna Berg said.`;
  const r = run(text, [BERG]);
  assert.equal(r.quotes.length, 2);
  assert.equal(r.who(r.quotes[1]), "Anna Berg");
  assert.equal(r.who(r.quotes[0]), "Anna Berg");
});

test("a quote interrupted by its attribution", () => {
  const r = run(`"The first priority," Hassan Karimi said, "is a ceasefire that actually holds."`);
  assert.equal(r.quotes.length, 2);
  assert.deepEqual(r.quotes.map((q) => q.speakerText), ["Hassan Karimi", "Hassan Karimi"]);
  const text = `"Washington should take a realistic view of the progress made," the Chinese government said in a statement. "Beijing will defend its interests."`;
  const cn = run(text, [{ name: "China", type: "GPE", surfaces: [["Chinese", "demonym"], ["Beijing", "metonym"]] }]);
  assert.equal(cn.quotes.length, 2);
  assert.equal(cn.who(cn.quotes[0]), "China");
  assert.equal(cn.who(cn.quotes[1]), "China");
});

test("partial quotes inside indirect speech", () => {
  const text = `Lindqvist said on social media that the agreement marked "a turning point," and that "no one will be left behind."`;
  const r = run(text, [{ name: "Eva Lindqvist", type: "PERSON", surfaces: [["Lindqvist", "surname"]] }]);
  assert.equal(r.quotes.length, 2);
  assert.ok(r.quotes.every((q) => r.who(q) === "Eva Lindqvist"));
  const framed = run(`Senator Mark Olsen described the vote as a "sham" and called the result "deeply troubling."`);
  assert.deepEqual(framed.quotes.map((q) => [q.text, q.speakerText]), [["sham", "Mark Olsen"], ["deeply troubling.", "Mark Olsen"]]);
});

test("a headline kicker: the speaker before the quote, not the clause after it", () => {
  const text = `DENIAL: Hartmann said that the ‘report was a complete fabrication,’ after the paper claimed he had misled investors. Hartmann on Friday denied the claims in a long post.`;
  const r = run(text, [{ name: "Jonas Hartmann", type: "PERSON", surfaces: [["Hartmann", "surname"]] }, { name: "The Daily Ledger", type: "ORG", surfaces: [["the paper", "description"]] }]);
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0].text, "report was a complete fabrication");
  assert.equal(r.who(r.quotes[0]), "Jonas Hartmann");
});

test("a quote introduced with a colon", () => {
  const r = run(`Olsen, whose brother was detained in March, said: "The only thing I want is to see him home."`);
  assert.equal(r.quotes[0].speakerText, "Olsen");
});

test("he/she: the subject of the sentence before, not its object, even if the actors stage guessed otherwise", () => {
  const text = `Senator Omar Reyes met Chancellor Lena Weber in Berlin on Monday.\n\nOn Tuesday, he said the two sides should pursue "a new framework for energy trade."`;
  const r = run(text, [
    { name: "Omar Reyes", type: "PERSON", surfaces: ["Omar Reyes"] },
    // A wrong antecedent from the actors stage: the quote's context overrides it.
    { name: "Lena Weber", type: "PERSON", surfaces: ["Lena Weber", ["he", "pronoun"]] },
  ]);
  assert.equal(r.who(r.quotes[0]), "Omar Reyes");
});

test("he/she: a leading subordinate clause does not hold the subject", () => {
  const text = `While insisting that Prime Minister Aiko Ito had ruled out new taxes, Finance Minister Kenji Mori was more cautious. "Every option must stay on the table," he said.`;
  const r = run(text, [
    { name: "Aiko Ito", type: "PERSON", surfaces: ["Aiko Ito"] },
    { name: "Kenji Mori", type: "PERSON", surfaces: ["Kenji Mori"] },
  ]);
  assert.equal(r.who(r.quotes[0]), "Kenji Mori");
});

test("a participle cue after a subordinate clause: the main clause's subject", () => {
  const text = `Where the French president spoke of ambiguity, Secretary-General Jan Olsen offered clarity, telling reporters there are "no plans for combat troops on the ground."`;
  const r = run(text, [{ name: "Jan Olsen", type: "PERSON", surfaces: ["Jan Olsen"] }, { name: "Emmanuel Macron", type: "PERSON", surfaces: [["the French president", "title"]] }]);
  assert.equal(r.who(r.quotes[0]), "Jan Olsen");
});

test("a spokesman for X, a statement from X, according to a statement from X: X speaks", () => {
  const army = { name: "Israel Defense Forces", type: "ORG" as const, surfaces: [["the army", "description"] as [string, "description"], "IDF"] };
  const a = run(`"We are reviewing the incident," said a spokesman for the army, who declined to give details.`, [army]);
  assert.equal(a.who(a.quotes[0]), "Israel Defense Forces");
  const b = run(`The strike hit "a legitimate military target," according to a statement from the IDF.`, [army]);
  assert.equal(b.who(b.quotes[0]), "Israel Defense Forces");
});

test("a paragraph ending with a colon introduces the quote after it", () => {
  const text = `Foreign Minister Anna Berg put it bluntly on Tuesday:\n\n"We will not sign this agreement under any circumstances."`;
  const r = run(text, [BERG]);
  assert.equal(r.who(r.quotes[0]), "Anna Berg");
  const said = run(`In a statement, the ministry said:\n\n"All flights to the region are suspended until further notice."`, [{ name: "Ministry of Transport", type: "ORG", surfaces: [["the ministry", "description"]] }]);
  assert.equal(said.who(said.quotes[0]), "Ministry of Transport");
});

test("party-state tags and abbreviations do not end the attribution", () => {
  const r = run(`"This is a dark day for the chamber," Rep. Jane Ortiz, D-Md., wrote on X.`);
  assert.equal(r.quotes[0].speakerText, "Jane Ortiz");
  assert.equal(r.quotes[0].cue, "write");
});

test("an unnamed official stays unnamed rather than borrowing the last person", () => {
  const text = `Defense Minister Karl Vogt flew to Vilnius on Monday.\n\n"It's over," the official, who spoke on condition of anonymity, told reporters.`;
  const r = run(text, [{ name: "Karl Vogt", type: "PERSON", surfaces: ["Karl Vogt"] }]);
  assert.equal(r.quotes[0].speaker, null);
  assert.equal(r.quotes[0].speakerText, "official");
});

test("the owner of a statement speaks; 'the words of X' in the next paragraph names X", () => {
  const r = run(`The ministry's statement, carried by state media, said the drills were "a stern warning to separatist forces."`, [{ name: "Ministry of Defense", type: "ORG", surfaces: [["ministry", "description"]] }]);
  assert.equal(r.who(r.quotes[0]), "Ministry of Defense");
  const w = run(`"Enough is enough."\n\nThose were the words of Mayor Tom Reyes after the third flood this year.`);
  assert.equal(w.quotes[0].speakerText, "Tom Reyes");
});

test("a plural description speaks as a group, not as the last country named", () => {
  const text = `Trade Minister Ana Lopes of Portugal joined the talks with Chile later in the day.\n\nThe two ministers said they would sign a customs pact "as soon as the texts are ready," without giving a date.`;
  const r = run(text, [{ name: "Ana Lopes", type: "PERSON", surfaces: ["Ana Lopes"] }, { name: "Chile", type: "GPE", surfaces: ["Chile"] }, { name: "Portugal", type: "GPE", surfaces: ["Portugal"] }]);
  const q = r.find("as soon as the texts are ready")!;
  assert.equal(q.speaker, null);
  assert.match(q.speakerText ?? "", /two ministers$/);
});

test("a name is looked up as a table of every entity's names would give it", () => {
  // The table the resolver once built: the first entity to hold a lower-case name keeps it.
  const table = (actors: ActorLayer) => {
    const byName = new Map<string, number>();
    const add = (s: string, i: number) => byName.has(s.toLowerCase()) || byName.set(s.toLowerCase(), i);
    actors.entities.forEach((e, i) => {
      add(e.name, i);
      if (e.type === "PERSON") add(e.name.split(/\s+/).pop() ?? e.name, i);
      for (const mi of e.mentions) if (actors.mentions[mi] && actors.mentions[mi].kind !== "pronoun") add(actors.mentions[mi].text, i);
    });
    return byName;
  };
  const words = ["Anna", "Berg", "BERG", "İlham", "ilham", "Aliyev", "the Ministry", "ministry", "he", " ", "", "\u212Aelvin", "kelvin", "Mİ"];
  let seed = 5;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pick = () => words[Math.floor(rnd() * words.length)];
  for (let k = 0; k < 300; k++) {
    const mentions: ActorLayer["mentions"] = [];
    const entities = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, i) => {
      const mine = Array.from({ length: Math.floor(rnd() * 3) }, () => {
        mentions.push({ start: 0, end: 0, text: pick() + (rnd() < 0.5 ? "" : " " + pick()), entity: i, kind: rnd() < 0.2 ? "pronoun" : "name" });
        return mentions.length - 1;
      });
      return { id: `e${i}`, name: pick() + (rnd() < 0.3 ? "" : " " + pick()), type: rnd() < 0.5 ? "PERSON" : "ORG", country: null, sector: null, role: null, mentions: mine, known: true } as ActorLayer["entities"][number];
    });
    const actors = { entities, mentions } as ActorLayer;
    const byName = table(actors);
    for (const w of [...words, "anna berg", "i̇lham", "the ministry"]) {
      const key = w.toLowerCase();
      assert.equal(firstNamed(actors, key), byName.get(key) ?? null, JSON.stringify({ key, entities, mentions }));
    }
  }
});

test("one list of subordinators: a leading 'until' clause is passed over; ', where police said' attributes nothing", () => {
  const KARIMI = { name: "Ahmed Karimi", type: "PERSON" as const, surfaces: ["Ahmed Karimi"] };
  const LOPEZ = { name: "Maria Lopez", type: "PERSON" as const, surfaces: ["Maria Lopez"] };
  const r = run(`Until last week Ahmed Karimi had led the delegation, but Maria Lopez now heads it. "We are not leaving," she said.`, [KARIMI, LOPEZ]);
  assert.equal(r.quotes.length, 1);
  assert.equal(r.who(r.quotes[0]), "Maria Lopez");
  const POLICE = { name: "police", type: "ORG" as const, surfaces: ["police"] };
  const w = run(`The crowd chanted "Down with the government", where police said some 2,000 people had gathered.`, [POLICE]);
  assert.ok(w.quotes.every((q) => q.speaker === null && q.cue !== "say"), JSON.stringify(w.quotes));
});

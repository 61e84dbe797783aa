import { test } from "node:test";
import assert from "node:assert/strict";
import { A, type ActorSpec, code } from "./helpers.js";

const ALL = Object.values(A);
const one = (text: string, times: Array<[string, string]> = []) => code(text, ALL, times);

test("active voice: subject is the source, object the target", () => {
  assert.deepEqual(one("Brazil criticized Argentina over the border dispute.").short, ["ACCUSE BRA>ARG"]);
});

test("passive voice: the by-agent is the source", () => {
  assert.deepEqual(one("The Peruvian border post was attacked by the Northern Front.").short, ["ASSAULT rebels>PER"]);
  assert.deepEqual(one("Lima was shelled by the Front overnight.").short, ["ASSAULT rebels>PER"]);
});

test("coordination gives one event with several sources, not a cross product", () => {
  const r = one("Brazil, Argentina and Peru condemned Chile.");
  assert.equal(r.short.length, 1);
  assert.deepEqual(r.short, ["ACCUSE BRA+ARG+PER>CHL"]);
});

test("compound actors of a symmetric event give one event with both sides", () => {
  const r = one("Lula and Milei spoke by phone.");
  assert.deepEqual(r.short, ["CONSULT lula>milei"]);
  assert.equal(r.events[0].mode, "phone");
});

test("relative clause: the antecedent is the subject", () => {
  const r = one("Norway, which imposed sanctions on Russia, warned Moscow against further attacks.");
  assert.deepEqual(r.short, ["SANCTION NOR>RUS", "THREATEN NOR>RUS"]);
});

test("X told Y to Z is a request from X to Y, and Z is not coded on its own", () => {
  assert.deepEqual(one("Lula told Milei to withdraw the tariffs.").short, ["REQUEST lula>milei"]);
});

test("X accused Y of Z is an accusation against Y", () => {
  const r = one("Sweden accused Russia of lying about the incident.");
  assert.deepEqual(r.short, ["ACCUSE SWE>RUS"]);
  assert.equal(r.events[0].cameo, "112");
  const m = one("Sweden accused Russia of violating its airspace.");
  assert.deepEqual(m.short, ["ACCUSE SWE>RUS"]);
  assert.equal(m.events[0].cameo, "1123");
});

test("apposition: the name before the inserted title is the source", () => {
  assert.deepEqual(one("Lula, the Brazilian president, praised Milei.").short, ["SUPPORT lula>milei"]);
});

test("nominal trigger: the talks between X and Y", () => {
  assert.deepEqual(one("The talks between Kristersson and Store ended without a statement.").short, ["CONSULT kristersson>store"]);
});

test("possessive decision: X's decision to suspend exports to Y", () => {
  const r = one("Chile's decision to suspend exports to Peru angered farmers.");
  assert.deepEqual(r.short, ["SANCTION CHL>PER"]);
});

test("possessive nominal: X's visit to Y", () => {
  assert.deepEqual(one("Lula's visit to Argentina was brief.").short, ["CONSULT lula>ARG"]);
});

test("reported speech: the event belongs to the subject of the complement, reported by the speaker", () => {
  const r = one("Peru said Chile had attacked its border posts.");
  assert.deepEqual(r.short, ["ASSAULT CHL>"]);
  const e = r.events.find((x) => x.type === "ASSAULT")!;
  assert.equal(r.actors.entities[e.reportedBy!].id, "PER");
  assert.equal(e.modality, "reported");
});

test("a modal demand in reported speech is a request from the speaker", () => {
  const r = one("Norway said Russia must release the detained fishermen.");
  assert.deepEqual(r.short, ["REQUEST NOR>RUS"]);
});

test("modality: future, hypothetical, negated, asserted", () => {
  assert.equal(one("Lula will meet Milei.").events[0].modality, "future");
  assert.equal(one("Brazil plans to impose tariffs on Argentina.").events[0].modality, "future");
  assert.equal(one("Ukraine could attack Russia.").events[0].modality, "hypothetical");
  assert.equal(one("Peru may recall its ambassador from Chile if the dispute worsens.").events[0].modality, "hypothetical");
  assert.equal(one("Peru did not attack Chile.").events[0].modality, "negated");
  assert.equal(one("Lula has not met Milei.").events[0].modality, "negated");
  assert.equal(one("Peru attacked Chile.").events[0].modality, "asserted");
});

test("denied that: the denied event is negated", () => {
  const r = one("Chile denied that Peru attacked its border posts.");
  const a = r.events.find((e) => e.type === "ASSAULT");
  assert.ok(a);
  assert.equal(a.modality, "negated");
});

test("a threat to impose sanctions is THREATEN, not SANCTION", () => {
  const r = one("Brazil threatened to impose sanctions on Argentina.");
  assert.deepEqual(r.short, ["THREATEN BRA>ARG"]);
  assert.equal(r.events[0].cameo, "1312");
});

test("called for X is a request", () => {
  const r = one("Store called for a ceasefire in Ukraine.");
  assert.deepEqual(r.short.map((s) => s.split(" ")[0]), ["REQUEST"]);
  assert.equal(r.events[0].source.length, 1);
});

test("date attachment: the time expression in the clause dates the event", () => {
  const r = one("Norway and Sweden struck a deal on March 3.", [["March 3", "2024-03-03"]]);
  assert.equal(r.events[0].date, "2024-03-03");
  assert.equal(r.events[0].timex, 0);
  const y = one("Lula visited Argentina in 2019.", [["2019", "2019"]]);
  assert.equal(y.events[0].date, "2019");
});

test("date default: a past-tense report without a date takes the article's news day", () => {
  const r = code("Peru recalled its ambassador from Chile on Tuesday. Chile criticized Peru.", ALL, [["Tuesday", "2024-03-05"]], "2024-03-08");
  assert.equal(r.events.find((e) => e.type === "ACCUSE")?.date, "2024-03-05");
  const f = code("Chile will criticize Peru.", ALL, [], "2024-03-08");
  assert.equal(f.events[0].date, null);
});

test("a time expression in a relative clause does not date the main clause", () => {
  const r = one("Norway, which imposed sanctions on Russia in 2019, warned Moscow.", [["2019", "2019"]]);
  assert.equal(r.events.find((e) => e.type === "SANCTION")?.date, "2019");
  assert.notEqual(r.events.find((e) => e.type === "THREATEN")?.date, "2019");
});

test("location: the place after 'in' is the location, not the target", () => {
  const specs = [...ALL, { id: "osaka", type: "GPE" as const, country: "JPN", names: ["Osaka"] }];
  const r = code("Lula met Milei in Osaka.", specs);
  assert.deepEqual(r.short, ["CONSULT lula>milei"]);
  assert.equal(r.actors.entities[r.events[0].location!].id, "osaka");
});

test("symmetric plural anaphor takes the last pair named", () => {
  const r = one("Lula and Milei met last year. The two leaders spoke again by phone.");
  assert.deepEqual(r.short, ["CONSULT lula>milei", "CONSULT lula>milei"]);
  const t = one("Talks between Brazil and Argentina resumed. The countries imposed tariffs on each other.");
  assert.ok(t.short.includes("SANCTION BRA>ARG"), t.short.join("; "));
});

test("rejecting a claim targets the claimant", () => {
  const r = one("Brazil accused Argentina of dumping steel. Argentina rejected the claim.");
  assert.deepEqual(r.short, ["ACCUSE BRA>ARG", "REJECT ARG>BRA"]);
});

test("events keep their explanation: pattern, trigger, evidence and mentions", () => {
  const text = "Sweden accused Russia of lying about the incident.";
  const r = one(text);
  const e = r.events[0];
  assert.match(e.pattern, /^accuse\./);
  assert.equal(text.slice(e.trigger[0], e.trigger[1]), "accused Russia of");
  assert.ok(text.slice(e.evidence[0], e.evidence[1]).startsWith("Sweden accused Russia of lying"));
  assert.equal(r.actors.mentions[e.sourceMentions[0]].text, "Sweden");
  assert.equal(r.actors.mentions[e.targetMentions[0]].text, "Russia");
  assert.ok(e.confidence > 0.5 && e.confidence < 1);
});

test("sentences without actors or triggers code nothing, and stock rallies are not protests", () => {
  assert.deepEqual(one("Stocks rallied on Wall Street as oil prices fell.").short, []);
  assert.deepEqual(one("The weather was mild.").short, []);
});

test("happenings outside PLOVER are coded as OTHER with a category", () => {
  const r = one("A powerful earthquake struck Peru.");
  const o = r.events.find((e) => e.type === "OTHER");
  assert.equal(o?.category, "disaster");
});

test("a trigger whose subject cannot be read is still coded, with the sentence's actors, at lower confidence", () => {
  const r = one("Senior party figures close to the Kremlin in Moscow condemned the decision of Ukraine.");
  assert.deepEqual(r.short, ["ACCUSE RUS>UKR"]);
  const full = one("Russia condemned the decision of Ukraine.");
  assert.ok(r.events[0].confidence < full.events[0].confidence);
  // Past the lead, a trigger with no actor at all in its sentence stays uncoded.
  assert.deepEqual(one("Chile protested.\nThe unnamed residents rejected the proposal on Tuesday.").short.filter((x) => x.startsWith("REJECT")), []);
  // Past the lead, a guessed doer needs someone on the receiving end.
  assert.deepEqual(one("Chile protested.\nMembers of the opposition bloc in Peru rejected the proposal on Tuesday.").short, ["PROTEST CHL>"]);
  assert.deepEqual(one("Chile protested.\nSenior party figures close to the Kremlin in Moscow condemned the decision of Ukraine.").short, ["PROTEST CHL>", "ACCUSE RUS>UKR"]);
});

test("an apposition with its own relative clause is stepped over to reach the subject", () => {
  assert.deepEqual(one("Lula, a veteran leftist who once led the unions, expressed support for Peru.").short, ["SUPPORT lula>PER"]);
});

test("a person attacking a person is criticism; a country attacking a country is force", () => {
  assert.deepEqual(one("Lula attacked Milei over the tariffs.").short, ["ACCUSE lula>milei"]);
  assert.deepEqual(one("Russia attacked Ukraine.").short, ["ASSAULT RUS>UKR"]);
});

test("a copular predicate noun describes and is not coded; an existential one reports", () => {
  assert.deepEqual(one("Norway is a close military ally of Brazil.").short, []);
  assert.deepEqual(one("There was a raid on Kyiv by Russia.").short, ["ASSAULT RUS>UKR"]);
});

test("a strike is a protest after 'general' or 'hunger' and an attack after 'missile' or 'air'", () => {
  assert.deepEqual(one("Unions in Peru launched a general strike.").short, ["PROTEST PER>PER"]);
  assert.deepEqual(one("Russia launched a missile strike on Kyiv.").short, ["ASSAULT RUS>UKR"]);
});

test("a participle hyphened to a plain word is a modifier; hyphened to an actor it names the doer", () => {
  assert.deepEqual(one("Brazil today mounted its long-threatened invasion of Peru.").short, ["ASSAULT BRA>PER"]);
  assert.ok(one("Voters in Russian-occupied parts of Ukraine cast ballots.").short.some((x) => x.endsWith("RUS>UKR")));
});

test("an unnamed crowd protesting in a country acts for that country", () => {
  assert.deepEqual(one("Thousands of students protested in Peru on Friday.").short, ["PROTEST PER>PER"]);
  assert.deepEqual(one("Thousands of students marched on Friday.").short, ["PROTEST >"]);
});

test("a trigger noun modifying an actor noun is not an event; organizing a strike is a protest", () => {
  assert.deepEqual(one("Seven opposition parties in Peru organized a strike.").short, ["PROTEST PER>PER"]);
  assert.deepEqual(one("Aid workers in Chile said Brazil helped.").short.filter((x) => x.startsWith("AID CHL")), []);
});

test("easing or cancelling restrictions is a concession, not the restriction itself", () => {
  assert.deepEqual(one("Chile eased emergency measures on Wednesday in the north.").short, ["CONCEDE CHL>CHL"]);
  assert.deepEqual(one("Peru cancelled restrictions on the use of Spanish.").short, ["CONCEDE PER>"]);
});

test("a sworn or ready intention to use force is a threat", () => {
  assert.deepEqual(one("Brazil has sworn to attack Peru if the border stays closed.").short, ["THREATEN BRA>PER"]);
});

test("an act on internal affairs with no named target is aimed at the doer's own country", () => {
  assert.deepEqual(one("Peru lifted the night curfew on Sunday.").short, ["CONCEDE PER>PER"]);
  assert.deepEqual(one("Peruvian police dispersed protesters with tear gas.").short.filter((x) => !x.endsWith("PER>PER")), []);
  // The place the act is done in is its target.
  assert.deepEqual(one("Argentina extended the curfew in Santiago.").short.map((x) => x.split(">")[1]), ["CHL"]);
  // A state's bare protest is diplomatic: no target is guessed.
  assert.deepEqual(one("Chile protested.").short, ["PROTEST CHL>"]);
  // An act on things abroad keeps its named target or none.
  assert.deepEqual(one("Brazil imposed tariffs on steel.").short.filter((x) => x.endsWith(">BRA")), []);
});

test("the target may stand in an infinitive complement, a possessor of the object, or the place", () => {
  assert.deepEqual(one("Norway promised to continue military aid to war-torn Peru.").short, ["AGREE NOR>PER"]);
  assert.deepEqual(one("Sweden praised Chile's efforts to reform its police.").short, ["SUPPORT SWE>CHL"]);
  assert.deepEqual(one("France is ready to contribute 4,000 troops to a peacekeeping force in Peru.").short.map((x) => x.split(" ")[1]), ["FRA>PER"]);
  // A possessor inside another prepositional phrase is not the target.
  assert.deepEqual(one("Brazil met Chile before Argentina's election.").short.map((x) => x.split(" ")[1]), ["BRA>CHL"]);
  // Past an unnamed object, the complement belongs to that object.
  assert.deepEqual(one("Lula asked the billionaire not to activate the service over Peru.").short.filter((x) => x.endsWith(">PER")), []);
});

test("lifting a restriction is a retreat or a concession, whatever stands between verb and noun", () => {
  assert.deepEqual(one("The Peruvian army lifted on Friday a day-old blockade on Chile.").short, ["RETREAT PER>CHL"]);
  assert.deepEqual(one("Peruvian teachers called off their strike.").short, ["CONCEDE PER>PER"]);
  assert.deepEqual(one("Peru shortened by one hour the nightly curfew.").short, ["CONCEDE PER>PER"]);
  assert.deepEqual(one("Peru imposed a blockade on Chile.").short, ["COERCE PER>CHL"]);
});

test("failing to reach an agreement is a rejection; a title before the slot actor is stepped over", () => {
  assert.deepEqual(one("Brazil and Argentina failed to reach agreement on tariffs.").short, ["REJECT BRA>ARG"]);
  assert.deepEqual(one("Peru released Foreign Minister Kristersson on Monday.").short, ["RETREAT PER>kristersson"]);
});

test("the author of a rejected proposal, a participle-led object, a date inside the object", () => {
  assert.deepEqual(one("Chile rejected calls by Peru for new talks.").short, ["REJECT CHL>PER"]);
  assert.deepEqual(one("Chile rejected proposed Peruvian changes to the treaty.").short, ["REJECT CHL>PER"]);
  assert.deepEqual(one("Brazil agreed to lift the embargo in late February on Peru.", [["late February", "2024-02"]]).short.map((x) => x.split(" ")[1]), ["BRA>PER"]);
});

test("a threat is aimed at the subject of its condition; a withdrawal from a place aims at it", () => {
  assert.equal(one("Russia threatened to stop the talks if the United States deploys new missiles.").short[0], "THREATEN RUS>USA");
  assert.ok(one("The United States speeded up the withdrawal of its forces from Peru.").short.includes("RETREAT USA>PER"));
  assert.deepEqual(one("Norway will give Peru a grant of 5 million dollars.").short, ["AGREE NOR>PER"]);
});

test("a relative clause on an apposition belongs to the name; an opening meeting phrase to the main subject", () => {
  assert.deepEqual(one("Lula won against Milei, a far-right populist who attacked the Northern Front.").short, ["ACCUSE milei>rebels"]);
  assert.ok(one("At a Monday summit, Lula and Milei condemned the attack.").short.includes("CONSULT lula>milei"));
  assert.ok(one("Lula met Milei. The two leaders signed a pact at their last meeting in June.").short.filter((x) => x.startsWith("CONSULT lula>milei")).length >= 2);
});

test("a nominal in a purpose clause ranks below the main act", () => {
  const r = one("Peruvian students blocked a road to show their disapproval of Chile's policies.");
  const top = [...r.events].sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(top.type, "PROTEST");
});

test("a definite nominal refers back only to a recent event", () => {
  const far = one("Lula met Milei on Monday.\nPrices rose.\nRain fell.\nMarkets closed.\nStocks fell.\nBanks opened.\nThe meeting was praised.");
  assert.equal(far.short.filter((x) => x.startsWith("CONSULT")).length, 1);
  const near = one("Lula met Milei on Monday.\nThe meeting was praised.");
  assert.equal(near.short.filter((x) => x === "CONSULT lula>milei").length, 2);
});

test("a nation named before a group noun is the doer", () => {
  assert.deepEqual(one("Peruvian prisoners rioted on Monday at a jail in Chile.").short, ["PROTEST PER>CHL"]);
});

test("a long apposition is stepped over to the name, and a noun inside it ranks below the main verb", () => {
  const r = one("Chile, a key U.S. ally in the war against the Northern Front, has refused to send troops to Peru.");
  assert.ok(r.short.includes("REJECT CHL>PER"));
  const top = [...r.events].sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(top.type, "REJECT");
});

test("a hostile act with no one named is aimed at the place it is done in", () => {
  assert.deepEqual(one("Peruvian tanks fired four shells at targets in Santiago on Monday.").short, ["ASSAULT PER>CHL"]);
  // A cooperative act is not aimed at its venue this way.
  assert.deepEqual(one("Chile held a conference in Lima.").short.filter((x) => x.endsWith(">PER")), []);
});

test("forces of X deploying are X acting; a reaction drawn by a subject is aimed at it", () => {
  assert.deepEqual(one("The deployment of Peruvian troops to Chile alarmed Brazil.").short, ["MOBILIZE PER>CHL"]);
  assert.deepEqual(one("Russia's launch of missiles at Ukraine drew condemnation from the United States.").short, ["ACCUSE USA>RUS"]);
  assert.deepEqual(one("The Peruvian plan drew praise from Germany.").short, ["SUPPORT DEU>PER"]);
});

test("a demand is made of the doer of the demanded act", () => {
  assert.deepEqual(one("Chile has demanded an immediate admission by Peru that its forces crossed the border.").short, ["REQUEST CHL>PER"]);
  assert.deepEqual(one("Sweden reiterated its demand today that Russia ease restrictions on Norwegian workers.", [["today", "2024-03-08"]]).short, ["REQUEST SWE>RUS"]);
});

test("an inquiry is aimed at the suspected doers named by 'by'", () => {
  assert.deepEqual(one("Chile is investigating alleged war crimes by Peruvian extremists against Brazilian civilians.").short, ["ACCUSE CHL>PER"]);
  assert.deepEqual(one("Brazilian police have launched an investigation into alleged crimes committed by Peruvian forces against Chile.").short, ["ACCUSE BRA>PER"]);
});

test("a stated future support or visit is a promise", () => {
  assert.equal(one("Norway will support Peru's bid to join the group.").short[0], "AGREE NOR>PER");
  assert.deepEqual(one("Lula will visit Chile in June.").short, ["AGREE lula>CHL"]);
  // A plan to talk stays a consultation.
  assert.deepEqual(one("Lula plans to discuss trade with Milei.").short.map((x) => x.split(" ")[0]), ["CONSULT"]);
});

test("a stated harm under a condition is a threat; bare speculation is not", () => {
  assert.equal(one("Norway will withdraw its troops from Peru unless Lima holds elections.").short[0].split(" ")[0], "THREATEN");
  assert.equal(one("Brazil may halt its mediation between Chile and Peru if the talks fail, Lula said.").short[0].split(" ")[0], "THREATEN");
  assert.equal(one("Peru may recall its ambassador from Chile if the dispute worsens.").events[0].modality, "hypothetical");
});

test("a date or a quantity's 'of' may stand inside a verb pattern; allowing inspectors is a retreat", () => {
  assert.deepEqual(one("Lula gave a warm welcome on Thursday to Milei.", [["Thursday", "2024-03-07"]]).short, ["CONSULT lula>milei"]);
  assert.deepEqual(one("Swedish doctors handed over 700 kg of medicine to Peru.").short, ["AID SWE>PER"]);
  assert.deepEqual(one("Peru said it would allow the return of Chilean inspectors.").short.map((x) => x.split(" ")[0]), ["AGREE"]);
});

test("a participle spelt like its lemma after 'been' is passive", () => {
  assert.deepEqual(one("A Peruvian national has been put under investigation by Chile.").short, ["ACCUSE CHL>PER"]);
});

test("phrasal acts: offering concessions, blocking streets, preventing rallies, reinforcing troops, cutting aid, reneging", () => {
  const first = (t: string) => one(t).short[0]?.split(" ")[0];
  assert.equal(first("Russia offered concessions to Ukraine."), "AGREE");
  assert.equal(first("Peruvian farmers blocked streets in Lima."), "PROTEST");
  assert.equal(first("Peruvian police prevented the demonstration in Lima."), "COERCE");
  assert.equal(first("Chile has reinforced its troops in Peru."), "MOBILIZE");
  assert.equal(first("Norway cut aid to Peru."), "SANCTION");
  assert.equal(first("Chile backed out of its commitment to Peru."), "REJECT");
  assert.equal(first("Chile shared intelligence with Peru."), "COOPERATE");
});

test("an unnamed arrest somewhere is that country's act; a request is aimed at where it is made", () => {
  assert.deepEqual(one("A Peruvian national has been arrested in Chile for spying.").short, ["COERCE CHL>PER"]);
  assert.deepEqual(one("Peruvian farmers sought refuge in Chile last month.").short, ["REQUEST PER>CHL"]);
});

test("an unnamed group antecedent of a relative clause, past a phrase between auxiliary and verb", () => {
  assert.deepEqual(one("Peru directs a number of militias that have in the past attacked American bases in that country.").short, ["ASSAULT >USA"]);
  assert.deepEqual(one("Chile provided intelligence to Peru about the coming attack.").short[0], "COOPERATE CHL>PER");
});

test("a complaint about an act is aimed at the act's doer ('protested incursions by X')", () => {
  assert.ok(one("Chile protested repeated incursions by Peruvian fishing boats into its waters.").short.includes("PROTEST CHL>PER"));
  assert.deepEqual(one("Brazil condemned what it called provocations by Argentina.").short, ["ACCUSE BRA>ARG"]);
});

test("past the lead, an attack by a named doer at a named place is aimed at that place", () => {
  const r = one("Lula welcomed the decision. Chile's air force said Peru had launched 40 drones and two missiles at towns in Chile overnight.");
  assert.ok(r.short.includes("ASSAULT PER>CHL"), r.short.join(", "));
});

test("a hyphened pair of names ('US-China') is the pair a later 'the two countries' stands for", () => {
  const geneva: ActorSpec = { id: "GVA", type: "GPE", country: "CHE", names: ["Geneva"] };
  const tied = code("Officials said US-China trade tensions eased on Monday. The two countries met in Geneva on Tuesday.", [A.usa, A.chn, geneva]);
  assert.equal(tied.short.length, 1);
  assert.match(tied.short[0], /^CONSULT (CHN>USA|USA>CHN)$/);
  const apart = code("Officials said trade tensions eased on Monday. The two countries met in Geneva on Tuesday.", [A.usa, A.chn, geneva]);
  assert.deepEqual(apart.short, []);
});

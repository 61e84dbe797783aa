import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadShapeLexicon } from "../../src/actors/lexicon.js";
import { actorsDataDir } from "../../src/actors/kb.js";

test("shapes.json gives the cue words, the institution ids and the pronouns", () => {
  const lex = loadShapeLexicon(actorsDataDir());
  assert.ok(lex.cues.personAfterComma.has("whose") && !lex.cues.appositionStarts.has("whose"));
  assert.ok(lex.cues.orgHeadPrepositions.has("for") && lex.cues.orgHeadsBeforeCity.has("university"));
  assert.equal(lex.institutionIds.get("JUD"), "judiciary");
  assert.equal(lex.pronouns.get("hers"), "f");
  assert.equal(lex.pronouns.get("them"), "p");
  assert.equal(lex.pronouns.get("the"), undefined);
});

test("shapes.json gives the grammar words of pronoun resolution, kin groups, place lists and employers", () => {
  const { cues } = loadShapeLexicon(actorsDataDir());
  assert.ok(cues.subjectPronouns.has("they") && !cues.subjectPronouns.has("he"));
  assert.ok(cues.unresolvedPronouns.has("them") && cues.notAfterVerbPronouns.has("it"));
  assert.ok(cues.objectPronouns.has("him") && !cues.objectPronouns.has("she"));
  assert.ok(cues.ethnicWords.has("ethnic") && cues.kinPlacePrepositions.has("of"));
  assert.ok(cues.placeListLinks.has(",") && cues.placeListLinks.has("or") && cues.employerPlacePrepositions.has("at"));
});

test("a malformed cue list, institution id or pronoun list is an error naming shapes.json and the field", () => {
  const dir = mkdtempSync(join(tmpdir(), "shapes-"));
  cpSync(actorsDataDir(), dir, { recursive: true });
  const good = JSON.parse(readFileSync(join(dir, "shapes.json"), "utf8")) as Record<string, Record<string, unknown>>;
  const bad = (patch: Record<string, unknown>, message: RegExp) => {
    writeFileSync(join(dir, "shapes.json"), JSON.stringify({ ...good, ...patch }));
    assert.throws(() => loadShapeLexicon(dir), message);
  };
  bad({ cues: { ...good.cues, countryNouns: ["Nation"] } }, /shapes\.json: cues\.countryNouns 'Nation' must be one lower-case word/);
  bad({ cues: { ...good.cues, employerPrepositions: "of" } }, /shapes\.json: cues\.employerPrepositions must be a list of words/);
  bad({ cues: { ...good.cues, orgWords: ["of"] } }, /shapes\.json: cues\.orgWords is not a known field/);
  bad({ institutionIds: { ...good.institutionIds, ARMY: "army" } }, /shapes\.json: institutionIds\.ARMY is not a state sector/);
  bad({ institutionIds: { ...good.institutionIds, NGO: "ngo" } }, /shapes\.json: institutionIds\.NGO is not a state sector/);
  bad({ institutionIds: { ...good.institutionIds, COP: "Police Force" } }, /shapes\.json: institutionIds\.COP 'Police Force'/);
  bad({ pronouns: { ...good.pronouns, neuter: ["it", "his"] } }, /shapes\.json: pronouns\.neuter 'his' is already of another kind/);
  bad({ pronouns: { ...good.pronouns, nueter: ["it"] } }, /shapes\.json: pronouns\.nueter is not a known field/);
  bad({ pronouns: { male: ["he"] } }, /shapes\.json: pronouns\.female must be a list of words/);
  bad({ cues: { ...good.cues, objectPronouns: ["him", "whom"] } }, /shapes\.json: cues\.objectPronouns 'whom' is not one of the pronouns/);
  bad({ cues: { ...good.cues, subjectPronouns: ["It"] } }, /shapes\.json: cues\.subjectPronouns 'It' must be one lower-case word/);
  const { placeListLinks: _, ...noLinks } = good.cues;
  bad({ cues: noLinks }, /shapes\.json: cues\.placeListLinks must be a list of words/);
});

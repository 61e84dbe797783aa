import { test } from "node:test";
import assert from "node:assert/strict";
import { stanceOf, stanceOfTokens, stanceTable } from "../../src/claims/stance.js";
import { tokenize } from "../../src/nlp/tokenize.js";

// The reference reading: the first stance in table order with a cue among the lemmas or as whole words.
function reference(words: string[], lemmas: string[]): string {
  const text = " " + words.join(" ").toLowerCase() + " ";
  const lem = new Set(lemmas);
  for (const [stance, cues] of stanceTable()) {
    for (const cue of cues) if (cue.includes(" ") ? text.includes(" " + cue + " ") : lem.has(cue) || text.includes(" " + cue + " ")) return stance;
  }
  return "unclear";
}

test("stance: the earlier stance wins when cues of two stances are present", () => {
  assert.equal(stanceOf(["said", "the", "claim", "was", "baseless"], ["say", "the", "claim", "be", "baseless"]), "denies");
  assert.equal(stanceOf(["warned", "it", "would", "respond"], ["warn", "it", "would", "respond"]), "threatens");
  assert.equal(stanceOf(["said", "it", "could", "not", "confirm"], ["say", "it", "could", "not", "confirm"]), "doubts");
  assert.equal(stanceOf(["according", "to", "officials"], ["according", "to", "official"]), "asserts");
  assert.equal(stanceOf(["the", "minister", "smiled"], ["the", "minister", "smile"]), "unclear");
});

test("stance: phrases match whole words only", () => {
  assert.equal(stanceOf(["not", "truest"], ["not", "truest"]), "unclear");
  assert.equal(stanceOf(["Not", "True,", "he", "said"], ["not", "true,", "he", "say"]), "asserts");
  assert.equal(stanceOf(["it", "is", "not", "true"], ["it", "be", "not", "true"]), "denies");
});

test("stance: same answer as the plain table walk on mixed word lists", () => {
  const pool = ["said", "denied", "warned", "plans", "not", "clear", "true", "could", "confirm", "the", "report", "lie", "question", "will", "vow", "to", "retaliate", "brand", "false", "According"];
  let seed = 11;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let k = 0; k < 500; k++) {
    const n = 1 + Math.floor(rnd() * 6);
    const words = Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)]);
    const lemmas = words.map((w) => (rnd() < 0.5 ? w.toLowerCase() : w.toLowerCase().replace(/(?:ed|s)$/, "")));
    assert.equal(stanceOf(words, lemmas), reference(words, lemmas), words.join(" "));
  }
});

test("stance: read off tokens, the same answer as off their words and lemmas", () => {
  const pool = ["said", "denied", "Denied", "warned", "plans", "not", "clear", "true", "could", "confirm", "the", "report", "lie", "will", "vow", "to", "retaliate", "brand", "false", "fake", "news", "According", "officials"];
  const cues = ["", "say", "deny", "warn", "according to", "brand false", "vow"];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let k = 0; k < 300; k++) {
    const n = Math.floor(rnd() * 7);
    const text = Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)]).join(" ");
    const near = tokenize(text).tokens.slice(0, 6);
    const cue = cues[Math.floor(rnd() * cues.length)];
    const expected = stanceOf([cue, ...near.map((t) => t.text)], [cue, ...near.map((t) => t.lemma)]);
    assert.equal(stanceOfTokens(cue, near), expected, `${cue} | ${text}`);
  }
});

test("the event types that are claims in themselves come from stance.json, validated", async () => {
  const { parseEventTypes, verbalEventTypes } = await import("../../src/claims/stance.js");
  assert.equal(verbalEventTypes().get("REJECT"), "denies");
  assert.equal(verbalEventTypes().get("ACCUSE"), "asserts");
  assert.equal(verbalEventTypes().get("ASSAULT"), undefined);
  assert.throws(() => parseEventTypes({ ACCUSE: "asserts", SCOLD: "asserts" }, "stance.json"), /stance\.json: 'eventTypes': unknown event type 'SCOLD'/);
  assert.throws(() => parseEventTypes({ REJECT: "refutes" }, "stance.json"), /stance\.json: 'eventTypes': 'REJECT' has no such stance 'refutes'/);
  assert.throws(() => parseEventTypes(["ACCUSE"], "stance.json"), /must map event types to stances/);
});

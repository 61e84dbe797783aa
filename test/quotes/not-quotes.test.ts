import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers.js";

const texts = (t: string) => run(t).quotes.map((q) => q.text);

test("scare quotes used as a noun modifier are skipped", () => {
  assert.deepEqual(texts(`The ministry said Beijing was distorting the island's position by citing the "one China" policy in its statement.`), []);
});

test("a stock term inside a reported sentence is skipped", () => {
  assert.deepEqual(texts(`The island is committed to working with its allies and maintaining the "status quo" in the strait, it said.`), []);
});

test("so-called, the word, designated: terms, not speech", () => {
  assert.deepEqual(texts(`The militia is part of a so-called "Axis of Defiance" that stretches across the region.`), []);
  assert.deepEqual(texts(`Opposition voters plan to write the word "peace" on their ballots on Sunday.`), []);
  assert.deepEqual(texts(`The activist was designated a "foreign agent," a label that bars her from public office.`), []);
});

test("titles and names in quotation marks are skipped", () => {
  assert.deepEqual(texts(`The envoy is the author of the book "The Long Road Home" and a former ambassador to Kenya.`), []);
  assert.deepEqual(texts(`Troops took part in the exercise "Northern Shield" near the border last week.`), []);
});

test("short quoted words without a speech cue are skipped", () => {
  assert.deepEqual(texts(`Critics of the plan were dismissed for their "radical views" and their ties to the opposition.`), []);
});

test("headlines and link lines are skipped, their quotes repeat the body's", () => {
  const text = `Minister calls budget 'a disaster' for farmers\n\nThe budget, published on Monday, cuts subsidies to farmers by a third.`;
  assert.deepEqual(texts(text), []);
  assert.deepEqual(texts(`'We will rebuild every home' after the floods\n\nRepairs began on Tuesday.`), []);
});

test("a long quotation stands without a cue", () => {
  assert.deepEqual(texts(`Posters across the city read: "The war must end now and the soldiers must come home."`), ["The war must end now and the soldiers must come home."]);
});

test("an unclosed quotation at a truncated end is not emitted", () => {
  const text = `The adviser said the wider impacts were clear on the glaciers of the Alps. “Climate change and`;
  assert.deepEqual(texts(text), []);
});

test("apostrophes never open a quotation", () => {
  const text = `The senator's aides don't expect the '90s-era rules to change, and rock 'n' roll fans aren't worried, Trump's adviser said.`;
  assert.deepEqual(texts(text), []);
});

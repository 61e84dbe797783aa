import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, entity, testKB } from "./helpers.js";
import { resolveActor, roleOn } from "../../src/actors/roles.js";

test("the role held on the article date decides sector and role", () => {
  const trump = testKB().actors.get("person:donald-trump")!;
  assert.equal(resolveActor(trump, "2020-06-01").sector, "GOV");
  assert.equal(resolveActor(trump, "2020-06-01").role, "President of the United States");
  assert.equal(resolveActor(trump, "2022-06-01").sector, null);
  assert.equal(resolveActor(trump, "2022-06-01").role, null);
  assert.equal(resolveActor(trump, "2022-06-01").country, "USA");
  assert.equal(resolveActor(trump, "2025-06-06").sector, "GOV");
});

test("without a date the latest role counts", () => {
  const musk = testKB().actors.get("person:elon-musk")!;
  assert.equal(roleOn(musk, null)?.office, "business-leader");
  assert.equal(roleOn(musk, "2025-03-01")?.office, "adviser");
  assert.equal(roleOn(musk, "2025-06-06")?.office, "business-leader");
  const biden = testKB().actors.get("person:joe-biden")!;
  assert.equal(roleOn(biden, null)?.office, "head-of-state");
});

test("an article from 2022 sees Trump out of office and Biden in it", () => {
  const layer = analyze("Former President Donald Trump criticized President Joe Biden on Tuesday.", "2022-06-01");
  assert.equal(entity(layer, "person:donald-trump")?.sector, null);
  assert.equal(entity(layer, "person:joe-biden")?.sector, "GOV");
  assert.equal(entity(layer, "person:joe-biden")?.role, "President of the United States");
});

test("'then-US president' keeps the country but claims no current office", () => {
  const layer = analyze("The two leaders last met in 2023 at a summit with then-US president Joe Biden in California.", "2025-06-06");
  const biden = entity(layer, "person:joe-biden");
  assert.equal(biden?.country, "USA");
  assert.equal(biden?.sector, null);
});

test("a former officeholder unknown to the knowledge base gets no current sector", () => {
  const layer = analyze("Former Kenyan Trade Minister Alice Wanjiru Kamau said the deal was flawed.", "2025-06-06");
  const p = layer.entities.find((e) => e.name === "Alice Wanjiru Kamau");
  assert.equal(p?.country, "KEN");
  assert.equal(p?.sector, null);
});

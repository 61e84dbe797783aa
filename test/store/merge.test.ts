import { test } from "node:test";
import assert from "node:assert/strict";
import { actorKey, eventDay, mergeWindow, shiftDay } from "../../src/store/merge.js";

test("event day: own date first, coarse dates start their period, else the publication date", () => {
  assert.equal(eventDay("2025-06-05", "2025-06-07"), "2025-06-05");
  assert.equal(eventDay("2025-06-05TEV", "2025-06-07"), "2025-06-05");
  assert.equal(eventDay("2017", "2025-06-07"), "2017-01-01");
  assert.equal(eventDay("2025-03", null), "2025-03-01");
  assert.equal(eventDay("2025-W23", null), "2025-06-02");
  assert.equal(eventDay("2026-W01", null), "2025-12-29");
  assert.equal(eventDay("PAST_REF", "2025-06-07"), "2025-06-07");
  assert.equal(eventDay(null, "2025-06-07"), "2025-06-07");
  assert.equal(eventDay("2025-02-30", null), null);
  assert.equal(eventDay(null, null), null);
});

test("merge window and actor keys", () => {
  assert.equal(shiftDay("2025-03-01", -1), "2025-02-28");
  assert.deepEqual(mergeWindow("a", "", "2025-01-01"), ["2024-12-31", "2025-01-01", "2025-01-02"]);
  assert.equal(mergeWindow("", "", "2025-01-01"), null);
  assert.equal(mergeWindow("a", "b", null), null);
  assert.equal(actorKey(["b", "a", "b"]), "a|b");
});

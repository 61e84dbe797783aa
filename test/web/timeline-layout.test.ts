import { test } from "node:test";
import assert from "node:assert/strict";
import { stackRows, timeRange, DAY } from "../../src/web/client/timeline-layout.js";

const d = (s: string) => Date.parse(s);

test("a few far-off events do not squash the busy stretch", () => {
  const busy = Array.from({ length: 12 }, (_, i) => d("2025-06-05") + (i % 2) * DAY);
  const r = timeRange([...busy, d("2017-01-01"), d("2019-06-01"), d("2025-01-17")], false);
  assert.equal(r.dense, true);
  assert.ok(r.lo <= d("2025-06-05") && r.hi >= d("2025-06-06"));
  assert.ok(r.hi - r.lo < 30 * DAY);
  const all = timeRange([...busy, d("2017-01-01")], true);
  assert.equal(all.dense, false);
  assert.ok(all.lo <= d("2017-01-01"));
});

test("evenly spread events are all shown; a single day gets a week around it", () => {
  const spread = Array.from({ length: 20 }, (_, i) => d("2025-01-01") + i * 10 * DAY);
  assert.equal(timeRange(spread, false).dense, false);
  const one = timeRange([d("2025-06-05")], false);
  assert.equal(one.hi - one.lo, 6 * DAY);
});

test("overlapping dots go to new rows; separate ones share a row", () => {
  const rows = stackRows([{ cx: 100, r: 5 }, { cx: 104, r: 5 }, { cx: 108, r: 5 }, { cx: 200, r: 5 }]);
  assert.deepEqual(rows.map((x) => [x.cx, x.row]), [[100, 0], [104, 1], [108, 2], [200, 0]]);
  for (const a of rows) for (const b of rows) if (a !== b && a.row === b.row) assert.ok(Math.abs(a.cx - b.cx) > a.r + b.r);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { addMonths, daysInMonth, easter, fmtWeek, isoWeekday, nthWeekday, parseYmd } from "../../src/time/calendar.js";

test("ISO weeks and weekdays", () => {
  assert.equal(isoWeekday({ y: 2025, m: 6, d: 15 }), 7);
  assert.equal(isoWeekday({ y: 2025, m: 6, d: 16 }), 1);
  assert.equal(fmtWeek({ y: 2025, m: 6, d: 15 }), "2025-W24");
  assert.equal(fmtWeek({ y: 2024, m: 12, d: 30 }), "2025-W01");
  assert.equal(fmtWeek({ y: 2021, m: 1, d: 3 }), "2020-W53");
  assert.equal(fmtWeek({ y: 2026, m: 1, d: 1 }), "2026-W01");
});

test("month arithmetic clamps the day", () => {
  assert.deepEqual(addMonths({ y: 2025, m: 3, d: 31 }, -1), { y: 2025, m: 2, d: 28 });
  assert.deepEqual(addMonths({ y: 2025, m: 1, d: 15 }, -1), { y: 2024, m: 12, d: 15 });
});

test("holiday rules", () => {
  assert.deepEqual(easter(2025), { y: 2025, m: 4, d: 20 });
  assert.deepEqual(easter(2024), { y: 2024, m: 3, d: 31 });
  assert.deepEqual(nthWeekday(2025, 11, 4, 4), { y: 2025, m: 11, d: 27 });
  assert.deepEqual(nthWeekday(2025, 5, -1, 1), { y: 2025, m: 5, d: 26 });
});

test("article dates are validated", () => {
  assert.deepEqual(parseYmd("2024-02-29"), { y: 2024, m: 2, d: 29 });
  assert.equal(parseYmd("2025-02-29"), null);
  assert.equal(parseYmd(null), null);
  assert.equal(parseYmd("June 6"), null);
});

test("month lengths agree with Date, two-digit years and rolled-over months included", () => {
  for (let y = -450; y <= 2500; y += 1) {
    for (let m = 0; m <= 13; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
});

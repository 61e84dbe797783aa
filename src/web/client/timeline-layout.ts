// Pure layout rules of the timeline (kept apart from the component so they can be tested).
export const DAY = 86_400_000;

/**
 * The time range to draw: everything, or the busiest fortnight-or-more holding half the events
 * when the full span is far wider (old events mentioned in passing would squash the rest).
 */
export function timeRange(times: number[], all: boolean): { lo: number; hi: number; dense: boolean } {
  const s = [...times].sort((a, b) => a - b);
  let lo = s[0], hi = s[s.length - 1], dense = false;
  if (!all && s.length >= 5) {
    const k = Math.max(1, Math.ceil(s.length * 0.5)) - 1;
    let best = 0;
    for (let i = 0; i + k < s.length; i++) if (s[i + k] - s[i] < s[best + k] - s[best]) best = i;
    const [wlo, whi] = [s[best], s[best + k]];
    if (hi - lo > 3 * Math.max(whi - wlo, 14 * DAY)) {
      const mid = (wlo + whi) / 2, half = Math.max(whi - wlo, 14 * DAY) / 2;
      lo = mid - half; hi = mid + half; dense = true;
    }
  }
  const pad = Math.max(DAY / 2, (hi - lo) * 0.04);
  if (hi - lo < 6 * DAY) return { lo: lo - 3 * DAY, hi: hi + 3 * DAY, dense };
  return { lo: lo - pad, hi: hi + pad, dense };
}

/** Stacks dots upwards wherever they would overlap, so every event stays clickable. */
export function stackRows<T extends { cx: number; r: number }>(dots: T[]): Array<T & { row: number }> {
  const rowEnds: number[] = [];
  return [...dots].sort((a, b) => a.cx - b.cx).map((d) => {
    let row = rowEnds.findIndex((end) => end < d.cx - d.r - 1);
    if (row < 0) { row = rowEnds.length; rowEnds.push(0); }
    rowEnds[row] = d.cx + d.r;
    return { ...d, row };
  });
}


// Binary search over a range of indexes.

/** The first index in [lo, n) where `before` turns false (n when it never does); `before` must
 * hold on a prefix of the range. */
export function lowerBound(n: number, before: (i: number) => boolean, lo = 0): number {
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

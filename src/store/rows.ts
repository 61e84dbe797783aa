// Multi-row inserts go in slices that stay under every engine's bound-parameter limit.
export function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Code-unit order, as the stores' "C" collation compares ids. */
export const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

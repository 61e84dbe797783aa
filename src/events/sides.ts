// Small tests and copies over lists of entity numbers (the sides of an event), written as loops
// so the hot paths of the coder make no closures.

/** True when some x is in ys. */
export function sharesAny(xs: readonly number[], ys: readonly number[]): boolean {
  for (const x of xs) if (ys.includes(x)) return true;
  return false;
}

/** A new array of the xs not in ys, in order. */
export function without(xs: readonly number[], ys: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of xs) if (!ys.includes(x)) out.push(x);
  return out;
}

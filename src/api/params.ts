// Query-parameter parsing for the API: every bad value becomes a 400 with a JSON message.
export class BadRequest extends Error {}

type Query = Record<string, string | undefined>;

export function int(q: Query, name: string, dflt: number, min: number, max: number): number {
  const v = q[name];
  if (v === undefined || v === "") return dflt;
  if (!/^\d+$/.test(v)) throw new BadRequest(`${name} must be a whole number, not '${v}'`);
  const n = Number(v);
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}, not ${n}`);
  return n;
}

export function day(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined || v === "") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCDate() !== +m[3] || d.getUTCMonth() !== +m[2] - 1) throw new BadRequest(`${name} must be a date as YYYY-MM-DD, not '${v}'`);
  return v;
}

export function text(q: Query, name: string, maxLen = 200): string | undefined {
  const v = q[name];
  if (v === undefined || v === "") return undefined;
  if (v.length > maxLen) throw new BadRequest(`${name} is longer than ${maxLen} characters`);
  return v;
}

export function word(q: Query, name: string, pattern: RegExp, what: string): string | undefined {
  const v = text(q, name, 40);
  if (v !== undefined && !pattern.test(v)) throw new BadRequest(`${name} must be ${what}, not '${v}'`);
  return v;
}

export function oneOf<T extends string>(q: Query, name: string, values: readonly T[]): T | undefined {
  const v = q[name];
  if (v === undefined || v === "") return undefined;
  if (!values.includes(v as T)) throw new BadRequest(`${name} must be one of ${values.join(", ")}, not '${v}'`);
  return v as T;
}

export const MAX_LIMIT = 1000;
export function paging(q: Query, dfltLimit = 50): { limit: number; offset: number } {
  return { limit: int(q, "limit", dfltLimit, 1, MAX_LIMIT), offset: int(q, "offset", 0, 0, 1_000_000_000) };
}

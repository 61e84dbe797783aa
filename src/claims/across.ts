// Links claims across articles: the same proposition told by different outlets (supports or
// contradicts), and planned events that a later article reports done or called off.
import type { ClaimRecord } from "./record.js";

export interface ArticleClaims {
  articleId: string;
  published: string | null;
  claims: ClaimRecord[];
}

export interface CrossLink {
  from: string;
  to: string;
  relation: "supports" | "contradicts" | "fulfils" | "cancels";
}

const DAY = 86_400_000;

export function crossLinkClaims(articles: ArticleClaims[]): CrossLink[] {
  const links: CrossLink[] = [];
  const all = articles.flatMap((a) => a.claims.map((c) => ({ a, c })));
  const byType = new Map<string, typeof all>();
  for (const x of all) if (x.c.proposition.type) (byType.get(x.c.proposition.type) ?? byType.set(x.c.proposition.type, []).get(x.c.proposition.type)!).push(x);
  for (const group of byType.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i];
        const y = group[j];
        if (x.a.articleId === y.a.articleId || !sameDyad(x.c, y.c) || !closeDates(x.c.proposition.date, y.c.proposition.date)) continue;
        const [early, late] = order(x, y);
        if (early.c.status === "pending" && late.c.status !== "pending") {
          links.push({ from: late.c.id, to: early.c.id, relation: late.c.proposition.polarity === "positive" ? "fulfils" : "cancels" });
          continue;
        }
        links.push({ from: x.c.id, to: y.c.id, relation: x.c.proposition.polarity === y.c.proposition.polarity ? "supports" : "contradicts" });
      }
    }
  }
  return links;
}

function sameDyad(a: ClaimRecord, b: ClaimRecord): boolean {
  const meets = (p: string[], q: string[]) => !p.length || !q.length || p.some((x) => q.includes(x));
  const pa = a.proposition;
  const pb = b.proposition;
  const direct = meets(pa.source, pb.source) && meets(pa.target, pb.target);
  const swapped = meets(pa.source, pb.target) && meets(pa.target, pb.source);
  const someone = pa.source.length + pa.target.length > 0 && pb.source.length + pb.target.length > 0;
  return someone && (direct || swapped);
}

function closeDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a.length < 10 || b.length < 10) return a.slice(0, Math.min(a.length, b.length)) === b.slice(0, Math.min(a.length, b.length));
  return Math.abs(Date.parse(a) - Date.parse(b)) <= DAY;
}

function order<T extends { a: ArticleClaims }>(x: T, y: T): [T, T] {
  return (x.a.published ?? "") <= (y.a.published ?? "") ? [x, y] : [y, x];
}

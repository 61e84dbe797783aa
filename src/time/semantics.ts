// What the grammar recognized, before it is resolved against the article date.

export type Rel = "last" | "this" | "next";
export type Mod = "START" | "MID" | "END" | "APPROX" | "MORE_THAN" | "LESS_THAN" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS";

export type Sem =
  | { k: "day"; y: number | null; m: number; d: number; mod?: Mod }
  | { k: "month"; y: number | null; m: number; rel?: Rel; mod?: Mod }
  | { k: "year"; y: number; mod?: Mod }
  | { k: "decade"; prefix: string; mod?: Mod }
  | { k: "century"; c: number }
  | { k: "weekday"; wd: number; rel?: Rel; pod?: string }
  | { k: "deictic"; days: number; pod?: string }
  | { k: "relunit"; unit: string; rel: Rel; mod?: Mod }
  | { k: "weekend"; rel?: Rel }
  | { k: "offset"; n: number; unit: string; dir: -1 | 1; from: "published" | "previous"; mod?: Mod }
  | { k: "season"; code: string; y: number | null; rel?: Rel; mod?: Mod }
  | { k: "quarter"; q: number; y: number | null; rel?: Rel }
  | { k: "fiscal"; y: number }
  | { k: "holiday"; name: string; y: number | null }
  | { k: "time"; h: number; min: number }
  | { k: "duration"; value: string; mod?: Mod }
  | { k: "within"; n: number; unit: string; value: string }
  | { k: "set"; value: string }
  | { k: "ref"; value: string };

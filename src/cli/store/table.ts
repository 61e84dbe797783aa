// Output of the query commands: an aligned table on a terminal, JSON or CSV otherwise.
import { csvCell } from "../../store/export.js";

export type OutFormat = "table" | "json" | "csv";

export function outFormat(flag: string | undefined): OutFormat | null {
  const f = flag ?? (process.stdout.isTTY ? "table" : "json");
  return f === "table" || f === "json" || f === "csv" ? f : null;
}

export interface Column<T> { title: string; get: (row: T) => unknown; max?: number }

export function render<T>(rows: T[], cols: Column<T>[], format: OutFormat, json: (rows: T[]) => unknown): string {
  if (format === "json") return JSON.stringify(json(rows), null, 2) + "\n";
  if (format === "csv") return [cols.map((c) => csvCell(c.title)).join(","), ...rows.map((r) => cols.map((c) => csvCell(c.get(r))).join(","))].join("\n") + "\n";
  const cells = rows.map((r) => cols.map((c) => clip(String(c.get(r) ?? ""), c.max ?? 40)));
  const widths = cols.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(cols.map((c) => c.title)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > max ? one.slice(0, max - 1) + "…" : one;
}

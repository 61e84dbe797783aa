// Exports the merged events: PLOVER JSON lines, a GDELT-style event table (TSV) and CSV.
import type { ActorRef, Store, StoredEvent } from "./types.js";

export type ExportFormat = "plover" | "gdelt" | "csv";
export const EXPORT_FORMATS: ExportFormat[] = ["plover", "gdelt", "csv"];

/** Every event in the store, oldest day first, fetched a page at a time. */
export async function* allEvents(store: Store, pageSize = 500): AsyncGenerator<StoredEvent> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.events({ order: "asc", limit: pageSize, offset });
    yield* page.items;
    if (offset + page.items.length >= page.total || !page.items.length) return;
  }
}

/** GDELT-style actor code: country then sector, e.g. CHNGOV. */
export function actorCode(a: ActorRef): string {
  return `${a.country ?? ""}${a.sector ?? ""}`;
}

export function ploverLine(e: StoredEvent): string {
  const side = (xs: ActorRef[]) => xs.map((a) => ({ id: a.id, name: a.name, country: a.country, sector: a.sector, code: actorCode(a) || null }));
  return JSON.stringify({
    id: e.id, date: e.date ?? e.day, day: e.day, event_type: e.type, mode: e.mode, context: e.context, category: e.category,
    source: side(e.source), target: side(e.target), location: e.location, cameo: e.cameo, goldstein: e.goldstein, quad_class: e.ploverQuad,
    reports: e.reports.map((r) => ({ article: r.articleId, url: r.documentSource, published: r.published, text: r.evidence.text, span: r.evidence.span, pattern: r.pattern, modality: r.modality, confidence: r.confidence })),
  });
}

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name",
  "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "PloverType", "SOURCEURL",
];

const tsvCell = (v: unknown) => (v === null || v === undefined ? "" : String(v).replace(/[\t\r\n]+/g, " "));

/** One row per source-target pair (GDELT events are dyadic); events without a CAMEO code are left out. */
export function gdeltRows(e: StoredEvent): string[] {
  if (!e.cameo) return [];
  const sources: (ActorRef | null)[] = e.source.length ? e.source : [null];
  const targets: (ActorRef | null)[] = e.target.length ? e.target : [null];
  const articles = new Set(e.reports.map((r) => r.articleId));
  const outlets = new Set(e.reports.map((r) => r.documentSource));
  const rows: string[] = [];
  let n = 0;
  for (const s of sources) for (const t of targets) {
    if (s && t && s.id === t.id) continue;
    const side = (a: ActorRef | null) => [a ? actorCode(a) : "", a?.name ?? "", a?.country ?? "", a?.sector ?? ""];
    rows.push([
      sources.length * targets.length > 1 ? `${e.id}#${n++}` : e.id, (e.day ?? "").replace(/-/g, ""), ...side(s), ...side(t), 1,
      e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quad, e.goldstein, e.reports.length, outlets.size, articles.size, e.type,
      e.reports[0]?.documentSource ?? "",
    ].map(tsvCell).join("\t"));
  }
  return rows;
}

export const CSV_COLUMNS = ["id", "day", "date", "type", "mode", "cameo", "goldstein", "quad_class", "source_ids", "source_names", "target_ids", "target_names", "reports", "articles", "evidence", "pattern"];

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(e: StoredEvent): string {
  return [
    e.id, e.day, e.date, e.type, e.mode, e.cameo, e.goldstein, e.ploverQuad,
    e.source.map((a) => a.id).join(";"), e.source.map((a) => a.name).join(";"), e.target.map((a) => a.id).join(";"), e.target.map((a) => a.name).join(";"),
    e.reportCount, [...new Set(e.reports.map((r) => r.articleId))].join(";"), e.reports[0]?.evidence.text ?? "", e.reports[0]?.pattern ?? "",
  ].map(csvCell).join(",");
}

/** Writes the export through `write`, returning the number of events exported. */
export async function exportEvents(store: Store, format: ExportFormat, write: (s: string) => Promise<void> | void): Promise<number> {
  let n = 0;
  if (format === "gdelt") await write(GDELT_COLUMNS.join("\t") + "\n");
  if (format === "csv") await write(CSV_COLUMNS.join(",") + "\n");
  for await (const e of allEvents(store)) {
    if (format === "plover") await write(ploverLine(e) + "\n");
    else if (format === "csv") await write(csvRow(e) + "\n");
    else { const rows = gdeltRows(e); if (!rows.length) continue; await write(rows.join("\n") + "\n"); }
    n++;
  }
  return n;
}

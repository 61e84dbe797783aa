// The human view of a record: per article its actors, dated events and quotes, at a glance.
import type { ArticleRecord, DocumentRecord } from "../record/types.js";

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export function formatDocumentText(doc: DocumentRecord): string {
  const out: string[] = [];
  doc.articles.forEach((a, i) => {
    out.push(formatArticle(doc, a, i));
  });
  if (!doc.articles.length) out.push(`== ${doc.source}: no article found\n`);
  return out.join("\n");
}

function formatArticle(doc: DocumentRecord, a: ArticleRecord, i: number): string {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? names.get(id) ?? id : "?");
  const lines: string[] = [];
  const flags = [a.truncated ? "truncated" : null, a.published ? `published ${a.published} (${a.publishedFrom})` : "date unknown"].filter(Boolean);
  lines.push(`== ${doc.source} · article ${i + 1} of ${doc.articles.length} · ${flags.join(" · ")}`);
  lines.push(`   ${clip(oneLine(a.title ?? a.text), 110)}`);
  if (a.credits.length) lines.push(`   credits: ${a.credits.map((c) => `${c.kind} “${c.text}”`).join(" · ")}`);
  const people = a.entities.filter((e) => e.mentions.some((m) => m.kind !== "pronoun"));
  if (people.length) {
    lines.push("", "  Actors");
    for (const e of people) {
      const codes = [e.type, e.country ?? "—", e.sector ?? ""].join(" ").trim();
      lines.push(`    ${clip(e.name, 34).padEnd(34)} ${codes.padEnd(14)} ${clip(e.role ?? "", 40).padEnd(40)} ×${e.mentions.length}`);
    }
  }
  const events = a.events.filter((e) => e.type !== "OTHER");
  if (events.length) {
    lines.push("", "  Events");
    for (const e of events) {
      const kind = e.mode ? `${e.type}/${e.mode}` : e.type;
      const dyad = `${e.source.map(name).join(" + ") || "?"} → ${e.target.map(name).join(" + ") || "—"}`;
      const mod = e.modality === "asserted" ? "" : ` (${e.modality})`;
      lines.push(`    ${(e.date ?? "undated").padEnd(10)}  ${kind.padEnd(16)} ${dyad}${mod}`);
      lines.push(`                “${clip(oneLine(e.evidence.text), 90)}”  [${e.pattern}${e.cameo ? ` · CAMEO ${e.cameo}` : ""}]`);
    }
  }
  const other = a.events.filter((e) => e.type === "OTHER");
  if (other.length) {
    lines.push("", "  Other happenings");
    for (const e of other) lines.push(`    ${(e.date ?? "undated").padEnd(10)}  ${(e.category ?? "other").padEnd(16)} “${clip(oneLine(e.evidence.text), 80)}”`);
  }
  if (a.quotes.length) {
    lines.push("", "  Quotes");
    for (const q of a.quotes) {
      const who = q.speaker ? name(q.speaker) : q.speakerText ?? "unattributed";
      const via = q.via ? ` via ${name(q.via)}` : "";
      lines.push(`    ${who}${via}: “${clip(oneLine(q.text), 100)}”`);
    }
  }
  if (a.timexes.length) {
    lines.push("", "  Times");
    lines.push("    " + a.timexes.map((t) => `${oneLine(t.text)} → ${t.value}`).join(" · "));
  }
  lines.push("");
  return lines.join("\n");
}

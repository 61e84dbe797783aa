// `eventline explain FILE...`: per sentence, what the events stage coded and why — the pattern,
// its trigger words, the source and target mentions, modality, date and the time expression.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { Event } from "../../doc.js";
import { analyzePage, type AnalyzedArticle } from "../../pipeline.js";

export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("show, sentence by sentence, which events were coded and why")
    .argument("<files...>", "plain-text article files")
    .option("--published <date>", "article date, YYYY-MM-DD")
    .option("--all", "also list sentences where nothing was coded")
    .action((files: string[], opts: { published?: string; all?: boolean }) => {
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
        process.stderr.write(`eventline explain: --published must be YYYY-MM-DD, got '${opts.published}'\n`);
        process.exitCode = 2;
        return;
      }
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(file, "utf8");
        } catch (e) {
          process.stderr.write(`eventline explain: cannot read ${file}: ${(e as Error).message}\n`);
          process.exitCode = 1;
          continue;
        }
        const arts = analyzePage({ text, source: file, contentType: "text/plain" }, { published: opts.published ?? null });
        process.stdout.write(`# ${file}\n`);
        arts.forEach((a, i) => process.stdout.write(explainArticle(a, i, !!opts.all)));
      }
    });
}

export function explainArticle(a: AnalyzedArticle, index: number, all = false): string {
  const { doc, actors, timexes } = a;
  const lines: string[] = [`## article ${index + 1} (published ${a.published ?? "unknown"}, ${a.events.length} events)`];
  const bySent = new Map<number, Event[]>();
  for (const e of a.events) {
    const k = doc.sentences.findIndex((s) => s.start <= e.trigger[0] && e.trigger[0] < s.end);
    bySent.set(k, [...(bySent.get(k) ?? []), e]);
  }
  const name = (x: number) => actors.entities[x]?.name ?? `#${x}`;
  const ment = (m: number) => {
    const mm = actors.mentions[m];
    return mm ? `"${mm.text}"→${name(mm.entity)}` : `#${m}`;
  };
  doc.sentences.forEach((s, k) => {
    const evs = bySent.get(k) ?? [];
    if (!evs.length && !all) return;
    lines.push("", `[${k + 1}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, " ")}`);
    for (const e of evs) {
      const src = e.source.map(name).join(" + ") || "—";
      const tgt = e.target.map(name).join(" + ") || "—";
      lines.push(`  ${e.type}${e.mode ? `/${e.mode}` : ""}${e.category ? ` (${e.category})` : ""}  ${src} → ${tgt}  [${e.modality}, confidence ${e.confidence}]`);
      lines.push(`    pattern ${e.pattern}, trigger "${doc.text.slice(e.trigger[0], e.trigger[1])}", CAMEO ${e.cameo ?? "—"}, intensity ${e.intensity ?? "—"}`);
      lines.push(`    source mentions: ${e.sourceMentions.map(ment).join(", ") || "—"}; target mentions: ${e.targetMentions.map(ment).join(", ") || "—"}`);
      const tx = e.timex !== null ? timexes[e.timex] : null;
      lines.push(`    date ${e.date ?? "—"}${tx ? ` from "${tx.text}" (${tx.value})` : e.date ? " (default news day)" : ""}${e.location !== null ? `; place ${name(e.location)}` : ""}${e.reportedBy !== null ? `; reported by ${name(e.reportedBy)}` : ""}`);
      lines.push(`    evidence: "${doc.text.slice(e.evidence[0], e.evidence[1]).replace(/\s+/g, " ")}"`);
    }
  });
  return lines.join("\n") + "\n\n";
}

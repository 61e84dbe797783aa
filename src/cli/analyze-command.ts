// `eventline analyze FILE... [--published DATE] [--format text|json|jsonl]`
import type { Command } from "commander";
import type { DocumentRecord } from "../record/types.js";
import { readInputs } from "../ingest/index.js";
import { countItem, createProgress, emptySummary, formatSummary } from "../ingest/progress.js";
import { analyzeSources } from "../analyze.js";
import { Batch } from "../batch.js";
import type { InputItem, SourceDoc } from "../ingest/types.js";
import { loadResources } from "../resources.js";
import { formatDocumentText } from "./format-text.js";
import { parseDateOption, collect, fail, writeOut } from "./util.js";

interface AnalyzeFlags {
  published?: string;
  format: string;
  actors: string[];
  patterns: string[];
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyze news pages and print their actors, times, quotes and events")
    .argument("<inputs...>", "files, folders or - for standard input")
    .option("-p, --published <date>", "YYYY-MM-DD: the date relative times resolve against")
    .option("-f, --format <format>", "text, json or jsonl", "text")
    .option("--actors <file>", "an extra actors file (JSON lines, same format as data/actors)", collect, [])
    .option("--patterns <file>", "an extra event pattern file (same format as data/patterns)", collect, [])
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      const format = flags.format;
      if (!["text", "json", "jsonl"].includes(format)) fail(`unknown --format '${format}' (text, json or jsonl)`);
      const published = parseDateOption(flags.published);
      let resources;
      try {
        resources = loadResources({ actors: flags.actors, patterns: flags.patterns });
      } catch (e) {
        fail((e as Error).message);
      }
      let errors = 0;
      let first = true;
      const analyzed = new Map<string, DocumentRecord>();
      // On a terminal: a progress bar while reading and a one-line batch summary at the end.
      const tty = !!process.stderr.isTTY;
      const progress = tty ? createProgress() : null;
      const summary = emptySummary();
      const report = (line: string) => (progress ? progress.log(line) : process.stderr.write(line));
      if (format === "json") await writeOut('{"format":"eventline/1","documents":[');
      const write = async (rec: DocumentRecord) => {
        if (format === "json") await writeOut((first ? "" : ",") + JSON.stringify(rec));
        else if (format === "jsonl") await writeOut(JSON.stringify(rec) + "\n");
        else await writeOut(formatDocumentText(rec) + "\n");
        first = false;
      };
      // Documents are analyzed in batches (faster). Everything read waits in the batch, errors and
      // duplicates too, so records and messages come out in input order.
      const batch = new Batch<InputItem>();
      const flush = async () => {
        const items = batch.take();
        const docs = items.filter((it): it is SourceDoc => it.kind === "doc");
        const recs = docs.length ? analyzeSources(docs, { published, resources }) : [];
        let k = 0;
        for (const item of items) {
          if (item.kind === "error") {
            errors++;
            report(`eventline: ${item.source}: ${item.message}\n`);
          } else if (item.kind === "skipped") {
            // An exact duplicate is analyzed once; its record is repeated under its own source.
            const orig = /^duplicate of (\S+)/.exec(item.reason);
            const done = orig ? analyzed.get(orig[1]) : undefined;
            if (!done) continue;
            if (format === "text") await writeOut(`== ${item.source}: duplicate of ${done.source}\n\n`);
            else await write({ ...done, source: item.source, duplicateOf: done.id });
            first = false;
          } else {
            const rec = recs[k++];
            if (rec instanceof Error) {
              errors++;
              summary.errors++;
              report(`eventline: ${item.source}: analysis failed: ${rec.message}\n`);
              continue;
            }
            summary.articles += rec.articles.length;
            if (analyzed.size >= 5000) analyzed.delete(analyzed.keys().next().value!);
            analyzed.set(rec.id, rec);
            await write(rec);
          }
        }
      };
      for await (const item of readInputs(inputs)) {
        countItem(summary, item);
        progress?.tick(item.source);
        const chars = item.kind === "doc" ? item.page.text.length : 0;
        if (batch.wouldOverflow(chars)) await flush();
        if (batch.add(item, chars)) await flush();
      }
      await flush();
      if (progress) {
        progress.stop();
        process.stderr.write(`eventline: ${formatSummary(summary)}\n`);
      }
      if (format === "json") await writeOut("]}\n");
      if (errors) process.exitCode = 1;
    });
}

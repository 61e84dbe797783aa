// Progress on the terminal and the end-of-batch summary.
import cliProgress from "cli-progress";
import type { InputItem } from "./types.js";

export interface BatchSummary {
  /** Documents yielded (text files, pages, feed items, WARC records). */
  documents: number;
  /** Documents that were analyzed into articles (set by the caller). */
  articles: number;
  /** Skipped items by reason, e.g. {"WARC request record": 3, "duplicate": 1}. */
  skipped: Record<string, number>;
  errors: number;
}

export const emptySummary = (): BatchSummary => ({ documents: 0, articles: 0, skipped: {}, errors: 0 });

/** Counts one item from readInputs into the summary. Duplicate reasons are grouped. */
export function countItem(s: BatchSummary, item: InputItem): void {
  if (item.kind === "doc") s.documents++;
  else if (item.kind === "error") s.errors++;
  else {
    const reason = item.reason.startsWith("duplicate of ") ? "duplicate" : item.reason;
    s.skipped[reason] = (s.skipped[reason] ?? 0) + 1;
  }
}

export function formatSummary(s: BatchSummary): string {
  const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const why = Object.entries(s.skipped)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${n} ${r}`)
    .join(", ");
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return `${plural(s.documents, "document")}, ${plural(s.articles, "article")}, ${skipped} skipped${why ? ` (${why})` : ""}, ${plural(s.errors, "error")}`;
}

export interface Progress {
  /** One more item done; `label` names it. */
  tick(label?: string): void;
  setTotal(total: number): void;
  /** Writes a line (an error message) above the bar without garbling it. */
  log(line: string): void;
  stop(): void;
}

/** A bar on a terminal (stderr is a TTY), plain periodic lines otherwise. */
export function createProgress(total?: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let done = 0;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: total ? "{bar} {value}/{total} {label}" : "{value} items {label}", hideCursor: true, clearOnComplete: false, etaBuffer: 20 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { label: "" });
    return {
      tick: (label) => bar.update(++done, { label: (label ?? "").slice(-50) }),
      setTotal: (t) => bar.setTotal(t),
      log: (line) => {
        stream.write(`\r\u001b[2K${line.endsWith("\n") ? line : line + "\n"}`);
        bar.render();
      },
      stop: () => bar.stop(),
    };
  }
  let last = Date.now();
  let max = total;
  return {
    tick: () => {
      done++;
      if (Date.now() - last >= 2000) {
        last = Date.now();
        stream.write(`eventline: ${done}${max ? `/${max}` : ""} items read\n`);
      }
    },
    setTotal: (t) => {
      max = t;
    },
    log: (line) => {
      stream.write(line.endsWith("\n") ? line : line + "\n");
    },
    stop: () => undefined,
  };
}

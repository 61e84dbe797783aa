export function fail(message: string): never {
  process.stderr.write(`eventline: ${message}\n`);
  process.exit(2);
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Validates a YYYY-MM-DD option, or fails with a clear message. */
export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) fail(`--published wants a date as YYYY-MM-DD, not '${value}'`);
  return value;
}

/** Writes to stdout, waiting when the pipe is full so big batches don't pile up in memory. */
export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

// Worker processes and a small corpus for the queue integration tests.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { queueCounts, type QueueCounts } from "../../src/queue/status.js";
import type { QueueSettings } from "../../src/queue/config.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "src", "cli", "main.ts");

const CAPITALS = ["WASHINGTON", "BERLIN", "TOKYO", "NAIROBI", "OTTAWA", "CANBERRA", "LIMA", "OSLO", "HANOI", "ACCRA"];
const ACTS = [
  (a: string, b: string, n: number) => `The government of ${a} imposed new sanctions on ${b} on Tuesday, targeting ${n} shipping firms, the finance ministry said.`,
  (a: string, b: string, n: number) => `The foreign minister of ${a} met her counterpart from ${b} for ${n} hours of talks on Wednesday, officials said.`,
  (a: string, b: string, n: number) => `Police in ${a} arrested ${n} protesters outside the embassy of ${b} on Thursday, a spokesman said.`,
];
const COUNTRIES = ["France", "Kenya", "Peru", "Japan", "Canada", "Norway", "Vietnam", "Ghana", "Chile", "Egypt"];

/** `n` short wire stories, all different, written for these tests. */
export function writeCorpus(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = COUNTRIES[i % COUNTRIES.length], b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length];
    const text = `${CAPITALS[i % CAPITALS.length]}, March ${1 + (i % 27)} (Wire) - ${ACTS[i % ACTS.length](a, b === a ? "Brazil" : b, 10 + i)} Story ${i} of the batch: the reaction from ${b} was expected within ${2 + i} days.\n`;
    const f = join(dir, `story-${String(i).padStart(2, "0")}.txt`);
    writeFileSync(f, text);
    files.push(f);
  }
  return files;
}

export interface WorkerProc { child: ChildProcess; stored: number; lines: string[]; exited: Promise<number | null>; ready: Promise<void> }

export function env(s: QueueSettings, db: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env, EVENTLINE_REDIS: s.redis, EVENTLINE_QUEUE: s.queue, EVENTLINE_DB: db,
    EVENTLINE_LOCK_MS: String(s.lockMs), EVENTLINE_STALLED_MS: String(s.stalledMs), EVENTLINE_SHUTDOWN_MS: String(s.shutdownMs), ...extra,
  };
}

export function runCli(args: string[], e: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, env: e, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "", stdout = "";
    c.stderr.on("data", (d) => (stderr += d));
    c.stdout.on("data", (d) => (stdout += d));
    c.on("exit", (code) => resolve({ code, stderr, stdout }));
  });
}

export function spawnWorker(e: NodeJS.ProcessEnv): WorkerProc {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "worker"], { cwd: ROOT, env: e, stdio: ["ignore", "ignore", "pipe"] });
  const w: WorkerProc = { child, stored: 0, lines: [], exited: new Promise((r) => child.on("exit", (code) => r(code))), ready: Promise.resolve() };
  let readyResolve!: () => void;
  w.ready = new Promise((r) => (readyResolve = r));
  let buf = "";
  child.stderr!.on("data", (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      w.lines.push(line);
      if (/ ready on /.test(line)) readyResolve();
      if (line.startsWith("stored ")) w.stored++;
    }
  });
  return w;
}

export async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | false> | T | false): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const drained = async (s: QueueSettings, total: number): Promise<QueueCounts | false> => {
  const c = await queueCounts(s);
  return c.waiting + c.active + c.delayed === 0 && c.done + c.failed === total ? c : false;
};

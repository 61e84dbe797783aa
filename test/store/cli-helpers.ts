import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const MAIN = join(ROOT, "src", "cli", "main.ts");

export function cli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function cliSpawn(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

/** A paragraph of wire copy that differs per index, so every file has its own content hash. */
export function wireText(i: number): string {
  const cities = ["GENEVA", "NAIROBI", "LIMA", "OSLO", "HANOI", "ACCRA", "QUITO", "RIGA"];
  const city = cities[i % cities.length];
  return `${city}, March ${(i % 27) + 1} - Officials from ${i % 2 ? "Kenya" : "Peru"} and ${i % 3 ? "Norway" : "Vietnam"} met for the ${i + 1}th round of talks on fishing rights on Tuesday, a spokesman said.\n\n` +
    `"We made progress on quota number ${i * 7 + 3}," the spokesman told reporters after the meeting, adding that a further session was planned for next month.\n`;
}

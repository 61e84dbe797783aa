// Placeholder until the events stage lands its explain command.
import type { Command } from "commander";
export function registerExplain(_program: Command): void {}

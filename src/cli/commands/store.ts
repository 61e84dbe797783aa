// Placeholder until the knowledge-base commands land (ingest, serve, events, quotes, search, export).
import type { Command } from "commander";
export function registerStoreCommands(_program: Command): void {}

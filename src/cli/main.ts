#!/usr/bin/env node
// The eventline command line: a thin shell over the library.
import { Command } from "commander";
import { registerAnalyze } from "./analyze-command.js";
import { registerExplain } from "./commands/explain.js";
import { registerStoreCommands } from "./commands/store.js";
import { registerQueueCommands } from "./commands/queue.js";
import { tuneHeap } from "../heap.js";

tuneHeap();

const program = new Command();
program.name("eventline").description("who did what to whom, when, where, and who said so: news in, PLOVER events out").version("0.1.0");
registerAnalyze(program);
registerExplain(program);
registerStoreCommands(program);
registerQueueCommands(program);

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
await program.parseAsync(process.argv);

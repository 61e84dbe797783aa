// The CLI entry must be executable for `npx eventline` after `npm ci`.
import { chmodSync, existsSync, rmSync } from "node:fs";
const bin = new URL("../dist/cli/main.js", import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);

// The actor knowledge base compiled once here, so that a process start reads tables instead of
// tokenizing every record of data/actors (dist/actors/kb.compiled.json; kb.js falls back to
// data/ whenever the data or the compiler changed since). Bad data is not the build's error: the
// stored form is removed and loading reports the data error with its file and line, as before.
const kbModule = new URL("../dist/actors/kb.js", import.meta.url);
if (existsSync(kbModule)) {
  const { storeCompiledKB, ActorDataError } = await import(kbModule.href);
  const { COMPILED_FILE } = await import(new URL("../dist/actors/compiled.js", import.meta.url).href);
  try {
    storeCompiledKB();
  } catch (e) {
    if (!(e instanceof ActorDataError)) throw e;
    rmSync(COMPILED_FILE, { force: true });
    console.warn(`postbuild: actor knowledge base not compiled:\n${e.message}`);
  }
}

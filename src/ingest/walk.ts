// Expands folder arguments into the files under them: recursive, sorted, hidden entries skipped.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export type WalkItem = { kind: "file"; path: string } | { kind: "error"; path: string; message: string };

export async function* walkInput(path: string, depth = 0): AsyncGenerator<WalkItem> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { kind: "error", path, message: code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : (e as Error).message };
    return;
  }
  if (!st.isDirectory()) {
    yield { kind: "file", path };
    return;
  }
  if (depth > 64) {
    yield { kind: "error", path, message: "folder nesting deeper than 64 levels (a link loop?): not entered" };
    return;
  }
  let names: string[];
  try {
    names = await readdir(path);
  } catch (e) {
    yield { kind: "error", path, message: `cannot list folder: ${(e as Error).message}` };
    return;
  }
  for (const name of names.filter((n) => !n.startsWith(".")).sort()) yield* walkInput(join(path, name), depth + 1);
}

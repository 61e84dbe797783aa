// Expands folder and glob arguments into the files under them: recursive, sorted, hidden entries skipped.
import { readdir, stat } from "node:fs/promises";
import { join, sep } from "node:path";

export type WalkItem = { kind: "file"; path: string } | { kind: "error"; path: string; message: string };

const GLOB = /[*?[]/;

/** A glob as a regular expression over '/'-separated paths: ** spans folders, * and ? stay within one. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:[^/]*/)*" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Files matching a glob the shell did not expand (quoted, or on a shell without globbing). */
async function* expandGlob(pattern: string): AsyncGenerator<WalkItem> {
  const norm = pattern.split(sep).join("/");
  const parts = norm.split("/");
  const fixed: string[] = [];
  for (const p of parts) {
    if (GLOB.test(p)) break;
    fixed.push(p);
  }
  const base = fixed.join("/") || ".";
  const re = globToRegExp(norm.startsWith("./") ? norm.slice(2) : norm);
  let any = false;
  for await (const item of walkInput(base, 0, true)) {
    if (item.kind === "error") continue;
    const rel = item.path.split(sep).join("/");
    if (re.test(rel.startsWith("./") ? rel.slice(2) : rel)) {
      any = true;
      yield item;
    }
  }
  if (!any) yield { kind: "error", path: pattern, message: "no file matches this pattern" };
}

export async function* walkInput(path: string, depth = 0, quiet = false): AsyncGenerator<WalkItem> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    if (depth === 0 && !quiet && GLOB.test(path)) {
      yield* expandGlob(path);
      return;
    }
    const code = (e as NodeJS.ErrnoException).code;
    yield { kind: "error", path, message: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (e as Error).message };
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
  for (const name of names.filter((n) => !n.startsWith(".")).sort()) yield* walkInput(join(path, name), depth + 1, quiet);
}

// Finds the project's data/ folder from a module's location, under tsx (src/) and after build (dist/).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

export function dataDir(...parts: string[]): string {
  if (!root) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, "data")) && dirname(dir) !== dir) dir = dirname(dir);
    root = join(dir, "data");
  }
  return join(root, ...parts);
}

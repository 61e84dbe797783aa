// Serves the built web UI (dist/web) at /, with a plain page explaining how to build it when absent.
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";

export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, "dist", "web");
}

export function webRoutes(app: Hono, webRoot: string | null | undefined): void {
  const root = webRoot === undefined ? defaultWebRoot() : webRoot;
  const index = root ? join(root, "index.html") : null;
  app.get("/", (c) => {
    if (index && existsSync(index)) return c.html(readFileSync(index, "utf8"));
    return c.html("<!doctype html><title>eventline</title><p>The web UI is not built. Run <code>npm run build</code>; the API is at <a href=\"/openapi.json\">/openapi.json</a>.</p>");
  });
  if (root) app.use("/assets/*", serveStatic({ root }));
}

// Builds the web UI (preact + d3 modules) into dist/web; everything is bundled, nothing loads from a CDN.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("./client"),
  base: "/",
  publicDir: false,
  logLevel: "warn",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  resolve: { alias: { react: "preact/compat", "react-dom": "preact/compat" } },
  build: { outDir: here("../../dist/web"), emptyOutDir: true, assetsDir: "assets", sourcemap: false, chunkSizeWarningLimit: 400 },
});

// Starts the API and web UI on a port; resolves once listening.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/types.js";
import { createApp, type ApiOptions } from "./app.js";

export interface Running { url: string; port: number; close(): Promise<void> }

export function startServer(store: Store, opts: ApiOptions & { port?: number; host?: string } = {}): Promise<Running> {
  const app = createApp(store, opts);
  const host = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8787, hostname: host }, (info: AddressInfo) => {
      const h = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${h}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((res) => { server.close(() => res()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); }),
      });
    });
    server.once("error", reject);
  });
}

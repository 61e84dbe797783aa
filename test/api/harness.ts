// An API over a throwaway SQLite store holding the given documents, for the API tests.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import type { DocumentRecord } from "../../src/record/types.js";
import { createApp, type ApiOptions } from "../../src/api/app.js";

export interface ApiHarness {
  app(): ReturnType<typeof createApp>;
  store(): Store;
  /** GET a JSON answer, asserting its status. */
  get(path: string, status?: number): Promise<any>;
}

/** Registers before/after hooks that open the store, add `docs` and build the app. */
export function apiHarness(docs: () => DocumentRecord[], options: ApiOptions): ApiHarness {
  let store: Store;
  let dir: string;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "el-api-"));
    store = await openStore(join(dir, "kb.db"));
    for (const d of docs()) await store.addDocument(d);
    app = createApp(store, options);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    app: () => app,
    store: () => store,
    async get(path, status = 200) {
      const res = await app.request(path);
      assert.equal(res.status, status, `${path} → ${res.status}`);
      assert.match(res.headers.get("content-type") ?? "", /json/);
      return res.json();
    },
  };
}

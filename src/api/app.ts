// The HTTP API: a thin shell over the Store. JSON everywhere, errors included.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Store, EventFilter, PageOf } from "../store/types.js";
import { analyzeText } from "../analyze.js";
import { AnalysisLimitError } from "../pipeline.js";
import type { Resources } from "../resources.js";
import { BadRequest, day, int, oneOf, paging, text, word } from "./params.js";
import { openApiDocument } from "./openapi.js";
import { webRoutes } from "./web.js";

export interface ApiOptions {
  /** Largest request body accepted, in bytes (POST /analyze). */
  maxBodyBytes?: number;
  resources?: Resources;
  /** Folder with the built web UI; defaults to dist/web of the package. */
  webRoot?: string | null;
}

const STANCES = ["asserts", "denies", "plans", "threatens", "doubts", "unclear"] as const;

export const DEFAULT_MAX_BODY = 1024 * 1024;

const err = (c: Context, status: 400 | 404 | 405 | 413 | 415 | 422 | 500, message: string) => c.json({ error: { status, message } }, status);

function paged<T>(c: Context, p: PageOf<T>) {
  const u = new URL(c.req.url);
  const nextOffset = p.offset + p.items.length;
  let next: string | null = null;
  if (nextOffset < p.total) { u.searchParams.set("offset", String(nextOffset)); u.searchParams.set("limit", String(p.limit)); next = u.pathname + u.search; }
  return c.json({ ...p, next });
}

function eventFilter(q: Record<string, string | undefined>): EventFilter {
  return {
    actor: text(q, "actor"),
    type: word(q, "type", /^[A-Za-z]+$/, "a PLOVER event type"),
    since: day(q, "since"),
    until: day(q, "until"),
    quad: q.quad ? int(q, "quad", 0, 1, 4) : undefined,
    article: text(q, "article"),
    order: oneOf(q, "order", ["asc", "desc"] as const),
  };
}

export function createApp(store: Store, opts: ApiOptions = {}): Hono {
  const app = new Hono();
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;

  app.onError((e, c) => {
    if (e instanceof BadRequest) return err(c, 400, e.message);
    return err(c, 500, `internal error: ${e.message}`);
  });
  app.notFound((c) => err(c, 404, `no such route: ${c.req.method} ${new URL(c.req.url).pathname}`));

  app.get("/openapi.json", (c) => c.json(openApiDocument({ maxBodyBytes: maxBody })));
  app.get("/api/stats", async (c) => c.json(await store.stats()));

  app.get("/api/documents", async (c) => paged(c, await store.documents(paging(c.req.query()))));
  app.get("/api/documents/:id", async (c) => {
    const d = await store.document(c.req.param("id"));
    return d ? c.json(d) : err(c, 404, `no document '${c.req.param("id")}'`);
  });
  app.get("/api/articles", async (c) => {
    const q = c.req.query();
    return paged(c, await store.articles({ ...paging(q), document: text(q, "document"), since: day(q, "since"), until: day(q, "until") }));
  });
  app.get("/api/articles/:id", async (c) => {
    const a = await store.article(c.req.param("id"));
    return a ? c.json(a) : err(c, 404, `no article '${c.req.param("id")}'`);
  });
  app.get("/api/events", async (c) => {
    const q = c.req.query();
    return paged(c, await store.events({ ...eventFilter(q), ...paging(q) }));
  });
  app.get("/api/events/:id", async (c) => {
    const e = await store.event(c.req.param("id"));
    return e ? c.json(e) : err(c, 404, `no event '${c.req.param("id")}'`);
  });
  app.get("/api/network", async (c) => {
    const q = c.req.query();
    return c.json(await store.network({ ...eventFilter(q), limit: int(q, "limit", 5000, 1, 20000) }));
  });
  app.get("/api/actors", async (c) => {
    const q = c.req.query();
    return paged(c, await store.actors({ ...paging(q), q: text(q, "q") }));
  });
  app.get("/api/actors/:id", async (c) => {
    const a = await store.actor(c.req.param("id"));
    return a ? c.json(a) : err(c, 404, `no actor '${c.req.param("id")}'`);
  });
  app.get("/api/quotes", async (c) => {
    const q = c.req.query();
    return paged(c, await store.quotes({ ...paging(q), speaker: text(q, "speaker"), article: text(q, "article") }));
  });
  const claims = async (c: Context) => {
    const q = c.req.query();
    return paged(c, await store.claims({
      ...paging(q), actor: text(q, "actor"), stance: oneOf(q, "stance", STANCES), status: oneOf(q, "status", ["pending", "done", "cancelled"] as const),
      type: word(q, "type", /^[A-Za-z]+$/, "a PLOVER event type"), since: day(q, "since"), until: day(q, "until"), article: text(q, "article"),
    }));
  };
  const disputes = async (c: Context) => {
    const q = c.req.query();
    return paged(c, await store.disputes({ ...paging(q, 20), actor: text(q, "actor"), type: word(q, "type", /^[A-Za-z]+$/, "a PLOVER event type"), since: day(q, "since"), until: day(q, "until") }));
  };
  app.get("/api/claims", claims);
  app.get("/claims", claims);
  app.get("/api/disputes", disputes);
  app.get("/disputes", disputes);
  app.get("/api/search", async (c) => {
    const q = c.req.query();
    const query = text(q, "q", 500);
    if (!query) throw new BadRequest("q (the text to search for) is required");
    return paged(c, await store.search(query, paging(q, 20)));
  });

  const analyze = async (c: Context) => {
    const type = (c.req.header("content-type") ?? "text/plain").split(";")[0].trim().toLowerCase();
    let body: string;
    let published: string | null = null;
    if (type === "application/json") {
      let j: unknown;
      try { j = await c.req.json(); } catch { throw new BadRequest("body is not valid JSON"); }
      const o = j as { text?: unknown; published?: unknown };
      if (!o || typeof o !== "object" || typeof o.text !== "string") throw new BadRequest("JSON body needs a string field 'text'");
      body = o.text;
      if (o.published !== undefined && o.published !== null) {
        if (typeof o.published !== "string") throw new BadRequest("published must be a string YYYY-MM-DD");
        published = day({ published: o.published }, "published") ?? null;
      }
    } else if (type === "text/plain" || type === "") {
      body = await c.req.text();
      published = day(c.req.query(), "published") ?? null;
    } else {
      return err(c, 415, `send text/plain or application/json, not ${type}`);
    }
    if (!body.trim()) throw new BadRequest("no text to analyze");
    try {
      return c.json({ format: "eventline/1", documents: [analyzeText(body, { published, resources: opts.resources, source: "-" })] });
    } catch (e) {
      if (e instanceof AnalysisLimitError) return err(c, 413, e.message);
      throw e;
    }
  };
  const limit = bodyLimit({ maxSize: maxBody, onError: (c) => err(c, 413, `request body is larger than ${maxBody} bytes`) });
  app.post("/api/analyze", limit, analyze);
  app.post("/analyze", limit, analyze);
  app.on(["PUT", "DELETE", "PATCH"], "/api/*", (c) => err(c, 405, `${c.req.method} is not supported; the API is read-only except POST /api/analyze`));

  webRoutes(app, opts.webRoot);
  return app;
}

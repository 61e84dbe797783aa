// The OpenAPI 3.1 description of every endpoint the API serves.
const str = { type: "string" };
const day = { type: "string", format: "date", description: "YYYY-MM-DD" };
const q = (name: string, schema: object, description: string, required = false) => ({ name, in: "query", required, description, schema });
const path = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: str });
const pageParams = [q("limit", { type: "integer", minimum: 1, maximum: 1000, default: 50 }, "page size"), q("offset", { type: "integer", minimum: 0, default: 0 }, "items to skip")];
const ok = (description: string, schema: object) => ({ description, content: { "application/json": { schema } } });
const error = { $ref: "#/components/responses/Error" };
const page = (item: string) => ({
  type: "object", required: ["items", "total", "limit", "offset", "next"],
  properties: { items: { type: "array", items: { $ref: `#/components/schemas/${item}` } }, total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, next: { type: ["string", "null"], description: "path of the next page, or null" } },
});
const eventFilters = [
  q("actor", str, "canonical actor id, country code (ISO alpha-3) or name, either side"),
  q("type", str, "PLOVER event type, e.g. SANCTION"),
  q("since", day, "first day, inclusive"), q("until", day, "last day, inclusive"),
  q("quad", { type: "integer", minimum: 1, maximum: 4 }, "PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
  q("article", str, "only events reported by this article"), q("order", { enum: ["asc", "desc"] }, "by day, newest first by default"),
];
const obj = { type: "object", additionalProperties: true };
const claimFilters = [
  q("actor", str, "claimant, source or target: canonical actor id, country code or name"),
  q("type", str, "PLOVER type of the proposition"),
  q("since", day, "first day (the proposition's date, else the article's), inclusive"), q("until", day, "last day, inclusive"),
];

const getOp = (summary: string, parameters: object[], schema: object) => ({ summary, parameters, responses: { 200: ok(summary, schema), 400: error } });
const claimsOp = () => getOp("claims: who asserts, denies, plans or doubts what, newest article first", [...pageParams, ...claimFilters,
  q("stance", { enum: ["asserts", "denies", "plans", "threatens", "doubts", "unclear"] }, "the claimant's stance"),
  q("status", { enum: ["pending", "done", "cancelled"] }, "planned or announced events: still pending, reported done, or called off"),
  q("article", str, "only this article's claims")], page("Claim"));
const disputesOp = () => getOp("contested propositions: claims joined by contradicting links, with the claimants on each side", [...pageParams, ...claimFilters], page("Dispute"));

export function openApiDocument(o: { maxBodyBytes: number }) {
  const get = (summary: string, parameters: object[], schema: object, notFound = false) => ({
    get: { summary, parameters, responses: { 200: ok(summary, schema), 400: error, ...(notFound ? { 404: error } : {}) } },
  });
  return {
    openapi: "3.1.0",
    info: { title: "eventline knowledge base", version: "1", description: "Stored news analyses: documents, articles (eventline/1 records), merged PLOVER events, actors, quotes, claims and disputes, and full-text search." },
    paths: {
      "/api/stats": get("row counts of the knowledge base", [], { $ref: "#/components/schemas/Stats" }),
      "/api/documents": get("stored documents, newest first", pageParams, page("Document")),
      "/api/documents/{id}": get("one document with its articles", [path("id", "document id (content hash)")], { $ref: "#/components/schemas/Document" }, true),
      "/api/articles": get("stored articles, newest first", [...pageParams, q("document", str, "only this document's articles"), q("since", day, "published on or after"), q("until", day, "published on or before")], page("Article")),
      "/api/articles/{id}": get("one article with its full eventline/1 record and merged event ids", [path("id", "article id")], { $ref: "#/components/schemas/Article" }, true),
      "/api/events": get("merged events with their reports", [...pageParams, ...eventFilters], page("Event")),
      "/api/events/{id}": get("one merged event with every report (article, evidence, pattern)", [path("id", "event id")], { $ref: "#/components/schemas/Event" }, true),
      "/api/network": get("actor network: actors as nodes, events from source to target as edges", [...eventFilters, q("limit", { type: "integer", minimum: 1, maximum: 20000, default: 5000 }, "events considered")], { $ref: "#/components/schemas/Network" }),
      "/api/actors": get("stored actors by mention count", [...pageParams, q("q", str, "id, country code or part of the name")], page("Actor")),
      "/api/actors/{id}": get("one actor with mention, article and event counts", [path("id", "canonical actor id")], { $ref: "#/components/schemas/Actor" }, true),
      "/api/quotes": get("stored quotes, newest first", [...pageParams, q("speaker", str, "speaker id, name or country code"), q("article", str, "only this article's quotes")], page("Quote")),
      "/api/claims": { get: claimsOp() },
      "/api/disputes": { get: disputesOp() },
      "/claims": { get: { ...claimsOp(), summary: "alias of GET /api/claims" } },
      "/disputes": { get: { ...disputesOp(), summary: "alias of GET /api/disputes" } },
      "/api/search": get("full-text search over article text and quotes", [q("q", str, "words to find (all must match)", true), ...pageParams], page("SearchResult")),
      "/api/analyze": { post: analyzeOp(o.maxBodyBytes) },
      "/analyze": { post: { ...analyzeOp(o.maxBodyBytes), summary: "alias of POST /api/analyze" } },
      "/openapi.json": { get: { summary: "this document", responses: { 200: ok("OpenAPI 3.1 document", obj) } } },
    },
    components: {
      responses: { Error: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "object", properties: { status: { type: "integer" }, message: str } } } },
        Claim: {
          type: "object",
          properties: {
            id: str, articleId: str, kind: str, claimant: { type: ["object", "null"] }, claimantText: { type: ["string", "null"] },
            chain: { type: "array", items: obj, description: "how the claim reached the reader: speaker, document, outlet, publisher" },
            stance: str, status: { type: ["string", "null"] }, proposition: obj, evidence: obj,
            links: { type: "array", items: obj, description: "supports, contradicts, fulfils or cancels another claim" },
          },
        },
        Dispute: {
          type: "object",
          properties: { id: str, proposition: obj, asserts: { type: "array", items: { $ref: "#/components/schemas/Claim" } }, denies: { type: "array", items: { $ref: "#/components/schemas/Claim" } }, claimants: obj, articles: { type: "integer" }, latest: { type: ["string", "null"] } },
        },
        Stats: obj, Document: obj, Article: obj, Actor: obj, Quote: obj, SearchResult: obj, Network: obj,
        Event: {
          type: "object",
          properties: {
            id: str, type: str, mode: { type: ["string", "null"] }, cameo: { type: ["string", "null"] }, day: { type: ["string", "null"] },
            source: { type: "array", items: obj }, target: { type: "array", items: obj }, goldstein: { type: ["number", "null"] },
            quad: { type: ["integer", "null"], description: "GDELT quad class from the CAMEO code" }, ploverQuad: { type: ["integer", "null"] },
            reportCount: { type: "integer" }, reports: { type: "array", items: obj },
          },
        },
      },
    },
  };
}

function analyzeOp(maxBody: number) {
  return {
    summary: "analyze a text and return its eventline/1 record (nothing is stored)",
    parameters: [q("published", day, "for text/plain bodies: the date relative times resolve against")],
    requestBody: {
      required: true,
      description: `at most ${maxBody} bytes`,
      content: {
        "text/plain": { schema: str },
        "application/json": { schema: { type: "object", required: ["text"], properties: { text: str, published: day } } },
      },
    },
    responses: { 200: ok("the eventline/1 record", obj), 400: error, 413: error, 415: error },
  };
}

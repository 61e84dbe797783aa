import { useEffect, useState } from "preact/hooks";
import { api, type PageOf, type SearchResult } from "../api.js";
import { href } from "../router.js";

const OPEN = "\u27e6", CLOSE = "\u27e7";

function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`${OPEN}|${CLOSE}`));
  return <span>{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</span>;
}

export function SearchView({ q }: { q: string }) {
  const [res, setRes] = useState<PageOf<SearchResult> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setRes(null); setError(null); if (q) api.search(q).then(setRes).catch((e: Error) => setError(e.message)); }, [q]);
  if (!q) return <p class="muted">Type words in the search box above.</p>;
  if (error) return <p class="error">{error}</p>;
  if (!res) return <p class="muted">searching…</p>;
  return (
    <section class="card">
      <div class="card-head"><h2>Search: {q}</h2><span class="muted">{res.total} match{res.total === 1 ? "" : "es"}</span></div>
      <ol class="results">{res.items.map((r) => (
        <li key={`${r.kind}:${r.refId}`}>
          <a href={href("article", r.articleId)}>{r.articleTitle}</a> <span class="badge">{r.kind}</span> <span class="muted small">{r.published ?? ""}</span>
          <p><Snippet text={r.snippet} /></p>
        </li>
      ))}</ol>
    </section>
  );
}

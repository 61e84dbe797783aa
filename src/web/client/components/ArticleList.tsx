import { useEffect, useState } from "preact/hooks";
import { api, type ArticleSummary, type PageOf } from "../api.js";
import { href } from "../router.js";

export function ArticleList({ offset }: { offset: number }) {
  const [page, setPage] = useState<PageOf<ArticleSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { api.articles(offset).then(setPage).catch((e: Error) => setError(e.message)); }, [offset]);
  if (error) return <p class="error">{error}</p>;
  if (!page) return <p class="muted">loading…</p>;
  return (
    <section class="card">
      <div class="card-head"><h2>Articles</h2><span class="muted">{page.total} stored</span></div>
      {page.items.length === 0 && <p class="muted empty">Nothing stored yet. Run <code>eventline ingest FILES…</code>.</p>}
      <table class="list">
        <thead><tr><th>Published</th><th>Title</th><th>Length</th></tr></thead>
        <tbody>{page.items.map((a) => (
          <tr key={a.id}><td>{a.published ?? "—"}</td><td><a href={href("article", a.id)}>{a.headline}</a></td><td class="num">{a.length.toLocaleString()}</td></tr>
        ))}</tbody>
      </table>
      <p class="pager">
        {offset > 0 && <a href={href("articles", undefined, { offset: String(Math.max(0, offset - page.limit)) })}>← newer</a>}
        {offset + page.items.length < page.total && <a href={href("articles", undefined, { offset: String(offset + page.limit) })}>older →</a>}
      </p>
    </section>
  );
}

// Contested propositions: for each, the claims asserting it beside the claims denying it, each
// linking to its evidence highlighted in the article.
import { useEffect, useState } from "preact/hooks";
import { api, type Dispute, type PageOf, type StoredClaim } from "../api.js";
import { href } from "../router.js";

const names = (xs: Array<{ name: string }>) => (xs.length ? xs.map((a) => a.name).join(", ") : "—");

function ClaimCard({ c }: { c: StoredClaim }) {
  const via = c.chain.filter((l) => l.role !== "speaker").map((l) => l.text);
  return (
    <li class="claim" data-claim-id={c.id}>
      <p class="claimant"><strong>{c.claimant?.name ?? c.claimantText ?? "unattributed"}</strong> <span class="badge">{c.stance}</span>
        {via.length > 0 && <span class="muted small"> via {via.join(" → ")}</span>}</p>
      <blockquote class="evidence-text">{c.evidence.text}</blockquote>
      <p class="small"><a class="open-claim" href={href("article", c.articleId, { claim: c.id })}>{c.articleTitle}</a> <span class="muted">{c.published ?? "undated"} · {c.documentSource}</span></p>
    </li>
  );
}

export function DisputesView({ actor, offset }: { actor: string; offset: number }) {
  const [res, setRes] = useState<PageOf<Dispute> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(actor);
  useEffect(() => { setRes(null); setError(null); setText(actor); api.disputes(actor, offset).then(setRes).catch((e: Error) => setError(e.message)); }, [actor, offset]);
  const go = (params: Record<string, string>) => { location.hash = href("disputes", undefined, params); };
  return (
    <section>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); go(text.trim() ? { actor: text.trim() } : {}); }}>
        <label>Actor<input name="actor" value={text} placeholder="id, country code or name" onInput={(e) => setText((e.target as HTMLInputElement).value)} /></label>
        <button type="submit">Show</button>
      </form>
      {error && <p class="error">{error}</p>}
      {!res && !error && <p class="muted">loading…</p>}
      {res && (
        <div class="card">
          <div class="card-head"><h2>Disputes{actor ? `: ${actor}` : ""}</h2><span class="muted">{res.total} contested proposition{res.total === 1 ? "" : "s"}</span></div>
          {!res.items.length && <p class="muted">No claims in the store contradict each other{actor ? " for this actor" : ""}.</p>}
          {res.items.map((d) => (
            <article key={d.id} class="dispute" data-dispute-id={d.id}>
              <h3>{d.proposition.type && <span class="badge">{d.proposition.type}</span>} {names(d.proposition.source)} <span class="arrow">→</span> {names(d.proposition.target)}
                {d.proposition.date && <span class="muted small"> · {d.proposition.date}</span>} <span class="muted small">· {d.articles} article{d.articles === 1 ? "" : "s"}</span></h3>
              <p class="proposition">{d.proposition.text}</p>
              <div class="sides">
                <div class="side asserts"><h4>Asserts <span class="muted">({d.claimants.asserts.join(", ") || "—"})</span></h4><ul class="plain">{d.asserts.map((c) => <ClaimCard key={c.id} c={c} />)}</ul></div>
                <div class="side denies"><h4>Denies <span class="muted">({d.claimants.denies.join(", ") || "—"})</span></h4><ul class="plain">{d.denies.map((c) => <ClaimCard key={c.id} c={c} />)}</ul></div>
              </div>
            </article>
          ))}
          <p class="pager">
            {offset > 0 && <a href={href("disputes", undefined, { ...(actor ? { actor } : {}), offset: String(Math.max(0, offset - res.limit)) })}>← newer</a>}
            {offset + res.items.length < res.total && <a href={href("disputes", undefined, { ...(actor ? { actor } : {}), offset: String(offset + res.limit) })}>older →</a>}
          </p>
        </div>
      )}
    </section>
  );
}

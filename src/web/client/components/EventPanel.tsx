// One merged event: its type, actors, scale and every report with evidence and pattern.
import type { StoredEvent } from "../api.js";
import { href } from "../router.js";
import { quadColor, QUADS } from "../quad.js";

export function actorsLine(xs: StoredEvent["source"]): string {
  return xs.length ? xs.map((a) => a.name).join(", ") : "—";
}

export function EventPanel({ event: e }: { event: StoredEvent }) {
  const quad = QUADS.find((q) => q.id === e.ploverQuad);
  return (
    <div class="event-panel" data-event-id={e.id}>
      <h2><span class="chip" style={{ background: quadColor(e.ploverQuad) }}>{e.type}</span> {e.mode && <span class="muted">{e.mode}</span>}</h2>
      <p class="dyad"><strong>{actorsLine(e.source)}</strong> <span class="arrow">→</span> <strong>{actorsLine(e.target)}</strong></p>
      <dl class="facts">
        <dt>Day</dt><dd>{e.day ?? "unknown"}{e.date && e.date !== e.day ? ` (${e.date})` : ""}</dd>
        <dt>Quad class</dt><dd>{quad?.name ?? "—"}</dd>
        <dt>CAMEO</dt><dd>{e.cameo ?? "—"}{e.goldstein !== null ? `, Goldstein ${e.goldstein}` : ""}</dd>
        {e.context.length > 0 && <><dt>Context</dt><dd>{e.context.join(", ")}</dd></>}
        {e.modality !== "actual" && <><dt>Standing</dt><dd>{e.modality}</dd></>}
        <dt>Reports</dt><dd>{e.reportCount}</dd>
      </dl>
      <h3>Reports</h3>
      <ol class="reports">
        {e.reports.map((r) => (
          <li key={r.id}>
            <div class="muted">{r.published ?? "undated"} · {r.articleTitle} · {r.modality}</div>
            <blockquote>{r.evidence.text}</blockquote>
            <div class="pattern" title="the pattern that coded this report">pattern <code>{r.pattern || "—"}</code> · confidence {r.confidence.toFixed(2)}</div>
            <a class="open-article" href={href("article", r.articleId, { event: r.id })}>Read in the article →</a>
          </li>
        ))}
      </ol>
    </div>
  );
}

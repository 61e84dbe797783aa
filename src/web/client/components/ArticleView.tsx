// One article with its actors, time expressions, quotes and events highlighted in the text.
// Clicking an event's words shows its evidence, actors and the pattern that coded it.
import { useEffect, useMemo, useState } from "preact/hooks";
import { api, type StoredArticle, type StoredEvent } from "../api.js";
import { href } from "../router.js";
import { innermost, segmentText, type Mark } from "../highlight.js";
import { quadColor } from "../quad.js";

type Rec = StoredArticle["record"];
type RecEvent = Rec["events"][number];

function marksOf(rec: Rec, claim: string | null): Mark[] {
  const marks: Mark[] = [];
  for (const e of rec.entities) for (const m of e.mentions) marks.push({ start: m.span[0], end: m.span[1], kind: "entity", ref: e.id, label: e.type });
  rec.timexes.forEach((t, i) => marks.push({ start: t.span[0], end: t.span[1], kind: "timex", ref: String(i), label: t.value }));
  rec.quotes.forEach((q, i) => marks.push({ start: q.span[0], end: q.span[1], kind: "quote", ref: String(i) }));
  for (const e of rec.events) {
    marks.push({ start: e.evidence.span[0], end: e.evidence.span[1], kind: "evidence", ref: e.id });
    if (e.trigger) marks.push({ start: e.trigger.span[0], end: e.trigger.span[1], kind: "trigger", ref: e.id });
  }
  const c = (rec.claims ?? []).find((x) => x.id === claim);
  if (c) marks.push({ start: c.evidence.span[0], end: c.evidence.span[1], kind: "claim", ref: c.id });
  return marks;
}

export function ArticleView({ id, selected, claim = null }: { id: string; selected: string | null; claim?: string | null }) {
  const [art, setArt] = useState<StoredArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merged, setMerged] = useState<StoredEvent | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  useEffect(() => { setArt(null); setError(null); api.article(id).then(setArt).catch((e: Error) => setError(e.message)); }, [id]);
  const rec = art?.record;
  const pieces = useMemo(() => (rec ? segmentText(rec.text, marksOf(rec, claim)) : []), [rec, claim]);
  const selClaim = (rec?.claims ?? []).find((c) => c.id === claim) ?? null;
  useEffect(() => {
    if (selClaim) requestAnimationFrame(() => document.querySelector(".seg.claim-evidence")?.scrollIntoView({ block: "center", behavior: "smooth" }));
  }, [selClaim?.id]);
  const sel: RecEvent | null = rec?.events.find((e) => e.id === selected) ?? null;
  useEffect(() => {
    setMerged(null);
    const mid = sel && art ? art.mergedEvents[sel.id] : null;
    if (mid) api.event(mid).then(setMerged).catch(() => setMerged(null));
    if (sel) requestAnimationFrame(() => document.querySelector(".seg.evidence.selected")?.scrollIntoView({ block: "center", behavior: "smooth" }));
  }, [sel?.id, art]);

  if (error) return <p class="error">{error}</p>;
  if (!art || !rec) return <p class="muted">loading…</p>;
  const names = new Map(rec.entities.map((e) => [e.id, e.name]));
  const nameOf = (ids: string[]) => (ids.length ? ids.map((i) => names.get(i) ?? i).join(", ") : "—");
  const select = (evId: string | null) => { location.hash = href("article", id, evId ? { event: evId } : {}); };

  return (
    <div class="article-page">
      <article class="card article">
        <p class="muted small"><a href="#/articles">← Articles</a> · {art.published ?? "undated"} {art.publishedFrom !== "none" && `(${art.publishedFrom})`} · {art.id}</p>
        <h1>{art.title ?? rec.dateline ?? art.headline}</h1>
        {art.byline && <p class="byline">{art.byline}</p>}
        <ul class="legend key">
          <li><span class="seg entity">actor</span></li><li><span class="seg timex">time</span></li>
          <li><span class="seg quote">quote</span></li><li><span class="seg evidence">event evidence</span></li><li><span class="seg trigger">trigger</span></li>
        </ul>
        <div class="article-text">
          {pieces.map((p) => {
            const ev = innermost(p, "evidence");
            const en = innermost(p, "entity");
            const cls = ["seg"];
            if (en) cls.push("entity", `ent-${en.label}`);
            if (en && en.ref === entity) cls.push("entity-on");
            if (p.marks.some((m) => m.kind === "timex")) cls.push("timex");
            if (p.marks.some((m) => m.kind === "quote")) cls.push("quote");
            if (ev) cls.push("evidence");
            if (p.marks.some((m) => m.kind === "evidence" && m.ref === selected)) cls.push("selected");
            if (p.marks.some((m) => m.kind === "trigger" && (!selected || m.ref === selected))) cls.push("trigger");
            if (p.marks.some((m) => m.kind === "claim")) cls.push("claim-evidence");
            if (cls.length === 1) return <span key={p.start}>{p.text}</span>;
            const tm = innermost(p, "timex");
            return (
              <span key={p.start} class={cls.join(" ")} data-event={ev?.ref} data-entity={en?.ref}
                title={[en && `${names.get(en.ref) ?? en.ref} (${en.ref})`, tm && `time: ${tm.label}`].filter(Boolean).join("\n") || undefined}
                onClick={() => { if (ev) select(ev.ref); else if (en) setEntity(en.ref === entity ? null : en.ref); }}>{p.text}</span>
            );
          })}
        </div>
      </article>
      <aside class="card article-side">
        {selClaim && (
          <div class="claim-detail" data-claim-id={selClaim.id}>
            <h2><span class="badge">{selClaim.stance}</span> {selClaim.claimant ? names.get(selClaim.claimant) ?? selClaim.claimant : selClaim.claimantText ?? "unattributed"}
              {" "}<a class="small" href={href("article", id)}>close</a></h2>
            <p class="small muted">{selClaim.chain.map((l) => `${l.text} (${l.role})`).join(" → ")}</p>
            <h3>Claim</h3>
            <blockquote class="evidence-text">{selClaim.proposition.polarity === "negative" ? "not: " : ""}{selClaim.proposition.text}</blockquote>
            <dl class="facts">
              <dt>Type</dt><dd>{selClaim.proposition.type ?? "—"}</dd>
              <dt>Who → whom</dt><dd>{nameOf(selClaim.proposition.source)} → {nameOf(selClaim.proposition.target)}</dd>
              <dt>Date</dt><dd>{selClaim.proposition.date ?? "—"}</dd>
              {selClaim.status && <><dt>Status</dt><dd>{selClaim.status}</dd></>}
            </dl>
            <p><a href={href("disputes")}>All disputes →</a></p>
          </div>
        )}
        {sel ? (
          <div class="event-detail" data-event-id={sel.id}>
            <h2><span class="chip" style={{ background: quadColor(merged?.ploverQuad) }}>{sel.type}</span> <button class="ghost small" onClick={() => select(null)}>close</button></h2>
            <p class="dyad"><strong>{nameOf(sel.source)}</strong> <span class="arrow">→</span> <strong>{nameOf(sel.target)}</strong></p>
            <h3>Evidence</h3>
            <blockquote class="evidence-text">{sel.evidence.text}</blockquote>
            <dl class="facts">
              <dt>Trigger</dt><dd>{sel.trigger?.text ?? "—"}</dd>
              <dt>Pattern</dt><dd><code class="pattern-name">{sel.pattern || "—"}</code></dd>
              <dt>Date</dt><dd>{sel.date ?? "—"}</dd>
              <dt>Modality</dt><dd>{sel.modality}</dd>
              {sel.mode && <><dt>Mode</dt><dd>{sel.mode}</dd></>}
              <dt>CAMEO</dt><dd>{sel.cameo ?? "—"}</dd>
              <dt>Confidence</dt><dd>{sel.confidence.toFixed(2)}</dd>
            </dl>
            {merged && merged.reports.length > 1 && (
              <>
                <h3>Also reported by</h3>
                <ul class="plain">{merged.reports.filter((r) => r.id !== sel.id).map((r) => (
                  <li key={r.id}><a href={href("article", r.articleId, { event: r.id })}>{r.articleTitle}</a> <span class="muted">{r.published ?? ""}</span></li>
                ))}</ul>
              </>
            )}
            {merged && <p><a href={href("", undefined, { event: merged.id })}>Show on the timeline →</a></p>}
          </div>
        ) : null}
        <h3>Events <span class="muted">({rec.events.length})</span></h3>
        {rec.events.length ? <ul class="plain events-list">{rec.events.map((e) => (
          <li key={e.id}><a href={href("article", id, { event: e.id })} class={e.id === selected ? "on" : ""}>{e.type}</a> <span class="muted">{nameOf(e.source)} → {nameOf(e.target)}</span></li>
        ))}</ul> : <p class="muted small">none coded</p>}
        <h3>Actors <span class="muted">({rec.entities.length})</span></h3>
        <ul class="plain">{rec.entities.map((e) => (
          <li key={e.id} class={e.id === entity ? "on" : ""}><button class="link" onClick={() => setEntity(e.id === entity ? null : e.id)}>{e.name}</button> <span class="muted small">{e.type}{e.country ? ` · ${e.country}` : ""}{e.sector ? ` ${e.sector}` : ""} · {e.mentions.length}×</span></li>
        ))}</ul>
        <h3>Times <span class="muted">({rec.timexes.length})</span></h3>
        <ul class="plain">{rec.timexes.map((t, i) => <li key={i}>{t.text} <span class="muted small">→ {t.value}</span></li>)}</ul>
        <h3>Quotes <span class="muted">({rec.quotes.length})</span></h3>
        <ul class="plain quotes">{rec.quotes.map((q, i) => <li key={i}><q>{q.text}</q> <span class="muted small">— {q.speaker ? names.get(q.speaker) ?? q.speaker : q.speakerText ?? "unattributed"}</span></li>)}</ul>
      </aside>
    </div>
  );
}

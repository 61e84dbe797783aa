// Events overview: filters, the timeline coloured by quad class, the actor network and the selected event.
import { useEffect, useState } from "preact/hooks";
import { api, type Filters, type Network as Net, type StoredEvent, type ActorSummary } from "../api.js";
import { href } from "../router.js";
import { OTHER_COLOR, PLOVER_TYPES, QUADS } from "../quad.js";
import { Timeline } from "./Timeline.js";
import { Network } from "./Network.js";
import { EventPanel } from "./EventPanel.js";

const KEYS = ["actor", "type", "since", "until"] as const;

function filtersOf(p: URLSearchParams): Filters {
  return { actor: p.get("actor") ?? "", type: p.get("type") ?? "", since: p.get("since") ?? "", until: p.get("until") ?? "" };
}

function go(f: Filters, event?: string | null) {
  const params: Record<string, string> = {};
  for (const k of KEYS) if (f[k]) params[k] = f[k];
  if (event) params.event = event;
  location.hash = href("", undefined, params);
}

export function Overview({ params }: { params: URLSearchParams }) {
  const filters = filtersOf(params);
  const selected = params.get("event");
  const key = KEYS.map((k) => filters[k]).join("\u0000");
  const [events, setEvents] = useState<StoredEvent[] | null>(null);
  const [total, setTotal] = useState(0);
  const [net, setNet] = useState<Net | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [actors, setActors] = useState<ActorSummary[]>([]);
  const [draft, setDraft] = useState<Filters>(filters);

  useEffect(() => { api.actors().then((p) => setActors(p.items)).catch(() => {}); }, []);
  useEffect(() => {
    setDraft(filters);
    setError(null);
    Promise.all([api.events(filters), api.network(filters)])
      .then(([ev, n]) => { setEvents(ev.items); setTotal(ev.total); setNet(n); })
      .catch((e: Error) => setError(e.message));
  }, [key]);

  const [fetched, setFetched] = useState<StoredEvent | null>(null);
  const listed = events?.find((e) => e.id === selected) ?? null;
  // An event linked from elsewhere may lie outside the current filters: fetch it on its own.
  useEffect(() => {
    setFetched(null);
    if (selected && events && !listed) api.event(selected).then(setFetched).catch(() => setFetched(null));
  }, [selected, events]);
  const sel = listed ?? fetched;
  const set = (k: keyof Filters) => (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value });

  return (
    <div class="overview">
      <form class="filters" onSubmit={(e) => { e.preventDefault(); go(draft); }}>
        <label>Actor<input list="actor-list" name="actor" placeholder="id, country code or name" value={draft.actor} onInput={set("actor")} /></label>
        <datalist id="actor-list">{actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}</datalist>
        <label>Type<select name="type" value={draft.type} onChange={set("type")}>
          <option value="">all types</option>
          {PLOVER_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select></label>
        <label>From<input type="date" name="since" value={draft.since} onInput={set("since")} /></label>
        <label>To<input type="date" name="until" value={draft.until} onInput={set("until")} /></label>
        <button type="submit">Apply</button>
        {KEYS.some((k) => filters[k]) && <button type="button" class="ghost" onClick={() => go({ actor: "", type: "", since: "", until: "" })}>Clear</button>}
      </form>
      {error && <p class="error">{error}</p>}
      <div class="columns">
        <div class="maincol">
          <section class="card">
            <div class="card-head">
              <h2>Timeline</h2>
              <span class="muted">{events ? `${total} event${total === 1 ? "" : "s"}${total > (events?.length ?? 0) ? `, first ${events.length} shown` : ""}` : "loading…"}</span>
              <ul class="legend">{QUADS.map((q) => <li key={q.id}><i style={{ background: q.color }} />{q.name}</li>)}<li><i style={{ background: OTHER_COLOR }} />Other</li></ul>
            </div>
            {events && <Timeline events={events} selected={selected} onSelect={(id) => go(filters, id)} />}
          </section>
          <section class="card">
            <div class="card-head"><h2>Actor network</h2><span class="muted">edges are events from source to target; click an actor to filter</span></div>
            {net && <Network net={net} focus={filters.actor} onActor={(id) => go({ ...filters, actor: id }, null)} />}
          </section>
        </div>
        <aside class="sidecol card">
          {sel ? <EventPanel event={sel} /> : <p class="muted hint">Click an event on the timeline to see who did what to whom, the evidence and the pattern that coded it.</p>}
        </aside>
      </div>
    </div>
  );
}

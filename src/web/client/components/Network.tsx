// The actor network: actors as nodes, events from source to target as directed edges (d3-force).
import { useMemo } from "preact/hooks";
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY, type SimNode } from "d3-force";
import type { Network as Net } from "../api.js";
import { quadColor, QUADS } from "../quad.js";

const W = 960, H = 520, MAX_NODES = 40;
type Node = SimNode & { id: string; name: string; country: string | null; events: number; r: number };
type Link = { source: Node | string; target: Node | string; events: number; quad: number; title: string };

const PAD = 48;

/** Scales the laid-out graph to fill the drawing (at most 2.5x), centred. */
function fit(nodes: Node[]): void {
  const xs = nodes.map((n) => n.x ?? 0), ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min(2.5, (W - 2 * PAD) / Math.max(1, x1 - x0), (H - 2 * PAD) / Math.max(1, y1 - y0));
  for (const n of nodes) {
    n.x = W / 2 + ((n.x ?? 0) - (x0 + x1) / 2) * k;
    n.y = H / 2 + ((n.y ?? 0) - (y0 + y1) / 2) * k;
  }
}

export function Network({ net, focus, onActor }: { net: Net; focus: string; onActor: (id: string) => void }) {
  const layout = useMemo(() => {
    // Only actors with an edge, the busiest first, so the picture stays readable.
    const degree = new Map<string, number>();
    for (const e of net.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + e.events);
    const keep = new Set([...degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_NODES).map(([id]) => id));
    const nodes: Node[] = net.nodes.filter((n) => keep.has(n.id)).map((n) => ({ id: n.id, name: n.name, country: n.country, events: n.events, r: 6 + 2.5 * Math.sqrt(n.events) }));
    const links: Link[] = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)).map((e) => {
      const quad = Number(Object.entries(e.byQuad).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
      return { source: e.source, target: e.target, events: e.events, quad, title: Object.entries(e.types).map(([t, n]) => `${t} ×${n}`).join(", ") };
    });
    const sim = forceSimulation<Node>(nodes)
      .force("link", forceLink<Node, Link>(links).id((n) => n.id).distance(150))
      .force("charge", forceManyBody().strength(-700))
      .force("center", forceCenter(W / 2, H / 2))
      .force("collide", forceCollide((n: Node) => n.r + 26))
      .force("x", forceX(W / 2).strength(0.05))
      .force("y", forceY(H / 2).strength(0.08))
      .stop();
    sim.tick(300);
    fit(nodes);
    return { nodes, links: links as Array<Link & { source: Node; target: Node }> };
  }, [net]);

  const hidden = net.nodes.length - layout.nodes.length;
  if (!layout.nodes.length) return <p class="muted empty">No events between actors match these filters.</p>;
  return (
    <>
    <svg class="network" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="actor network">
      <defs>
        {[0, ...QUADS.map((q) => q.id)].map((q) => (
          <marker key={q} id={`arrow-${q}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={quadColor(q)} />
          </marker>
        ))}
      </defs>
      {layout.links.map((l) => {
        const { source: s, target: t } = l;
        // A gentle curve to the right of the direction of travel keeps A→B and B→A apart.
        const dx = t.x! - s.x!, dy = t.y! - s.y!, len = Math.hypot(dx, dy) || 1;
        const cx = (s.x! + t.x!) / 2 - (dy / len) * len * 0.12, cy = (s.y! + t.y!) / 2 + (dx / len) * len * 0.12;
        const ex = t.x! - cx, ey = t.y! - cy, el = Math.hypot(ex, ey) || 1;
        const x2 = t.x! - (ex / el) * (t.r + 3), y2 = t.y! - (ey / el) * (t.r + 3);
        return (
          <path key={`${s.id}>${t.id}`} class="edge" data-source={s.id} data-target={t.id} d={`M${s.x},${s.y} Q${cx},${cy} ${x2},${y2}`} fill="none"
            stroke={quadColor(l.quad)} stroke-width={1.5 + Math.log2(l.events)} marker-end={`url(#arrow-${l.quad})`}>
            <title>{`${s.name} → ${t.name}: ${l.title}`}</title>
          </path>
        );
      })}
      {layout.nodes.map((n) => (
        <g key={n.id} class={`node${focus && (focus === n.id || focus.toUpperCase() === n.country) ? " focus" : ""}`} data-actor-id={n.id}
          transform={`translate(${n.x},${n.y})`} onClick={() => onActor(n.id)} role="button" tabIndex={0}>
          <circle r={n.r} />
          <text y={-n.r - 5} text-anchor="middle">{n.name}</text>
          <title>{`${n.name} (${n.id}): ${n.events} event${n.events === 1 ? "" : "s"}`}</title>
        </g>
      ))}
    </svg>
    {hidden > 0 && <p class="muted small">{hidden} actor{hidden === 1 ? "" : "s"} without a source–target event{layout.nodes.length >= MAX_NODES ? ", or beyond the busiest " + MAX_NODES : ""}, not drawn.</p>}
    </>
  );
}

// The actor network: actors as nodes, events from source to target as directed edges (d3-force).
import { useMemo } from "preact/hooks";
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY, type SimNode } from "d3-force";
import type { Network as Net } from "../api.js";
import { quadColor, QUADS } from "../quad.js";

const W = 960, H = 440;
type Node = SimNode & { id: string; name: string; country: string | null; events: number; r: number };
type Link = { source: Node | string; target: Node | string; events: number; quad: number; title: string };

export function Network({ net, focus, onActor }: { net: Net; focus: string; onActor: (id: string) => void }) {
  const layout = useMemo(() => {
    const nodes: Node[] = net.nodes.map((n) => ({ id: n.id, name: n.name, country: n.country, events: n.events, r: 7 + 3 * Math.sqrt(n.events) }));
    const links: Link[] = net.edges.map((e) => {
      const quad = Number(Object.entries(e.byQuad).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
      return { source: e.source, target: e.target, events: e.events, quad, title: Object.entries(e.types).map(([t, n]) => `${t} ×${n}`).join(", ") };
    });
    const sim = forceSimulation<Node>(nodes)
      .force("link", forceLink<Node, Link>(links).id((n) => n.id).distance(120))
      .force("charge", forceManyBody().strength(-380))
      .force("center", forceCenter(W / 2, H / 2))
      .force("collide", forceCollide((n: Node) => n.r + 18))
      .force("x", forceX(W / 2).strength(0.05))
      .force("y", forceY(H / 2).strength(0.08))
      .stop();
    sim.tick(300);
    for (const n of nodes) { n.x = Math.max(n.r + 4, Math.min(W - n.r - 4, n.x ?? 0)); n.y = Math.max(n.r + 14, Math.min(H - n.r - 4, n.y ?? 0)); }
    return { nodes, links: links as Array<Link & { source: Node; target: Node }> };
  }, [net]);

  if (!layout.nodes.length) return <p class="muted empty">No events between actors match these filters.</p>;
  return (
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
        const dx = t.x! - s.x!, dy = t.y! - s.y!, len = Math.hypot(dx, dy) || 1;
        const x2 = t.x! - (dx / len) * (t.r + 3), y2 = t.y! - (dy / len) * (t.r + 3);
        return (
          <line key={`${s.id}>${t.id}`} class="edge" data-source={s.id} data-target={t.id} x1={s.x} y1={s.y} x2={x2} y2={y2}
            stroke={quadColor(l.quad)} stroke-width={1.5 + Math.log2(l.events)} marker-end={`url(#arrow-${l.quad})`}>
            <title>{`${s.name} → ${t.name}: ${l.title}`}</title>
          </line>
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
  );
}

// Events on a time axis, one lane per PLOVER type, dots coloured by quad class, sized by reports.
import { useMemo } from "preact/hooks";
import { scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";
import type { StoredEvent } from "../api.js";
import { PLOVER_TYPES, quadColor } from "../quad.js";
import { actorsLine } from "./EventPanel.js";

const W = 960, LANE = 30, TOP = 12, LEFT = 96, RIGHT = 44, AXIS = 28;
const DAY = 86_400_000;

export function Timeline({ events, selected, onSelect }: { events: StoredEvent[]; selected: string | null; onSelect: (id: string) => void }) {
  const dated = events.filter((e) => e.day);
  const undated = events.length - dated.length;
  const layout = useMemo(() => {
    const lanes = PLOVER_TYPES.filter((t) => dated.some((e) => e.type === t)).concat([...new Set(dated.map((e) => e.type))].filter((t) => !PLOVER_TYPES.includes(t)));
    const times = dated.map((e) => Date.parse(e.day!));
    let lo = Math.min(...times), hi = Math.max(...times);
    const pad = Math.max(DAY, (hi - lo) * 0.04);
    if (hi - lo < 6 * DAY) { lo -= 3 * DAY; hi += 3 * DAY; } else { lo -= pad; hi += pad; }
    const x = scaleUtc().domain([new Date(lo), new Date(hi)]).range([LEFT, W - RIGHT]);
    const stacks = new Map<string, number>();
    const dots = dated.map((e) => {
      const k = `${e.type}|${e.day}`;
      const n = stacks.get(k) ?? 0;
      stacks.set(k, n + 1);
      const r = 5 + 2 * Math.sqrt(Math.max(0, e.reportCount - 1));
      return { e, r, cx: x(new Date(Date.parse(e.day!))) + n * 7, cy: TOP + lanes.indexOf(e.type) * LANE + LANE / 2 };
    });
    return { lanes, x, dots, height: TOP + lanes.length * LANE + AXIS };
  }, [events]);

  if (!dated.length) return <p class="muted empty">No dated events {events.length ? `(${undated} without a date)` : "match these filters"}. Ingest articles with <code>eventline ingest</code>.</p>;
  const fmt = utcFormat("%b %d, %Y");
  const ticks = layout.x.ticks(8);
  const axisY = layout.height - AXIS + 6;
  return (
    <div class="timeline">
      <svg viewBox={`0 0 ${W} ${layout.height}`} role="img" aria-label="event timeline">
        {layout.lanes.map((t, i) => (
          <g key={t}>
            <rect x={LEFT} y={TOP + i * LANE} width={W - LEFT - RIGHT} height={LANE} class={i % 2 ? "lane odd" : "lane"} />
            <text x={LEFT - 8} y={TOP + i * LANE + LANE / 2 + 4} class="lane-label" text-anchor="end">{t}</text>
          </g>
        ))}
        {ticks.map((d) => (
          <g key={+d}>
            <line x1={layout.x(d)} x2={layout.x(d)} y1={TOP} y2={axisY} class="tick" />
            <text x={layout.x(d)} y={axisY + 14} class="tick-label" text-anchor="middle">{fmt(d)}</text>
          </g>
        ))}
        {layout.dots.map(({ e, r, cx, cy }) => (
          <circle key={e.id} cx={cx} cy={cy} r={r} fill={quadColor(e.ploverQuad)} class={`tl-event${e.id === selected ? " selected" : ""}`}
            data-event-id={e.id} tabIndex={0} role="button" aria-label={`${e.type} ${e.day}: ${actorsLine(e.source)} to ${actorsLine(e.target)}`}
            onClick={() => onSelect(e.id)} onKeyDown={(k) => { if (k.key === "Enter" || k.key === " ") onSelect(e.id); }}>
            <title>{`${e.day} ${e.type}: ${actorsLine(e.source)} → ${actorsLine(e.target)} (${e.reportCount} report${e.reportCount === 1 ? "" : "s"})\n${e.reports[0]?.evidence.text ?? ""}`}</title>
          </circle>
        ))}
      </svg>
      {undated > 0 && <p class="muted small">{undated} event{undated === 1 ? "" : "s"} without a date not shown.</p>}
    </div>
  );
}

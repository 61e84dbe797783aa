// Events on a time axis, one lane per PLOVER type, dots coloured by quad class, larger when
// several reports tell of the same event.
// Dots that would overlap stack upwards; when a few events lie far from the rest, the
// axis first shows the dense middle and counts the outliers at its edges.
import { useMemo, useState } from "preact/hooks";
import { scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";
import type { StoredEvent } from "../api.js";
import { PLOVER_TYPES, quadColor } from "../quad.js";
import { actorsLine } from "./EventPanel.js";
import { stackRows, timeRange, DAY } from "../timeline-layout.js";

const W = 960, TOP = 12, LEFT = 96, RIGHT = 44, AXIS = 28, STEP = 15, MIN_LANE = 26;

export function Timeline({ events, selected, onSelect }: { events: StoredEvent[]; selected: string | null; onSelect: (id: string) => void }) {
  const [all, setAll] = useState(false);
  const dated = events.filter((e) => e.day);
  const undated = events.length - dated.length;
  const layout = useMemo(() => {
    const lanes = PLOVER_TYPES.filter((t) => dated.some((e) => e.type === t)).concat([...new Set(dated.map((e) => e.type))].filter((t) => !PLOVER_TYPES.includes(t)));
    const time = (e: StoredEvent) => Date.parse(e.day!);
    const range = timeRange(dated.map(time), all);
    const x = scaleUtc().domain([new Date(range.lo), new Date(range.hi)]).range([LEFT, W - RIGHT]);
    const inView = dated.filter((e) => time(e) >= range.lo && time(e) <= range.hi);
    const before = dated.filter((e) => time(e) < range.lo).length, after = dated.filter((e) => time(e) > range.hi).length;
    const stacked = lanes.map((t) => stackRows(inView.filter((e) => e.type === t).map((e) => ({ e, r: e.reportCount > 1 ? 7 : 5, cx: x(new Date(time(e))) }))));
    const laneTop = new Map<string, number>();
    let y = TOP;
    const laneBoxes = lanes.map((t, i) => {
      const rows = Math.max(1, ...stacked[i].map((d) => d.row + 1));
      const h = Math.max(MIN_LANE, rows * STEP + 12);
      laneTop.set(t, y);
      const box = { t, y, h };
      y += h;
      return box;
    });
    const dots = stacked.flatMap((lane, i) => lane.map((d) => ({ ...d, cy: laneBoxes[i].y + laneBoxes[i].h - 10 - d.row * STEP })));
    return { laneBoxes, x, dots, before, after, dense: range.dense, height: y + AXIS };
  }, [events, all]);

  if (!dated.length) return <p class="muted empty">No dated events {events.length ? `(${undated} without a date)` : "match these filters"}. Ingest articles with <code>eventline ingest</code>.</p>;
  const span = layout.x.domain();
  const fmt = utcFormat(+span[1] - +span[0] > 200 * DAY ? "%b %Y" : "%b %d");
  const ticks = layout.x.ticks(8);
  const axisY = layout.height - AXIS + 6;
  return (
    <div class="timeline">
      <svg viewBox={`0 0 ${W} ${layout.height}`} role="img" aria-label="event timeline">
        {layout.laneBoxes.map(({ t, y, h }, i) => (
          <g key={t}>
            <rect x={LEFT} y={y} width={W - LEFT - RIGHT} height={h} class={i % 2 ? "lane odd" : "lane"} />
            <text x={LEFT - 8} y={y + h - 6} class="lane-label" text-anchor="end">{t}</text>
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
      <p class="muted small timeline-notes">
        {layout.dense && <>Showing the busiest stretch: {layout.before} earlier and {layout.after} later event{layout.after === 1 ? "" : "s"} off the axis. <button class="link" onClick={() => setAll(true)}>Show all dates</button> </>}
        {all && <button class="link" onClick={() => setAll(false)}>Show the busiest stretch</button>}
        {undated > 0 && <> {undated} event{undated === 1 ? "" : "s"} without a date not shown.</>}
      </p>
    </div>
  );
}

// Events on a time axis, one lane per PLOVER type, dots coloured by quad class, sized by reports.
// Events on the same day and type stack upwards; when a few events lie far from the rest, the
// axis first shows the dense middle and counts the outliers at its edges.
import { useMemo, useState } from "preact/hooks";
import { scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";
import type { StoredEvent } from "../api.js";
import { PLOVER_TYPES, quadColor } from "../quad.js";
import { actorsLine } from "./EventPanel.js";

const W = 960, TOP = 12, LEFT = 96, RIGHT = 44, AXIS = 28, STEP = 11, MIN_LANE = 26;
const DAY = 86_400_000;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/** The time range to draw: everything, or the 5-95% range when the full span is far wider. */
export function timeRange(times: number[], all: boolean): { lo: number; hi: number; dense: boolean } {
  const s = [...times].sort((a, b) => a - b);
  let lo = s[0], hi = s[s.length - 1], dense = false;
  if (!all && s.length >= 10) {
    const qlo = quantile(s, 0.05), qhi = quantile(s, 0.95);
    if (hi - lo > 3 * Math.max(qhi - qlo, 7 * DAY)) { lo = qlo; hi = qhi; dense = true; }
  }
  const pad = Math.max(DAY, (hi - lo) * 0.04);
  if (hi - lo < 6 * DAY) return { lo: lo - 3 * DAY, hi: hi + 3 * DAY, dense };
  return { lo: lo - pad, hi: hi + pad, dense };
}

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
    const groups = new Map<string, StoredEvent[]>();
    for (const e of inView) groups.set(`${e.type}|${e.day}`, [...(groups.get(`${e.type}|${e.day}`) ?? []), e]);
    const depth = new Map<string, number>();
    for (const [k, g] of groups) { const t = k.split("|")[0]; depth.set(t, Math.max(depth.get(t) ?? 1, g.length)); }
    const laneTop = new Map<string, number>();
    let y = TOP;
    const laneBoxes = lanes.map((t) => {
      const h = Math.max(MIN_LANE, (depth.get(t) ?? 1) * STEP + 12);
      laneTop.set(t, y);
      const box = { t, y, h };
      y += h;
      return box;
    });
    const dots = [...groups.values()].flatMap((g) => g.map((e, n) => {
      const h = laneBoxes.find((b) => b.t === e.type)!.h;
      const r = g.length > 1 ? 4.5 : 5 + 2 * Math.sqrt(Math.max(0, e.reportCount - 1));
      return { e, r, cx: x(new Date(time(e))), cy: laneTop.get(e.type)! + h - 10 - n * STEP };
    }));
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

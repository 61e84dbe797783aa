// Splits an article's text into pieces at every annotation edge, so overlapping highlights
// (an actor inside a quote inside an event's evidence) render as nested classes on flat spans.
export type MarkKind = "entity" | "timex" | "quote" | "evidence" | "trigger" | "claim";

export interface Mark { start: number; end: number; kind: MarkKind; ref: string; label?: string }
export interface Piece { start: number; end: number; text: string; marks: Mark[] }

export function segmentText(text: string, marks: Mark[]): Piece[] {
  const len = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(len, m.start)), end: Math.max(0, Math.min(len, m.end)) }))
    .filter((m) => m.end > m.start);
  const edges = new Set<number>([0, len]);
  for (const m of valid) { edges.add(m.start); edges.add(m.end); }
  const cuts = [...edges].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i], e = cuts[i + 1];
    active = active.filter((m) => m.end > s);
    while (next < byStart.length && byStart[next].start <= s) { if (byStart[next].end > s) active.push(byStart[next]); next++; }
    pieces.push({ start: s, end: e, text: text.slice(s, e), marks: [...active] });
  }
  return pieces;
}

/** The innermost mark of a kind covering a piece (shortest span wins). */
export function innermost(p: Piece, kind: MarkKind): Mark | null {
  let best: Mark | null = null;
  for (const m of p.marks) if (m.kind === kind && (!best || m.end - m.start < best.end - best.start)) best = m;
  return best;
}

// PLOVER quad classes: names and colours shared by the timeline, the network and the legend.
export const QUADS: Array<{ id: number; name: string; color: string }> = [
  { id: 1, name: "Verbal cooperation", color: "#4f9fd8" },
  { id: 2, name: "Material cooperation", color: "#1f6f4a" },
  { id: 3, name: "Verbal conflict", color: "#e39b2d" },
  { id: 4, name: "Material conflict", color: "#c9352b" },
];
export const OTHER_COLOR = "#8a8f98";

export function quadColor(q: number | null | undefined): string {
  return QUADS.find((x) => x.id === q)?.color ?? OTHER_COLOR;
}

export const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER"];

// `eventline actors NAME`: knowledge-base entries by name, alias or surname, with their roles.
import type { ActorKB, KBActor } from "./kb.js";
import { shortNames } from "./kb.js";

export function lookupActors(kb: ActorKB, name: string): KBActor[] {
  const q = name.trim().toLowerCase().replace(/\s+/g, " ");
  if (!q) return [];
  const direct = kb.actors.get(name.trim());
  const ids = new Set<string>(direct ? [direct.id] : []);
  for (const id of kb.names.get(q) ?? []) ids.add(id);
  if (!ids.size) {
    for (const a of kb.actors.values()) {
      if (a.demonyms.some((d) => d.toLowerCase() === q) || a.metonyms.some((m) => m.toLowerCase() === q)) ids.add(a.id);
      else if (a.kind === "person" && shortNames(a, kb.lex.names).some((s) => s.toLowerCase() === q)) ids.add(a.id);
    }
  }
  return [...ids].map((id) => kb.actors.get(id)!).filter(Boolean);
}

export function formatActorLookup(actors: KBActor[]): string {
  if (!actors.length) return "no actor found";
  const lines: string[] = [];
  for (const a of actors) {
    const head = [a.name, `(${a.id})`, a.type, a.country ?? "", a.sector ?? ""].filter(Boolean).join("  ");
    lines.push(head);
    if (a.aliases.length) lines.push(`  aliases: ${a.aliases.join(", ")}`);
    if (a.demonyms.length) lines.push(`  demonyms: ${a.demonyms.join(", ")}`);
    if (a.metonyms.length) lines.push(`  metonyms: ${a.metonyms.join(", ")}`);
    const roles = [...a.roles].sort((x, y) => (x.start ?? "").localeCompare(y.start ?? ""));
    for (const r of roles) {
      const span = `${r.start ?? "?"} – ${r.end ?? "present"}`;
      lines.push(`  ${span.padEnd(25)} ${r.title}  [${r.office}${r.country ? ", " + r.country : ""}${r.sector ? ", " + r.sector : ""}${r.org ? ", " + r.org : ""}]`);
    }
  }
  return lines.join("\n");
}

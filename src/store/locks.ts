// What one document's write must have to itself. Two writes that could merge into the same event
// share a key; PostgreSQL turns each key into a transaction-scoped advisory lock, taken in sorted
// order so writers never deadlock on them. Writes with no key in common run side by side.
import { createHash } from "node:crypto";
import type { DocumentRecord, EventRecord } from "../record/types.js";
import { actorKey, eventDay, mergeWindow, modalityGroup } from "./merge.js";
import { loadOntology } from "../ontology.js";

/** Events that may merge share this key: type, category, modality group and the actor sides (either way round when undirected). */
export function eventMergeKey(ev: Pick<EventRecord, "type" | "category" | "modality" | "source" | "target">): string {
  const s = actorKey(ev.source), t = actorKey(ev.target);
  const undirected = loadOntology().plover.get(ev.type)?.undirected ?? false;
  const sides = undirected ? [s, t].sort().join("<>") : `${s}>${t}`;
  return `event\u0000${ev.type}\u0000${ev.category ?? ""}\u0000${modalityGroup(ev.modality)}\u0000${sides}`;
}

/**
 * The keys of the document's event reports that may merge. Claims take no keys: they are linked
 * after the document commits (claims-link.ts).
 */
export function writeKeys(doc: DocumentRecord): string[] {
  const keys = new Set<string>();
  for (const a of doc.articles) {
    for (const ev of a.events) {
      // Events without a day or without actors never merge.
      if (mergeWindow(actorKey(ev.source), actorKey(ev.target), eventDay(ev.date, a.published))) keys.add(eventMergeKey(ev));
    }
  }
  return [...keys];
}

/** Signed 64-bit lock ids for the keys, ascending and distinct (decimal strings, as pg takes bigints). */
export function lockIds(keys: string[]): string[] {
  const ids = new Set<bigint>();
  for (const k of keys) ids.add(createHash("sha1").update(k).digest().readBigInt64BE(0));
  return [...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).map(String);
}

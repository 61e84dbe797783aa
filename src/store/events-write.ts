// Stores an article's event reports, each merged into the nearest stored (or earlier in this
// article) event of the same type, modality group, category and actors within a day, else
// starting a new event. Candidates come from one query; merging runs in memory; rows are written
// in a few multi-row statements. The caller holds the merge keys' locks (locks.ts).
import type { Kysely } from "kysely";
import type { Database, EventReportsTable, EventsTable } from "./schema.js";
import type { ArticleRecord } from "../record/types.js";
import { actorKey, dayDistance, eventDay, mergeWindow, modalityGroup } from "./merge.js";
import { eventScale, loadOntology } from "../ontology.js";
import { chunks } from "./rows.js";
import { insertEventRows } from "./bulk-postgres.js";
import type { DialectParts } from "./dialect.js";

interface Candidate {
  id: string;
  type: string;
  category: string | null;
  modality: string;
  sourceKey: string;
  targetKey: string;
  day: string | null;
  date: string | null;
  /** Reports this article adds to a stored event. */
  added: number;
  dateFilled: boolean;
  /** The row of an event this article creates (written once merging is done). */
  created?: EventsTable;
}

/** Returns how many of the article's reports joined an existing event. */
export async function addEventReports(trx: Kysely<Database>, parts: DialectParts, a: ArticleRecord, now: string): Promise<number> {
  const onto = loadOntology();
  const plans = a.events.map((ev) => {
    const sourceKey = actorKey(ev.source), targetKey = actorKey(ev.target);
    const day = eventDay(ev.date, a.published);
    return { sourceKey, targetKey, day, window: mergeWindow(sourceKey, targetKey, day), group: modalityGroup(ev.modality), undirected: onto.plover.get(ev.type)?.undirected ?? false };
  });
  const cands = await storedCandidates(trx, a, plans);
  const roles: Array<{ event_id: string; actor_id: string; role: "source" | "target"; event_type: string }> = [];
  const reports: EventReportsTable[] = [];
  let merged = 0;
  for (const [i, ev] of a.events.entries()) {
    const p = plans[i];
    let hit: Candidate | undefined;
    if (p.window) {
      const same = (c: Candidate) => (c.sourceKey === p.sourceKey && c.targetKey === p.targetKey) || (p.undirected && c.sourceKey === p.targetKey && c.targetKey === p.sourceKey);
      hit = cands.filter((c) => c.type === ev.type && c.day !== null && p.window!.includes(c.day) && c.category === ev.category && c.modality === p.group && same(c))
        .sort((x, y) => dayDistance(x.day!, p.day!) - dayDistance(y.day!, p.day!) || x.id.localeCompare(y.id))[0];
    }
    if (hit) {
      merged++;
      hit.added++;
      if (!hit.date && ev.date) { hit.date = ev.date; hit.dateFilled = true; }
    } else {
      const sc = eventScale(onto, ev.type, ev.cameo);
      hit = {
        id: ev.id, type: ev.type, category: ev.category, modality: p.group, sourceKey: p.sourceKey, targetKey: p.targetKey, day: p.day, date: ev.date, added: 0, dateFilled: false,
        created: {
          id: ev.id, type: ev.type, category: ev.category, mode: ev.mode, context: JSON.stringify(ev.context ?? []), cameo: ev.cameo ?? sc.cameo, day: p.day, date: ev.date,
          source_key: p.sourceKey, target_key: p.targetKey, location_id: ev.location, goldstein: sc.goldstein, quad: sc.quad,
          plover_quad: sc.ploverQuad, report_count: 1, first_seen: now, modality: p.group,
        },
      };
      cands.push(hit);
      for (const id of new Set(ev.source)) roles.push({ event_id: ev.id, actor_id: id, role: "source", event_type: ev.type });
      for (const id of new Set(ev.target)) roles.push({ event_id: ev.id, actor_id: id, role: "target", event_type: ev.type });
    }
    reports.push({
      id: ev.id, event_id: hit.id, article_id: a.id,
      evidence_start: ev.evidence.span[0], evidence_end: ev.evidence.span[1], evidence_text: ev.evidence.text,
      trigger_start: ev.trigger?.span[0] ?? ev.evidence.span[0], trigger_end: ev.trigger?.span[1] ?? ev.evidence.span[0], trigger_text: ev.trigger?.text ?? "",
      pattern: ev.pattern ?? "", modality: ev.modality, date: ev.date, cameo: ev.cameo, confidence: ev.confidence, reported_by: ev.reportedBy ?? null,
    });
  }
  const created = cands.flatMap((c) => (c.created ? [{ ...c.created, report_count: 1 + c.added, date: c.date }] : []));
  // Stored events this article reported again, in id order (rows are locked in one order by every writer).
  const again = cands.filter((x) => !x.created && x.added > 0).sort((x, y) => (x.id < y.id ? -1 : 1));
  if (parts.name === "postgres") {
    await insertEventRows(trx, { events: created, actors: roles, updates: again.map((c) => ({ id: c.id, added: c.added, filled: c.dateFilled, date: c.date })), reports });
    return merged;
  }
  for (const rows of chunks(created, 200)) await trx.insertInto("events").values(rows).execute();
  for (const rows of chunks(roles)) await trx.insertInto("event_actors").values(rows).execute();
  for (const c of again) {
    await trx.updateTable("events").set((eb) => ({ report_count: eb("report_count", "+", c.added), ...(c.dateFilled ? { date: c.date } : {}) })).where("id", "=", c.id).execute();
  }
  for (const rows of chunks(reports, 200)) await trx.insertInto("event_reports").values(rows).execute();
  return merged;
}

/** Stored events any of the article's reports may merge into: a superset, filtered exactly in memory. */
async function storedCandidates(trx: Kysely<Database>, a: ArticleRecord, plans: Array<{ sourceKey: string; targetKey: string; window: string[] | null; group: string }>): Promise<Candidate[]> {
  const open = plans.map((p, i) => ({ p, ev: a.events[i] })).filter((x) => x.p.window);
  if (!open.length) return [];
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const keys = uniq(open.flatMap((x) => [x.p.sourceKey, x.p.targetKey]));
  const rows = await trx.selectFrom("events")
    .select(["id", "type", "category", "modality", "source_key", "target_key", "day", "date"])
    .where("type", "in", uniq(open.map((x) => x.ev.type)))
    .where("modality", "in", uniq(open.map((x) => x.p.group)))
    .where("day", "in", uniq(open.flatMap((x) => x.p.window!)))
    .where("source_key", "in", keys)
    .where("target_key", "in", keys)
    .execute();
  return rows.map((r) => ({ id: r.id, type: r.type, category: r.category, modality: r.modality, sourceKey: r.source_key, targetKey: r.target_key, day: r.day, date: r.date, added: 0, dateFilled: false }));
}

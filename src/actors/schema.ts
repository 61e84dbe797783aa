// Validation of actor records (data/actors/*.jsonl and users' extra files). Each check returns
// the message for the first problem found, so the loader can name the file and line.
import type { EntityType } from "../doc.js";

export const KINDS = ["country", "territory", "region", "city", "place", "org", "person"] as const;
export type ActorKind = (typeof KINDS)[number];

export const SECTORS = ["GOV", "MIL", "COP", "LEG", "JUD", "MED", "BUS", "IGO", "NGO", "REB", "PTY", "EDU", "REL", "CVL"] as const;

/** The sectors of the state: government, armed forces, police, legislature, courts. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(["GOV", "MIL", "COP", "JUD", "LEG"]);

export const OFFICES = [
  "head-of-state", "head-of-government", "deputy-head-of-government", "vice-president", "foreign-minister", "defence-minister",
  "finance-minister", "trade-minister", "commerce-minister", "interior-minister", "justice-minister", "energy-minister",
  "economy-minister", "chief-of-staff", "national-security-adviser", "spokesperson", "ambassador", "central-bank-governor",
  "military-chief", "intelligence-chief", "legislator", "speaker", "governor", "chief-minister", "mayor", "party-leader",
  "opposition-leader", "igo-leader", "armed-group-leader", "adviser", "business-leader", "judge", "other",
] as const;

const TYPES: EntityType[] = ["PERSON", "ORG", "GPE", "LOC", "NORP", "OTHER"];

export interface KBRole {
  title: string;
  office: string;
  country: string | null;
  sector: string | null;
  start: string | null;
  end: string | null;
  org?: string | null;
}

export interface KBActor {
  id: string;
  kind: ActorKind;
  type: EntityType;
  name: string;
  country: string | null;
  sector: string | null;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  metonyms: string[];
  /** Names that stand for this actor only when the context says which one ("Ministry of Foreign Affairs"). */
  contextual: string[];
  gender: "m" | "f" | null;
  roles: KBRole[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ISO3 = /^[A-Z]{3}$/;

const isStr = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const strList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Checks one parsed line; returns the record or a message naming the faulty field. */
export function checkActor(raw: unknown): KBActor | string {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return "not a JSON object";
  const r = raw as Record<string, unknown>;
  if (!isStr(r.id) || !/^[a-z]+:\S+$/.test(r.id)) return "id must look like 'kind:name'";
  if (!KINDS.includes(r.kind as ActorKind)) return `kind must be one of ${KINDS.join(", ")}`;
  if (r.type !== undefined && !TYPES.includes(r.type as EntityType)) return `type must be one of ${TYPES.join(", ")}`;
  if (!isStr(r.name)) return "name is missing";
  if (r.country != null && !(isStr(r.country) && ISO3.test(r.country))) return "country is not an ISO-3 code";
  if (r.sector != null && !SECTORS.includes(r.sector as never)) return `sector must be one of ${SECTORS.join(" ")}`;
  for (const f of ["aliases", "demonyms", "metonyms", "contextual"]) if (r[f] != null && !strList(r[f])) return `${f} must be a list of strings`;
  if (r.capital != null && !isStr(r.capital)) return "capital must be a string";
  if (r.gender != null && r.gender !== "m" && r.gender !== "f") return "gender must be 'm', 'f' or null";
  if (r.roles != null && !Array.isArray(r.roles)) return "roles must be a list";
  const roles: KBRole[] = [];
  for (const [i, x] of ((r.roles as unknown[]) ?? []).entries()) {
    if (!x || typeof x !== "object") return `roles[${i}] is not an object`;
    const o = x as Record<string, unknown>;
    if (!isStr(o.title)) return "role.title is missing";
    if (!OFFICES.includes(o.office as never)) return `role.office '${String(o.office)}' is not in the office vocabulary`;
    if (o.country != null && !(isStr(o.country) && ISO3.test(o.country))) return "role.country is not an ISO-3 code";
    if (o.sector != null && !SECTORS.includes(o.sector as never)) return "role.sector is not a sector code";
    if (o.start != null && !(isStr(o.start) && DATE.test(o.start))) return "role.start is not a date";
    if (o.end != null && !(isStr(o.end) && DATE.test(o.end))) return "role.end is not a date";
    if (o.org != null && !isStr(o.org)) return "role.org must be an org id";
    roles.push({
      title: o.title, office: o.office as string, country: (o.country as string) ?? null, sector: (o.sector as string) ?? null,
      start: (o.start as string) ?? null, end: (o.end as string) ?? null, org: (o.org as string) ?? null,
    });
  }
  const kind = r.kind as ActorKind;
  return {
    id: r.id, kind, type: (r.type as EntityType) ?? defaultType(kind), name: r.name,
    country: (r.country as string) ?? null, sector: (r.sector as string) ?? null,
    aliases: (r.aliases as string[]) ?? [], demonyms: (r.demonyms as string[]) ?? [], metonyms: (r.metonyms as string[]) ?? [],
    contextual: (r.contextual as string[]) ?? [],
    capital: (r.capital as string) ?? null, gender: (r.gender as "m" | "f") ?? null, roles,
  };
}

function defaultType(kind: ActorKind): EntityType {
  if (kind === "person") return "PERSON";
  if (kind === "org") return "ORG";
  if (kind === "place") return "LOC";
  return "GPE";
}

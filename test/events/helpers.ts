// Builds the layers the events stage reads (actors, time expressions) by hand for test sentences.
import type { ActorLayer, EntityType, Event, Mention, MentionKind, Timex } from "../../src/doc.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { codeEvents, loadLexicon, type Lexicon } from "../../src/events/index.js";

export interface ActorSpec {
  id: string;
  type: EntityType;
  country?: string | null;
  /** Surface forms; the first is the name. "pronoun:he" marks a resolved pronoun form. */
  names: string[];
}

let lex: Lexicon | null = null;
export function lexicon(): Lexicon {
  return (lex ??= loadLexicon());
}

export function buildActors(text: string, specs: ActorSpec[]): ActorLayer {
  const found: Array<{ start: number; end: number; entity: number; kind: MentionKind }> = [];
  const forms = specs.flatMap((s, entity) => s.names.map((n) => ({ n, entity })));
  forms.sort((a, b) => b.n.replace(/^pronoun:/, "").length - a.n.replace(/^pronoun:/, "").length);
  const taken = new Array<boolean>(text.length).fill(false);
  for (const { n, entity } of forms) {
    const pron = n.startsWith("pronoun:");
    const form = pron ? n.slice(8) : n;
    const re = new RegExp(`(?<![\\w.])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, pron ? "gi" : "g");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [s, e] = [m.index, m.index + form.length];
      if (taken.slice(s, e).some(Boolean)) continue;
      for (let k = s; k < e; k++) taken[k] = true;
      found.push({ start: s, end: e, entity, kind: pron ? "pronoun" : "name" });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = found.map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
  const entities = specs.map((s, i) => ({
    id: s.id, name: s.names[0], type: s.type, country: s.country ?? null, sector: null, role: null,
    mentions: mentions.flatMap((m, k) => (m.entity === i ? [k] : [])), known: true,
  }));
  return { entities, mentions };
}

export function buildTimexes(text: string, specs: Array<[string, string]>): Timex[] {
  const out: Timex[] = [];
  for (const [form, value] of specs) {
    const at = text.indexOf(form);
    if (at >= 0) out.push({ start: at, end: at + form.length, text: form, type: "DATE", value });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Coded {
  events: Event[];
  actors: ActorLayer;
  /** "TYPE src>tgt" with entity ids, for compact assertions. */
  short: string[];
}

export function code(text: string, specs: ActorSpec[], times: Array<[string, string]> = [], published: string | null = "2024-03-08"): Coded {
  const doc = tokenize(text);
  const actors = buildActors(text, specs);
  const timexes = buildTimexes(text, times);
  const events = codeEvents(doc, actors, timexes, [], { published, lexicon: lexicon() });
  const id = (xs: number[]) => xs.map((x) => actors.entities[x].id).join("+");
  return { events, actors, short: events.filter((e) => e.type !== "OTHER").map((e) => `${e.type} ${id(e.source)}>${id(e.target)}`) };
}

export const A = {
  usa: { id: "USA", type: "GPE", country: "USA", names: ["United States", "U.S.", "US", "Washington", "American"] },
  chn: { id: "CHN", type: "GPE", country: "CHN", names: ["China", "Beijing", "Chinese"] },
  rus: { id: "RUS", type: "GPE", country: "RUS", names: ["Russia", "Moscow", "Russian"] },
  ukr: { id: "UKR", type: "GPE", country: "UKR", names: ["Ukraine", "Kyiv", "Ukrainian"] },
  fra: { id: "FRA", type: "GPE", country: "FRA", names: ["France", "Paris", "French"] },
  deu: { id: "DEU", type: "GPE", country: "DEU", names: ["Germany", "Berlin", "German"] },
  bra: { id: "BRA", type: "GPE", country: "BRA", names: ["Brazil", "Brasilia", "Brazilian"] },
  arg: { id: "ARG", type: "GPE", country: "ARG", names: ["Argentina", "Buenos Aires", "Argentine"] },
  per: { id: "PER", type: "GPE", country: "PER", names: ["Peru", "Lima", "Peruvian"] },
  chl: { id: "CHL", type: "GPE", country: "CHL", names: ["Chile", "Santiago"] },
  nor: { id: "NOR", type: "GPE", country: "NOR", names: ["Norway", "Oslo", "Norwegian"] },
  swe: { id: "SWE", type: "GPE", country: "SWE", names: ["Sweden", "Stockholm", "Swedish"] },
  lula: { id: "lula", type: "PERSON", country: "BRA", names: ["Luiz Inacio Lula da Silva", "Lula"] },
  milei: { id: "milei", type: "PERSON", country: "ARG", names: ["Javier Milei", "Milei"] },
  store: { id: "store", type: "PERSON", country: "NOR", names: ["Jonas Gahr Store", "Store"] },
  kristersson: { id: "kristersson", type: "PERSON", country: "SWE", names: ["Ulf Kristersson", "Kristersson"] },
  rebels: { id: "rebels", type: "ORG", country: null, names: ["the Northern Front", "the Front"] },
} satisfies Record<string, ActorSpec>;

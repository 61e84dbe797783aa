// Hand-built actor layers for the quotes tests: each entity lists the surfaces that mention it.
import type { ActorLayer, Entity, EntityType, Mention, MentionKind, Quote } from "../../src/doc.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { findQuotes, findReportedSpeech } from "../../src/quotes/index.js";

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surfaces found anywhere in the text (whole words); [surface, kind] to set the kind. */
  surfaces: Array<string | [string, MentionKind]>;
}

export function layer(text: string, specs: EntitySpec[]): ActorLayer {
  const found: Mention[] = [];
  specs.forEach((s, entity) => {
    for (const surf of s.surfaces) {
      const [surface, kind] = typeof surf === "string" ? [surf, "name" as MentionKind] : surf;
      let at = text.indexOf(surface);
      while (at >= 0) {
        const before = text[at - 1] ?? " ";
        const after = text[at + surface.length] ?? " ";
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push({ start: at, end: at + surface.length, text: surface, entity, kind });
        at = text.indexOf(surface, at + 1);
      }
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  for (const m of found) if (!mentions.length || m.start >= mentions[mentions.length - 1].end) mentions.push(m);
  const entities: Entity[] = specs.map((s) => ({ id: `${s.type.toLowerCase()}:${s.name.toLowerCase().replace(/\W+/g, "-")}`, name: s.name, type: s.type, country: null, sector: null, role: null, mentions: [], known: true }));
  mentions.forEach((m, i) => entities[m.entity].mentions.push(i));
  return { entities, mentions };
}

export interface Run {
  quotes: Quote[];
  /** The speaker's entity name, or its speakerText when no entity. */
  who: (q: Quote | undefined) => string | null;
  find: (words: string) => Quote | undefined;
}

export function run(text: string, specs: EntitySpec[] = []): Run {
  const actors = layer(text, specs);
  const quotes = findQuotes(tokenize(text), actors);
  for (const q of quotes) if (text.slice(q.start, q.end) !== q.text) throw new Error(`quote text is not its slice: ${q.text}`);
  return {
    quotes,
    who: (q) => (q ? (q.speaker !== null ? actors.entities[q.speaker].name : q.speakerText) : null),
    find: (w) => quotes.find((q) => q.text.includes(w)),
  };
}

export function reported(text: string, specs: EntitySpec[] = []) {
  const actors = layer(text, specs);
  const quotes = findReportedSpeech(tokenize(text), actors);
  return { quotes, who: (q: Quote | undefined) => (q ? (q.speaker !== null ? actors.entities[q.speaker].name : q.speakerText) : null) };
}

// The quotes stage: direct quotations with their speakers (findQuotes) and reported speech
// (findReportedSpeech, for the claims ledger and events; never scored as quotations).
import type { ActorLayer, Doc, Quote } from "../doc.js";
import { quoteLexicon } from "./lexicon.js";
import { paragraphs, scanQuotes } from "./marks.js";
import { TextView } from "./text-view.js";
import { attributeQuotes, speakerResolver, speechEvents } from "./attribute-quotes.js";
import { findReported } from "./reported.js";

function view(doc: Doc, actors: ActorLayer) {
  const paras = paragraphs(doc.text);
  const raw = scanQuotes(doc.text, paras);
  const v = new TextView(doc, actors, quoteLexicon(), raw.map((q) => [q.open, q.after]));
  return { paras, raw, v };
}

/**
 * Direct quotations (direct = true), outermost only, in text order. text = doc.text.slice(start,
 * end) without the marks (a trailing comma dropped); a quotation running over paragraphs gives one
 * Quote per paragraph, all with the same speaker. speaker is the entity index (null when no actor
 * is known); speakerText the words naming the speaker with titles dropped ("Olaf Scholz"), or, for
 * a pronoun, the name it was resolved to; speakerSpan where the attribution names the speaker; cue
 * the verb's lemma or phrase ("say", "according to", "quoted as saying"); via the outlet's entity.
 * Scare quotes, quoted titles and names, and quotations in headlines are left out.
 */
export function findQuotes(doc: Doc, actors: ActorLayer): Quote[] {
  const { paras, raw, v } = view(doc, actors);
  try {
    return attributeQuotes(v, raw, paras);
  } finally {
    v.release();
  }
}

/** Indirect speech ("the ministry said that China was distorting ..."), direct = false. */
export function findReportedSpeech(doc: Doc, actors: ActorLayer): Quote[] {
  const { paras, raw, v } = view(doc, actors);
  try {
    return findReported(v, attributeQuotes(v, raw, paras), paras);
  } finally {
    v.release();
  }
}

/** Both at once, sharing one pass over the quotation marks: what the pipeline calls. */
export function findSpeech(doc: Doc, actors: ActorLayer): { quotes: Quote[]; reported: Quote[] } {
  const { paras, raw, v } = view(doc, actors);
  try {
    // The speech cues whose subject is a name serve both passes: found once.
    const events = speechEvents(v);
    const res = speakerResolver(v, paras, events);
    const quotes = attributeQuotes(v, raw, paras, events, res);
    const reported = findReported(v, quotes, paras, events, res);
    return { quotes, reported };
  } finally {
    v.release();
  }
}

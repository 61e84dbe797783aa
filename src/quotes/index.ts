// The quotes stage: direct quotations with their speakers (findQuotes) and reported speech
// (findReportedSpeech, for the claims ledger and events; never scored as quotations).
import type { ActorLayer, Doc, Quote } from "../doc.js";
import { quoteLexicon } from "./lexicon.js";
import { paragraphs, scanQuotes } from "./marks.js";
import { TextView } from "./text-view.js";
import { attributeQuotes } from "./attribute-quotes.js";
import { findReported } from "./reported.js";


function view(doc: Doc, actors: ActorLayer) {
  const paras = paragraphs(doc.text);
  const raw = scanQuotes(doc.text, paras);
  const v = new TextView(doc, actors, quoteLexicon(), raw.map((q) => [q.open, q.after]));
  return { paras, raw, v };
}

export function findQuotes(doc: Doc, actors: ActorLayer): Quote[] {
  const { paras, raw, v } = view(doc, actors);
  return attributeQuotes(v, raw, paras);
}

/** Indirect speech ("the ministry said that China was distorting ..."), direct = false. */
export function findReportedSpeech(doc: Doc, actors: ActorLayer): Quote[] {
  const { paras, raw, v } = view(doc, actors);
  return findReported(v, attributeQuotes(v, raw, paras), paras);
}

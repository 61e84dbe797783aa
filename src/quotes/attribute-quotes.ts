// Decides which quotation-mark spans are quotations and who said each: the attribution right
// after the quote (", Trump said"), a cue earlier in the sentence, the speaker of the quote it
// continues, a speaker named in the next sentence, or the subject of its sentence.
import type { Quote } from "../doc.js";
import type { Paragraph, RawQuote } from "./marks.js";
import { REACH, type Cand, type TextView } from "./text-view.js";
import { attributionAfter, cueAt, firstCue, lastCue, objectOf, subjectOf, viaOf, windowEnd, type Cue } from "./attribution.js";
import { CLEARLY_SPEECH_WORDS, hasWords, headlines, isClearlySpeech, isHeadline, isNameModifier, markedAsTerm, shapeOf } from "./filter.js";
import { SpeakerResolver, type PastSpeaker, type Speaker, type SpeechEvent } from "./speaker.js";

const ATTACHING_END = /[,!?\u2014\u2013\u2026-]$/;

interface Found {
  speaker: Cand | null;
  cue: Cue | null;
  via: Cand | null;
}

interface Prev {
  q: RawQuote;
  speaker: Speaker | null;
  cue: string | null;
  via: number | null;
}

/** The resolver both passes share: it reads the actors once and is not changed by resolving. */
export function speakerResolver(v: TextView, paras: Paragraph[], events: SpeechEvent[]): SpeakerResolver {
  const headline = headlines(v, paras);
  return new SpeakerResolver(v, events, (i) => headline[i] ?? false);
}

export function attributeQuotes(v: TextView, raw: RawQuote[], paras: Paragraph[], events: SpeechEvent[] = speechEvents(v), res = speakerResolver(v, paras, events)): Quote[] {
  const past: PastSpeaker[] = [];
  const out: Quote[] = [];
  const continued: boolean[] = [];
  const text = v.doc.text;
  const n = v.tokens.length;
  let prev: Prev | null = null;
  for (const q of raw) {
    const p = paras[q.para];
    const continuing = !!prev && prev.q.ending === "continued" && prev.q.para === q.para - 1 && q.open === p.start;
    if (!continuing && q.ending !== "continued" && isHeadline(text, p)) continue;
    if (markedAsTerm(v, q.open)) continue;
    const qa = v.tokenAt(q.open);
    if (qa >= n) continue;
    const qb = v.tokenAt(q.after);
    const sentStart = v.sentenceStart(qa);
    const end = qb < n && v.para(qb) === q.para ? windowEnd(v, qb) : qb;
    const after = end > qb ? attributionAfter(v, qb, end) : null;
    const quoted = text.slice(q.start, q.end);
    const attached = !!after && after.cue.a - qb <= 30 && (ATTACHING_END.test(quoted) || v.tokens[qb]?.text === "," || after.leading);
    const before = lastCue(v, sentStart, qa);
    let leadIn = sentStart;
    while (leadIn < qa && v.tokens[leadIn].pos === "PUNCT") leadIn++;
    const startsSentence = leadIn === qa;
    // CLEARLY_SPEECH_WORDS words are speech whatever their shape: only shorter quotations are looked at closer.
    if (!continuing && !hasWords(text, q.start, q.end, CLEARLY_SPEECH_WORDS)) {
      const shape = shapeOf(v, q);
      if (!isClearlySpeech(shape)) {
        const ok = attached || (!!before && !isNameModifier(v, shape, qb)) || (startsSentence && !!after);
        if (!ok || (shape.titleCase && !attached && !before)) continue;
      }
    }

    let found: Found | null = null;
    if (attached && after) found = after;
    else if (before) found = { cue: before, speaker: before.kind === "according" ? objectOf(v, before, qa) : subjectOf(v, before, sentStart), via: viaOf(v, before, qa) };
    else if (after) found = after;

    let speaker: Speaker | null = found?.speaker ? res.resolve(found.speaker, past) : null;
    let cue = found?.cue?.word ?? null;
    let via = found?.via ? res.entityOf(found.via) : null;
    if (!speaker && prev?.speaker && (continuing || prev.q.para === q.para || (prev.q.para === q.para - 1 && q.open === p.start))) {
      ({ speaker, cue, via } = prev);
    }
    if (!speaker && !found && startsSentence) {
      const next = nextSentenceSpeaker(v, qb);
      if (next) {
        speaker = res.resolve(next.speaker, past);
        cue = next.cue;
      }
    }
    if (!speaker && q.open === p.start && q.para > 0 && text[paras[q.para - 1].end - 1] === ":") {
      const intro = introducedBy(v, paras[q.para - 1]);
      if (intro) {
        speaker = res.resolve(intro.speaker, past);
        cue = intro.cue;
      }
    }
    if (!speaker && !startsSentence) {
      const subj = v.candidates(sentStart, qa).find((c) => !c.afterPrep && !c.possessive);
      if (subj) speaker = res.resolve(subj, past);
    }
    const start = q.start;
    let stop = q.end;
    while (stop > start + 1 && text[stop - 1] === ",") stop--;
    out.push({ start, end: stop, text: text.slice(start, stop), speaker: speaker?.entity ?? null, speakerText: speaker?.text ?? null, speakerSpan: speaker?.span ?? null, cue, via, direct: true });
    continued.push(q.ending === "continued");
    if (speaker) past.push({ entity: speaker.entity, text: speaker.text, span: speaker.span, para: q.para, at: q.open });
    prev = { q, speaker, cue, via };
  }
  // A quotation carried over paragraphs is usually attributed in its last piece.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (continued[i] && a.speakerText === null && b.speakerText !== null) Object.assign(a, { speaker: b.speaker, speakerText: b.speakerText, speakerSpan: b.speakerSpan, cue: b.cue, via: b.via });
  }
  return out;
}

/** '"We will not retreat." The warning came from Defense Minister Anna Berg.': a speaker named
 * by a cue or a statement noun in the sentence right after the quote. */
function nextSentenceSpeaker(v: TextView, from: number): { speaker: Cand; cue: string | null } | null {
  let i = from;
  while (i < v.tokens.length && v.quoted[i]) i++;
  if (i >= v.tokens.length) return null;
  const s = v.doc.sentences[v.tokens[i].sent];
  if (!s || s.first !== i) return null;
  const last = Math.min(s.last, s.first + REACH);
  const cue = firstCue(v, s.first, last);
  if (cue) {
    const c = cue.kind === "according" ? objectOf(v, cue, last) : subjectOf(v, cue, s.first) ?? objectOf(v, cue, last);
    return c && c.kind !== "pronoun" ? { speaker: c, cue: cue.word } : null;
  }
  for (let k = s.first; k < last; k++) {
    if (!v.lex.statements.has(v.tokens[k].lower)) continue;
    const c = v.candidates(s.first, last).find((x) => x.kind === "name" && !x.possessive);
    return c ? { speaker: c, cue: null } : null;
  }
  return null;
}

/** Every speech cue outside quotations whose subject is a name, in text order. */
export function speechEvents(v: TextView): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  let afterQuote = 0;
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.quoted[i]) {
      afterQuote = i + 1;
      continue;
    }
    const cue = cueAt(v, i);
    if (!cue || cue.kind === "frame") continue;
    const sent = v.doc.sentences[v.tokens[i].sent];
    const prev = v.tokens[i - 1];
    const next = cue.word !== "tell" && cue.b < v.tokens.length && v.isNameToken(cue.b);
    const inverted = cue.kind === "according" || (!!prev && (v.quoted[i - 1] === 1 || (prev.text === "," && (v.quoted[i - 2] === 1 || next))));
    const from = Math.max(sent?.first ?? 0, i - 40, afterQuote);
    const cand = inverted ? objectOf(v, cue, Math.min(sent?.last ?? v.tokens.length, cue.b + 12)) ?? subjectOf(v, cue, from) : subjectOf(v, cue, from);
    if (cand && cand.kind === "name") out.push({ at: v.tokens[i].start, para: sent?.para ?? -1, sent: v.tokens[i].sent, cand });
    i = cue.b - 1;
  }
  return out;
}

/** 'Foreign Minister Anna Berg put it bluntly:' closing the paragraph before a quotation. */
function introducedBy(v: TextView, p: Paragraph): { speaker: Cand; cue: string | null } | null {
  const lastTok = v.tokenAt(p.end - 1);
  if (lastTok >= v.tokens.length) return null;
  const from = v.sentenceStart(lastTok);
  const cue = lastCue(v, from, lastTok + 1);
  const c = cue ? (cue.kind === "according" ? objectOf(v, cue, lastTok) : subjectOf(v, cue, from)) : v.candidates(from, lastTok).find((x) => !x.afterPrep && !x.possessive);
  return c ? { speaker: c, cue: cue?.word ?? null } : null;
}

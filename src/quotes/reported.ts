// Reported speech: "X said (that) CLAUSE", "X told Y that CLAUSE", "According to X, CLAUSE" and
// "CLAUSE, X said." Each is a Quote with direct = false whose text is the reported clause.
import type { Quote } from "../doc.js";
import type { Paragraph } from "./marks.js";
import { REACH, type TextView } from "./text-view.js";
import { cueAt, objectOf, subjectOf, type Cue } from "./attribution.js";
import { speakerResolver, speechEvents } from "./attribute-quotes.js";
import { headlines } from "./filter.js";
import type { PastSpeaker, SpeechEvent } from "./speaker.js";

/** Verbs whose listener comes between the verb and the clause ("told reporters that"). */
const CLAUSE_POS = new Set(["VERB", "AUX"]);
const FINAL = new Set([".", "!", "?", ";"]);
/** Parts of speech a reported clause can open with (a subject or "while", "if" ...). */
const CLAUSE_START = new Set(["PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ", "SCONJ", "ADV", "X"]);

export function findReported(v: TextView, direct: Quote[], paras: Paragraph[], events: SpeechEvent[] = speechEvents(v), res = speakerResolver(v, paras, events)): Quote[] {
  const headline = headlines(v, paras);
  const past: PastSpeaker[] = direct
    .filter((q) => q.speakerText && q.speakerSpan)
    .map((q) => ({ entity: q.speaker, text: q.speakerText!, span: q.speakerSpan!, at: q.start, para: v.para(v.tokenAt(q.start)) }));
  const out: Quote[] = [];
  for (const s of v.doc.sentences) {
    if (headline[s.para]) continue;
    let last = s.last;
    while (last > s.first && (FINAL.has(v.tokens[last - 1].text) || v.tokens[last - 1].pos === "PUNCT") && !v.quoted[last - 1]) last--;
    for (let i = s.first; i < last; i++) {
      const cue = cueAt(v, i);
      if (!cue || cue.kind === "frame" || cue.kind === "quoted") continue;
      const first = Math.max(s.first, i - REACH);
      const q = v.tokens[i - 1]?.text === "," ? clauseBefore(v, cue, first, last) : clauseAfter(v, cue, first, last) ?? clauseBefore(v, cue, first, last);
      if (q) {
        const sp = q.speaker ? res.resolve(q.speaker, past) : null;
        const start = v.tokens[q.a].start;
        const end = v.tokens[q.b - 1].end;
        out.push({ start, end, text: v.doc.text.slice(start, end), speaker: sp?.entity ?? null, speakerText: sp?.text ?? null, speakerSpan: sp?.span ?? null, cue: cue.word, via: null, direct: false });
        break;
      }
      i = cue.b - 1;
    }
  }
  return out;
}

type Found = { a: number; b: number; speaker: ReturnType<typeof subjectOf> };

function hasVerb(v: TextView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (CLAUSE_POS.has(v.tokens[i].pos)) return true;
  return false;
}

/** "X said (on Friday) (that) CLAUSE" and "According to X, CLAUSE". */
function clauseAfter(v: TextView, cue: Cue, first: number, last: number): Found | null {
  let i = cue.b;
  let speaker;
  if (cue.kind === "according") {
    speaker = objectOf(v, cue, last);
    while (i < last && v.tokens[i].text !== ",") i++;
    i++;
  } else {
    speaker = subjectOf(v, cue, first);
    if (!speaker) return null;
    let listener = false;
    if (v.lex.listenerCues.has(cue.word)) {
      const c = v.candidates(i, Math.min(last, i + 6), true)[0];
      if (c && c.a === i && c.kind !== "pronoun") [i, listener] = [c.b, true];
      else if (v.tokens[i] && (v.lex.objectPronouns.has(v.tokens[i].lower) || v.tokens[i].pos === "NOUN")) [i, listener] = [i + 1, true];
    }
    // A short prepositional phrase ("on Friday", "in a statement") before the clause.
    if (!listener && v.tokens[i]?.pos === "ADP" && v.tokens[i].lower !== "that") {
      let j = i + 1;
      while (j < last && j - i <= 4 && v.tokens[j].pos !== "PRON" && v.tokens[j].pos !== "VERB" && v.tokens[j].lower !== "that" && v.tokens[j].text !== ",") j++;
      i = j;
      if (v.tokens[i]?.text === ",") i++;
    }
    if (v.tokens[i]?.lower === "that") i++;
  }
  if (i >= last || v.quoted[i] || !CLAUSE_START.has(v.tokens[i].pos)) return null;
  if (last - i < 3 || !hasVerb(v, i, Math.min(last, i + 10))) return null;
  return { a: i, b: last, speaker };
}

/** "CLAUSE, the ministry added." and "CLAUSE, said Kelly Ann Shaw, a former aide." */
function clauseBefore(v: TextView, cue: Cue, first: number, last: number): Found | null {
  if (cue.kind === "according") return null;
  let comma = cue.a - 1;
  while (comma > first && cue.a - comma <= 8 && v.tokens[comma].text !== ",") comma--;
  if (v.tokens[comma]?.text !== "," || comma - first < 3) return null;
  const inverted = comma === cue.a - 1;
  // The attribution closes the sentence: only a short tail (or the speaker's apposition) after the cue.
  if (last - cue.b > (inverted ? 30 : 6)) return null;
  for (let k = first; k < comma; k++) if (v.quoted[k]) return null;
  const speaker = inverted ? objectOf(v, cue, last) : v.candidates(comma + 1, cue.a, true)[0] ?? null;
  if (!speaker || !hasVerb(v, first, comma)) return null;
  return { a: first, b: comma, speaker };
}

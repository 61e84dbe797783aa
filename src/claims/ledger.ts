// The claims ledger of one article: every statement (quote, indirect speech, nominal "claims
// that ...", reported or verbal event, open doubt) with its claimant, the chain it reached the
// reader through, its stance, and links between claims that support or contradict each other.
import type { ActorLayer, Doc, Event, Quote, Sentence, Span, Token } from "../doc.js";
import { lowerBound } from "./lower-bound.js";
import { hintOffsets } from "./hints.js";
import { stanceOfTokens, verbalEventTypes } from "./stance.js";
import { Overlap, SpanWords } from "./words.js";
import { docNouns } from "./word-lists.js";
import type { ChainLink, Claim, ClaimLedger, ClaimLink, Proposition, Stance } from "./types.js";

export interface ClaimInput {
  doc: Doc;
  actors: ActorLayer;
  quotes: Quote[];
  /** Indirect speech (Quote with direct=false). */
  reported: Quote[];
  events: Event[];
  /** The outlet that published the article (agency credit or site name), or null. */
  outlet: string | null;
}

// Sticky: it is tried only where a hint word starts (see nominalMatches).
const NOMINAL = /\b(claims?|reports?|allegations?|assertions?|accounts?|suggestions?)\s+(?:(?:in|by|from)\s+([^,;.]{2,60}?)\s+)?that\s/iuy;
const DOUBT = /\b(?:(?:it|this)\s+(?:was|is|remains|remained)\s+(?:not\s+clear|unclear|uncertain|not\s+known)|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)|could\s+not\s+verify|could\s+not\s+confirm)\b/iu;

export function buildClaims(input: ClaimInput): ClaimLedger {
  const { doc, actors, events } = input;
  const text = doc.text;
  const claims: Claim[] = [];
  const speechSpans: Span[] = [];
  const publisher: ChainLink[] = input.outlet ? [{ entity: null, text: input.outlet, role: "publisher" }] : [];
  const docNounSet = docNouns();

  const byTrigger: number[] = [];
  for (let i = 0; i < events.length; i++) if (events[i].type !== "OTHER") byTrigger.push(i);
  // The events stage gives them in text order: the (stable) sort is only needed when not.
  if (!inTriggerOrder(byTrigger, events)) byTrigger.sort((a, b) => events[a].trigger[0] - events[b].trigger[0]);
  const eventIn = (span: Span) => {
    for (let k = lowerBound(byTrigger.length, (x) => events[byTrigger[x]].trigger[0] < span[0]); k < byTrigger.length; k++) {
      const e = events[byTrigger[k]];
      if (e.trigger[0] >= span[1]) break;
      if (e.trigger[1] <= span[1]) return byTrigger[k];
    }
    return null;
  };
  const proposition = (span: Span, stance: Stance): Proposition => {
    const ev = eventIn(span);
    const e = ev === null ? null : events[ev];
    const negated = e?.modality === "negated";
    return {
      event: ev,
      type: e?.type ?? null,
      source: e?.source ?? [],
      target: e?.target ?? [],
      date: e?.date ?? null,
      // The events stage already marks an event under "denied that ..." as negated: a denial is
      // negative once, not flipped back to positive.
      polarity: negated || stance === "denies" ? "negative" : "positive",
      text: text.slice(span[0], span[1]),
      span,
    };
  };

  // Speech: direct quotes and indirect speech.
  for (const q of [...input.quotes, ...input.reported]) {
    const si = sentenceAt(doc.sentences, q.start);
    const sent = si >= 0 ? doc.sentences[si] : null;
    const around = sent ? aroundSpan(doc.tokens, sent.first, sent.last, q.start, q.end) : NO_AROUND;
    // The stance is read off the cue and the few words next to it ("denied a report"), not
    // off every word of the sentence.
    const cue = q.cue?.toLowerCase() ?? null;
    const cueAt = cue === null ? -1 : around.findWord(cue);
    const near = NEAR;
    near.length = 0;
    if (cueAt >= 0) for (let x = Math.max(0, cueAt - 2); x < cueAt + 4 && x < around.size; x++) near.push(around.token(x));
    const stance = stanceOfTokens(cue ?? "", near);
    const speaker: ChainLink | null = q.speaker !== null || q.speakerText ? { entity: q.speaker, text: q.speakerText ?? actors.entities[q.speaker!]?.name ?? "", role: "speaker" } : null;
    const docNoun = around.findNoun(docNounSet);
    const document: ChainLink | null = docNoun >= 0 ? { entity: null, text: nounPhrase(doc, around.index(docNoun)), role: "document" } : null;
    const outlet: ChainLink | null = q.via !== null ? { entity: q.via, text: actors.entities[q.via]?.name ?? "", role: "outlet" } : null;
    const chain = chainOf(speaker, document, outlet, publisher);
    const span: Span = [q.start, q.end];
    speechSpans.push(span);
    const prop = proposition(span, stance === "denies" ? "denies" : "asserts");
    const said: Stance = stance === "unclear" ? "asserts" : stance;
    claims.push({
      kind: q.direct ? "quote" : "indirect",
      claimant: q.speaker,
      claimantText: q.speakerText,
      chain,
      // Saying that something did not happen is denying it.
      stance: said === "asserts" && prop.polarity === "negative" ? "denies" : said,
      proposition: prop,
      status: prop.event !== null && events[prop.event].modality === "future" ? "pending" : null,
      evidence: sent ? [Math.min(sent.start, q.start), Math.max(sent.end, q.end)] : span,
    });
  }

  // Nominal claims: "the claims in Chinese media that ...", "a report that ...".
  const { nominal: nominalAt, doubt: doubtAt } = hintOffsets(text);
  let nh = 0;
  let dh = 0;
  for (const s of doc.sentences) {
    while (nh < nominalAt.length && nominalAt[nh] < s.start) nh++;
    while (dh < doubtAt.length && doubtAt[dh] < s.start) dh++;
    const mayNominal = nh < nominalAt.length && nominalAt[nh] < s.end;
    const mayDoubt = dh < doubtAt.length && doubtAt[dh] < s.end;
    if (!mayNominal && !mayDoubt) continue;
    const st = text.slice(s.start, s.end);
    if (mayNominal) for (const m of nominalMatches(st, s.start, nominalAt, nh)) {
      const start = s.start + m.index! + m[0].length;
      const end = clauseEnd(text, start, s.end);
      if (end - start < 8) continue;
      const holderStart = m[2] ? s.start + m.index! + m[0].indexOf(m[2], m[1].length) : -1;
      const holder = holderStart >= 0 ? mentionIn(actors, [holderStart, holderStart + m[2].length]) : null;
      const span: Span = [start, end];
      speechSpans.push(span);
      claims.push({
        kind: "nominal",
        claimant: holder,
        claimantText: m[2] ?? null,
        chain: [{ entity: holder, text: m[2] ?? m[1], role: "speaker" }, ...publisher],
        stance: "asserts",
        proposition: proposition(span, "asserts"),
        status: null,
        evidence: [s.start + m.index!, end],
      });
    }
    // Open doubts the article itself raises: "It was not clear ... that the issue had been resolved."
    if (mayDoubt && DOUBT.test(st) && !speechSpans.some((sp) => sp[0] >= s.start && sp[1] <= s.end)) {
      const span: Span = [s.start, s.end];
      claims.push({ kind: "doubt", claimant: null, claimantText: input.outlet, chain: [...publisher], stance: "doubts", proposition: proposition(span, "asserts"), status: null, evidence: span });
    }
  }

  speechSpans.sort((a, b) => a[0] - b[0]);
  const inSpeech = (t: Span) => {
    const k = lowerBound(speechSpans.length, (x) => speechSpans[x][0] <= t[0]);
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (t[1] <= speechSpans[j][1]) return true;
    return false;
  };
  // Events that are claims in themselves: reported ones, verbal acts (accuse, reject, threaten), plans.
  const verbalTypes = verbalEventTypes();
  events.forEach((e, i) => {
    if (e.type === "OTHER" || inSpeech(e.trigger)) return;
    const verbal = verbalTypes.get(e.type);
    const planned = e.modality === "future";
    if (e.reportedBy === null && !verbal && !planned) return;
    const claimant = e.reportedBy ?? (verbal ? e.source[0] ?? null : null);
    const stance: Stance = e.reportedBy !== null ? "asserts" : verbal ?? "plans";
    claims.push({
      kind: "event",
      claimant,
      claimantText: claimant !== null ? actors.entities[claimant]?.name ?? null : input.outlet,
      chain: claimant !== null ? [{ entity: claimant, text: actors.entities[claimant]?.name ?? "", role: "speaker" as const }, ...publisher] : [...publisher],
      stance: planned && !verbal ? "plans" : stance,
      proposition: { event: i, type: e.type, source: e.source, target: e.target, date: e.date, polarity: e.modality === "negated" ? "negative" : "positive", text: text.slice(e.evidence[0], e.evidence[1]), span: e.evidence },
      status: planned ? "pending" : null,
      evidence: e.evidence,
    });
  });

  claims.sort((a, b) => a.evidence[0] - b.evidence[0]);
  return { claims, links: linkClaims(claims, actors, events, doc) };
}

function linkClaims(claims: Claim[], actors: ActorLayer, events: Event[], doc: Doc): ClaimLink[] {
  const links: ClaimLink[] = [];
  const seen = new Set<string>();
  const add = (from: number, to: number, relation: ClaimLink["relation"], reason: string) => {
    const key = `${Math.min(from, to)}:${Math.max(from, to)}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    links.push({ from, to, relation, reason });
  };
  // The participants of a claim, as countries or ids; only claims with a type are ever asked.
  const whoMemo: Array<Set<string> | undefined> = new Array(claims.length);
  const who = (k: number) => (whoMemo[k] ??= participants(claims[k].proposition, actors));
  const bags: Array<number[] | undefined> = new Array(claims.length);
  // A proposition's text is the article's text over its span. Only denials and unnamed reports
  // compare words: the per-token stems are set up on the first bag.
  let spanWords: SpanWords | null = null;
  const bag = (j: number) => (bags[j] ??= (spanWords ??= new SpanWords(doc.text, doc.tokens)).of(claims[j].proposition.span[0], claims[j].proposition.span[1]));
  // Claims far apart in a long article are not compared: the work stays linear in its length.
  const WINDOW = 150;
  const n = claims.length;
  const byType = new Map<string, number[]>();
  const nominals: number[] = [];
  claims.forEach((c, k) => {
    const t = c.proposition.type;
    if (t) {
      const list = byType.get(t);
      if (list) list.push(k);
      else byType.set(t, [k]);
    }
    if (c.kind === "nominal") nominals.push(k);
  });
  claims.forEach((a, i) => {
    const lo = Math.max(0, i - WINDOW);
    const hi = Math.min(n - 1, i + WINDOW);
    // Whether a can support or embed anything at all does not depend on the other claim.
    const type = a.proposition.type;
    const canSame = !!type && type !== "REJECT";
    const canEmbed = a.stance === "denies" || type === "ACCUSE" || type === "REJECT";
    // Only claims of the same type can tell the same event, only nominal ones be embedded: the
    // two index lists are walked together, in claim order.
    const same = canSame ? byType.get(type as string)! : NONE;
    const nom = canEmbed ? nominals : NONE;
    let x = firstAbove(same, i);
    let y = firstAbove(nom, i);
    for (;;) {
      const js = x < same.length ? same[x] : n;
      const jn = y < nom.length ? nom[y] : n;
      const j = Math.min(js, jn);
      if (j > hi) break;
      if (js === j) x++;
      if (jn === j) y++;
      const b = claims[j];
      // The same event told by two claimants: same type, shared participants.
      if (sameProposition(i, j) && a.proposition.polarity === b.proposition.polarity) add(i, j, "supports", "same-event");
      // A claim made inside another's words ("citing the claims in Chinese media that ...").
      const inside = b.evidence[0] >= a.proposition.span[0] && b.evidence[1] <= a.proposition.span[1] + 1;
      if (inside && b.kind === "nominal" && (a.stance === "denies" || a.proposition.type === "ACCUSE" || a.proposition.type === "REJECT")) add(i, j, "contradicts", "embedded");
    }
    // A negative account contradicts the nearest positive account of the same event by someone else.
    if (a.proposition.polarity === "negative" && a.proposition.type) {
      let best = -1;
      const same = byType.get(a.proposition.type)!;
      for (let x = firstAbove(same, lo - 1); x < same.length && same[x] <= hi; x++) {
        const j = same[x];
        if (claims[j].proposition.polarity === "positive" && sameProposition(i, j) && (best < 0 || Math.abs(j - i) < Math.abs(best - i))) best = j;
      }
      if (best >= 0) add(best, i, "contradicts", "same-event");
    }
    // "A report that ..." with no named source is matched to the account it refers to.
    if (a.kind === "nominal" && a.claimant === null) {
      let best = -1;
      let bestScore = 0.19;
      const mine = new Overlap(bag(i));
      for (let j = lo; j <= hi; j++) {
        const b = claims[j];
        // Not the claim that cites the report: that one answers it.
        const cites = a.evidence[0] >= b.proposition.span[0] && a.evidence[1] <= b.proposition.span[1] + 1;
        const score = j === i || b.kind === "nominal" || cites ? 0 : mine.with(bag(j));
        if (score > bestScore) [best, bestScore] = [j, score];
      }
      if (best >= 0) {
        add(i, best, "supports", "content");
        // The report is the account it was matched to: "a report that ..." is the newspaper's.
        if (claims[best].claimant !== null) [a.claimant, a.claimantText] = [claims[best].claimant, claims[best].claimantText];
      }
    }
    // A denial answers an earlier or later claim: by whom it targets, else by shared content words.
    if (a.stance === "denies") {
      const targets = new Set(a.proposition.event !== null ? events[a.proposition.event].target : []);
      let best = -1;
      let bestScore = 0;
      // The words of the text and of the chain's names (words(text + " " + names)).
      const mine = new Overlap(bag(i), spanWords!.ofText(textAround(a)));
      for (let j = lo; j <= hi; j++) {
        const b = claims[j];
        if (j === i || b.stance === "denies" || b.claimant === a.claimant) continue;
        const byTarget = b.claimant !== null && targets.has(b.claimant) ? 0.5 : 0;
        // The overlap is at most 1: a claim that cannot beat the best even so is not read.
        if (byTarget + 1 - Math.abs(i - j) * 0.01 <= bestScore) continue;
        const score = byTarget + mine.with(bag(j)) - Math.abs(i - j) * 0.01;
        if (score > bestScore) [best, bestScore] = [j, score];
      }
      if (best >= 0 && bestScore >= 0.15) add(best, i, "contradicts", "denial");
    }
  });

  function sameProposition(i: number, j: number): boolean {
    const a = claims[i];
    const b = claims[j];
    const pa = a.proposition;
    const pb = b.proposition;
    if (!pa.type || pa.type !== pb.type || pa.type === "REJECT" || a.claimant === b.claimant) return false;
    // A denial speaks of a period ("no recent calls"), so only two positive accounts must agree on the day.
    const bothPositive = pa.polarity === "positive" && pb.polarity === "positive";
    if (bothPositive && pa.date && pb.date && !pa.date.startsWith(pb.date) && !pb.date.startsWith(pa.date)) return false;
    const x = who(i);
    const y = who(j);
    if (!x.size || !y.size) return true;
    for (const p of x) if (y.has(p)) return true;
    return false;
  }
  return links;
}

const NONE: number[] = [];

/** buildClaims(): the tokens next to a speech cue, refilled for each quote (stanceOfTokens() keeps none). */
const NEAR: Token[] = [];

/** The links present, then the publisher's, as an array of exactly that length. */
function chainOf(speaker: ChainLink | null, document: ChainLink | null, outlet: ChainLink | null, publisher: ChainLink[]): ChainLink[] {
  const chain = new Array<ChainLink>((speaker ? 1 : 0) + (document ? 1 : 0) + (outlet ? 1 : 0) + publisher.length);
  let k = 0;
  if (speaker) chain[k++] = speaker;
  if (document) chain[k++] = document;
  if (outlet) chain[k++] = outlet;
  for (const p of publisher) chain[k++] = p;
  return chain;
}

/** Whether the listed events' triggers start in non-decreasing order. */
function inTriggerOrder(list: number[], events: Event[]): boolean {
  for (let k = 1; k < list.length; k++) if (events[list[k]].trigger[0] < events[list[k - 1]].trigger[0]) return false;
  return true;
}

/** Index of the first value above x in the sorted list. */
function firstAbove(list: number[], x: number): number {
  return lowerBound(list.length, (k) => list[k] <= x);
}

/** The participants of a proposition (its source, then its target) as countries, else entity ids, else indexes. */
function participants(p: Proposition, actors: ActorLayer): Set<string> {
  const out = new Set<string>();
  for (const list of [p.source, p.target]) for (const i of list) out.add(actors.entities[i]?.country ?? actors.entities[i]?.id ?? String(i));
  return out;
}

function textAround(c: Claim): string {
  return c.chain.map((l) => l.text).join(" ");
}

/** The matches of NOMINAL in the text st of a sentence starting at offset base, as
 * st.matchAll would find them: each starts with a hint word, so NOMINAL is tried at the hint
 * offsets (hints, from index h on) only. */
function nominalMatches(st: string, base: number, hints: number[], h: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (; h < hints.length && hints[h] < base + st.length; h++) {
    const at = hints[h] - base;
    if (at < next) continue;
    NOMINAL.lastIndex = at;
    const m = NOMINAL.exec(st);
    if (m) {
      out.push(m);
      next = NOMINAL.lastIndex;
    }
  }
  return out;
}

/** Index of the sentence holding offset off, or -1. */
function sentenceAt(sentences: Sentence[], off: number): number {
  const i = lowerBound(sentences.length, (k) => sentences[k].end <= off);
  return i < sentences.length && sentences[i].start <= off ? i : -1;
}

function clauseEnd(text: string, start: number, limit: number): number {
  let end = limit;
  while (end > start && /[\s.,;:!?"”’]/u.test(text[end - 1])) end--;
  return end;
}

function mentionIn(actors: ActorLayer, span: Span): number | null {
  const m = actors.mentions.find((x) => x.start >= span[0] && x.end <= span[1]);
  return m ? m.entity : null;
}

function nounPhrase(doc: Doc, at: number): string {
  const tokens = doc.tokens;
  // The first token starting where this one does (an empty token may come first).
  let i = at;
  while (i > 0 && tokens[i - 1].start === tokens[at].start) i--;
  let k = i;
  while (k > 0 && i - k < 4 && NP_POS.has(tokens[k - 1].pos) && tokens[k - 1].sent === tokens[i].sent) k--;
  return doc.text.slice(tokens[k].start, tokens[at].end);
}

const NP_POS = new Set(["DET", "ADJ", "PROPN", "NOUN"]);

/** The tokens of a sentence [first, last) outside the span [start, end), as one list without
 * copying them: token offsets only grow, so they are a head and a tail of the sentence. */
class Around {
  /** The head is [first, cut); the tail [resume, last). */
  constructor(private tokens: Token[], private first: number, private cut: number, private resume: number, readonly size: number) {}

  index(x: number): number {
    const head = this.cut - this.first;
    return x < head ? this.first + x : this.resume + x - head;
  }

  token(x: number): Token {
    return this.tokens[this.index(x)];
  }

  /** The position of the first token whose lemma or lower-case form is w, or -1. */
  findWord(w: string): number {
    for (let x = 0; x < this.size; x++) {
      const t = this.token(x);
      if (t.lemma === w || t.lower === w) return x;
    }
    return -1;
  }

  /** The position of the first noun whose lemma is in nouns, or -1. */
  findNoun(nouns: ReadonlySet<string>): number {
    for (let x = 0; x < this.size; x++) {
      const t = this.token(x);
      if (t.pos === "NOUN" && nouns.has(t.lemma)) return x;
    }
    return -1;
  }
}

const NO_AROUND = new Around([], 0, 0, 0, 0);

function aroundSpan(tokens: Token[], first: number, last: number, start: number, end: number): Around {
  const cut = lowerBound(last, (k) => tokens[k].end <= start, first);
  const resume = lowerBound(last, (k) => tokens[k].start < end, cut);
  return new Around(tokens, first, cut, resume, cut - first + last - resume);
}

// wink-nlp's tokenizer over wink-eng-lite-web-model, giving exactly its raw tokens (rdd.tokens).
// The logic follows wink-nlp's src/tokenizer.js, src/recursive-tokenizer.js and
// src/dd-wrapper.js (addToken, addTokenIfInCache, isLexeme); wink-nlp is MIT, (C) GRAYPE Systems
// Private Limited.
//
// Fast paths, each giving what wink's code gives:
// - the text is split by a scan over a character-class table instead of String.split on the
//   model's splitter, and a token is looked up by its place in the text (hash computed while
//   scanning) without cutting a string out of it;
// - a token of letters only, or of letters and one closing punctuation mark, is recognised by
//   the same table (the model's first two token-category patterns, tested char by char);
// - any other token wink does not know is split by the faithful port (regular expressions of the
//   model, as wink runs them) once, and the result is memoized with the words whose absence from
//   the lexicon it relied on: it is replayed while those words are still unknown. The lexicon
//   only ever grows, and a replay adds nothing the first run did not add, so a replay pushes
//   exactly the tokens a new run would.
import { FNV_OFFSET, FNV_PRIME, Lexicon, hashRange, sharedModel, type CoreModel } from "./lexicon.js";
import { BITS4LEMMA, BITS4PS, type RawTokens } from "./types.js";

const MAX_PRECEDING_SPACES = 65535;
/** dd-wrapper.js's "token added" answer; 0 (UNK) means not in the cache. */
const ADDED = 99;
/** Memo entries kept before the memo is emptied (emptying only costs re-runs). */
const MEMO_LIMIT = 100_000;
/**
 * The longest run without a space that wink's regular expressions read whole. Several of them
 * (e-mail addresses, ordinals, anyWithRP) take time quadratic in the run's length: 40,000 digits
 * and a stray mark took 33 s, 1,024 characters about 14 ms. A longer run is read in pieces of
 * about this length, each as wink reads a run (wink reads it whole). Long tracking URLs stay
 * under it; letters-only words and numbers never come here.
 */
export const LONG_RUN = 1024;

// Character classes (one table of flags over UTF-16 code units).
const SP = 1; // the splitter's space class
const NL = 2; // the splitter's line-break class
const C1 = 4; // letters of the model's "word" token pattern
const RP = 8; // the closing marks of its "wordRP" pattern
const RPX = 16; // the closing marks that end the anyWithRP helper pattern
const LP = 32; // opening marks that neither start anyWithRP's first group nor end anyWithLP's second
const DIGIT = 64; // 0-9 (\\d without the u flag)

// The model patterns the fast paths stand for; checked against the model at load.
const SPLITTER = "([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)";
const LETTER = "[a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0300-\\u036f\\u2060]";
const CLOSING = "[\\’\\”\\\"\\]\\)\\}\\…\\,\\.\\!\\;\\?\\/\\:]";
/** The one-character closing marks of the anyWithRP helper, and its whole pattern. */
const RP_END = "[\\’\\'\\”\\\"\\…\\,\\.\\!\\;\\?\\-\\–\\:\\u0964\\u0965]";
const ANY_WITH_RP = `^([^\\‘\\“\\"\\[\\(\\{\\…\\-\\–].+?)(\\.+|––|--|${RP_END}$|(?:\\'s))$`;
const ANY_WITH_LP = "^(––|--|[\\‘\\'\\“\\\"\\[\\(\\{\\…\\-\\–])(.+?[^\\’\\'\\”\\\"\\]\\)\\}\\…\\,\\.\\!\\;\\?\\-\\–\\:\\u0964\\u0965])$";
/** Opening marks in anyWithRP's excluded first class and anyWithLP's first group. */
const OPENING = "‘“\"[({";
/**
 * hashRange of JSON.stringify(model.trex): the fast paths below were worked out against these
 * very patterns (the order of the recursive ones included), so another model's are refused.
 */
const TREX_HASH = 627983079;
const LTC_NUMBER = "^[\\+\\-]?\\d+(?:[\\.\\,\\-\\/\\:]?(?=(?<digit>\\d+))\\k<digit>)*$";
const LTC_WORD = `^${LETTER}+$`;
const LTC_WORD_RP = `^${LETTER}+${CLOSING}$`;

// recursive-tokenizer.js's own patterns.
const rgxShortFormDot = /^(?:(?:[A-Z])(?:\.))+$/i;
const rgxShortForm = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;
const rgxHyphens = /[\-\–\—]/gi;
const rgxPeriod = /[\.]/gi;
const rgxNumber = /[0-9]/;

type Rx = [RegExp, number];

interface Compiled {
  cls: Uint8Array;
  ltc: Rx[];
  rtc: Rx[];
  anyWithRP: RegExp;
  anyWithLP: RegExp;
  LPanyRP: RegExp;
  cat: Record<string, number>;
  preserve: CoreModel["preserve"];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const core = sharedModel().core;
  const trex = core.trex;
  // compile-trex.js
  const rx = (list: Array<[string, string, number]>): Rx[] => list.map(([src, flags, cat]) => [new RegExp(src, flags), cat]);
  const ltc = rx(trex.ltc);
  const h = trex.helpers;
  const json = JSON.stringify(trex);
  if (hashRange(json, 0, json.length) !== TREX_HASH) throw new Error("reader: the model's tokenizer patterns are not those this tokenizer was written for");
  if (h.splitter[0] !== SPLITTER || h.splitter[1] !== "") throw new Error("reader: the model's splitter is not the one this tokenizer scans for");
  if (trex.ltc[0][0] !== LTC_WORD || trex.ltc[0][1] !== "i" || trex.ltc[0][2] !== core.tcat.hash.word) throw new Error("reader: the model's word pattern changed");
  if (trex.ltc[1][0] !== LTC_WORD_RP || trex.ltc[1][1] !== "i" || trex.ltc[1][2] !== core.tcat.hash.wordRP) throw new Error("reader: the model's wordRP pattern changed");
  if (trex.ltc[2][0] !== LTC_NUMBER || trex.ltc[2][1] !== "" || trex.ltc[2][2] !== core.tcat.hash.number) throw new Error("reader: the model's number pattern changed");
  if (h.anyWithRP[0] !== ANY_WITH_RP || h.anyWithRP[1] !== "" || h.anyWithLP[0] !== ANY_WITH_LP || h.anyWithLP[1] !== "") throw new Error("reader: the model's punctuation helpers changed");
  // Which code units are in each class: the class run once (flags i, not u, as in the model's
  // patterns, so one code unit at a time) over a string of every code unit. A token then matches
  // ^[letters]+$ exactly when each of its code units is a letter, and ^[letters]+[closing]$
  // exactly when all but its last are letters and its last is a closing mark.
  let all = "";
  for (let c = 0; c < 65536; c += 4096) all += String.fromCharCode(...Array.from({ length: 4096 }, (_, k) => c + k));
  const cls = new Uint8Array(65536);
  const mark = (klass: string, flag: number): void => {
    const re = new RegExp(klass, "gi");
    for (let m = re.exec(all); m; m = re.exec(all)) cls[m.index] |= flag;
  };
  mark(LETTER, C1);
  mark(CLOSING, RP);
  mark(RP_END, RPX);
  for (const ch of OPENING) cls[ch.charCodeAt(0)] |= LP;
  for (let c = 48; c <= 57; c++) cls[c] |= DIGIT;
  for (let c = 0; c < 65536; c++) {
    if (c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f) cls[c] |= SP;
    if (c === 10 || c === 13 || c === 9) cls[c] |= NL;
  }
  compiled = {
    cls,
    ltc,
    rtc: rx(trex.rtc),
    anyWithRP: new RegExp(h.anyWithRP[0], h.anyWithRP[1]),
    anyWithLP: new RegExp(h.anyWithLP[0], h.anyWithLP[1]),
    LPanyRP: new RegExp(h.LPanyRP[0], h.LPanyRP[1]),
    cat: core.tcat.hash,
    preserve: core.preserve,
  };
  return compiled;
}

/** A memoized split of a token wink does not know: its raw tokens without the preceding spaces. */
interface MemoEntry {
  /** lexeme, second word (spaces masked out), third word per token. */
  words: Uint32Array;
  /** Words looked up and not found while splitting: the split holds while they stay unknown. */
  absent: string[] | null;
}

/** Flags of the class table: the splitter's spaces and line breaks, the word pattern's letters, the wordRP pattern's closing marks. */
export const CLASS_FLAGS = { space: SP, lineBreak: NL, letter: C1, closing: RP } as const;

/**
 * Every regular expression the tokenizer compiles from the model or its own constants, named, so
 * that test/robustness/regex-safety.test.ts holds them to the rules the code's own literals meet.
 */
export function tokenizerPatterns(): Array<{ name: string; re: RegExp }> {
  const c = compile();
  return [
    ...c.ltc.map(([re], i) => ({ name: `model trex.ltc[${i}]`, re })),
    ...c.rtc.map(([re], i) => ({ name: `model trex.rtc[${i}]`, re })),
    { name: "model trex.helpers.anyWithRP", re: c.anyWithRP },
    { name: "model trex.helpers.anyWithLP", re: c.anyWithLP },
    { name: "model trex.helpers.LPanyRP", re: c.LPanyRP },
  ];
}

/** The class table the scan reads, one entry of CLASS_FLAGS per UTF-16 code unit (for tests). */
export function charClasses(): Uint8Array {
  return compile().cls;
}

const memos = new WeakMap<Lexicon, Map<string, MemoEntry>>();

/** Raw tokens of `text` exactly as wink's readDoc gives them in rdd.tokens; `lex` learns new words. */
export function tokenize(text: string, lex: Lexicon): RawTokens {
  const c = compile();
  let memo = memos.get(lex);
  if (!memo) {
    memo = new Map();
    memos.set(lex, memo);
  }
  const w = new Writer(text, lex, c, memo);
  w.run();
  return { data: w.data, count: w.count };
}

class Writer {
  data: Uint32Array;
  count = 0;
  /** Recursive tokenizer's state (recursive-tokenizer.js ps, used by its first token only). */
  private rps = 0;
  /** Lookups that failed during a split being memoized, or null when not recording. */
  private absent: string[] | null = null;

  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
    private readonly c: Compiled,
    private readonly memo: Map<string, MemoEntry>,
  ) {
    // Room for a token per four characters (news runs about one per five or six): rarely grown.
    this.data = new Uint32Array(Math.max(64, (text.length + 3) & ~3));
  }

  private push(lexeme: number, w1: number, w2: number): void {
    let at = this.count * 4;
    if (at + 4 > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    d[at++] = lexeme;
    d[at++] = w1;
    d[at++] = w2;
    d[at] = 0;
    this.count++;
  }

  /** tokenizer.js tokenize(), over a scan of the text instead of text.split(splitter). */
  run(): void {
    const text = this.text;
    const n = text.length;
    const cls = this.c.cls;
    const lex = this.lex;
    let ps = 0;
    let i = 0;
    while (i < n) {
      let ch = text.charCodeAt(i);
      let k = cls[ch];
      if (k & SP) {
        // A run of spaces: counted, or the nbsp marker when it holds another space character.
        const s = i;
        let nb = false;
        do {
          if (ch !== 32) nb = true;
          i++;
        } while (i < n && cls[(ch = text.charCodeAt(i))] & SP);
        ps = nb ? MAX_PRECEDING_SPACES : Math.min(i - s, MAX_PRECEDING_SPACES - 1);
        continue;
      }
      const s = i;
      let h = FNV_OFFSET;
      let hPrev = h;
      let firstNonLetter = -1;
      let nonLetters = 0;
      if (k & NL) {
        firstNonLetter = s;
        do {
          h = Math.imul(h ^ ch, FNV_PRIME);
          i++;
        } while (i < n && cls[(ch = text.charCodeAt(i))] & NL);
        nonLetters = i - s;
      } else {
        do {
          if (!(k & C1)) {
            if (nonLetters++ === 0) firstNonLetter = i;
          }
          hPrev = h;
          h = Math.imul(h ^ ch, FNV_PRIME);
          i++;
        } while (i < n && !((k = cls[(ch = text.charCodeAt(i))]) & (SP | NL)));
      }
      const found = lex.find(text, s, i, h);
      if (found >= 0) this.pushFound(found, ps);
      else this.notFound(s, i, h, hPrev, nonLetters, firstNonLetter, ps);
      ps = 0;
    }
  }

  /**
   * A token text[s, e) not in the lexicon (h hashes it, hPrev all but its last code unit), by
   * where its non-letters are: the shapes below are recognised exactly, the rest goes to unknown().
   */
  private notFound(s: number, e: number, h: number, hPrev: number, nonLetters: number, firstNonLetter: number, ps: number): void {
    const text = this.text;
    const cls = this.c.cls;
    if (nonLetters === 0) {
      // The word pattern: processDefault.
      this.push(this.addRange(s, e, h, this.c.cat.word), ps, 0);
      return;
    }
    if (nonLetters === 1 && firstNonLetter === e - 1 && e - s >= 2 && cls[text.charCodeAt(e - 1)] & RP) {
      this.wordRP(s, e, hPrev, ps);
      return;
    }
    if (nonLetters === 1 && firstNonLetter === s && e - s >= 3 && cls[text.charCodeAt(s)] & LP) {
      this.openingWord(s, e, ps);
      return;
    }
    if (nonLetters === 2 && firstNonLetter === e - 2 && e - s >= 3 && this.wordTwoMarks(s, e, hPrev, ps)) return;
    if (nonLetters === 1 && firstNonLetter === e - 2 && e - s >= 3 && this.possessive(s, e, ps)) return;
    if (cls[text.charCodeAt(s)] & DIGIT && this.isNumber(s, e)) {
      // The number pattern (the first two need a letter first): processDefault.
      this.push(this.addRange(s, e, h, this.c.cat.number), ps, 0);
      return;
    }
    this.unknown(s, e, ps);
  }

  /** dd-wrapper.js addTokenIfInCache for a lexeme found: itself, or a contraction's expansions. */
  private pushFound(index: number, ps: number): void {
    if (!this.lex.isContraction(index)) {
      this.push(index, ps, 0);
      return;
    }
    const xp = this.lex.xpansions;
    const cx = this.lex.expansionStart(index);
    const cc = this.lex.expansionLength(index);
    for (let k = 0; k < cc; k += 4) {
      const w1 = (k === 0 ? ps : 0) | ((cx + k + 1) << BITS4PS);
      this.push(xp[cx + k], w1, xp[cx + k + 2] | (xp[cx + k + 3] << BITS4LEMMA));
    }
  }

  /** cache.add of text[s, e) hashed to h, cutting the string only when the add may learn something. */
  private addRange(s: number, e: number, h: number, category: number): number {
    const found = this.lex.find(this.text, s, e, h);
    if (found >= 0 && this.lex.addsNothing(found)) return found;
    return this.lex.add(this.text.slice(s, e), category);
  }

  /** tokenizer.js processWordRP for text[s, e) (letters then one closing mark); hPrev hashes [s, e - 1). */
  private wordRP(s: number, e: number, hPrev: number, ps: number): void {
    const text = this.text;
    const cat = this.c.cat;
    if (e - s === 2 && text.charCodeAt(e - 1) === 46) {
      this.push(this.addRange(s, e, hashRange(text, s, e), cat.word), ps, 0);
      return;
    }
    this.push(this.addRange(s, e - 1, hPrev, cat.word), ps, 0);
    this.push(this.lex.addOneChar(text.charCodeAt(e - 1), cat.punctuation), 0, 0);
  }

  /**
   * An unknown token of an opening mark (‘ “ " ( [ {) then two or more letters. No token-category
   * pattern matches it and anyWithRP cannot start on the mark, so processUnk takes anyWithLP's
   * split: the mark, then the letters (a lexeme, or a word since they are all letters).
   */
  private openingWord(s: number, e: number, ps: number): void {
    const h = hashRange(this.text, s + 1, e);
    const rest = this.lex.find(this.text, s + 1, e, h);
    this.push(this.lex.addOneChar(this.text.charCodeAt(s), this.c.cat.punctuation), ps, 0);
    if (rest >= 0) this.pushFound(rest, 0);
    else this.push(this.addRange(s + 1, e, h, this.c.cat.word), 0, 0);
  }

  /**
   * An unknown token of letters, a wordRP closing mark and one of anyWithRP's closing marks (not
   * ".."): no token-category pattern matches it, and anyWithRP's lazy first group stops before the
   * last mark. The letters and first mark are then a lexeme, or a wordRP token; the last mark
   * follows. False when the marks are not of that kind (hPrev hashes text[s, e - 1)).
   */
  private wordTwoMarks(s: number, e: number, hPrev: number, ps: number): boolean {
    const text = this.text;
    const cls = this.c.cls;
    const m1 = text.charCodeAt(e - 2);
    const m2 = text.charCodeAt(e - 1);
    if (!(cls[m1] & RP) || !(cls[m2] & RPX) || (m1 === 46 && m2 === 46)) return false;
    const head = this.lex.find(text, s, e - 1, hPrev);
    if (head >= 0) this.pushFound(head, ps);
    else this.wordRP(s, e - 1, hashRange(text, s, e - 2), ps);
    this.push(this.lex.addOneChar(m2, this.c.cat.punctuation), 0, 0);
    return true;
  }

  /**
   * An unknown token of letters then 's, ’s, 'S or ’S. With the straight 's, anyWithRP splits it
   * (its last alternative): the letters (a lexeme, or a word), then "'s" added as punctuation.
   * The others fall to the recursive tokenizer, whose patterns before the one for a final 's find
   * nothing in ASCII letters without "USD", "AUD", "INR" or "GBP" (the currency pattern, case
   * sensitive): it splits off the 's (a lexeme, or an apostrophe token), and its word pattern
   * takes two or more letters whole, pushed as a lexeme or a word. False for any other token.
   */
  private possessive(s: number, e: number, ps: number): boolean {
    const text = this.text;
    const apostrophe = text.charCodeAt(e - 2);
    const last = text.charCodeAt(e - 1);
    if ((apostrophe !== 39 && apostrophe !== 0x2019) || (last !== 115 && last !== 83)) return false;
    const cat = this.c.cat;
    const h = hashRange(text, s, e - 2);
    if (apostrophe === 39 && last === 115) {
      const head = this.lex.find(text, s, e - 2, h);
      if (head >= 0) this.pushFound(head, ps);
      else this.push(this.addRange(s, e - 2, h, cat.word), ps, 0);
      this.push(this.addRange(e - 2, e, hashRange(text, e - 2, e), cat.punctuation), 0, 0);
      return true;
    }
    if (e - 2 - s < 2 || !this.asciiLettersWithoutCurrency(s, e - 2)) return false;
    const head = this.lex.find(text, s, e - 2, h);
    if (head >= 0) this.pushFound(head, ps);
    else this.push(this.addRange(s, e - 2, h, cat.word), ps, 0);
    const hs = hashRange(text, e - 2, e);
    const tail = this.lex.find(text, e - 2, e, hs);
    if (tail >= 0) this.pushFound(tail, 0);
    else this.push(this.addRange(e - 2, e, hs, cat.apos), 0, 0);
    return true;
  }

  private asciiLettersWithoutCurrency(s: number, e: number): boolean {
    const text = this.text;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i) | 32;
      if (c < 97 || c > 122) return false;
    }
    for (let i = s; i + 3 <= e; i++) {
      const c = text.charCodeAt(i);
      if (c !== 85 && c !== 65 && c !== 73 && c !== 71) continue;
      const t = text.slice(i, i + 3);
      if (t === "USD" || t === "AUD" || t === "INR" || t === "GBP") return false;
    }
    return true;
  }

  /** True when text[s, e) matches the model's number pattern: [+-]?\d+([.,\-/:]?\d+)* (its digit groups are atomic, which accepts the same texts). */
  private isNumber(s: number, e: number): boolean {
    const text = this.text;
    let i = s;
    let c = text.charCodeAt(i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return false;
    while (i < e) {
      c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        i++;
        continue;
      }
      if (c !== 46 && c !== 44 && c !== 45 && c !== 47 && c !== 58) return false;
      // A separator must be followed by a digit.
      const d = text.charCodeAt(i + 1);
      if (i + 1 >= e || !(d >= 48 && d <= 57)) return false;
      i++;
    }
    return true;
  }

  /** Any other unknown token: a memoized split, or the faithful port's (in pieces when very long). */
  private unknown(s: number, e: number, ps: number): void {
    if (e - s <= LONG_RUN) return this.unknownRun(s, e, ps);
    for (let a = s; a < e; ) {
      let b = Math.min(e, a + LONG_RUN);
      // Never between the two halves of a surrogate pair.
      if (b < e && isHighSurrogate(this.text.charCodeAt(b - 1))) b--;
      this.unknownRun(a, b, a === s ? ps : 0);
      a = b;
    }
  }

  private unknownRun(s: number, e: number, ps: number): void {
    const t = this.text.slice(s, e);
    const m = this.memo.get(t);
    if (m && this.stillAbsent(m.absent)) {
      const words = m.words;
      for (let k = 0; k < words.length; k += 3) this.push(words[k], k === 0 ? words[k + 1] | ps : words[k + 1], words[k + 2]);
      return;
    }
    const from = this.count;
    this.absent = [];
    this.processToken(t, ps);
    const absent = this.absent;
    this.absent = null;
    const words = new Uint32Array((this.count - from) * 3);
    for (let j = from, k = 0; j < this.count; j++, k += 3) {
      words[k] = this.data[4 * j];
      words[k + 1] = this.data[4 * j + 1] & ~0xffff;
      words[k + 2] = this.data[4 * j + 2];
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(t, { words, absent: absent.length ? absent : null });
  }

  private stillAbsent(absent: string[] | null): boolean {
    if (absent) for (const a of absent) if (this.lex.indexOf(a) >= 0) return false;
    return true;
  }

  // ---- The faithful port: tokenizer.js for a token not in the cache ----

  /** dd-wrapper.js addToken. */
  private addToken(text: string, category: number, ps: number): void {
    this.push(this.lex.add(text, category), ps, 0);
  }

  /** dd-wrapper.js addTokenIfInCache: ADDED, or 0 when text is not a lexeme. */
  private addTokenIfInCache(text: string, ps: number): number {
    const index = this.lex.indexOf(text);
    if (index < 0) {
      this.absent?.push(text);
      return 0;
    }
    this.pushFound(index, ps);
    return ADDED;
  }

  /** dd-wrapper.js isLexeme. */
  private isLexeme(text: string): boolean {
    if (this.lex.indexOf(text) >= 0) return true;
    this.absent?.push(text);
    return false;
  }

  /** tokenizer.js detectTokenCategory. */
  private detect(token: string): number {
    const ltc = this.c.ltc;
    for (let k = 0; k < ltc.length; k++) if (ltc[k][0].test(token)) return ltc[k][1];
    return this.c.cat.unk;
  }

  /** The body of tokenizer.js's loop for a token not in the cache. */
  private processToken(t: string, ps: number): void {
    this.process(t, this.detect(t), ps);
  }

  /** processFunctions[cat]. */
  private process(token: string, cat: number, ps: number): void {
    const C = this.c.cat;
    if (cat === C.unk) this.processUnk(token, ps);
    else if (cat === C.wordRP) this.processWordRP(token, ps);
    else this.addToken(token, cat, ps);
  }

  private processWordRP(token: string, ps: number): void {
    const C = this.c.cat;
    const tl = token.length;
    if (tl > 2) {
      this.addToken(token.slice(0, -1), C.word, ps);
      this.addToken(token.slice(-1), C.punctuation, 0);
    } else if (tl === 2 && token[tl - 1] === ".") {
      this.addToken(token, C.word, ps);
    } else {
      this.addToken(token.slice(0, -1), C.word, ps);
      this.addToken(token.slice(-1), C.punctuation, 0);
    }
  }

  private processUnk(text: string, ps: number): void {
    const C = this.c.cat;
    let match = text.match(this.c.anyWithRP);
    if (match) {
      let splitCat = this.addTokenIfInCache(match[1], ps);
      if (splitCat === C.unk) {
        splitCat = this.detect(match[1]);
        if (splitCat === C.unk) {
          this.tokenizeRecursively(text, ps);
        } else {
          this.process(match[1], splitCat, ps);
          this.addToken(match[2], C.punctuation, 0);
        }
      } else {
        this.addToken(match[2], C.punctuation, 0);
      }
      return;
    }
    match = text.match(this.c.anyWithLP);
    if (match) {
      if (this.isLexeme(match[2])) {
        this.addToken(match[1], C.punctuation, ps);
        this.addTokenIfInCache(match[2], 0);
      } else {
        const splitCat = this.detect(match[2]);
        if (splitCat === C.unk) {
          this.tokenizeRecursively(text, ps);
        } else {
          this.addToken(match[1], C.punctuation, ps);
          this.process(match[2], splitCat, 0);
        }
      }
      return;
    }
    match = text.match(this.c.LPanyRP);
    if (match) {
      if (this.isLexeme(match[2])) {
        this.addToken(match[1], C.punctuation, ps);
        this.addTokenIfInCache(match[2], 0);
        this.addToken(match[3], C.punctuation, 0);
      } else {
        const splitCat = this.detect(match[2]);
        if (splitCat === C.unk) {
          this.tokenizeRecursively(text, ps);
        } else {
          this.addToken(match[1], C.punctuation, ps);
          this.process(match[2], splitCat, 0);
          this.addToken(match[3], C.punctuation, 0);
        }
      }
      return;
    }
    this.tokenizeRecursively(text, ps);
  }

  // ---- recursive-tokenizer.js ----

  private tokenizeRecursively(text: string, ps: number): void {
    this.rps = ps;
    this.textRecursively(text, 0);
  }

  /** tokenizeTextRecursively(text, rtc.slice(from)). */
  private textRecursively(text: string, from: number): void {
    const rtc = this.c.rtc;
    if (from >= rtc.length) {
      this.addToken(text, this.c.cat.unk, this.rps);
      this.rps = 0;
      return;
    }
    const tokens = this.textUnit(text.trim(), rtc[from]);
    for (const t of tokens) {
      if (typeof t === "string") {
        this.textRecursively(t, from + 1);
      } else {
        if (this.addTokenIfInCache(t[0], this.rps) === this.c.cat.unk) this.addToken(t[0], t[1], this.rps);
        this.rps = 0;
      }
    }
  }

  /** tokenizeTextUnit: [b0 m0 b1 m1 ...], splits as strings, matches as [text, category]. */
  private textUnit(text: string, rgxSplit: Rx): Array<string | [string, number]> {
    const matches = text.match(rgxSplit[0]) ?? [];
    const balance = text.split(rgxSplit[0]);
    const tokens: Array<string | [string, number]> = [];
    const tag = rgxSplit[1];
    let k = 0;
    for (let i = 0; i < balance.length; i++) {
      const t = balance[i].trim();
      if (t) tokens.push(t);
      if (k < matches.length) {
        if (tag === this.c.cat.word) this.pushWordToken(matches[k], tokens);
        else tokens.push([matches[k], tag]);
      }
      k++;
    }
    return tokens;
  }

  private pushHyphenatedToken(tkn: string, tokens: Array<string | [string, number]>): void {
    const C = this.c.cat;
    if (this.isLexeme(tkn) || rgxNumber.test(tkn)) {
      tokens.push([tkn, C.word]);
      return;
    }
    const hyphens = tkn.match(rgxHyphens);
    if (hyphens === null) {
      tokens.push([tkn, C.word]);
      return;
    }
    const words = tkn.split(rgxHyphens);
    const last = words.length - 1;
    const preserve = this.c.preserve;
    if (preserve.prefix[words[0]] || preserve.suffix[words[last]]) {
      tokens.push([tkn, C.word]);
      return;
    }
    let k = 0;
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== "") tokens.push([words[i], C.word]);
      if (k < hyphens.length) tokens.push([hyphens[k], C.punctuation]);
      k++;
    }
  }

  private pushWordToken(tkn: string, tokens: Array<string | [string, number]>): void {
    const C = this.c.cat;
    if (this.isLexeme(tkn) || rgxShortFormDot.test(tkn)) {
      tokens.push([tkn, C.word]);
      return;
    }
    const periods = tkn.match(rgxPeriod);
    if (periods === null) {
      this.pushHyphenatedToken(tkn, tokens);
      return;
    }
    const words = tkn.split(rgxPeriod);
    let k = 0;
    let currBuild = "";
    let nextBuild = "";
    for (let i = 0; i < words.length; i++) {
      nextBuild = currBuild + words[i];
      if (rgxShortForm.test(nextBuild) || (this.isLexeme(nextBuild) && nextBuild.length > 2) || currBuild === "") {
        currBuild = nextBuild;
      } else {
        this.pushHyphenatedToken(currBuild, tokens);
        currBuild = words[i];
        nextBuild = "";
      }
      if (k < periods.length) {
        nextBuild = currBuild + periods[k];
        if (rgxShortForm.test(nextBuild) || (this.isLexeme(nextBuild) && nextBuild.length > 2)) {
          currBuild = nextBuild;
        } else {
          this.pushHyphenatedToken(currBuild, tokens);
          tokens.push([periods[k], C.punctuation]);
          currBuild = "";
          nextBuild = "";
        }
      }
      k++;
    }
    if (currBuild !== "") this.pushHyphenatedToken(currBuild, tokens);
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

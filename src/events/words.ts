// The words of a document as the event coder reads them, computed once per document in one pass
// over its tokens: each token's lower-case lemma, and the lexicon word ids and grammar word
// classes of its two forms (lower-case form and lemma).
import type { Token } from "../doc.js";
import type { Lexicon } from "./lexicon.js";
import { wordGeneration } from "../nlp/word-ids.js";

export interface Words {
  /** Token index → lower-case lemma (the array may be longer than the document: kept from one
   *  document to the next, like the columns). */
  lemmas: string[];
  /** Token index → word id of the lower-case form and of the lemma (-1: not a lexicon word). */
  lowerIds: Int32Array;
  lemmaIds: Int32Array;
  /** Token index → 1 when its lemma or lower-case form is the first word of some pattern. */
  opens: Uint8Array;
  /** Token index → the grammar word lists (bits of W) its lower-case form and its lemma are in. */
  lowerClass: Int32Array;
  lemmaClass: Int32Array;
  /** The lexicon the words were read against. */
  lex: Lexicon;
}

/** What the coder reads of one word: its lemma (as wink gave it, and lower-cased), the ids and
 *  classes of both forms. */
interface WordInfo {
  lower: string;
  raw: string;
  lemma: string;
  lowerId: number;
  lemmaId: number;
  opens: number;
  lowerClass: number;
  lemmaClass: number;
}

/** Word id (Token.wid) → the word info of its lower-case form, for the lexicon `memoLex` (the
 *  same words come back in every article, so a token costs one array read). A form read with
 *  another lemma ("left": "leave" or "left") is read again. */
let memo: Array<WordInfo | undefined> = [];
let memoLex: Lexicon | null = null;
let memoGen = -1;

/** The columns' memory, kept from one document to the next (allocating a buffer per document
 *  costs more than reading the words): the columns a call returns hold until the next call. */
let pool = new ArrayBuffer(17 * 4096);
const POOL_KEEP = 17 << 18;
/** The lemma column's memory, kept likewise. */
let lemmaPool: string[] = [];
const LEMMAS_KEEP = 1 << 18;

export function readWords(toks: Token[], lex: Lexicon): Words {
  const n = toks.length;
  if (lemmaPool.length > LEMMAS_KEEP && 2 * n <= LEMMAS_KEEP) lemmaPool = [];
  const lemmas = lemmaPool;
  while (lemmas.length < n) lemmas.push("");
  // The columns share one buffer (every cell is written below, so it is not cleared).
  // (given back after a very long document, so one such article does not hold it for good)
  if (pool.byteLength < 17 * n || (pool.byteLength > POOL_KEEP && 17 * 2 * n <= POOL_KEEP)) pool = new ArrayBuffer(Math.max(17 * 2 * n, 17 * 4096));
  const buf = pool;
  const lowerIds = new Int32Array(buf, 0, n);
  const lemmaIds = new Int32Array(buf, 4 * n, n);
  const lowerClass = new Int32Array(buf, 8 * n, n);
  const lemmaClass = new Int32Array(buf, 12 * n, n);
  const opens = new Uint8Array(buf, 16 * n, n);
  if (memoLex !== lex || memoGen !== wordGeneration()) {
    memo = [];
    memoLex = lex;
    memoGen = wordGeneration();
  }
  for (let j = 0; j < n; j++) {
    const t = toks[j];
    const lower = t.lower;
    let w = memo[t.wid];
    // (the form is compared too: a token numbered before the ids started over reads as unknown)
    if (w === undefined || w.lower !== lower || w.raw !== t.lemma) {
      w = wordInfo(lower, t.lemma, lex);
      remember(t.wid, w);
    }
    lemmas[j] = w.lemma;
    lowerIds[j] = w.lowerId;
    lemmaIds[j] = w.lemmaId;
    opens[j] = w.opens;
    lowerClass[j] = w.lowerClass;
    lemmaClass[j] = w.lemmaClass;
  }
  return { lemmas, lowerIds, lemmaIds, opens, lowerClass, lemmaClass, lex };
}

function remember(wid: number, w: WordInfo): void {
  // Filled up to the id first, the array stays packed (ids come in order within a generation).
  while (memo.length < wid) memo.push(undefined);
  memo[wid] = w;
}

function wordInfo(lower: string, raw: string, lex: Lexicon): WordInfo {
  // A lemma spelt like the lower-case form is lower case already (lowering is idempotent).
  const lemma = raw === lower ? raw : lowerLemma(raw);
  const lowerId = lex.words.get(lower) ?? -1;
  const lemmaId = lemma === lower ? lowerId : (lex.words.get(lemma) ?? -1);
  const lowerClass = lowerId < 0 ? 0 : lex.classes[lowerId];
  const lemmaClass = lemmaId < 0 ? 0 : lex.classes[lemmaId];
  const starts = lex.triggerTable.opens;
  const opens = (lemmaId >= 0 && starts[lemmaId] === 1) || (lowerId >= 0 && starts[lowerId] === 1) ? 1 : 0;
  return { lower, raw, lemma, lowerId, lemmaId, opens, lowerClass, lemmaClass };
}

/** A lemma in lower case; most already are, and are returned as they are. */
function lowerLemma(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return w.toLowerCase();
  }
  return w;
}

// The lexicon of wink-eng-lite-web-model as wink-nlp's cache reads and grows it. The logic follows
// wink-nlp's src/cache.js (add, lookup, normal, nox, mappedSpelling, property, posOf,
// isMemberPOS, hasSamePOS) and src/its.js (value, normal, pos, lemma); wink-nlp and the model are
// MIT, (C) GRAYPE Systems Private Limited.
//
// Words the model lacks are added as cache.add does: same lexeme indexes in the same order, same
// extrinsic features through the model's own featureFn, so a Lexicon that has read the same texts
// as a wink instance gives every lexeme the index wink gives it. The model's part is read once per
// process and shared by every Lexicon; what a Lexicon learns is its own.
//
// Lookups go through an open-addressing table hashed on UTF-16 code units, so the tokenizer can
// find a token by its place in the text without cutting a string out of it.
import { createRequire } from "node:module";
import model from "wink-eng-lite-web-model";
import { asciiShape, isAbbrev, lutCase } from "./features.js";
import { BITS4LEMMA, BITS4PS, LEMMA_MASK, POS_MASK, XN_MASK, type RawTokens, type ReaderLexicon } from "./types.js";

/** Field of a packed lexeme: [word, mask, shift, unindexed, extractable, listed]. */
type Layout = [number, number, number, number, number, number];

/** The model's core as its JSON file holds it (read-core-model.js decodes and indexes it). */
export interface CoreModel {
  packing: { size: number; efSize: number; layout: Record<string, Layout>; config: unknown };
  lexicon: string;
  xpansions: string;
  features: Record<string, { list: string[] }>;
  pos: { hash: Record<string, number>; list: string[] };
  tcat: { hash: Record<string, number>; list: string[] };
  trex: {
    ltc: Array<[string, string, number]>;
    rtc: Array<[string, string, number]>;
    helpers: Record<string, [string, string]>;
  };
  preserve: { prefix: Record<string, boolean>; suffix: Record<string, boolean> };
}

interface TheModel {
  featureFn(config: unknown): Record<string, (word: string, category: number, cache: unknown) => number | string>;
  addons: { lemmatize(value: string, pos: string, cache: { hasSamePOS(text: string, pos: string): boolean }): string };
}

const theModel = model as unknown as TheModel;
// The JSON the model's read-core-model.js reads (the same module, parsed once per process). Read
// here, never written: core() would deep-copy it (about 100 ms) for data this file only reads.
const CORE_JSON = "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json";

/** read-core-model.js bufferFromBase64, as 32-bit words. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

// wink-nlp's src/constants.js (the raw token layout's own constants are in types.ts)
const XC_MASK = 0x1f;
const BITS4XP_POINTER = 14;
/** [lexeme, normal pointer, lemma, pos] per expansion of a contraction. */
const XP_SIZE = 4;
/** Extrinsic record: [normal, lemma, ...extractable feature words]. */
const EL_BASE = 2;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: the hash the tokenizer computes while it scans a token. */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
export { FNV_OFFSET, FNV_PRIME };

/** Numbers per slot of the lookup table. */
const SLOT = 4;

function field(lexicon: Uint32Array, l: Layout, pkSize: number, index: number): number {
  return (lexicon[l[0] + index * pkSize] & l[1]) >>> l[2];
}

/** The model's part, read once per process. */
class Shared {
  readonly core: CoreModel;
  readonly intrinsicSize: number;
  readonly values: string[];
  readonly lexicon: Uint32Array;
  readonly xpansions: Uint32Array;
  readonly pkSize: number;
  readonly efSize: number;
  readonly layout: Record<string, Layout>;
  readonly efList: string[];
  readonly posNames: string[];
  readonly posHash: Record<string, number>;
  /** Bit p set when the cluster holds POS p (p < 32; the model has 19). */
  readonly clusterMask: Int32Array;
  /** Per intrinsic lexeme: normal(), mappedSpelling(), posOf() and the contraction flag. */
  readonly normalOf: Int32Array;
  readonly mappedOf: Int32Array;
  readonly posOfLex: Uint8Array;
  readonly contraction: Uint8Array;
  /** 1 when the lexeme's toLowerCase() is a lexeme: cache.add of it then changes nothing. */
  readonly lowerKnown: Uint8Array;
  /** Per UTF-16 code unit: the model's one-character lexeme that cache.add returns unchanged, or -1. */
  readonly oneChar: Int32Array;
  /** Open-addressing table, SLOT numbers a slot: [hash, lexeme + 1, offset in pool, length]. */
  readonly table: Int32Array;
  /** Every lexeme's UTF-16 code units, one after the other. */
  readonly pool: Uint16Array;
  readonly featureFn: ReturnType<TheModel["featureFn"]>;

  constructor() {
    const core = createRequire(import.meta.url)(CORE_JSON) as CoreModel;
    this.core = core;
    const lx = core.features.lexeme;
    this.values = lx.list;
    this.intrinsicSize = lx.list.length;
    this.lexicon = words(core.lexicon);
    this.xpansions = words(core.xpansions);
    this.pkSize = core.packing.size;
    this.efSize = core.packing.efSize;
    this.layout = core.packing.layout;
    // load-core-model.js: the extractable features in layout order.
    this.efList = Object.keys(this.layout).filter((f) => this.layout[f][4] === 1);
    // its.pos reads cache.valueOf("pos", n): the features list (the same names as core.pos.list).
    this.posNames = core.features.pos.list;
    this.posHash = core.pos.hash;
    // read-core-model.js: a cluster is its POS names joined by "_" (unknown names count as 0).
    const clusters = core.features.posClusters.list;
    this.clusterMask = new Int32Array(clusters.length);
    clusters.forEach((names, k) => {
      for (const name of names.split("_")) {
        const p = core.pos.hash[name] || 0;
        if (p >= 0 && p < 32) this.clusterMask[k] |= 1 << p;
      }
    });
    const n = this.intrinsicSize;
    const L = this.layout;
    this.normalOf = new Int32Array(n);
    this.mappedOf = new Int32Array(n);
    this.posOfLex = new Uint8Array(n);
    this.contraction = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const mapped = field(this.lexicon, L.isSpellingMapped, this.pkSize, i);
      const lemma = field(this.lexicon, L.lemma, this.pkSize, i);
      this.normalOf[i] = mapped ? lemma : field(this.lexicon, L.normal, this.pkSize, i) + i;
      this.mappedOf[i] = mapped ? lemma : i;
      this.posOfLex[i] = field(this.lexicon, L.pos, this.pkSize, i);
      this.contraction[i] = field(this.lexicon, L.isContraction, this.pkSize, i);
    }
    let chars = 0;
    for (let i = 0; i < n; i++) chars += lx.list[i].length;
    this.pool = new Uint16Array(chars);
    let slots = 1 << 18;
    while (slots < n * 2) slots <<= 1;
    this.table = new Int32Array(slots * SLOT);
    const mask = slots - 1;
    let off = 0;
    for (let i = 0; i < n; i++) {
      const v = lx.list[i];
      for (let j = 0; j < v.length; j++) this.pool[off + j] = v.charCodeAt(j);
      const h = hashRange(v, 0, v.length);
      let slot = h & mask;
      // Duplicates in the list: the hash keeps the last index (read-core-model.js fills it in order).
      while (this.table[slot * SLOT + 1] !== 0 && this.values[this.table[slot * SLOT + 1] - 1] !== v) slot = (slot + 1) & mask;
      const b = slot * SLOT;
      this.table[b] = h;
      this.table[b + 1] = i + 1;
      this.table[b + 2] = off;
      this.table[b + 3] = v.length;
      off += v.length;
    }
    this.lowerKnown = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = lx.list[i];
      const lower = v.toLowerCase();
      if (lower === v || this.indexOf(lower) >= 0) this.lowerKnown[i] = 1;
    }
    this.oneChar = new Int32Array(65536).fill(-1);
    for (let i = 0; i < n; i++) {
      const v = lx.list[i];
      if (v.length !== 1) continue;
      // The hash keeps the last of duplicates.
      const index = this.indexOf(v);
      if (this.lowerKnown[index] === 1) this.oneChar[v.charCodeAt(0)] = index;
    }
    this.featureFn = theModel.featureFn(core.packing.config);
  }

  /** The model's lexeme `text`, or -1. */
  indexOf(text: string): number {
    const table = this.table;
    const mask = table.length / SLOT - 1;
    const h = hashRange(text, 0, text.length);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const b = slot * SLOT;
      if (table[b + 1] === 0) return -1;
      if (table[b] === h && this.values[table[b + 1] - 1] === text) return table[b + 1] - 1;
    }
  }
}

let shared: Shared | null = null;

/** The model's part (built on first use, about 100 ms). */
export function sharedModel(): Shared {
  if (!shared) shared = new Shared();
  return shared;
}

/** A feature whose values are indexed (prefix, suffix, shape): the model's list plus those met since. */
class GrowingFeature {
  private readonly hash = new Map<string, number>();
  private readonly added: string[] = [];
  constructor(private readonly list: string[]) {
    // read-core-model.js's hash: the last of duplicates wins.
    list.forEach((v, k) => this.hash.set(v, k));
  }

  /** cache.js getFeaturesIndex(name, value)[1]. */
  index(value: string): number {
    let idx = this.hash.get(value);
    if (idx === undefined) {
      idx = this.list.length + this.added.length;
      this.added.push(value);
      this.hash.set(value, idx);
    }
    return idx;
  }

  /** The value at an index (model.features[name].list[index]). */
  value(index: number): string | undefined {
    return index < this.list.length ? this.list[index] : this.added[index - this.list.length];
  }
}

export class Lexicon implements ReaderLexicon {
  private readonly m: Shared;
  private readonly intrinsicSize: number;
  private readonly extValues: string[] = [];
  /** Extrinsic records, EL_BASE + efSize words each (cache.js extrinsicLexicon). */
  private ext: Uint32Array;
  private readonly elSize: number;
  private table: Int32Array;
  private pool: Uint16Array;
  private poolUsed: number;
  private mask: number;
  private filled: number;
  /** lowerKnown of the extrinsic lexemes. */
  private extLowerKnown: Uint8Array;
  private readonly features = new Map<string, GrowingFeature>();
  private readonly efArray: Uint32Array;
  private readonly lemmaMemo = new Map<number, string>();
  /** The cache methods the model's featureFn and lemmatize call. */
  private readonly adapter: {
    lookup(text: string): number[] | null;
    intrinsicSize(): number;
    posOf(index: number): number;
    hasSamePOS(text: string, pos: string): boolean;
  };

  constructor() {
    const m = sharedModel();
    this.m = m;
    this.intrinsicSize = m.intrinsicSize;
    this.elSize = EL_BASE + m.efSize;
    this.ext = new Uint32Array(this.elSize * 1024);
    this.table = m.table.slice();
    this.pool = new Uint16Array(m.pool.length + 65536);
    this.pool.set(m.pool);
    this.poolUsed = m.pool.length;
    this.mask = this.table.length / SLOT - 1;
    this.filled = m.intrinsicSize;
    this.extLowerKnown = new Uint8Array(1024);
    this.efArray = new Uint32Array(m.efSize);
    for (const f of m.efList) if (m.layout[f][3] === 0) this.features.set(f, new GrowingFeature(m.core.features[f].list));
    this.adapter = {
      lookup: (text) => this.lookup(text),
      intrinsicSize: () => this.intrinsicSize,
      posOf: (index) => this.posOf(index),
      hasSamePOS: (text, pos) => this.hasSamePOS(text, pos),
    };
  }

  /** Lexemes known: the model's and those learned since (cache.currentSize() + 1). */
  get size(): number {
    return this.intrinsicSize + this.extValues.length;
  }

  /** Lexemes learned since the model (words the model lacks). */
  get learned(): number {
    return this.extValues.length;
  }

  /** The model's lexeme count. */
  get modelSize(): number {
    return this.intrinsicSize;
  }

  /** cache.value(index). */
  value(index: number): string {
    return index < this.intrinsicSize ? this.m.values[index] : this.extValues[index - this.intrinsicSize];
  }

  /** The lexeme text[start, end) hashed to h (hashRange), or -1 when unknown. */
  find(text: string, start: number, end: number, h: number): number {
    const table = this.table;
    const pool = this.pool;
    const mask = this.mask;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const b = slot * SLOT;
      const k = table[b + 1];
      if (k === 0) return -1;
      if (table[b] !== h || table[b + 3] !== len) continue;
      const off = table[b + 2];
      let j = 0;
      while (j < len && pool[off + j] === text.charCodeAt(start + j)) j++;
      if (j === len) return k - 1;
    }
  }

  /** The lexeme `text`, or -1 (cache.js's lexemesHash[text]). */
  indexOf(text: string): number {
    return this.find(text, 0, text.length, hashRange(text, 0, text.length));
  }

  /** True when the lexeme is one of the model's contractions (lookup gives its expansions). */
  isContraction(index: number): boolean {
    return index < this.intrinsicSize && this.m.contraction[index] === 1;
  }

  /** Where the contraction's expansions start in xpansions and how many numbers they take. */
  expansionStart(index: number): number {
    return field(this.m.lexicon, this.m.layout.lemma, this.m.pkSize, index) & 0x3fff;
  }
  expansionLength(index: number): number {
    const lemma = field(this.m.lexicon, this.m.layout.lemma, this.m.pkSize, index);
    return (lemma & (XC_MASK << BITS4XP_POINTER)) >> BITS4XP_POINTER;
  }
  /** The expansions' table (cache.js xpansions): [lexeme, -, lemma, pos] per expansion. */
  get xpansions(): Uint32Array {
    return this.m.xpansions;
  }

  /** cache.lookup(text): null, [index], or [lexeme, normal pointer, lemma, pos] per expansion. */
  lookup(text: string): number[] | null {
    const index = this.indexOf(text);
    if (index < 0) return null;
    if (!this.isContraction(index)) return [index];
    const cx = this.expansionStart(index);
    const cc = this.expansionLength(index);
    const xp = this.m.xpansions;
    const out: number[] = [];
    for (let k = 0; k < cc; k += XP_SIZE) out.push(xp[cx + k], cx + k + 1, xp[cx + k + 2], xp[cx + k + 3]);
    return out;
  }

  /** True when cache.add(value(index), ...) would add nothing (its lowercase is a lexeme too). */
  addsNothing(index: number): boolean {
    const n = this.intrinsicSize;
    return index < n ? this.m.lowerKnown[index] === 1 : this.extLowerKnown[index - n] === 1;
  }

  /** cache.add of a one-character text, when the model has it: the same index, nothing learned. */
  addOneChar(code: number, category: number): number {
    const index = this.m.oneChar[code];
    return index >= 0 ? index : this.add(String.fromCharCode(code), category);
  }

  /** cache.add(text, category): text's index, learning text and its lowercase when new. */
  add(text: string, category: number): number {
    const normText = text.toLowerCase();
    const before = this.size;
    const textIndex = this.learn(text);
    const textNew = textIndex >= before;
    const normBefore = this.size;
    const normIndex = normText === text ? textIndex : this.learn(normText);
    const normNew = normIndex >= normBefore;
    if (textNew) this.pushRecord(textIndex, text, category, normIndex);
    if (textIndex !== normIndex && normNew) this.pushRecord(normIndex, normText, category, normIndex);
    if (textNew) this.noteLowerKnown(textIndex);
    if (normNew && normIndex !== textIndex) this.noteLowerKnown(normIndex);
    return textIndex;
  }

  /** getFeaturesIndex("lexeme", text)[1]: the index of text, appended when absent. */
  private learn(text: string): number {
    const h = hashRange(text, 0, text.length);
    const found = this.find(text, 0, text.length, h);
    if (found >= 0) return found;
    const index = this.size;
    this.extValues.push(text);
    this.insert(h, index, text);
    return index;
  }

  private insert(h: number, index: number, text: string): void {
    if ((this.filled + 1) * 2 > this.table.length / SLOT) this.rehash();
    const len = text.length;
    if (this.poolUsed + len > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.poolUsed + len, this.pool.length * 2));
      grown.set(this.pool);
      this.pool = grown;
    }
    const off = this.poolUsed;
    for (let j = 0; j < len; j++) this.pool[off + j] = text.charCodeAt(j);
    this.poolUsed += len;
    const mask = this.mask;
    let slot = h & mask;
    while (this.table[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
    const b = slot * SLOT;
    this.table[b] = h;
    this.table[b + 1] = index + 1;
    this.table[b + 2] = off;
    this.table[b + 3] = len;
    this.filled++;
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = this.table.length / SLOT - 1;
    for (let b = 0; b < old.length; b += SLOT) {
      if (old[b + 1] === 0) continue;
      let slot = old[b] & this.mask;
      while (this.table[slot * SLOT + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table.set(old.subarray(b, b + SLOT), slot * SLOT);
    }
  }

  private noteLowerKnown(index: number): void {
    const e = index - this.intrinsicSize;
    if (e >= this.extLowerKnown.length) {
      const grown = new Uint8Array(Math.max(e + 1, this.extLowerKnown.length * 2));
      grown.set(this.extLowerKnown);
      this.extLowerKnown = grown;
    }
    const v = this.value(index);
    this.extLowerKnown[e] = this.indexOf(v.toLowerCase()) >= 0 ? 1 : 0;
  }

  /** Extracts and packs the extractable features of a new lexeme (cache.js add). */
  private pushRecord(index: number, word: string, category: number, normIndex: number): void {
    const m = this.m;
    const ef = this.efArray;
    ef.fill(0);
    for (const f of m.efList) {
      const cfg = m.layout[f];
      const fv = this.feature(f, word, category);
      const fv4p = cfg[3] ? (fv as number) : this.features.get(f)!.index(fv as string);
      ef[cfg[0]] |= fv4p << cfg[2];
    }
    const tt = m.layout.tokenType;
    ef[tt[0]] |= category << tt[2];
    // Every learned lexeme gets one record, in lexeme order.
    const rec = index - this.intrinsicSize;
    const need = (rec + 1) * this.elSize;
    if (need > this.ext.length) {
      const grown = new Uint32Array(Math.max(need, this.ext.length * 2));
      grown.set(this.ext);
      this.ext = grown;
    }
    const base = rec * this.elSize;
    this.ext[base] = normIndex;
    this.ext[base + 1] = normIndex;
    this.ext.set(ef, base + EL_BASE);
  }

  /** The model's feature f of a word (feature.js), by the exact ports where there are some. */
  private feature(f: string, word: string, category: number): number | string {
    if (f === "lutCase") return lutCase(word);
    if (f === "isAbbrev") return isAbbrev(word);
    if (f === "shape") return asciiShape(word) ?? this.m.featureFn.shape(word, category, this.adapter);
    return this.m.featureFn[f](word, category, this.adapter);
  }

  /** cache.property(index, prop), values of listed features as their strings. */
  property(index: number, prop: string): number | string | null | undefined {
    const l = this.m.layout[prop];
    if (l === undefined) return index < this.intrinsicSize ? null : 0;
    const raw = this.rawProperty(index, prop);
    if (index >= this.intrinsicSize && prop !== "tokenType" && l[4] !== 1) return 0;
    if (l[3] === 0 || l[5] === 1) {
      const grown = this.features.get(prop);
      return grown ? grown.value(raw) : this.m.core.features[prop].list[raw];
    }
    return raw;
  }

  /** cache.normal(index). */
  normal(index: number): number {
    if (index < this.intrinsicSize) return this.m.normalOf[index];
    const normIndex = this.ext[(index - this.intrinsicSize) * this.elSize];
    return normIndex < this.intrinsicSize ? this.m.mappedOf[normIndex] : normIndex;
  }

  /** cache.mappedSpelling(index). */
  mappedSpelling(index: number): number {
    return index < this.intrinsicSize ? this.m.mappedOf[index] : index;
  }

  /** cache.nox(word): the normal of a contraction's expansion from the token's second number. */
  nox(word: number): number {
    return this.m.xpansions[(word & XN_MASK) >>> BITS4PS];
  }

  /** cache.posOf(index). */
  posOf(index: number): number {
    if (index < this.intrinsicSize) return this.m.posOfLex[index];
    const l = this.m.layout.pos;
    return (this.ext[(index - this.intrinsicSize) * this.elSize + EL_BASE + l[0]] & l[1]) >>> l[2];
  }

  /** cache.property(index, prop) as the raw packed number (0 for what OOV lexemes do not extract). */
  private rawProperty(index: number, prop: string): number {
    const l = this.m.layout[prop];
    if (index < this.intrinsicSize) return field(this.m.lexicon, l, this.m.pkSize, index);
    if (prop !== "tokenType" && l[4] !== 1) return 0;
    return (this.ext[(index - this.intrinsicSize) * this.elSize + EL_BASE + l[0]] & l[1]) >>> l[2];
  }

  // ReaderLexicon

  normalUid(tokens: RawTokens, i: number): number {
    const w = tokens.data[4 * i + 1];
    return w > 65535 ? this.nox(w) : this.normal(tokens.data[4 * i]);
  }

  defaultPos(tokens: RawTokens, i: number): number {
    const w = tokens.data[4 * i + 2];
    return w === 0 ? this.posOf(this.mappedSpelling(tokens.data[4 * i])) || 8 : (w & POS_MASK) >>> BITS4LEMMA;
  }

  sbdHint(lexeme: number): number {
    return this.rawProperty(lexeme, "sbdHint");
  }

  posHint(lexeme: number): number {
    return this.rawProperty(lexeme, "posHint");
  }

  isAbbrev(lexeme: number): boolean {
    return this.rawProperty(lexeme, "isAbbrev") !== 0;
  }

  valueLength(lexeme: number): number {
    return this.value(lexeme).length;
  }

  isMemberPOS(lexeme: number, pos: number): boolean {
    const cid = this.rawProperty(lexeme, "lexemeCID");
    return pos >= 0 && pos < 32 && pos === Math.floor(pos) && ((this.m.clusterMask[cid] >>> pos) & 1) === 1;
  }

  /** cache.hasSamePOS(text, pos) (lemmatize's question). */
  hasSamePOS(text: string, pos: string): boolean {
    const index = this.indexOf(text);
    if (index < 0 || this.isContraction(index) || index >= this.intrinsicSize) return false;
    if (this.rawProperty(index, "isBaseForm") === 0) return false;
    return this.isMemberPOS(index, this.m.posHash[pos]);
  }

  /** The POS name of a POS number (its.pos). */
  posName(pos: number): string {
    return this.m.posNames[pos];
  }

  /** its.lemma of token i once its POS is set. */
  lemma(tokens: RawTokens, i: number): string {
    const d = tokens.data;
    if (d[4 * i + 1] > 65535) return this.value(d[4 * i + 2] & LEMMA_MASK);
    const lex = d[4 * i];
    const pos = (d[4 * i + 2] & POS_MASK) >>> BITS4LEMMA;
    // A function of the lexeme and the POS alone: what lemmatize asks of the lexicon is about the
    // model's lexemes, which never change.
    const key = lex * 64 + pos;
    let lemma = this.lemmaMemo.get(key);
    if (lemma === undefined) {
      lemma = this.lemmaOf(lex, pos);
      this.lemmaMemo.set(key, lemma);
    }
    return lemma;
  }

  private lemmaOf(lex: number, pos: number): string {
    const mapped = this.mappedSpelling(lex);
    if (this.rawProperty(mapped, "isSLemma") === 1) return this.value(this.rawProperty(mapped, "lemma"));
    return theModel.addons.lemmatize(this.value(this.normal(lex)), this.m.posNames[pos], this.adapter);
  }
}

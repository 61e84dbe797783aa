// wink-nlp's finite state machines (src/automaton.js, MIT, GRAYPE Systems) compiled into typed
// tables: importJSON() of the model's machines, and recognize() with exactly wink's greedy
// semantics (roll back to the last `otherwise` state, the newline token skipped, pattern swap,
// marks trimmed and the patterns named '0' dropped, as pushMatch2Patterns does).
//
// wink walks an object per state keyed by token strings; here every token is first turned into a
// small symbol (one open-addressing probe, done once per token by the caller) and a transition is
// one read of a dense state x symbol table.

/** wink's end-of-stream token (automaton.js eosTokenN), read once after the last token. */
export const EOS_TOKEN = 2070000;
/** wink's `otherwise` event (automaton.js otherwiseN): the default next state of a state. */
const OTHERWISE = 2070003;
/** A symbol the caller gives for a token the machine skips (wink's keyLF). */
export const SKIP = -1;
/** The value of a match from a state with no pattern name (wink pushes `undefined`). */
export const NO_NAME = 0x3fffffff;
/** Codes of names and keys that are not integers ('SBD', '$of'): above every token. */
export const STRING_CODE_BASE = 0x40000000;
const EMPTY_KEY = -0x80000000;

const stringCodes = new Map<string, number>();

/** The number wink's string key or pattern name stands for here (integers keep their value). */
export function codeOf(key: string): number {
  const n = Number(key);
  if (Number.isInteger(n) && String(n) === key && n > EMPTY_KEY && n < STRING_CODE_BASE) return n;
  let code = stringCodes.get(key);
  if (code === undefined) {
    code = STRING_CODE_BASE + stringCodes.size;
    stringCodes.set(key, code);
  }
  return code;
}

/** Matches found by recognize(): triples [first, last, value] (value: the pattern name's code). */
export class Matches {
  data = new Int32Array(192);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  first(k: number): number {
    return this.data[3 * k];
  }

  last(k: number): number {
    return this.data[3 * k + 1];
  }

  value(k: number): number {
    return this.data[3 * k + 2];
  }

  push(first: number, last: number, value: number): void {
    let d = this.data;
    const at = 3 * this.count;
    if (at + 3 > d.length) {
      const grown = new Int32Array(d.length * 2);
      grown.set(d);
      this.data = d = grown;
    }
    d[at] = first;
    d[at + 1] = last;
    d[at + 2] = value;
    this.count++;
  }
}

/**
 * The previous machine's matches as substitutions (wink's setPatternSwap): at a match's first
 * token the machine reads `sym[j]` (the caller's symbol for the match's value) and jumps past
 * `end[j]`. end[j] < 0 where no match starts.
 */
export interface Swap {
  end: Int32Array;
  sym: Int32Array;
}

type WinkMachine = [
  number,
  number,
  Record<string, Record<string, number>>,
  Record<string, string>,
  Record<string, [number, number]>,
  Record<string, unknown>,
];

export class Automaton {
  private readonly keys: Int32Array;
  private readonly keySyms: Int32Array;
  private readonly shift: number;
  private readonly hashMask: number;
  private readonly symbolCount: number;
  /** next[state * symbolCount + symbol]; symbol 0 (any token the machine does not name) -> root. */
  private readonly next: Int32Array;
  private readonly otherwiseOf: Int32Array;
  /** 0: not terminal; 1: terminal; 2: terminal named '0' (wink drops its matches). */
  private readonly terminal: Uint8Array;
  private readonly markFirst: Int32Array;
  private readonly markLast: Int32Array;
  private readonly nameCode: Int32Array;
  /** The symbol of EOS_TOKEN. */
  readonly eosSymbol: number;
  /** The root is neither terminal nor has an `otherwise` state: a token it has no transition for starts nothing. */
  private readonly rootIsPlain: boolean;

  /** Compiles one machine as the model ships it (a JSON string, wink's exportJSON format). */
  constructor(json: string) {
    const model = JSON.parse(json) as WinkMachine;
    const fsm = model[2];
    const terminalStates = model[3];
    const markedStates = model[4];
    let states = model[1] + 1;
    for (const s of [...Object.keys(fsm), ...Object.keys(terminalStates)]) states = Math.max(states, Number(s) + 1);
    for (const s in fsm) for (const k in fsm[s]) states = Math.max(states, fsm[s][k] + 1);

    const symbolOfKey = new Map<number, number>();
    for (const s in fsm) {
      for (const k in fsm[s]) {
        const key = codeOf(k);
        if (key !== OTHERWISE && !symbolOfKey.has(key)) symbolOfKey.set(key, symbolOfKey.size + 1);
      }
    }
    if (!symbolOfKey.has(EOS_TOKEN)) symbolOfKey.set(EOS_TOKEN, symbolOfKey.size + 1);
    this.symbolCount = symbolOfKey.size + 1;

    let bits = 4;
    while (1 << bits < 4 * symbolOfKey.size) bits++;
    this.shift = 32 - bits;
    this.hashMask = (1 << bits) - 1;
    this.keys = new Int32Array(1 << bits).fill(EMPTY_KEY);
    this.keySyms = new Int32Array(1 << bits);
    for (const [key, sym] of symbolOfKey) {
      let slot = this.slot(key);
      while (this.keys[slot] !== EMPTY_KEY) slot = (slot + 1) & this.hashMask;
      this.keys[slot] = key;
      this.keySyms[slot] = sym;
    }
    this.eosSymbol = symbolOfKey.get(EOS_TOKEN)!;

    this.next = new Int32Array(states * this.symbolCount);
    this.otherwiseOf = new Int32Array(states);
    for (const s in fsm) {
      const row = Number(s) * this.symbolCount;
      for (const k in fsm[s]) {
        const key = codeOf(k);
        if (key === OTHERWISE) this.otherwiseOf[Number(s)] = fsm[s][k];
        else this.next[row + symbolOfKey.get(key)!] = fsm[s][k];
      }
    }

    this.terminal = new Uint8Array(states);
    this.nameCode = new Int32Array(states).fill(NO_NAME);
    this.markFirst = new Int32Array(states);
    this.markLast = new Int32Array(states);
    for (const s in terminalStates) {
      const name = terminalStates[s];
      if (!name) continue; // wink tests the name's truthiness
      this.terminal[Number(s)] = name === "0" ? 2 : 1;
      this.nameCode[Number(s)] = codeOf(name);
    }
    this.rootIsPlain = this.terminal[0] === 0 && this.otherwiseOf[0] === 0;
    for (const s in markedStates) {
      this.markFirst[Number(s)] = markedStates[s][0];
      this.markLast[Number(s)] = markedStates[s][1];
    }
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The symbol the machine reads for a token value (0 when no transition names it). */
  symbolOf(key: number): number {
    const keys = this.keys;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.keySyms[slot];
      if (k === EMPTY_KEY) return 0;
      slot = (slot + 1) & this.hashMask;
    }
  }

  /**
   * wink's recognize() over `length` tokens given as symbols (SKIP for wink's keyLF token);
   * the end-of-stream token is read after them. Matches are appended to `out`.
   */
  recognize(syms: Int32Array, length: number, out: Matches, swap: Swap | null): void {
    const next = this.next;
    const width = this.symbolCount;
    const terminal = this.terminal;
    const otherwiseOf = this.otherwiseOf;
    const eos = this.eosSymbol;
    let first = 0;
    let state = 0;
    let ns = 0;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = 0;
    let delta = 1;
    const skipDead = swap === null && this.rootIsPlain;
    for (let i = 0; i <= length; i += 1) {
      if (skipDead && state === 0 && lastOtherwiseState === 0) {
        // From the root, a skipped token or one without a transition ends wink's inner loop at
        // once (or, skipped, hands on to the next token): step over them without the loop.
        while (i < length) {
          const s = syms[i];
          if (s !== SKIP && next[s] !== 0) break;
          i++;
        }
      }
      for (let j = i; j <= length; j += delta) {
        let s = eos;
        if (j < length) {
          s = syms[j];
          if (s === SKIP) continue; // wink: `if ( t === keyLF ) continue;` (delta is kept)
        }
        if (swap !== null && swap.end[j] >= 0) {
          s = swap.sym[j];
          delta = swap.end[j] - j + 1;
        } else delta = 1;

        ns = next[state * width + s];
        if (state === 0 && ns !== 0) first = j;

        if (terminal[ns] !== 0) {
          this.push(out, first, j + delta - 1, ns);
          i = j;
          j = length + 100;
          ns = 0;
          lastOtherwiseState = 0;
        } else if (ns === 0) {
          if (lastOtherwiseState !== 0) {
            this.push(out, first, lastOtherwiseIndex, lastOtherwiseState);
            i = lastOtherwiseIndex;
            j = length + 100;
            ns = 0;
            lastOtherwiseState = 0;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        const ow = otherwiseOf[state];
        if (ow !== 0) {
          lastOtherwiseIndex = j + delta - 1;
          lastOtherwiseState = ow;
        }
      }
    }
  }

  /** wink's pushMatch2Patterns: drop the patterns named '0', trim the marked area. */
  private push(out: Matches, first: number, last: number, state: number): void {
    if (this.terminal[state] === 2) return;
    out.push(first + this.markFirst[state], last - this.markLast[state], this.nameCode[state]);
  }
}

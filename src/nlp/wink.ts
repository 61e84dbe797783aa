// The process's wink-nlp instance. wink adds every word it has not seen before to its lexicon and
// never lets go of it (about 180 bytes a word), so a worker reading news for weeks would grow
// without bound. After every probeChars characters of text read, the lexicon's size is probed;
// once it has grown by maxGrowth words the instance is replaced by a fresh one (about 150 ms).
// A fresh instance reads a text as the first one did (test/nlp/wink.test.ts). wink's splitter
// does look words up among those it learned, so a text read after others could in principle
// split otherwise; that held before replacement too, and no case of it is known.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;

export interface WinkLimits {
  /** Text read (characters) between two probes of the lexicon's size. */
  probeChars: number;
  /** Words the lexicon may gain before the instance is replaced. */
  maxGrowth: number;
}

const DEFAULT_LIMITS: WinkLimits = { probeChars: 2_000_000, maxGrowth: 100_000 };
let limits = DEFAULT_LIMITS;

// The model's metaCER() stringifies the result of its previous call again on every call (the
// string doubles its escapes each time), so it is called once and every instance shares it.
const cerModel = (model as unknown as { metaCER(): unknown }).metaCER();
const sharedModel = { ...model, metaCER: () => cerModel } as typeof model;

let instance: Wink | null = null;
let baseSize = 0;
let unread = 0;
let probes = 0;
let replaced = 0;

export function wink(): Wink {
  if (instance && unread >= limits.probeChars) {
    unread = 0;
    if (lexiconSize(instance) - baseSize >= limits.maxGrowth) {
      instance = null;
      replaced++;
    }
  }
  if (!instance) {
    instance = winkNLP(sharedModel, ["sbd", "pos"]);
    baseSize = lexiconSize(instance);
  }
  return instance;
}

/** Counts text read by wink towards the next probe of its lexicon. */
export function noteRead(chars: number): void {
  unread += chars;
}

/** Words in the instance's lexicon: the id wink gives a word it has never seen (the probe adds one). */
function lexiconSize(nlp: Wink): number {
  const ids = nlp.readDoc(`eventlineprobe${(probes++).toString(36)}`).tokens().out(nlp.its.uniqueId) as unknown as number[];
  return ids[0];
}

/** The lexicon's growth since the current instance was made, and how many instances were replaced. */
export function winkStats(): { growth: number; replaced: number } {
  return { growth: instance ? lexiconSize(instance) - baseSize : 0, replaced };
}

/** Changes the limits (tests); no argument restores the defaults. */
export function setWinkLimits(next: Partial<WinkLimits> = {}): void {
  limits = { ...DEFAULT_LIMITS, ...next };
}

// The words of a document as the event coder reads them, computed once per document in one pass
// over its tokens: each token's lower-case lemma, and the lexicon word ids and grammar word
// classes of its two forms (lower-case form and lemma).
import type { Token } from "../doc.js";
import type { Lexicon } from "./lexicon.js";

export interface Words {
  /** Token index → lower-case lemma. */
  lemmas: string[];
  /** Token index → word id of the lower-case form and of the lemma (-1: not a lexicon word). */
  lowerIds: Int32Array;
  lemmaIds: Int32Array;
  /** Token index → 1 when the lower-case form and the lemma are the same string. */
  sameForm: Uint8Array;
  /** Token index → the grammar word lists (bits of W) its lower-case form and its lemma are in. */
  lowerClass: Int32Array;
  lemmaClass: Int32Array;
}

export function readWords(toks: Token[], lex: Lexicon): Words {
  const n = toks.length;
  const lemmas = new Array<string>(n);
  const lowerIds = new Int32Array(n);
  const lemmaIds = new Int32Array(n);
  const sameForm = new Uint8Array(n);
  const lowerClass = new Int32Array(n);
  const lemmaClass = new Int32Array(n);
  const words = lex.words;
  const classes = lex.classes;
  for (let j = 0; j < n; j++) {
    const t = toks[j];
    const lower = t.lower;
    const raw = t.lemma;
    // A lemma spelt like the lower-case form is lower case already (lowering is idempotent).
    const same = raw === lower;
    const lemma = same ? raw : lowerLemma(raw);
    lemmas[j] = lemma;
    if (same || lemma === lower) {
      // The lemma string is shared by every token with that lemma (and its hash is known), so it
      // is the one looked up when the two forms are spelt alike.
      const id = words.get(lemma);
      if (id === undefined) {
        lowerIds[j] = lemmaIds[j] = -1;
      } else {
        lowerIds[j] = lemmaIds[j] = id;
        lowerClass[j] = lemmaClass[j] = classes[id];
      }
      sameForm[j] = 1;
    } else {
      const lowerId = words.get(lower);
      const lemmaId = words.get(lemma);
      lowerIds[j] = lowerId ?? -1;
      lemmaIds[j] = lemmaId ?? -1;
      if (lowerId !== undefined) lowerClass[j] = classes[lowerId];
      if (lemmaId !== undefined) lemmaClass[j] = classes[lemmaId];
    }
  }
  return { lemmas, lowerIds, lemmaIds, sameForm, lowerClass, lemmaClass };
}

/** A lemma in lower case; most already are, and are returned as they are. */
function lowerLemma(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return lowered(w);
  }
  return w;
}

const lowerForms = new Map<string, string>();

/** w.toLowerCase(), memoized: the same names come back in every article. */
function lowered(w: string): string {
  let l = lowerForms.get(w);
  if (l === undefined) {
    l = w.toLowerCase();
    if (lowerForms.size >= 50_000) lowerForms.clear();
    lowerForms.set(w, l);
  }
  return l;
}

// The words of a document as the event coder reads them, computed once per document in one pass
// over its tokens: each token's lower-case lemma and the pattern word ids of its two forms.
import type { Token } from "../doc.js";
import type { Lexicon } from "./lexicon.js";

export interface Words {
  /** Token index → lower-case lemma. */
  lemmas: string[];
  /** Token index → word id of the lower-case form and of the lemma (-1: not a pattern word). */
  lowerIds: Int32Array;
  lemmaIds: Int32Array;
  /** Token index → 1 when the lower-case form and the lemma are the same string. */
  sameForm: Uint8Array;
}

export function readWords(toks: Token[], lex: Lexicon): Words {
  const n = toks.length;
  const lemmas = new Array<string>(n);
  const lowerIds = new Int32Array(n);
  const lemmaIds = new Int32Array(n);
  const sameForm = new Uint8Array(n);
  const words = lex.words;
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
      const id = words.get(lemma) ?? -1;
      lowerIds[j] = id;
      lemmaIds[j] = id;
      sameForm[j] = 1;
    } else {
      lowerIds[j] = words.get(lower) ?? -1;
      lemmaIds[j] = words.get(lemma) ?? -1;
    }
  }
  return { lemmas, lowerIds, lemmaIds, sameForm };
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

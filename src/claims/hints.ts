// Where a nominal claim ("the claims that ...") or an open doubt ("it was not clear") may be:
// every match of either holds one of these words, so sentences without one are not tried.
export const NOMINAL_HINT = /claim|report|allegation|assertion|account|suggestion/giu;
export const DOUBT_HINT = /clear|uncertain|known|verif|confirm/giu;

// Both lists in one scan of the text. Scanned apart, each list would find the same offsets:
// no word of either list overlaps another of the same list, nor a doubt word that starts
// inside a nominal one, and one that starts inside a doubt word only in "clea(r)eport", which
// is looked for after each "clear".
const BOTH = new RegExp(`(${NOMINAL_HINT.source})|(${DOUBT_HINT.source})`, "giu");
const EPORT = /eport/iuy;

/** Start offsets of the hint words of each kind, in order. */
export function hintOffsets(text: string): { nominal: number[]; doubt: number[] } {
  const nominal: number[] = [];
  const doubt: number[] = [];
  for (const m of text.matchAll(BOTH)) {
    if (m[1] !== undefined) {
      nominal.push(m.index!);
      continue;
    }
    doubt.push(m.index!);
    const end = m.index! + m[2].length;
    EPORT.lastIndex = end;
    if ((text.charCodeAt(end - 1) | 0x20) === 0x72 && EPORT.test(text)) nominal.push(end - 1);
  }
  return { nominal, doubt };
}

// The content words of a claim, for matching claims that tell the same thing: letter runs of
// three or more, stop words dropped, a plural or verb ending cut.
const STOP = new Set("the a an of to in on and or that this it its is was were be been has had have he she they them his her their for with as at by from not no would will said says say told".split(" "));

// Word stems are memoized (null for a stop word): the same few thousand words recur across the
// claims of an article.
const stems = new Map<string, string | null>();
const STEMS_CAP = 50_000;
const LETTER = /^\p{L}$/u;

/** The stems of the content words of s: its runs of three or more letters (code points, as
 * /\p{L}{3,}/u counts them) in lower case. */
export function words(s: string): Set<string> {
  const out = new Set<string>();
  const text = s.toLowerCase();
  const n = text.length;
  let start = -1;
  let count = 0;
  for (let i = 0; i <= n; ) {
    const width = i < n ? letterWidth(text, i) : 0;
    if (width > 0) {
      if (start < 0) { start = i; count = 0; }
      count++;
      i += width;
      continue;
    }
    if (start >= 0 && count >= 3) add(out, text.slice(start, i));
    start = -1;
    i++;
  }
  return out;
}

/** UTF-16 length of the letter at i (2 for an astral one), or 0 when text[i] starts no letter. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i]) ? 1 : 0;
}

function add(out: Set<string>, w: string): void {
  let stem = stems.get(w);
  if (stem === undefined) {
    stem = STOP.has(w) ? null : w.replace(/(?:ing|ed|es|s)$/u, "");
    if (stems.size >= STEMS_CAP) stems.clear();
    stems.set(w, stem);
  }
  if (stem !== null) out.add(stem);
}

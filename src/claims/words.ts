// The content words of a claim, for matching claims that tell the same thing: letter runs of
// three or more, stop words dropped, a plural or verb ending cut.
const STOP = new Set("the a an of to in on and or that this it its is was were be been has had have he she they them his her their for with as at by from not no would will said says say told".split(" "));

// Word stems are memoized: the same few thousand words recur across the claims of an article.
const stems = new Map<string, string>();
const STEMS_CAP = 50_000;

/** The stems of the content words of s. */
export function words(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (STOP.has(w)) continue;
    let stem = stems.get(w);
    if (stem === undefined) {
      stem = w.replace(/(?:ing|ed|es|s)$/u, "");
      if (stems.size >= STEMS_CAP) stems.clear();
      stems.set(w, stem);
    }
    out.add(stem);
  }
  return out;
}

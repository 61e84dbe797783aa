// White-space normalization shared by the metadata readers and the extractor's result.

/** The text with runs of white space collapsed and ends trimmed; null when nothing is left. */
export function collapse(s: string | null | undefined): string | null {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t ? t : null;
}

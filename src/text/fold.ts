/**
 * The text lower-cased for case-insensitive search by indexOf, when that finds exactly what a /iu
 * pattern of an ASCII phrase finds at the same offsets; else null (search with the pattern).
 * Only "İ" changes length when lower-cased (offsets would move), and "ſ" matches s under /iu but
 * lower-cases to itself; the Kelvin sign lower-cases to k as it folds.
 */
export function foldForSearch(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !text.includes('\u017F') ? lower : null;
}

/** Can this phrase be looked up in foldForSearch's text (or, case-sensitively, in the text itself)? */
export function isAsciiPhrase(phrase: string): boolean {
  return phrase.length > 0 && /^[\x00-\x7f]+$/.test(phrase);
}

/**
 * Every run of whitespace as one space, as `s.replace(/\s+/g, ' ')` gives. That pattern replaces
 * each single space with a space too, building a new string per line; the hot paths (headings,
 * bullets, dates) ask it of every line and sentence, so only runs and odd spaces are replaced.
 */
const ODD_WHITESPACE = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(s: string): string {
  return s.replace(ODD_WHITESPACE, ' ');
}

/**
 * Every run of whitespace as one space, as `s.replace(/\s+/g, ' ')` gives. That pattern replaces
 * each single space with a space too, building a new string per line; the hot paths (headings,
 * bullets, dates) ask it of every line and sentence, so only runs and odd spaces are replaced.
 */
const ODD_WHITESPACE = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(s: string): string {
  return s.replace(ODD_WHITESPACE, ' ');
}

/** What `\s` matches in a regular expression, by UTF-16 code unit (all of it is in the BMP). */
export function isWhitespaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Runs of non-space that hold a letter or a digit: what `s.split(/\s+/).filter((w) =>
 * /[\p{L}\p{N}]/u.test(w)).length` counts, in one pass without building the words.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) { inWord = false; continue; }
    if (!inWord) { inWord = true; counted = false; }
    if (counted) continue;
    let letter: boolean;
    if (c < 0x80) letter = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    else {
      const cp = text.codePointAt(i)!;
      letter = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (letter) { n++; counted = true; }
  }
  return n;
}

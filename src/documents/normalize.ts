/**
 * Text normalisation applied to every extracted document (PDF, DOCX, text) before anything reads it.
 * Keyword matching downstream is only as good as this: a "ﬁ" ligature or a private-use icon glyph
 * glued to a word makes that word invisible to the matcher.
 */

// Zero-width and invisible formatting characters: ZWSP, ZWNJ, ZWJ, LRM, RLM, word joiner, invisible
// operators, BOM / ZWNBSP, bidi embedding/override/isolate controls, Mongolian vowel separator.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069\u180E]/g;
// Private-use area: BMP U+E000–U+F8FF plus planes 15 and 16 (icon fonts such as FontAwesome live here).
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
// Dash-like characters that are not ASCII '-': hyphen, non-breaking hyphen, figure dash, en dash,
// em dash, horizontal bar, minus sign, small/full-width hyphen-minus (NFKC turns the last two into '-').
/**
 * Word's bullets in the Symbol and Wingdings fonts come out as private-use code points (U+F0B7 •,
 * U+F0A7 ▪, U+F076 ❖, U+F0D8 ➢, U+F0FC ✓, U+F0A8 □). At the start of a line they are bullets: kept as "•".
 */
const PUA_BULLET_LINE_START = /^([ \t]*)[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8\uF06C\uF06E\uF0E8]/gmu;
const ODD_DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Every Unicode space separator except the plain space, plus tab inside a line.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_YEAR = `${MONTH}\\.?,? (?:19|20)\\d{2}`;
/**
 * "Sep. 2023 Mar. 2024" → "Sep. 2023 – Mar. 2024".
 * Awesome-CV (LuaTeX) writes every hyphen and dash as U+00AD (soft hyphen), and pdf.js drops U+00AD
 * entirely, even with `disableNormalization` — it never reaches us, not even as its own text item.
 * A date range then loses its dash and reads as two unrelated dates. Two month-year dates separated
 * only by spaces on one line are a range in every resume we have seen, so the dash is put back.
 * "Present"/"Current"/"Now" as the second half is handled the same way.
 */
const DASHLESS_RANGE = new RegExp(
  `(\\b${MONTH_YEAR}) +(${MONTH_YEAR}\\b|(?:Present|Current|Now|Today)\\b)`, 'gi');

/** Three or more single letters, one space apart, and nothing else. */
const LETTER_SPACED = /^\p{L}(?: \p{L}){2,}$/u;

/**
 * "J O R D A N   B A K E R" → "JORDAN BAKER", "E X P E R I E N C E" → "EXPERIENCE".
 * Designers letter-space names and headings; collapsing the spaces would keep the letters apart and
 * lose the word boundary. Applied to each "|"-separated field of a line that, with its spaces
 * collapsed, is nothing but 3+ single letters one space apart: letters one space apart form a word,
 * 2+ spaces separate words. Ordinary text is left alone: "A B testing", "C C++", "J. R. R. Tolkien",
 * "Q & A" all have a word or a character that is not a lone letter.
 *
 * Idempotent by construction: a field whose joined words would all still be single letters
 * ("A  B  C") is joined into one word, as a second pass would do once the spaces are collapsed;
 * any other result holds a word of 2+ letters and is never letter-spaced again.
 */
function joinLetterSpaced(line: string): string {
  // The plain pattern first: it is needed for those letters, and a Unicode-class scan of every
  // line cost a fifth of normalising a long post.
  if (!/ \S +\S/.test(line) || !/\p{L} +\p{L} +\p{L}/u.test(line)) return line;
  return line
    .split(/( *\| *)/)
    .map((field, i) => {
      if (i % 2 === 1) return field;
      const trimmed = field.trim();
      if (!LETTER_SPACED.test(trimmed.replace(/ {2,}/g, ' '))) return field;
      const words = trimmed.split(/ {2,}/).map((w) => w.replace(/ /g, ''));
      const joined = words.every((w) => w.length === 1) ? words.join('') : words.join(' ');
      // Keep the field's outer spaces: the " | " separators around it stay as they were.
      return field.replace(trimmed, joined);
    })
    .join('');
}

/**
 * Normalise extracted text. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s).
 * - CRLF / CR → LF; BOM and zero-width characters removed
 * - NFKC (ligatures ﬁ ﬂ ﬀ → fi fl ff, full-width letters → ASCII, "①" → "1")
 * - private-use glyphs (icon fonts) removed
 * - soft hyphen U+00AD: removed inside a word ("inter\u00ADnational" → "international"); between
 *   spaces (used as a dash, as Awesome-CV does) it becomes "-"
 * - odd dashes (‐ ‑ ‒ – — ― −) → "–" or "-" (see below)
 * - letter-spaced names and headings joined: "J O R D A N   B A K E R" → "JORDAN BAKER" (see
 *   `joinLetterSpaced`)
 * - non-breaking and other odd spaces → " ", runs of spaces collapsed, line ends trimmed,
 *   3+ blank lines collapsed to 1 blank line
 * - a dashless month-year range gets its dash back (see DASHLESS_RANGE)
 *
 * Dashes: every dash variant becomes an en dash "–" when it stands between spaces or digits (a range
 * or a separator: "2019 – 2021", "Sep. 2023 — Mar. 2024", "10‒20") and a plain "-" inside a word
 * ("e‑commerce", "full‐stack"). Downstream code therefore only has to know "-" and "–".
 */
export function normalizeText(input: string): string {
  let s = input.replace(/\r\n?/g, '\n');
  s = s.replace(INVISIBLE, '');
  // Soft hyphen before NFKC (NFKC keeps it). Inside a word it is an invisible break opportunity.
  // (Looked for first: the lookbehind pattern is tried at every position of the text.)
  if (s.includes('\u00AD')) {
    s = s.replace(/(?<=\p{L})\u00AD(?=\p{L})/gu, '');
    s = s.replace(/\u00AD/g, ' - ');
  }
  s = s.normalize('NFKC');
  s = s.replace(PUA_BULLET_LINE_START, '$1• ');
  s = s.replace(PRIVATE_USE, '');
  // Dashes: a dash with a space or digit on both sides is a range / separator → en dash; else hyphen.
  s = s.replace(ODD_DASHES, (dash, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ' ';
    const after = whole[offset + dash.length] ?? ' ';
    const spacedOrNumeric = /[\s\d]/.test(before) && /[\s\d]/.test(after);
    return spacedOrNumeric ? '–' : '-';
  });
  // A lone ASCII hyphen between spaces is a separator too ("Sep 2023 - Mar 2024"): leave it, it is
  // unambiguous, but turn a doubled "--" (LaTeX source pasted as text) into an en dash.
  if (s.includes(' -- ')) s = s.replace(/(?<=\S) -- (?=\S)/g, ' – ');
  s = s.replace(ODD_SPACES, ' ');
  // Remaining C0/C1 control characters (except \n) carry no text.
  s = s.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '');
  s = s.split('\n').map(joinLetterSpaced).join('\n');
  s = s.replace(/ {2,}/g, ' ');
  s = s.replace(DASHLESS_RANGE, '$1 – $2');
  s = s
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
  s = s.replace(/\n{3,}/g, '\n\n');
  return s.trim();
}

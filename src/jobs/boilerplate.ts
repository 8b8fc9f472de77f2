/** Boilerplate (pay, benefits, EEO, visa) removed sentence by sentence, and the post split into sentences. */
import { inlineHeading, isBoilerplateLine, jobHeadingKind } from './sections.js';

/** A sentence ends at . ! ? or ; followed by a space, but not after "e.g." or "i.e.". */
const SENTENCE_BREAK = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|min|max|yrs|no|St|Inc|Ltd|Sr|Jr))[.!?;]\s+/g;
/** Pay sentences: a pay word with an amount ("salary range $120,000 - $150,000"), or an amount per hour or year. */
const MONEY = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:k|usd|eur|gbp)\b/i;
const PAY_WORD = /\b(?:salary|salaries|pay|paid|compensation|wage|wages|rate|base|bonus|equity|stipend|budget|allowance|ote|benefits?|usd|eur|gbp)\b/i;
const MONEY_PER = /(?:[$€£]\s?\d[\d,.]*\s?[kKmM]?|\b\d[\d,.]*\s?(?:k|usd|eur|gbp))\s*(?:\/\s?(?:hr|hour|yr|year|annum|mo|month)\b|(?:an|per|a)\s+(?:hour|annum)\b|a\s+year\b|annually\b)|[$€£]\s?\d[\d,.]*\s?[kK]?\s*[-–]\s*[$€£]?\s?\d/i;

/** "your base rate of compensation will be higher to cover overheads and benefits": the candidate's own pay. */
const OWN_PAY = /\b(?:rate\s+of\s+(?:compensation|pay)|your\s+(?:base\s+)?(?:salary|compensation|pay|rate|wages?))\b/i;

function sentenceSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of line.matchAll(SENTENCE_BREAK)) {
    const end = (m.index ?? 0) + 1;
    spans.push([start, end]);
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}

function isBoilerplateSentence(s: string): boolean {
  return isBoilerplateLine(s) || (MONEY.test(s) && PAY_WORD.test(s)) || MONEY_PER.test(s) || OWN_PAY.test(s);
}

/**
 * Blanks (with spaces, so offsets and line numbers hold) every boilerplate sentence: a post with
 * no line breaks can still end in "The salary range is ...", and that must not cost its skills.
 * Headings are kept: they open sections.
 */
export function maskBoilerplate(lines: string[]): string[] {
  return lines.map((line) => {
    if (!line.trim() || jobHeadingKind(line) || inlineHeading(line)) return line;
    let out = line;
    for (const [a, b] of sentenceSpans(line)) {
      if (isBoilerplateSentence(line.slice(a, b))) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    }
    return out;
  });
}

/** Does the line start a new item (a bullet, a number) rather than continue a wrapped sentence? */
const ITEM_START = /^\s*(?:[-*•·▪◦●+>]|\d+[.)]|[a-z][.)]\s)/;
/** Below this a line is a list item or heading, not a hard-wrapped paragraph. */
const WRAPPED_LINE_MIN = 55;

/**
 * The sentences of the post as [start, end) offsets in the text. A hard-wrapped paragraph (long
 * lines, no end punctuation, the next line no bullet) is read across its line breaks, so "Experience
 * with\nPostgreSQL would be a big plus." is one sentence.
 */
export function textSentences(lines: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  let open: { start: number; end: number } | null = null;
  lines.forEach((line, i) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) { open = null; return; }
    // A wrapped sentence goes on in lower case, or after a word no sentence ends on ("with").
    const continues = open !== null && !ITEM_START.test(line) && !jobHeadingKind(line)
      && (/^\s*\p{Ll}/u.test(line) || /(?:,|\b(?:with|and|or|of|the|a|an|to|in|on|for|as|at|by|from|like|using|such|including|be|is|are|would|will|our|your))\s*$/i.test(lines[i - 1] ?? ''));
    const parts = sentenceSpans(line).map(([a, b]) => ({ start: lineStart + a, end: lineStart + b }));
    if (continues && parts.length) { open!.end = parts[0]!.end; parts.shift(); }
    spans.push(...parts);
    const prev = lines[i]!.trimEnd();
    const last = parts.length ? parts[parts.length - 1]! : open;
    open = prev.length >= WRAPPED_LINE_MIN && !/[.!?;:]$/.test(prev) ? last : null;
  });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The employer's own name read as a skill ("GitLab" in GitLab's sales post): named as the company,
 * or used as an employer at least twice ("GitLab's", "at GitLab", "join GitLab", "the GitLab team").
 */
import type { SkillHit } from '../skills/matcher.js';

/** Words after the name that make it the employer: "GitLab team", "GitLab partners", "the GitLab process". */
const EMPLOYER_WORDS = String.raw`(?:is|team|teams|team\s+members|values|handbook|employees|offers|partners|owned|process|products?|customers|community|way)`;

// The ways a post names its employer ("GitLab's", "at GitLab", "join GitLab", "GitLab team"),
// tested at one occurrence of the name (sticky: at lastIndex only). They are shared by every name:
// a pattern per name, scanned over the whole post, cost a fifth of reading a long post.
const LETTER_BEFORE = /(?<=\p{L})/uy;
const LETTER_AT = /\p{L}/uy;
const POSSESSIVE_AFTER = /['’]s\b/iuy;
const EMPLOYER_WORD_AFTER = new RegExp(String.raw`\s+${EMPLOYER_WORDS}\b`, 'iuy');
const EMPLOYER_VERB_BEFORE = /(?<=\b(?:at|join|joining|about)\s+)/iuy;

function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Is this occurrence of the name, [start, end), used as the employer? */
function usedAsEmployerAt(text: string, start: number, end: number): boolean {
  const letterBefore = sticky(LETTER_BEFORE, text, start);
  if (!letterBefore && (sticky(POSSESSIVE_AFTER, text, end) || sticky(EMPLOYER_WORD_AFTER, text, end))) return true;
  return !sticky(LETTER_AT, text, end) && sticky(EMPLOYER_VERB_BEFORE, text, start);
}

/** Does the post use this spelling as an employer at least twice (two uses that do not overlap)? */
function usedAsEmployerTwice(text: string, folded: FoldedText, surface: string): boolean {
  let passing = 0;
  let lastEnd = -1;
  for (const [start, end] of occurrences(text, folded, surface)) {
    if (start < lastEnd || !usedAsEmployerAt(text, start, end)) continue;
    lastEnd = end;
    if (++passing >= 2) return true;
  }
  return false;
}

/** The text lower-cased once, when that keeps every offset and agrees with /iu matching (else null). */
type FoldedText = string | null;

function foldedText(text: string): FoldedText {
  const lower = text.toLowerCase();
  // Only "İ" changes length when lower-cased; "ſ" matches s under /iu but lower-cases to itself.
  return lower.length === text.length && !text.includes('\u017F') ? lower : null;
}

/**
 * Where the name occurs, case-insensitively, overlapping occurrences too (one that fails may
 * overlap one that passes). An ASCII name is found with indexOf in the lower-cased
 * text: the same places /name/giu finds (the Kelvin sign lower-cases to k as it folds), without a
 * Unicode pattern scan per name.
 */
function* occurrences(text: string, folded: FoldedText, surface: string): Generator<[number, number]> {
  if (folded !== null && /^[\x00-\x7f]+$/.test(surface)) {
    const needle = surface.toLowerCase();
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) yield [at, at + needle.length];
    return;
  }
  const name = new RegExp(surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  for (let m = name.exec(text); m !== null; m = name.exec(text)) {
    yield [m.index, m.index + m[0].length];
    name.lastIndex = m.index + 1;
  }
}

/** Skills that are the employer's name in this post (named as the company, or used as an employer twice). */
export function employerSkills(hits: SkillHit[], text: string, company: string | null): Set<string> {
  const out = new Set<string>();
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const companyKey = company ? key(company) : '';
  // Each spelling is looked up once: a post names its employer on many lines.
  const employerNames = new Map<string, boolean>();
  let folded: FoldedText | undefined;
  const namesEmployer = (surface: string) => {
    let known = employerNames.get(surface);
    if (known === undefined) {
      const k = key(surface);
      known = companyKey !== '' && (companyKey === k || companyKey.split(' ')[0] === k);
      if (!known) known = usedAsEmployerTwice(text, folded ??= foldedText(text), surface);
      employerNames.set(surface, known);
    }
    return known;
  };
  for (const hit of hits) if (!out.has(hit.id) && namesEmployer(hit.surface)) out.add(hit.id);
  return out;
}

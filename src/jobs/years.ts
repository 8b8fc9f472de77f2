/** Years of experience a post asks for, in digits or words, ignoring years that are not experience. */
import type { JobSectionKind } from './sections.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const YEARS_RE = /(?<![\d.,$€£])(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:or\s+more\s+)?(?:years?|yrs?)\b(?![-–]\s?(?:old|long))/gi;
/** Words after "N years" that say it is experience asked of the candidate. */
const YEARS_AFTER_OK = /^\s*(?:\+\s*)?(?:of|in|with|as|building|shipping|writing|working|developing|designing|leading|managing|doing|running|programming|coding|using|at|on|hands|post|professional|industry|relevant|commercial|production|experience)\b/i;
/** Years that are the company's, a contract's or a deadline's ("founded 20 years ago", "in the next 2 years"). */
const YEARS_NOT_EXPERIENCE = /\b(?:founded|ago|old|older|of age|since|history|combined|in business|anniversary|contract|warranty|(?:in|over|within|during|for) the (?:next|past|last|coming)|for over|we have|we've|our team has|guarantee)\b/i;

const YEAR_WORD = /years?|yrs?|decade/i;

/** "five (5) years" -> "5 years"; "at least five years" -> "at least 5 years". */
function digitYears(line: string): string {
  return line
    .replace(/\b(?:a|one)\s+decade\b/gi, '10 years')
    .replace(/\b([a-z]+)\s*\((\d{1,2})\)/gi, (m, w: string, d: string) => (NUMBER_WORDS[w.toLowerCase()] !== undefined ? d : m))
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b(?=\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\w+\s*)?(?:or\s+more\s+)?(?:years?|yrs?)\b)/gi,
      (w: string) => String(NUMBER_WORDS[w.toLowerCase()]));
}

export function yearsAsked(sentences: { text: string; kind: JobSectionKind | 'heading' | undefined }[]): number | null {
  const found: { years: number; kind: string | undefined }[] = [];
  for (const { text, kind } of sentences) {
    if (kind === 'boilerplate' || kind === 'heading') continue;
    // Years are asked in "year(s)", "yr(s)" or "a decade": most sentences hold none, and skip the patterns.
    if (!YEAR_WORD.test(text)) continue;
    const s = digitYears(text);
    for (const m of s.matchAll(YEARS_RE)) {
      const at = m.index ?? 0;
      const after = s.slice(at + m[0].length);
      const experienceWord = /experien|professional|industry|hands-on/i.test(s);
      if (YEARS_NOT_EXPERIENCE.test(s) && !(experienceWord && !/\b(?:founded|ago|combined|we have|we've)\b/i.test(s))) continue;
      if (!experienceWord && !YEARS_AFTER_OK.test(after) && kind !== 'required') continue;
      const years = Number(m[1]);
      if (years < 1 || years > 30) continue;
      found.push({ years, kind });
    }
  }
  return (found.find((f) => f.kind === 'required') ?? found.find((f) => f.kind !== 'preferred'))?.years ?? null;
}

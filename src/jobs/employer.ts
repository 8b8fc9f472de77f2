/**
 * The employer's own name read as a skill ("GitLab" in GitLab's sales post): named as the company,
 * or used as an employer at least twice ("GitLab's", "at GitLab", "join GitLab", "the GitLab team").
 */
import type { SkillHit } from '../skills/matcher.js';

/** Words after the name that make it the employer: "GitLab team", "GitLab partners", "the GitLab process". */
const EMPLOYER_WORDS = String.raw`(?:is|team|teams|team\s+members|values|handbook|employees|offers|partners|owned|process|products?|customers|community|way)`;

/** Ways a post names its employer: "GitLab's", "at GitLab", "join GitLab", "the GitLab team". */
const EMPLOYER_USES = (name: string) => new RegExp(`(?<![\\p{L}])${name}['’]s\\b|\\b(?:at|join|joining|about)\\s+${name}(?![\\p{L}])|(?<![\\p{L}])${name}\\s+${EMPLOYER_WORDS}\\b`, 'giu');

// The same three uses, tested at one occurrence of the name (sticky: at lastIndex only). They are
// shared by every name, so no per-name pattern with Unicode classes is built unless one passes.
const LETTER_BEFORE = /(?<=\p{L})/uy;
const LETTER_AT = /\p{L}/uy;
const POSSESSIVE_AFTER = /['’]s\b/iuy;
const EMPLOYER_WORD_AFTER = new RegExp(String.raw`\s+${EMPLOYER_WORDS}\b`, 'iuy');
const EMPLOYER_VERB_BEFORE = /(?<=\b(?:at|join|joining|about)\s+)/iuy;

function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Does this occurrence of the name, [start, end), begin one of EMPLOYER_USES's matches? */
function usedAsEmployerAt(text: string, start: number, end: number): boolean {
  const letterBefore = sticky(LETTER_BEFORE, text, start);
  if (!letterBefore && (sticky(POSSESSIVE_AFTER, text, end) || sticky(EMPLOYER_WORD_AFTER, text, end))) return true;
  return !sticky(LETTER_AT, text, end) && sticky(EMPLOYER_VERB_BEFORE, text, start);
}

/**
 * Does the post use this spelling as an employer at least twice? Every match of EMPLOYER_USES holds
 * its own occurrence of the name that passes `usedAsEmployerAt`, so fewer than two such occurrences
 * settle it with one cheap scan; only a name that passes twice is counted with the full pattern
 * over the whole text (a post of 30 KB names ~200 skills, nearly all of them once or twice).
 */
function usedAsEmployerTwice(text: string, escaped: string): boolean {
  const name = new RegExp(escaped, 'giu');
  let passing = 0;
  for (let m = name.exec(text); m !== null; m = name.exec(text)) {
    if (usedAsEmployerAt(text, m.index, m.index + m[0].length)) passing++;
    if (passing >= 2) return (text.match(EMPLOYER_USES(escaped)) ?? []).length >= 2;
    // Overlapping occurrences too: the count must never miss one the full pattern could use.
    name.lastIndex = m.index + 1;
  }
  return false;
}

/** Skills that are the employer's name in this post (named as the company, or used as an employer twice). */
export function employerSkills(hits: SkillHit[], text: string, company: string | null): Set<string> {
  const out = new Set<string>();
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const companyKey = company ? key(company) : '';
  // Each spelling is looked up once: a post names its employer on many lines.
  const employerNames = new Map<string, boolean>();
  const namesEmployer = (surface: string) => {
    let known = employerNames.get(surface);
    if (known === undefined) {
      const k = key(surface);
      const esc = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      known = (companyKey !== '' && (companyKey === k || companyKey.split(' ')[0] === k)) || usedAsEmployerTwice(text, esc);
      employerNames.set(surface, known);
    }
    return known;
  };
  for (const hit of hits) if (!out.has(hit.id) && namesEmployer(hit.surface)) out.add(hit.id);
  return out;
}

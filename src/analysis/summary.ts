import type { Resume } from '../resume/types.js';
import { SUMMARY_SKILLS } from './constants.js';

/** The guide's placeholders, shown where the resume does not hold the fact. */
export const PLACEHOLDER_YEARS = '[X years]';
export const PLACEHOLDER_WIN = '[your strongest achievement, with a number]';
export const PLACEHOLDER_COMPANY = '[Target Company]';
export const PLACEHOLDER_SKILLS = '[your strongest skills]';
export const PLACEHOLDER_TITLE = '[Your title]';

/** "SENIOR SOFTWARE ENGINEER" -> "Senior Software Engineer"; mixed case is kept as written. */
function displayTitle(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title.toLowerCase().replace(/(^|[\s/(-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Sre|Qa|Ui|Ux|Ml|Ai|It|Devops)\b/g, (w) => (w === 'Devops' ? 'DevOps' : w.toUpperCase()));
}

function listJoin(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The bullet that best shows a result: a percentage, money or multiplier beats a bare number. */
function strongestWin(resume: Resume): string | null {
  const scored = resume.bullets
    // A win starts with an action verb: anything else is usually a fragment of a wrapped line.
    .filter((b) => b.hasNumber && b.actionVerb && b.words >= 5 && b.words <= 40)
    .map((b, i) => ({ b, i, s: (/%|[$€£₹]|\d+x\b|\bx\d/i.test(b.text) ? 2 : 1) + (b.actionVerb ? 1 : 0) }))
    .sort((a, c) => c.s - a.s || a.i - c.i);
  const best = scored[0]?.b.text;
  if (!best) return null;
  const t = best.replace(/[.;\s]+$/, '');
  return t[0]!.toLowerCase() + t.slice(1);
}

/**
 * 2-3 sentences in the guide's form, from the resume's own facts only: its title, its years, skills
 * it shows, one quantified bullet it contains. Anything missing stays a visible placeholder.
 */
export function suggestSummary(resume: Resume, opts: { skills: string[]; targetTitle: string | null; company: string | null }): string {
  const title = resume.headline ? displayTitle(resume.headline) : PLACEHOLDER_TITLE;
  const years = resume.experienceYears;
  const yearsText = years === null ? PLACEHOLDER_YEARS : years >= 1 ? `${Math.floor(years)}+ years` : 'hands-on';
  const skills = opts.skills.slice(0, SUMMARY_SKILLS);
  const first = `${title} with ${yearsText} of experience in ${skills.length ? listJoin(skills) : PLACEHOLDER_SKILLS}.`;
  const win = strongestWin(resume);
  const second = win ? `Proven results: ${win}.` : `Proven results: ${PLACEHOLDER_WIN}.`;
  const target = opts.targetTitle ? ` as a ${opts.targetTitle}` : '';
  const third = `Looking to bring this experience to ${opts.company ?? PLACEHOLDER_COMPANY}${target}.`;
  return `${first} ${second} ${third}`;
}

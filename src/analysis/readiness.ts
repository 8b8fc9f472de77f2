import type { Resume, SectionKind } from '../resume/types.js';
import type { ReadinessCheck } from './report.js';
import {
  READINESS_WEIGHTS, type ReadinessCheckId, METRIC_BULLETS_TARGET, ACTION_VERB_TARGET, BULLET_MAX_WORDS,
  LONG_BULLETS_MAX_SHARE, ONE_PAGE_UNDER_YEARS, MAX_PAGES_SENIOR, MIN_WORDS,
} from './constants.js';

interface Graded { check: ReadinessCheck; credit: number }

const pct = (x: number) => `${Math.round(x * 100)}%`;

function grade(id: ReadinessCheckId, credit: number, okMessage: string, badMessage: string, fix: string): Graded {
  const passed = credit >= 1;
  return { check: { id, passed, message: passed ? okMessage : badMessage, fix: passed ? null : fix }, credit: Math.max(0, Math.min(1, credit)) };
}

/** The guide's checks, each with its fix; readiness = weighted share of checks passed (partial for ratios). */
export function readinessChecks(resume: Resume): { checks: ReadinessCheck[]; readiness: number } {
  const has = (kind: SectionKind) => resume.sections.some((s) => s.kind === kind);
  const bullets = resume.bullets;
  const n = bullets.length;
  const withNumber = bullets.filter((b) => b.hasNumber).length;
  const withVerb = bullets.filter((b) => b.actionVerb).length;
  const long = bullets.filter((b) => b.words > BULLET_MAX_WORDS).length;
  const years = resume.experienceYears ?? 0;
  const maxPages = years < ONE_PAGE_UNDER_YEARS ? 1 : MAX_PAGES_SENIOR;
  const hasLinkedIn = resume.contact.links.some((l) => /linkedin\.com/i.test(l));
  const layoutRisks = [
    ...(resume.layout.columns > 1 ? ['a multi-column layout'] : []),
    ...(resume.layout.tables ? ['tables'] : []),
    ...(resume.layout.images ? ['images (an ATS skips photos, icons and charts)'] : []),
  ];

  const graded: Graded[] = [
    grade('contact-email', resume.contact.email ? 1 : 0, 'Email address found.', 'No email address found.',
      'Add your email address at the top, as plain text (not only as a link or icon).'),
    grade('contact-phone', resume.contact.phone ? 1 : 0, 'Phone number found.', 'No phone number found.',
      'Add a phone number next to your email, with the country code if you apply abroad.'),
    grade('contact-links', hasLinkedIn || resume.contact.links.length > 0 ? 1 : 0,
      'Profile links found.', 'No LinkedIn, GitHub or portfolio link found.',
      'Add your LinkedIn URL (and GitHub or portfolio if relevant) as plain text in the header.'),
    grade('section-skills', has('skills') ? 1 : 0, 'Dedicated Skills section found.', 'No dedicated Skills section.',
      'Add a "Skills" section listing the tools and skills you have, in the job post\'s own words.'),
    grade('section-summary', has('summary') ? 1 : 0, 'Summary section found.', 'No professional summary.',
      'Open with a 2-3 sentence "Summary": title and years, strongest skills, one quantified win (see the suggestion below).'),
    grade('section-experience', has('experience') ? 1 : 0, 'Experience section found.', 'No section headed "Experience" was found.',
      'Put your jobs under a standard heading such as "Experience" or "Work Experience" so an ATS files them correctly.'),
    grade('section-education', has('education') ? 1 : 0, 'Education section found.', 'No Education section.',
      'Add an "Education" section (degree, school, year), even a short one.'),
    grade('dated-roles', resume.experience.length > 0 ? 1 : 0, `${resume.experience.length} dated role(s) found.`,
      'No dated roles found, so your years of experience cannot be read.',
      'Give every role a date range such as "Jan 2021 – Present" on the same line as the title or company.'),
    grade('measurable-results', n === 0 ? 0 : withNumber / n / METRIC_BULLETS_TARGET,
      `${withNumber} of ${n} bullets show a number (${pct(n ? withNumber / n : 0)}).`,
      n === 0 ? 'No experience bullets found.' : withNumber === 0 ? `None of the ${n} bullets shows a measurable result.`
        : `Only ${withNumber} of ${n} bullets show a measurable result (${pct(withNumber / n)}).`,
      n === 0 ? 'Describe each role in 3-6 bullet points that start with an action verb and end with a result.'
        : 'Back bullets with numbers: %, time saved, users, revenue, scale — e.g. "cutting response time by 30%".'),
    grade('action-verbs', n === 0 ? 0 : withVerb / n / ACTION_VERB_TARGET,
      `${withVerb} of ${n} bullets open with an action verb.`,
      n === 0 ? 'No bullets to check for action verbs.' : withVerb === 0 ? `None of the ${n} bullets opens with an action verb.`
        : `Only ${withVerb} of ${n} bullets open with an action verb.`,
      'Start each bullet with a strong verb (Built, Led, Designed, Reduced) instead of "Responsible for" or "Worked on".'),
    grade('bullet-length', n === 0 ? 0 : long / n <= LONG_BULLETS_MAX_SHARE ? 1 : 0,
      'Bullets are short enough to skim.', n === 0 ? 'No bullets found.' : `${long} of ${n} bullets run longer than ${BULLET_MAX_WORDS} words.`,
      'Keep each bullet to one or two lines: action, what you did, the result.'),
    grade('length', resume.pages <= maxPages && resume.wordCount >= MIN_WORDS ? 1 : 0,
      `Length fits (${resume.pages} page${resume.pages === 1 ? '' : 's'}).`,
      resume.wordCount < MIN_WORDS ? `Only ${resume.wordCount} words: too little for a screener to judge.`
        : `${resume.pages} pages for ${resume.experienceYears ?? 'under ' + ONE_PAGE_UNDER_YEARS} years of experience.`,
      resume.wordCount < MIN_WORDS ? 'Describe your roles, projects and skills in more detail.'
        : `Keep it to ${maxPages} page${maxPages === 1 ? '' : 's'}: cut older or less relevant bullets first.`),
    grade('layout', layoutRisks.length === 0 ? 1 : 0, 'Simple single-column layout.', `Layout risk: ${layoutRisks.join(' and ')}.`,
      'Use a single-column layout without tables, text boxes or images: many ATS read columns and tables out of order and skip images.'),
    grade('header-contact', resume.layout.headerFooterText ? 0 : 1, 'Contact details are in the body of the document.',
      'Some text (often contact details) sits in the Word page header or footer.',
      'Move your name, email and phone into the body of the document: many ATS skip headers and footers.'),
  ];
  const possible = graded.reduce((s, g) => s + READINESS_WEIGHTS[g.check.id as ReadinessCheckId], 0);
  const earned = graded.reduce((s, g) => s + READINESS_WEIGHTS[g.check.id as ReadinessCheckId] * g.credit, 0);
  const readiness = resume.wordCount === 0 ? 0 : Math.round((100 * earned) / possible);
  return { checks: graded.map((g) => g.check), readiness };
}

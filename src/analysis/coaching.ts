import type { Bullet, Resume } from '../resume/types.js';
import type { BulletFix } from './report.js';
import { weakLeadOf } from '../resume/bullets.js';
import { BULLET_FIXES_SHOWN, BULLET_MAX_WORDS } from './constants.js';

/** The guide's metric placeholder, appended where a bullet has no number. */
export const METRIC_PLACEHOLDER = '[add a metric, e.g. "for 5+ projects" or "cutting time by 30%"]';
const IRREGULAR_PAST: Record<string, string> = {
  building: 'Built', leading: 'Led', writing: 'Wrote', running: 'Ran', making: 'Made', driving: 'Drove',
  setting: 'Set up', taking: 'Took', bringing: 'Brought', teaching: 'Taught', shipping: 'Shipped', planning: 'Planned',
};

function pastTense(gerund: string): string | null {
  const g = gerund.toLowerCase();
  if (IRREGULAR_PAST[g]) return IRREGULAR_PAST[g]!;
  if (!/^[a-z]{5,}ing$/.test(g)) return null;
  const root = g.slice(0, -3);
  const past = /e$/.test(root) ? root + 'd' : root + 'ed';
  return past[0]!.toUpperCase() + past.slice(1);
}

/** Rewrites a bullet in the guide's pattern: action verb first, a metric placeholder if it has none. */
function rewrite(b: Bullet): string {
  let text = b.text.replace(/[.;]+$/, '');
  const weak = weakLeadOf(text);
  if (weak) {
    // "Helped with A/B testing" -> "A/B testing": the weak lead's preposition goes with it.
    const rest = text.slice(weak.length).trim().replace(/^(?:with|on|in|to|for)\s+/i, '');
    const [first = '', ...others] = rest.split(/\s+/);
    const verb = pastTense(first);
    text = verb ? `${verb} ${others.join(' ')}` : `[Strong verb, e.g. Built, Led, Improved] ${rest}`;
  } else if (!b.actionVerb) {
    text = `[Strong verb, e.g. Built, Led, Improved] ${text[0]?.toLowerCase()}${text.slice(1)}`;
  }
  if (b.words > BULLET_MAX_WORDS) text = text.split(/\s+/).slice(0, 25).join(' ') + ' […]';
  return b.hasNumber ? text : `${text} — ${METRIC_PLACEHOLDER}`;
}

/** The few bullets that most need work, quoted, with what to change. */
export function bulletFixes(resume: Resume): BulletFix[] {
  return resume.bullets
    .map((b, index) => {
      const problems: string[] = [];
      if (!b.hasNumber) problems.push('no measurable result');
      const weak = weakLeadOf(b.text);
      if (weak) problems.push(`opens with "${weak}"`);
      else if (!b.actionVerb) problems.push('does not open with an action verb');
      if (b.words > BULLET_MAX_WORDS) problems.push(`${b.words} words: too long to skim`);
      return { b, index, problems };
    })
    .filter((x) => x.problems.length > 0)
    .sort((a, c) => c.problems.length - a.problems.length || a.index - c.index)
    .slice(0, BULLET_FIXES_SHOWN)
    .map(({ b, problems }) => ({ bullet: b.text, problems, suggestion: rewrite(b) }));
}

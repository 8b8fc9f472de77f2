import type { Bullet, Resume } from '../resume/types.js';
import type { BulletFix } from './report.js';
import { weakLeadOf } from '../resume/bullets.js';
import { getVocabulary } from '../resume/vocabulary.js';
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

/** "the development and maintenance of X" -> "Developed and maintained X": the noun names the verb. */
const NOUN_VERBS: Record<string, string> = {
  development: 'developed', design: 'designed', implementation: 'implemented', maintenance: 'maintained', creation: 'created',
  migration: 'migrated', testing: 'tested', deployment: 'deployed', integration: 'integrated', optimization: 'optimized', analysis: 'analyzed',
};
const NOUNS = Object.keys(NOUN_VERBS).join('|');
const NOMINAL_RE = new RegExp(`^(?:the\\s+)?(${NOUNS})(?:\\s+and\\s+(${NOUNS}))?\\s+of\\s+`, 'i');

function fromNominal(tail: string): string | null {
  const m = NOMINAL_RE.exec(tail);
  if (!m) return null;
  const verbs = [m[1]!, m[2]].filter((x): x is string => !!x).map((n) => NOUN_VERBS[n.toLowerCase()]!);
  const lead = verbs.join(' and ');
  return `${lead[0]!.toUpperCase()}${lead.slice(1)} ${tail.slice(m[0].length)}`;
}

const STRONG_VERB_PLACEHOLDER = '[Strong verb, e.g. Built, Led, Improved]';

/**
 * Rewrites a bullet in the guide's pattern: action verb first, a metric placeholder if it has none.
 * The bullet's own words keep their case ("TensorFlow", "Google"); only the weak lead changes.
 */
function rewrite(b: Bullet): string {
  let text = b.text.replace(/[.;]+$/, '');
  const weak = weakLeadOf(text);
  if (weak) {
    const rest = text.slice(weak.length).trim();
    const vocab = getVocabulary();
    // "Communicated with" -> "Partnered with"; "Used" -> "Applied": the data's stronger verb for that lead.
    const withPrep = /^(with|in|on|to|for)\s/i.exec(rest);
    const stronger = (withPrep && vocab.strongerVerbs.get(`${weak} ${withPrep[1]!.toLowerCase()}`)) || vocab.strongerVerbs.get(weak);
    if (stronger) {
      const after = withPrep && vocab.strongerVerbs.has(`${weak} ${withPrep[1]!.toLowerCase()}`) ? rest.slice(withPrep[0].length) : rest;
      text = `${stronger} ${after}`;
    } else {
      // "Helped with A/B testing" -> "A/B testing": the weak lead's preposition goes with it.
      const tail = rest.replace(/^(?:with|on|in|to|for)\s+/i, '');
      const [first = '', ...others] = tail.split(/\s+/);
      const verb = pastTense(first);
      text = fromNominal(tail) ?? (verb ? `${verb} ${others.join(' ')}` : `${STRONG_VERB_PLACEHOLDER} ${tail}`);
    }
  } else if (!b.actionVerb) {
    text = `${STRONG_VERB_PLACEHOLDER} ${text}`;
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
      if (weak) problems.push(`opens with the weak "${weak}"`);
      else if (!b.actionVerb) problems.push('does not open with an action verb');
      if (b.words > BULLET_MAX_WORDS) problems.push(`${b.words} words: too long to skim`);
      return { b, index, problems };
    })
    .filter((x) => x.problems.length > 0)
    .sort((a, c) => c.problems.length - a.problems.length || a.index - c.index)
    .slice(0, BULLET_FIXES_SHOWN)
    .map(({ b, problems }) => ({ bullet: b.text, problems, suggestion: rewrite(b) }));
}

/**
 * Three fixture checks, one per band, that docs/ shows as example scorecards (`npm run cards`) and
 * the scorecard tests render: a strong match, a close one, and one that needs work.
 */
export interface CardExample {
  /** The file name under docs/ (scorecard-<name>.png). */
  name: string;
  resume: string;
  role?: string;
  job?: string;
}

export const CARD_EXAMPLES: readonly CardExample[] = [
  { name: 'strong', resume: 'openresume-john-doe-swe.pdf', role: 'backend-developer' },
  { name: 'close', resume: 'deedy-two-column-swe.pdf', role: 'backend-developer' },
  { name: 'needs-work', resume: 'rm-john-doe-java.txt', job: 'rm-jd-frontend-engineer.txt' },
];

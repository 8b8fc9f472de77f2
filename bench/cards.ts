/**
 * `npm run cards`: draws the example scorecards in docs/ (one per band, from the fixtures in
 * card-examples.ts), so the pictures in the docs are always what the code draws today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { renderScorecard } from '../src/scorecard/index.js';
import { CARD_EXAMPLES } from './card-examples.js';

const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures');
/** The fixtures' "today", as the golden reports use it, so the cards do not drift with the calendar. */
const TODAY = new Date('2025-01-15T00:00:00Z');

for (const ex of CARD_EXAMPLES) {
  const resume = await readResumeFile(readFileSync(path.join(FIXTURES, 'resumes', ex.resume)), undefined, TODAY);
  const job = ex.job ? await readJobPostFile(readFileSync(path.join(FIXTURES, 'jobs', ex.job))) : null;
  const report = analyze({ resume, role: ex.role ? getRoles().get(ex.role) ?? null : null, job });
  const file = path.join(PACKAGE_ROOT, 'docs', `scorecard-${ex.name}.png`);
  writeFileSync(file, renderScorecard(report).png);
  console.log(`${path.relative(PACKAGE_ROOT, file)}: ${ex.resume} vs ${ex.job ?? ex.role}: ${report.score}/100 ${report.band}`);
}

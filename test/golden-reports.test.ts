import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { SCORING_VERSION } from '../src/analysis/constants.js';
import { getRoles } from '../src/roles/registry.js';
import { FIXTURES, READABLE_RESUMES, TODAY, jobBytes, resumeBytes } from './helpers/fixtures.js';

/**
 * Speed work must not change answers: every fixture resume's report (against the backend role and
 * against a real post) is compared with a stored copy. Re-bake only on a deliberate scoring change:
 * `UPDATE_GOLDEN=1 npx vitest run test/golden-reports.test.ts`, with SCORING_VERSION bumped.
 */
const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const resumes = READABLE_RESUMES;

describe('reports are identical to the stored golden copies', () => {
  it.each(resumes)('%s', async (file) => {
    const resume = await readResumeFile(resumeBytes(file), undefined, TODAY);
    const job = await readJobPostFile(jobBytes('rm-jd-backend-engineer.txt'));
    const reports = {
      role: analyze({ resume, role: getRoles().get('backend-developer')! }),
      job: analyze({ resume, job }),
    };
    const target = path.join(GOLDEN, `${file}.json`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(target, JSON.stringify(reports, null, 1) + '\n');
    }
    expect(existsSync(target), `no golden copy for ${file}: bake one with UPDATE_GOLDEN=1`).toBe(true);
    const golden = JSON.parse(readFileSync(target, 'utf8'));
    expect(golden.role.version.split('+')[0], 'golden copies are from another SCORING_VERSION: re-bake deliberately').toBe(SCORING_VERSION);
    expect(JSON.parse(JSON.stringify(reports))).toEqual(golden);
  });
});

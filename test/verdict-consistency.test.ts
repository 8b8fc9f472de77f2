import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { resumeSkills } from '../src/analysis/match.js';
import { lineRoles } from '../src/resume/index.js';
import { getLexicon } from '../src/skills/lexicon.js';
import { getRoles } from '../src/roles/registry.js';
import { FIXTURES, READABLE_RESUMES, TODAY, jobBytes, resumeBytes } from './helpers/fixtures.js';

/**
 * One verdict per skill (issue 10): a skill is matched, missing, or matched through a concept,
 * never two at once. Every fixture resume, against the backend role and every fixture post.
 */
const resumes = READABLE_RESUMES;
const jobs = readdirSync(path.join(FIXTURES, 'jobs')).sort();

describe('matched and missing are disjoint, through implications too', () => {
  it.each(resumes)('%s', async (file) => {
    const resume = await readResumeFile(resumeBytes(file), undefined, TODAY);
    const shown = resumeSkills(resume, getLexicon(), lineRoles(resume));
    const has = (id: string) => shown.found.has(id) || shown.implied.has(id);
    const targets = [{ role: getRoles().get('backend-developer')! }, ...await Promise.all(jobs.map(async (j) => ({ job: await readJobPostFile(jobBytes(j)) })))];
    for (const t of targets) {
      const report = analyze({ resume, ...t });
      const matched = new Set(report.skills.matched.map((m) => m.id));
      for (const m of report.skills.missing) {
        expect(matched.has(m.id), `${m.name} both matched and missing`).toBe(false);
        // Kafka on the resume: "Message queues" is met through it, never missing.
        expect(has(m.id), `${m.name} missing though the resume shows it`).toBe(false);
      }
      const kw = report.keywords.missing.map((k) => k.toLowerCase());
      for (const m of report.skills.matched) expect(kw, `${m.name} is matched and a missing keyword`).not.toContain(m.name.toLowerCase());
    }
  });
});

describe('an employer is no skill', () => {
  it('"Software Engineer, OpenAI | Jan 2021 - Present" does not give the OpenAI API', async () => {
    const { readResumeText } = await import('../src/analysis/pipeline.js');
    const resume = readResumeText('Jane Roe\njane@example.com\n\nEXPERIENCE\nSoftware Engineer, OpenAI | Jan 2021 - Present\n- Built data pipelines in Python serving 2M users\n\nSKILLS\nPython, SQL\n', TODAY);
    const shown = resumeSkills(resume, getLexicon(), lineRoles(resume));
    expect(shown.found.has('openai-api')).toBe(false);
    expect(shown.found.has('python')).toBe(true);
    // Named as a skill, it is one.
    const user = readResumeText('Jane Roe\njane@example.com\n\nEXPERIENCE\nSoftware Engineer, Acme | Jan 2021 - Present\n- Built a support bot on the OpenAI API for 2M users\n', TODAY);
    expect(resumeSkills(user, getLexicon(), lineRoles(user)).found.has('openai-api')).toBe(true);
  });
});

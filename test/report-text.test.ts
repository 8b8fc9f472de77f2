/** The CLI's full text report: one consistent verdict per skill. */
import { describe, expect, it } from 'vitest';
import { analyze, readResumeFile } from '../src/analysis/pipeline.js';
import { formatReportText } from '../src/report-text.js';
import { getRoles } from '../src/roles/registry.js';
import { resumeBytes, TODAY } from './helpers/fixtures.js';

describe('formatReportText', () => {
  it("keywords never repeat a skill; \"use the post's wording\" only where the wording differs", async () => {
    const r = await readResumeFile(resumeBytes('rm-template-single-column.pdf'), undefined, TODAY);
    const report = analyze({ resume: r, role: getRoles().get('backend-developer')! });
    const missing = report.skills.missing[0]!;
    report.keywords.missing = [missing.name.toLowerCase(), 'idempotency'];
    report.skills.synonyms = [
      { id: 'kafka', name: 'Kafka', resumeSays: 'kafka' },
      { id: 'caching', name: 'Caching', resumeSays: 'caching layers' },
    ];
    const text = formatReportText(report);
    expect(text).toContain('Keywords to mirror\n  idempotency');
    expect(text).not.toMatch(/your resume says "kafka"/);
    expect(text).toContain('Caching: your resume says "caching layers" (use the post\'s wording too)');
    // The full report stays whole in the CLI: every missing skill, every check.
    for (const m of report.skills.missing) expect(text).toContain(m.name);
    for (const c of report.checks) expect(text).toContain(c.message);
  });
});

describe('the report itself (also what --json prints)', () => {
  it('rm-barry-allen-frontend.pdf against its inferred role: "Web performance" is a missing skill, not also a keyword', async () => {
    const report = analyze({ resume: await readResumeFile(resumeBytes('rm-barry-allen-frontend.pdf'), undefined, TODAY) });
    expect(report.skills.missing.map((m) => m.name)).toContain('Web performance');
    expect(report.keywords.missing.map((k) => k.toLowerCase())).not.toContain('web performance');
  });

  it.each(['rm-jd-backend-engineer.txt', 'rm-jd-frontend-engineer.txt', 'rm-jd-product-manager.txt', '18f-login-gov-engineer-2023.md'])(
    'against %s: no missing keyword repeats a matched or missing skill, for any fixture resume', async (post) => {
      const { readJobPostFile } = await import('../src/analysis/pipeline.js');
      const { jobBytes } = await import('./helpers/fixtures.js');
      const job = await readJobPostFile(jobBytes(post));
      for (const f of ['rm-template-single-column.pdf', 'rm-barry-allen-frontend.pdf', 'rm-alfred-pennyworth-product-manager.pdf', 'rm-john-doe-java.txt']) {
        const report = analyze({ resume: await readResumeFile(resumeBytes(f), undefined, TODAY), job });
        const names = new Set([...report.skills.matched, ...report.skills.missing].map((s) => s.name.toLowerCase()));
        for (const k of report.keywords.missing) expect(names.has(k.toLowerCase()), `${f}: ${k}`).toBe(false);
      }
    });
});

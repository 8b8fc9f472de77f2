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

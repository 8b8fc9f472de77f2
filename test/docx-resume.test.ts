import { describe, expect, it } from 'vitest';
import { readResumeFile, analyze } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import { buildDocx } from './helpers/bad-files.js';

// A Word resume as most people write one: list paragraphs lose their bullet glyphs in the text
// layer, headings are plain paragraphs, and the phone sits in the page header.
const docx = buildDocx({
  header: ['Priya Sharma | +91 98765 43210'],
  body: [
    'Priya Sharma', 'QA Engineer', 'priya.sharma@example.in | linkedin.com/in/priyasharma',
    'Professional Summary',
    'QA engineer with five years of experience in test automation for web and mobile apps.',
    'Work Experience',
    'Senior QA Engineer, Flipkart, Bengaluru — Apr 2021 – Present',
    'Automated 600 regression tests with Selenium WebDriver and TestNG, cutting release testing from 3 days to 4 hours',
    'Built API test suites in Postman and REST Assured covering 120 endpoints',
    'Responsible for test planning and defect triage with developers',
    'QA Engineer, Infosys, Pune — Jul 2019 – Mar 2021',
    'Wrote Cypress end-to-end tests for a banking portal used by 2 million customers',
    'Education',
    'B.Tech in Computer Science, VIT University, 2015 – 2019',
    'Skills',
    'Selenium, TestNG, Java, Cypress, Postman, JIRA, SQL, Jenkins, Agile',
  ],
});

describe('a Word resume without bullet glyphs', () => {
  it('reads sections, contact (with the header), years, bullets and skills', async () => {
    const r = await readResumeFile(docx, undefined, new Date('2025-01-15T00:00:00Z'));
    expect(r.contact.email).toBe('priya.sharma@example.in');
    expect(r.contact.phone).toBe('+91 98765 43210');
    expect(new Set(r.sections.map((s) => s.kind))).toEqual(new Set(['contact', 'summary', 'experience', 'education', 'skills']));
    // Jul 2019 - Mar 2021 (21 months) + Apr 2021 - Jan 2025 (46 months); the degree does not count.
    expect(r.experienceYears).toBeCloseTo(67 / 12, 1);
    expect(r.bullets).toHaveLength(4);
    expect(r.bullets.filter((b) => b.hasNumber)).toHaveLength(3);
    const report = analyze({ resume: r, role: getRoles().get('qa-engineer')! });
    const found = report.skills.found.map((s) => s.id);
    for (const id of ['selenium', 'testng', 'java', 'cypress', 'postman', 'jira', 'sql', 'jenkins', 'agile']) expect(found, id).toContain(id);
    expect(report.score).toBeGreaterThanOrEqual(60);
    expect(analyze({ resume: r }).target.role).toBe('qa-engineer');
    expect(report.checks.find((c) => c.id === 'header-contact')?.passed).toBe(false);
  });
});

/**
 * The suggested summary claims only what the resume shows: its own title, years no more than the
 * dated roles cover (rounded down, never attached to skills), skills it writes, one whole win.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, readResumeFile, readResumeText } from '../src/analysis/pipeline.js';
import { cleanTitle, cleanWin, PLACEHOLDER_TITLE, PLACEHOLDER_WIN } from '../src/analysis/summary.js';
import { findDateRanges, mergedMonths, monthIndexOf } from '../src/resume/dates.js';
import { getRoles } from '../src/roles/registry.js';
import type { Resume } from '../src/resume/types.js';
import type { JobPost } from '../src/jobs/types.js';
import { READABLE_RESUMES, resumeBytes, TODAY } from './helpers/fixtures.js';

const FILES = READABLE_RESUMES;
const resumes = new Map<string, Resume>();
beforeAll(async () => {
  for (const f of FILES) resumes.set(f, await readResumeFile(resumeBytes(f), undefined, TODAY));
});
const NOW = monthIndexOf(TODAY);
const summaryOf = (r: Resume, roleId?: string) => analyze({ resume: r, ...(roleId ? { role: getRoles().get(roleId)! } : {}) }).summary;
const skillsIn = (summary: string) => (/skilled in (.+?)\. /.exec(summary)?.[1] ?? '').split(/, | and /).filter((s) => !s.startsWith('['));

describe('the summary of every fixture resume', () => {
  it.each(FILES)('%s: skills the resume writes, years the dated roles show, no debris', (f) => {
    const r = resumes.get(f)!;
    const summary = summaryOf(r);
    const text = r.text.toLowerCase();
    for (const skill of skillsIn(summary)) expect(text, skill).toContain(skill.toLowerCase());
    // Years: never more than the dated roles cover, rounded down.
    const claimed = /(\d+)\+ years/.exec(summary);
    const months = mergedMonths(r.experience.map((e) => ({ start: e.start, end: e.end ?? NOW })));
    if (claimed) expect(Number(claimed[1])).toBe(Math.floor(months / 12));
    // Years are said of the career, never of a skill.
    expect(summary).not.toMatch(/years of (?:professional )?experience in /);
    // No column debris, labels or fragments.
    const rest = summary.replace('Proven results:', '');
    expect(rest).not.toMatch(/[|:]/);
    expect(findDateRanges(summary, NOW)).toEqual([]);
    expect(summary).not.toMatch(/hands-on of|\(\d+\+ years? of\.?$|\(\s*\d+\+ Years/i);
    // The win is one whole sentence of a bullet of this resume.
    const win = /Proven results: (.+?)\. Looking/.exec(summary)![1]!;
    if (win !== PLACEHOLDER_WIN) {
      expect(r.bullets.some((b) => b.text.toLowerCase().startsWith(win.toLowerCase())), win).toBe(true);
    }
  });

  it('placeholders stay visible where the resume lacks the fact', () => {
    // Deedy's bullets have no quantified result that opens with an action verb; the Europass template has no title.
    expect(summaryOf(resumes.get('deedy-two-column-swe.pdf')!)).toContain(PLACEHOLDER_WIN);
    expect(summaryOf(resumes.get('libreoffice-cv-template-table.docx')!).startsWith(PLACEHOLDER_TITLE)).toBe(true);
  });

  it('rm-barry-allen-frontend.pdf: June 2022 - Present (Jan 2025) is 2+ years, as a front-end engineer', () => {
    const s = summaryOf(resumes.get('rm-barry-allen-frontend.pdf')!);
    expect(s).toMatch(/^Front-End Developer with 2\+ years of experience, skilled in JavaScript, React and HTML5\./);
  });

  it('rm-alfred-pennyworth-product-manager.pdf: 26 years in all, 8 of them as a product manager (since 2017)', () => {
    const s = summaryOf(resumes.get('rm-alfred-pennyworth-product-manager.pdf')!);
    expect(s).toMatch(/^Product Manager with 26\+ years of professional experience \(8\+ in manager roles\)/);
  });

  it('rm-template-single-column.pdf: SENIOR SOFTWARE ENGINEER in its natural case, skills named as written', () => {
    const s = summaryOf(resumes.get('rm-template-single-column.pdf')!, 'backend-developer');
    expect(s).toMatch(/^Senior Software Engineer with 5\+ years of experience, skilled in /);
    expect(s).toMatch(/ as a Backend Developer\.$/);
  });
});

const CAREER_CHANGER = `Maria Lopez
Data Analyst
maria.lopez@example.com | (512) 555-0199

SUMMARY
Career changer moving from restaurant operations into data analytics.

EXPERIENCE
Data Analyst Intern, Brightline Analytics | Jun 2024 – Present
• Built SQL queries and Tableau dashboards that cut weekly reporting time by 40%
• Cleaned sales data in Excel for 12 regional teams

General Manager, Salt & Cedar Restaurant Group (Austin, TX) | Mar 2015 – May 2024
• Managed a team of 35 staff and grew annual revenue by 18%
• Ran inventory and scheduling for two locations, storing receipts in S3 buckets

EDUCATION
Data Analytics Bootcamp, Austin Coding Academy | 2024

SKILLS
SQL, Excel, Tableau, Communication
`;

describe('a career changer: years of restaurant work are not years of SQL', () => {
  it('says the years of the career and how few of them were analyst roles; no implied AWS, no soft skills', () => {
    const r = readResumeText(CAREER_CHANGER, TODAY);
    const s = summaryOf(r, 'data-analyst');
    expect(s).toMatch(/^Data Analyst with 9\+ years of professional experience \(less than a year in analyst roles\), skilled in SQL, Excel and Tableau\./);
    expect(s).not.toMatch(/experience in SQL/);
    // S3 implies AWS in the lexicon; the resume never writes "AWS".
    expect(s).not.toMatch(/AWS|Communication/);
    expect(s).toContain('Proven results: built SQL queries and Tableau dashboards that cut weekly reporting time by 40%.');
  });

  it('14.9 years is "14+", never "15+"', () => {
    // Jan 2010 - Nov 2024: 179 months.
    const text = CAREER_CHANGER.replace('Jun 2024 – Present', 'Jan 2010 – Nov 2024').replace('Mar 2015 – May 2024', 'Mar 2015 – May 2016');
    const r = readResumeText(text, TODAY);
    expect(r.experienceYears).toBeCloseTo(14.9, 1);
    expect(summaryOf(r, 'data-analyst')).toMatch(/ 14\+ years /);
  });

  it('under a year: "hands-on experience", not "hands-on of experience"', () => {
    const text = CAREER_CHANGER.replace('Jun 2024 – Present', 'Jul 2024 – Present').replace(/General Manager[\s\S]*?buckets\n/, '');
    const s = summaryOf(readResumeText(text, TODAY), 'data-analyst');
    expect(s).toMatch(/^Data Analyst with hands-on experience, skilled in /);
  });
});

describe('the pieces', () => {
  it('titles: labels and fragments are not titles', () => {
    expect(cleanTitle('Adviser:')).toBeNull();
    expect(cleanTitle('Senior Full Stack Engineer (5+ Years of')).toBe('Senior Full Stack Engineer');
    expect(cleanTitle('to Experience)')).toBeNull();
    expect(cleanTitle('SENIOR QA ENGINEER')).toBe('Senior QA Engineer');
  });

  it('a label near the top ("Adviser: Prof. Alan Smith") is not the headline', () => {
    const r = readResumeText('Jane Roe\njane@example.com\nEDUCATION\nPhD Computer Science, MIT, 2015 – 2020\nAdviser: Prof. Alan Smith\n'
      + 'EXPERIENCE\nResearch Scientist, Acme | Jan 2020 – Present\n• Built a model that cut costs by 20%', TODAY);
    expect(r.headline).toBe('Research Scientist');
    expect(summaryOf(r)).toMatch(/^Research Scientist with 5\+ years of experience, skilled in \[your strongest skills\]\./);
  });

  it('a win loses its date and duration columns and keeps its words', () => {
    expect(cleanWin('Kept the platform at 99.97% | June 2023 – present uptime | 2 years 10 months.', NOW)).toBe('Kept the platform at 99.97% uptime');
    expect(cleanWin('Migrated the cluster to AWS EKS. Managed 3 clusters and 300+ pods.', NOW)).toBe('Migrated the cluster to AWS EKS');
  });

  it('the company only when it reads like one; the target title without its tail', () => {
    const r = readResumeText(CAREER_CHANGER, TODAY);
    const job = { title: 'Senior Data Analyst (5+ Years of', company: 'Python/Django' };
    const s = analyze({ resume: r, job: { ...emptyJob(), ...job } }).summary;
    expect(s).toMatch(/Looking to bring this experience to \[Target Company\] as a Senior Data Analyst\.$/);
    const ok = analyze({ resume: r, job: { ...emptyJob(), title: 'Data Analyst', company: 'Acme Health' } }).summary;
    expect(ok).toMatch(/to Acme Health as a Data Analyst\.$/);
  });
});

function emptyJob(): JobPost {
  return { title: null, company: null, required: [], preferred: [], alternatives: [], yearsRequired: null, keywords: [], text: '' };
}

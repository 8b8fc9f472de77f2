import { describe, expect, it, beforeAll } from 'vitest';
import { readResumeFile, readJobPostFile, analyze } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import type { Resume } from '../src/resume/types.js';
import type { JobPost } from '../src/jobs/types.js';
import { isDocumentError } from '../src/documents/errors.js';
import { resumeBytes, jobBytes, TODAY } from './helpers/fixtures.js';

const resumes = new Map<string, Resume>();
const jobs = new Map<string, JobPost>();
const RESUME_FILES = [
  'awesomecv-devops-sre.pdf', 'deedy-two-column-swe.pdf', 'jsonresume-senior-engineer-header-table.docx',
  'libreoffice-cv-template-table.docx', 'openresume-john-doe-swe.pdf', 'rm-alfred-pennyworth-product-manager.pdf',
  'rm-barry-allen-frontend.pdf', 'rm-john-doe-java-fullstack.pdf', 'rm-john-doe-java.txt',
  'rm-john-smith-python-ml-word2016.pdf', 'rm-john-smith-python-ml.txt', 'rm-template-single-column.pdf', 'rm-template-two-column.pdf',
];
const JOB_FILES = [
  '18f-login-gov-engineer-2023.md', 'rm-jd-backend-engineer.txt', 'rm-jd-frontend-engineer.txt', 'rm-jd-product-manager.txt',
  'rm-jobdesc-front-end-engineer.pdf', 'rm-jobdesc-java-developer.pdf',
];

beforeAll(async () => {
  for (const f of RESUME_FILES) resumes.set(f, await readResumeFile(resumeBytes(f), undefined, TODAY));
  for (const f of JOB_FILES) jobs.set(f, await readJobPostFile(jobBytes(f)));
});

const role = (id: string) => getRoles().get(id)!;
const resume = (f: string) => resumes.get(f)!;
const job = (f: string) => jobs.get(f)!;
const found = (f: string) => new Set(analyze({ resume: resume(f), role: role('backend-developer') }).skills.found.map((s) => s.id));
const sections = (f: string) => new Set(resume(f).sections.map((s) => s.kind));

describe('facts a person can check in each resume', () => {
  it('rm-template-single-column.pdf: contact, skills, years, sections', () => {
    const r = resume('rm-template-single-column.pdf');
    expect(r.contact.email).toBe('john.doe@email.com');
    expect(r.contact.phone).toBe('+1 (415) 555-0142');
    expect(r.contact.links).toEqual(expect.arrayContaining(['linkedin.com/in/johndoe', 'github.com/johndoe']));
    const s = found('rm-template-single-column.pdf');
    for (const id of ['go', 'python', 'nodejs', 'kafka', 'postgresql', 'redis', 'kubernetes', 'terraform', 'grpc']) expect(s.has(id), id).toBe(true);
    // Traps: JavaScript is not Java; "canvas rendering" is not Canva; Figma and Notion are employers here.
    for (const id of ['java', 'canva', 'figma', 'notion']) expect(s.has(id), id).toBe(false);
    // Jul 2019 - May 2021, Jun 2021 - Dec 2022, Jan 2023 - Present (Jan 2025): 67 months.
    expect(r.experienceYears).toBeCloseTo(5.6, 1);
    for (const k of ['summary', 'experience', 'education', 'projects', 'skills'] as const) expect(sections('rm-template-single-column.pdf').has(k), k).toBe(true);
    expect(r.bullets.length).toBeGreaterThanOrEqual(9);
  });

  it('awesomecv-devops-sre.pdf: soft-hyphen date ranges still give years; icon glyphs do not hide contact', () => {
    const r = resume('awesomecv-devops-sre.pdf');
    expect(r.contact.email).toBe('posquit0.bj@gmail.com');
    expect(r.contact.phone).toContain('10-9030-1843');
    expect(r.experience.length).toBeGreaterThanOrEqual(3);
    expect(r.experienceYears).toBeGreaterThan(5);
    const s = found('awesomecv-devops-sre.pdf');
    for (const id of ['kubernetes', 'terraform', 'aws', 'argocd', 'docker', 'ansible']) expect(s.has(id), id).toBe(true);
  });

  it('deedy-two-column-swe.pdf: two columns read apart', () => {
    const r = resume('deedy-two-column-swe.pdf');
    expect(r.contact.email).toBe('deedy@fb.com');
    expect(r.contact.phone).toBe('607.379.5733');
    const s = found('deedy-two-column-swe.pdf');
    for (const id of ['java', 'python', 'javascript', 'php', 'mysql', 'cpp']) expect(s.has(id), id).toBe(true);
    for (const k of ['education', 'skills', 'experience'] as const) expect(sections('deedy-two-column-swe.pdf').has(k), k).toBe(true);
  });

  it('jsonresume DOCX: contact details come from the Word header', () => {
    const r = resume('jsonresume-senior-engineer-header-table.docx');
    expect(r.contact.email).toBe('lena.vasquez@example.com');
    expect(r.contact.phone).toBe('(415) 555-0117');
    expect(r.contact.links.some((l) => l.includes('linkedin.com/in/lena-vasquez-eng'))).toBe(true);
    const s = found('jsonresume-senior-engineer-header-table.docx');
    for (const id of ['go', 'rust', 'java', 'python', 'kafka', 'kubernetes', 'terraform', 'prometheus']) expect(s.has(id), id).toBe(true);
    // Aug 2011 - Present (Jan 2025); the Ph.D. dates are education and do not count.
    expect(r.experienceYears).toBeGreaterThanOrEqual(13);
    expect(r.experienceYears).toBeLessThan(14);
    const report = analyze({ resume: r, role: role('backend-developer') });
    expect(report.checks.find((c) => c.id === 'header-contact')?.passed).toBe(false);
  });

  it('openresume PDF: ligatures do not break words', () => {
    const r = resume('openresume-john-doe-swe.pdf');
    expect(r.contact.email).toBe('hello@openresume.com');
    expect(r.contact.phone).toBe('123-456-7890');
    expect(r.text).not.toMatch(/[ﬁﬂ]/);
    const s = found('openresume-john-doe-swe.pdf');
    for (const id of ['python', 'typescript', 'react', 'graphql', 'postgresql']) expect(s.has(id), id).toBe(true);
  });

  it('Alfred Pennyworth: a product manager of many years', () => {
    const r = resume('rm-alfred-pennyworth-product-manager.pdf');
    expect(r.contact.email).toBe('alfred.pennyworth@email.com');
    expect(r.contact.phone).toBe('(123) 456-7890');
    expect(r.experienceYears).toBeGreaterThanOrEqual(20);
    const s = found('rm-alfred-pennyworth-product-manager.pdf');
    for (const id of ['product-management', 'agile', 'sql', 'aws']) expect(s.has(id), id).toBe(true);
    expect(analyze({ resume: r }).target).toMatchObject({ role: 'product-manager', roleInferred: true });
  });

  it('Barry Allen: a junior front-end developer whose end date wrapped onto the next line', () => {
    const r = resume('rm-barry-allen-frontend.pdf');
    expect(r.contact.email).toBe('allthe.stars@google.com');
    expect(r.experienceYears).toBeGreaterThan(2);
    expect(r.experienceYears).toBeLessThan(3.5);
    const s = found('rm-barry-allen-frontend.pdf');
    for (const id of ['react', 'redux', 'angular', 'vue', 'nodejs', 'typescript', 'firebase']) expect(s.has(id), id).toBe(true);
    expect(analyze({ resume: r }).target.role).toBe('frontend-developer');
  });

  it('John Doe (Java): PDF and TXT both read as Java developers', () => {
    for (const f of ['rm-john-doe-java-fullstack.pdf', 'rm-john-doe-java.txt']) {
      const s = found(f);
      for (const id of ['java', 'hibernate', 'mysql', 'git']) expect(s.has(id), `${f} ${id}`).toBe(true);
      expect(resume(f).contact.email).toBe('john.doe@email.com');
    }
    expect(found('rm-john-doe-java-fullstack.pdf').has('spring-boot')).toBe(true);
    expect(found('rm-john-doe-java-fullstack.pdf').has('angular')).toBe(true);
  });

  it('John Smith (Python/ML): skills from the Word PDF', () => {
    const s = found('rm-john-smith-python-ml-word2016.pdf');
    for (const id of ['python', 'tensorflow', 'keras', 'scikit-learn', 'django', 'aws']) expect(s.has(id), id).toBe(true);
    expect(analyze({ resume: resume('rm-john-smith-python-ml-word2016.pdf') }).target.role).toBe('ml-engineer');
  });

  it('LibreOffice lorem-ipsum CV: read, tables flagged, matches nothing', () => {
    const r = resume('libreoffice-cv-template-table.docx');
    expect(r.layout.tables).toBe(true);
    expect(analyze({ resume: r, role: role('backend-developer') }).score).toBeLessThan(20);
  });

  it('the image-only scan is refused with no-text', async () => {
    const err = await readResumeFile(resumeBytes('jake-image-only-scan.pdf')).catch((e: unknown) => e);
    expect(isDocumentError(err) && err.code).toBe('no-text');
  });
});

describe('layout and format invariance', () => {
  it('single- and two-column versions get the same skills and scores within 3 points', () => {
    const one = resume('rm-template-single-column.pdf');
    const two = resume('rm-template-two-column.pdf');
    const a = found('rm-template-single-column.pdf');
    const b = found('rm-template-two-column.pdf');
    const diff = [...a].filter((x) => !b.has(x)).concat([...b].filter((x) => !a.has(x)));
    expect(diff.length).toBeLessThanOrEqual(3);
    for (const target of [{ role: role('backend-developer') }, { job: job('rm-jd-backend-engineer.txt') }, {}]) {
      const s1 = analyze({ resume: one, ...target }).score;
      const s2 = analyze({ resume: two, ...target }).score;
      expect(Math.abs(s1 - s2)).toBeLessThanOrEqual(3);
    }
    expect(two.layout.columns).toBe(2);
    expect(one.layout.columns).toBe(1);
  });

  it('PDF and TXT of the same resume get the same skills and scores within 3 points', () => {
    const pdf = resume('rm-john-smith-python-ml-word2016.pdf');
    const txt = resume('rm-john-smith-python-ml.txt');
    const a = found('rm-john-smith-python-ml-word2016.pdf');
    const b = found('rm-john-smith-python-ml.txt');
    const diff = [...a].filter((x) => !b.has(x)).concat([...b].filter((x) => !a.has(x)));
    expect(diff.length).toBeLessThanOrEqual(2);
    for (const target of [{ role: role('ml-engineer') }, { role: role('backend-developer') }, { job: job('rm-jd-backend-engineer.txt') }]) {
      expect(Math.abs(analyze({ resume: pdf, ...target }).score - analyze({ resume: txt, ...target }).score)).toBeLessThanOrEqual(3);
    }
    expect(pdf.experienceYears).toBe(txt.experienceYears);
  });
});

describe('matching resumes outscore mismatched ones', () => {
  const score = (f: string, target: { role?: string; job?: string }) =>
    analyze({ resume: resume(f), role: target.role ? role(target.role) : null, job: target.job ? job(target.job) : null }).score;
  const MISMATCH = 'libreoffice-cv-template-table.docx';

  it.each([
    ['rm-barry-allen-frontend.pdf', 'rm-jd-frontend-engineer.txt', ['rm-alfred-pennyworth-product-manager.pdf', 'awesomecv-devops-sre.pdf', 'rm-john-smith-python-ml.txt']],
    ['rm-barry-allen-frontend.pdf', 'rm-jobdesc-front-end-engineer.pdf', ['rm-alfred-pennyworth-product-manager.pdf', 'awesomecv-devops-sre.pdf', 'rm-john-smith-python-ml.txt']],
    ['rm-john-doe-java-fullstack.pdf', 'rm-jobdesc-java-developer.pdf', ['rm-alfred-pennyworth-product-manager.pdf', 'rm-barry-allen-frontend.pdf', 'awesomecv-devops-sre.pdf']],
    ['rm-john-doe-java.txt', 'rm-jobdesc-java-developer.pdf', ['rm-alfred-pennyworth-product-manager.pdf', 'rm-barry-allen-frontend.pdf', 'awesomecv-devops-sre.pdf']],
    ['rm-alfred-pennyworth-product-manager.pdf', 'rm-jd-product-manager.txt', ['rm-barry-allen-frontend.pdf', 'rm-template-single-column.pdf', 'awesomecv-devops-sre.pdf']],
    ['rm-template-single-column.pdf', 'rm-jd-backend-engineer.txt', ['rm-alfred-pennyworth-product-manager.pdf', 'rm-barry-allen-frontend.pdf']],
    ['rm-template-two-column.pdf', 'rm-jd-backend-engineer.txt', ['rm-alfred-pennyworth-product-manager.pdf', 'rm-barry-allen-frontend.pdf']],
    ['jsonresume-senior-engineer-header-table.docx', 'rm-jd-backend-engineer.txt', ['rm-barry-allen-frontend.pdf']],
  ])('%s beats mismatched resumes on %s', (matchFile, jobFile, others) => {
    const s = score(matchFile, { job: jobFile });
    for (const o of [...others, MISMATCH]) expect(s, `${matchFile} vs ${o}`).toBeGreaterThan(score(o, { job: jobFile }));
  });

  it.each([
    ['rm-template-single-column.pdf', 'backend-developer'],
    ['rm-barry-allen-frontend.pdf', 'frontend-developer'],
    ['rm-alfred-pennyworth-product-manager.pdf', 'product-manager'],
    ['awesomecv-devops-sre.pdf', 'devops-engineer'],
    ['rm-john-smith-python-ml.txt', 'ml-engineer'],
    ['rm-john-doe-java-fullstack.pdf', 'full-stack-developer'],
  ])('%s scores highest of all fixtures for the %s role', (matchFile, roleId) => {
    const s = score(matchFile, { role: roleId });
    for (const other of RESUME_FILES.filter((f) => f !== matchFile && !f.startsWith('jake') && !(f.startsWith('rm-template') && matchFile.startsWith('rm-template'))
      && !(f.startsWith('rm-john-smith') && matchFile.startsWith('rm-john-smith')) && !(f.startsWith('rm-john-doe') && matchFile.startsWith('rm-john-doe')))) {
      expect(s, `${matchFile} vs ${other}`).toBeGreaterThan(score(other, { role: roleId }));
    }
    expect(score(matchFile, { role: roleId })).toBeGreaterThanOrEqual(60);
  });
});

describe('reading job posts', () => {
  it('backend post: title, years, required vs preferred', () => {
    const j = job('rm-jd-backend-engineer.txt');
    expect(j.title).toBe('Senior Backend Engineer');
    expect(j.yearsRequired).toBe(4);
    for (const id of ['python', 'fastapi', 'kafka', 'postgresql', 'redis', 'docker', 'kubernetes']) expect(j.required, id).toContain(id);
    // "familiarity with CI/CD pipelines (GitHub Actions or CircleCI)" is a nice-to-have.
    expect(j.preferred).toEqual(expect.arrayContaining(['github-actions', 'circleci']));
  });

  it('PDF posts: title without the "Job Description:" label, years asked', () => {
    expect(job('rm-jobdesc-java-developer.pdf')).toMatchObject({ title: 'Java Developer', yearsRequired: 3 });
    expect(job('rm-jobdesc-front-end-engineer.pdf')).toMatchObject({ title: 'Front End Engineer', yearsRequired: 2 });
    expect(job('rm-jobdesc-java-developer.pdf').required).toEqual(expect.arrayContaining(['java', 'hibernate', 'spring-mvc']));
  });

  it('product manager post: "go-to-market" and "C-suite" are not Go or C', () => {
    const j = job('rm-jd-product-manager.txt');
    expect(j.title).toBe('Senior Product Manager');
    expect(j.required).toEqual(expect.arrayContaining(['amplitude', 'mixpanel', 'sql']));
    expect(j.required).not.toContain('go');
    expect(j.required).not.toContain('c');
  });

  it('the federal posting: skills read, boilerplate keywords kept out', () => {
    const j = job('18f-login-gov-engineer-2023.md');
    expect(j.company).toBe('Login.gov');
    expect(j.required).toEqual(expect.arrayContaining(['ruby', 'python', 'javascript']));
    expect(j.keywords.length).toBeLessThanOrEqual(10);
    expect(j.keywords.map((k) => k.term)).not.toContain('https');
  });
});

describe('the report', () => {
  it('is deterministic and carries a scoring version', () => {
    const a = analyze({ resume: resume('rm-barry-allen-frontend.pdf'), job: job('rm-jd-frontend-engineer.txt') });
    const b = analyze({ resume: resume('rm-barry-allen-frontend.pdf'), job: job('rm-jd-frontend-engineer.txt') });
    expect(a).toEqual(b);
    expect(a.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('orders missing skills by cost and says where to add them', () => {
    const r = analyze({ resume: resume('rm-barry-allen-frontend.pdf'), job: job('rm-jd-frontend-engineer.txt') });
    const names = r.skills.missing.map((m) => m.id);
    expect(names).toEqual(expect.arrayContaining(['nextjs', 'tailwind', 'playwright']));
    for (let i = 1; i < r.skills.missing.length; i++) expect(r.skills.missing[i - 1]!.cost).toBeGreaterThanOrEqual(r.skills.missing[i]!.cost);
    for (const m of r.skills.missing) expect(m.where.length).toBeGreaterThan(10);
    expect(r.skills.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['react', 'typescript', 'graphql']));
  });

  it('the suggested summary uses only the resume\'s own facts', () => {
    const r = analyze({ resume: resume('rm-template-single-column.pdf'), role: role('backend-developer') });
    const text = resume('rm-template-single-column.pdf').text;
    // Every number in the summary appears in the resume (years are computed: 5+ from 5.6).
    for (const n of r.summary.match(/\d+(?:\.\d+)?%?/g) ?? []) {
      if (n === '5') continue;
      expect(text, n).toContain(n);
    }
    for (const m of r.skills.matched.slice(0, 3)) expect(r.summary).toContain(m.name);
    expect(r.summary).toContain('[Target Company]');
  });

  it('an empty target never scores 100; an empty resume scores 0', () => {
    const r = resume('rm-template-single-column.pdf');
    const emptyJob: JobPost = { title: null, company: null, required: [], preferred: [], keywords: [], yearsRequired: null, text: '' };
    expect(analyze({ resume: r, job: emptyJob }).score).toBeLessThan(100);
    const empty: Resume = { ...r, text: '', titles: [], headline: null, bullets: [], wordCount: 0, experience: [], experienceYears: null, sections: [] };
    expect(analyze({ resume: empty, role: role('backend-developer') }).score).toBe(0);
  });

  it('a readiness check fails with a fix when the resume lacks it', () => {
    const r = analyze({ resume: resume('rm-barry-allen-frontend.pdf'), role: role('frontend-developer') });
    const metrics = r.checks.find((c) => c.id === 'measurable-results')!;
    expect(metrics.passed).toBe(false);
    expect(metrics.fix).toBeTruthy();
    const two = analyze({ resume: resume('rm-template-two-column.pdf'), role: role('backend-developer') });
    expect(two.checks.find((c) => c.id === 'layout')?.passed).toBe(false);
  });
});

/**
 * Real resumes and job posts (test/fixtures, see PROVENANCE.md) through extractDocument. Every
 * assertion is a fact a person can check by opening the file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, extractDocument, sniffKind, type ExtractedDocument } from '../src/documents/index.js';

const fixture = (rel: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/${rel}`, import.meta.url))));

const FILES = [
  'resumes/awesomecv-devops-sre.pdf',
  'resumes/deedy-two-column-swe.pdf',
  'resumes/openresume-john-doe-swe.pdf',
  'resumes/rm-alfred-pennyworth-product-manager.pdf',
  'resumes/rm-barry-allen-frontend.pdf',
  'resumes/rm-john-doe-java-fullstack.pdf',
  'resumes/rm-john-smith-python-ml-word2016.pdf',
  'resumes/rm-template-single-column.pdf',
  'resumes/rm-template-two-column.pdf',
  'resumes/libreoffice-cv-template-table.docx',
  'resumes/jsonresume-senior-engineer-header-table.docx',
  'resumes/rm-john-doe-java.txt',
  'resumes/rm-john-smith-python-ml.txt',
  'jobs/rm-jobdesc-front-end-engineer.pdf',
  'jobs/rm-jobdesc-java-developer.pdf',
  'jobs/rm-jd-backend-engineer.txt',
  'jobs/rm-jd-frontend-engineer.txt',
  'jobs/rm-jd-product-manager.txt',
  'jobs/18f-login-gov-engineer-2023.md',
] as const;

const docs = new Map<string, ExtractedDocument>();
const get = (rel: (typeof FILES)[number]): ExtractedDocument => {
  const d = docs.get(rel);
  if (!d) throw new Error(`not extracted: ${rel}`);
  return d;
};

beforeAll(async () => {
  for (const rel of FILES) docs.set(rel, await extractDocument(fixture(rel)));
}, 120_000);

/** Position of `needle` in `text`, asserting that it is there. */
function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  expect(i, `"${needle}" should be in the text`).toBeGreaterThanOrEqual(0);
  return i;
}

const words = (t: string): string[] =>
  t.toLowerCase().split(/[^a-z0-9+#]+/).filter((w) => w.length > 1);

function bagDistance(a: string[], b: string[]): number {
  const m = new Map<string, number>();
  for (const w of a) m.set(w, (m.get(w) ?? 0) + 1);
  for (const w of b) m.set(w, (m.get(w) ?? 0) - 1);
  let d = 0;
  for (const v of m.values()) d += Math.abs(v);
  return d;
}

describe('every fixture', () => {
  it.each(FILES)('%s extracts clean text', (rel) => {
    const d = get(rel);
    const expected = rel.endsWith('.pdf') ? 'pdf' : rel.endsWith('.docx') ? 'docx' : 'text';
    expect(d.kind).toBe(expected);
    expect(sniffKind(fixture(rel))).toBe(expected);
    expect(d.pages).toBeGreaterThanOrEqual(1);
    expect(d.text.length).toBeGreaterThan(500);
    // Normalised: no ligatures, soft hyphens, private-use glyphs, zero-width chars, CR, NBSP, tabs.
    expect(d.text).not.toMatch(/[\uFB00-\uFB06\u00AD\uE000-\uF8FF\u200B-\u200D\uFEFF\r\u00A0\t]/);
    expect(d.text).not.toMatch(/ {2,}/);
    expect(d.text).not.toMatch(/\n{3,}/);
    expect(d.text).not.toMatch(/[ ]\n|\n[ ]/);
  });
});

describe('PDF resumes', () => {
  it('Barry Allen (moderncv): skills, email, name first, one page', () => {
    const d = get('resumes/rm-barry-allen-frontend.pdf');
    expect(d.pages).toBe(1);
    expect(d.layout.columns).toBe(1);
    expect(d.text).toContain('React');
    expect(d.text).toContain('allthe.stars@google.com');
    expect(d.text).toContain('Vue.js');
    // The name is the largest text of the header: it is read first, not after the address block.
    expect(d.text.split('\n')[0]).toBe('Barry Allen');
    expect(d.text).toContain('Front-End Developer');
  });

  it('Alfred Pennyworth: two pages, 20 years, Google', () => {
    const d = get('resumes/rm-alfred-pennyworth-product-manager.pdf');
    expect(d.pages).toBe(2);
    expect(d.text.split('\n')[0]).toBe('Alfred Pennyworth');
    expect(d.text).toContain('alfred.pennyworth@email.com');
    expect(d.text).toContain('over 20 years of experience');
    expect(d.text).toMatch(/2017 – Product Manager, Google/);
  });

  it('John Doe Java full stack: Spring Boot, Angular, two pages', () => {
    const d = get('resumes/rm-john-doe-java-fullstack.pdf');
    expect(d.pages).toBe(2);
    expect(d.text).toContain('Spring Boot');
    expect(d.text).toContain('john.doe@email.com');
    expect(d.text).toContain('Full Stack Java Developer, ABC Company');
  });

  it('awesomecv: the dash of a date range survives pdf.js dropping U+00AD', () => {
    const d = get('resumes/awesomecv-devops-sre.pdf');
    expect(d.pages).toBe(3);
    expect(d.layout.columns).toBe(1);
    expect(d.text).toMatch(/Sep\. 2023 [–-] Mar\. 2024/);
    expect(d.text).toMatch(/Mar\. 2021 [–-] Jun\. 2023/);
    expect(d.text).not.toMatch(/Sep\. 2023 Mar\. 2024/);
    // Name and title are separate lines (poppler/pdf.js-getText glue them: "Byungjin ParkDevOps").
    expect(d.text.split('\n')[0]).toBe('Byungjin Park');
    expect(d.text).toContain('posquit0.bj@gmail.com');
    expect(d.text).toContain('Terraform');
    // The right-aligned date column is not a second column: the job title and its dates share a line.
    expect(d.text).toMatch(/DevOps Engineer \| Sep\. 2023 – Mar\. 2024/);
  });

  it('openresume: no ﬁ ligature, "fixed" and "classification" readable', () => {
    const d = get('resumes/openresume-john-doe-swe.pdf');
    expect(d.text).not.toContain('\uFB01');
    expect(d.text).toMatch(/\bfixed\b/);
    expect(d.text).toMatch(/\bclassification\b/);
    expect(d.text).toContain('hello@openresume.com');
    expect(d.layout.columns).toBe(1);
  });

  it('Word 2016 PDF and its .txt twin hold the same words (PDF/TXT parity)', () => {
    const pdf = words(get('resumes/rm-john-smith-python-ml-word2016.pdf').text);
    const txt = words(get('resumes/rm-john-smith-python-ml.txt').text);
    expect(get('resumes/rm-john-smith-python-ml-word2016.pdf').pages).toBe(3);
    expect(bagDistance(pdf, txt) / Math.max(pdf.length, txt.length)).toBeLessThan(0.03);
  });
});

describe('two-column layouts are read column by column', () => {
  it('rm-template two-column: main column first, then the sidebar (Education, Skills, Links)', () => {
    const d = get('resumes/rm-template-two-column.pdf');
    expect(d.layout.columns).toBe(2);
    const t = d.text;
    const firstJob = at(t, 'Senior Software Engineer | Jan 2023 - Present');
    const secondJob = at(t, 'Figma');
    const lastBullet = at(t, 'Reduced API response latency by 60%');
    const education = at(t, 'EDUCATION');
    const berkeley = at(t, 'UC Berkeley');
    const skills = at(t, 'SKILLS');
    expect(firstJob).toBeLessThan(secondJob);
    // The sidebar is not interleaved inside the first job (what pdftotext does) …
    expect(education).toBeGreaterThan(lastBullet);
    expect(berkeley).toBeGreaterThan(lastBullet);
    expect(skills).toBeGreaterThan(education);
    // … and a bullet wrapped over two lines stays together.
    expect(t).toMatch(/fraud detection pipeline processing 50K\+\ntransactions per second/);
  });

  it('rm-template single-column is not split', () => {
    const d = get('resumes/rm-template-single-column.pdf');
    expect(d.layout.columns).toBe(1);
    const t = d.text;
    expect(at(t, 'SUMMARY')).toBeLessThan(at(t, 'EXPERIENCE'));
    expect(t).toMatch(/Senior Software Engineer \| Jan 2023 - Present\nStripe/);
  });

  it('single- and two-column rm-template hold the same words (within 3 %)', () => {
    const a = words(get('resumes/rm-template-single-column.pdf').text);
    const b = words(get('resumes/rm-template-two-column.pdf').text);
    expect(bagDistance(a, b) / Math.max(a.length, b.length)).toBeLessThan(0.03);
  });

  it('deedy: the whole left column (education, links, coursework, skills), then the right', () => {
    const d = get('resumes/deedy-two-column-swe.pdf');
    expect(d.layout.columns).toBe(2);
    const t = d.text;
    const leftLast = Math.max(at(t, 'Unix Tools and Scripting'), at(t, 'AS3 • iOS • Android • MySQL'), at(t, 'Magna Cum Laude'));
    const experience = at(t, 'EXPERIENCE');
    expect(at(t, 'EDUCATION')).toBeLessThan(experience);
    expect(at(t, 'SKILLS')).toBeLessThan(experience);
    expect(leftLast).toBeLessThan(experience);
    expect(experience).toBeLessThan(at(t, 'FACEBOOK | SOFTWARE ENGINEER'));
    expect(at(t, 'GOOGLE | SOFTWARE ENGINEERING INTERN')).toBeLessThan(at(t, 'RESEARCH'));
    // The raised "A" of the LaTeX logo stays in its word instead of becoming a line of its own.
    expect(t).toContain('LATEX');
    expect(t).not.toMatch(/^A$/m);
    expect(t).toContain('deedy@fb.com');
  });

  it('other single-column PDFs stay single-column', () => {
    for (const rel of [
      'resumes/awesomecv-devops-sre.pdf',
      'resumes/openresume-john-doe-swe.pdf',
      'resumes/rm-alfred-pennyworth-product-manager.pdf',
      'resumes/rm-barry-allen-frontend.pdf',
      'resumes/rm-john-doe-java-fullstack.pdf',
      'resumes/rm-john-smith-python-ml-word2016.pdf',
      'jobs/rm-jobdesc-front-end-engineer.pdf',
      'jobs/rm-jobdesc-java-developer.pdf',
    ] as const) {
      expect(get(rel).layout.columns, rel).toBe(1);
    }
  });
});

describe('scanned PDF', () => {
  it('jake-image-only-scan.pdf → no-text, saying an ATS cannot read it either', async () => {
    const error = await extractDocument(fixture('resumes/jake-image-only-scan.pdf')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('no-text');
    expect((error as DocumentError).message).toMatch(/applicant tracking system|ATS/);
    expect((error as DocumentError).message).toMatch(/Word|Google Docs/);
    expect((error as DocumentError).message).not.toMatch(/\n\s+at /);
  });
});

describe('DOCX', () => {
  it('jsonresume: name, email and phone from the Word header come first', () => {
    const d = get('resumes/jsonresume-senior-engineer-header-table.docx');
    expect(d.layout.headerFooterText).toBe(true);
    expect(d.layout.tables).toBe(true);
    const t = d.text;
    expect(t.split('\n')[0]).toBe('Dr. Lena Vasquez');
    expect(t).toContain('lena.vasquez@example.com');
    expect(t).toContain('(415) 555-0117');
    expect(at(t, 'lena.vasquez@example.com')).toBeLessThan(at(t, 'PROFESSIONAL SUMMARY'));
    expect(t).toContain('Kafka');
    expect(t).toContain('Feb 2020 – Present');
    expect(d.pages).toBeGreaterThanOrEqual(1);
  });

  it('LibreOffice CV: one big table, label and value on their own lines', () => {
    const d = get('resumes/libreoffice-cv-template-table.docx');
    expect(d.layout.tables).toBe(true);
    expect(d.layout.headerFooterText).toBe(false);
    expect(d.text).toMatch(/^Name\nJoe Bloggs$/m);
    expect(d.text).toContain('j.bloggs@localhost.com');
    expect(d.text).toContain('LibreOffice, LaTeX, Git');
  });
});

describe('text and job posts', () => {
  it('plain-text resume keeps its labels and lines', () => {
    const d = get('resumes/rm-john-doe-java.txt');
    expect(d.text.split('\n').slice(0, 3)).toEqual(['Name: John Doe', 'Email: john.doe@email.com', 'Phone: 555-123-4567']);
    expect(d.pages).toBe(1);
  });

  it('job posts extract', () => {
    expect(get('jobs/rm-jobdesc-front-end-engineer.pdf').text).toContain('Job Description: Front End Engineer (2 Years of Experience)');
    expect(get('jobs/rm-jobdesc-front-end-engineer.pdf').pages).toBe(2);
    expect(get('jobs/rm-jobdesc-java-developer.pdf').text).toContain('Java Developer (3 Years of Experience)');
    expect(get('jobs/rm-jd-backend-engineer.txt').text).toContain('FastAPI');
    expect(get('jobs/rm-jd-frontend-engineer.txt').text).toContain('TypeScript');
    expect(get('jobs/rm-jd-product-manager.txt').text).toContain('Amplitude');
    expect(get('jobs/18f-login-gov-engineer-2023.md').text).toContain('Login.gov: Engineer GS15');
  });
});

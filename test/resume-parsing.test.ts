import { describe, expect, it } from 'vitest';
import { detectHeading } from '../src/resume/sections.js';
import { findDateRanges, mergedMonths } from '../src/resume/dates.js';
import { readResumeText } from '../src/analysis/pipeline.js';
import { classifyText } from '../src/analysis/pipeline.js';

const NOW = 2025 * 12 + 0; // January 2025

describe('section headings', () => {
  it.each([
    ['EXPERIENCE', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['W O R K   E X P E R I E N C E', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Technical Skills', 'skills'],
    ['SKILLS & AWARDS', 'skills'],
    ['Education and Training', 'education'],
    ['Career Objective', 'summary'],
    ['RELEVANT WORK EXPERIENCE', 'experience'],
  ])('%s -> %s', (line, kind) => {
    expect(detectHeading(line)?.kind).toBe(kind);
  });

  it('does not take sentences or names for headings', () => {
    expect(detectHeading('Experience with distributed systems and Kafka at scale.')).toBeNull();
    expect(detectHeading('JOHN DOE')).toBeNull();
  });

  it('reads "Skills: Go, Python" as a heading with its content', () => {
    expect(detectHeading('Skills: Go, Python')).toMatchObject({ kind: 'skills', rest: 'Go, Python' });
  });
});

describe('date ranges', () => {
  it.each([
    ['Jan 2020 – Present', 61],
    ['03/2019 - 06/2021', 28],
    ['2016 - 2019', 37],
    ['Sep. 2023 Mar. 2024', 7],
    ['June 2018 to December 2019', 19],
    // Marco Gorelli's resume (calibration/heldout40) writes every range so.
    ['Data Scientist at Sedex; Jun18 - Nov18', 6],
    ['Data Scientist at Samsung R&D Institute UK; Nov18 - now', 75],
  ])('%s covers %i months', (text, months) => {
    const ranges = findDateRanges(text, NOW);
    expect(ranges).toHaveLength(1);
    expect(mergedMonths(ranges)).toBe(months);
  });

  it('a month glued to two digits is a date only as a whole word', () => {
    expect(findDateRanges('Built the Summar18 - Summar19 pipeline in 2021', NOW)).toHaveLength(0);
  });

  it('merges overlapping roles', () => {
    const a = findDateRanges('Jan 2020 - Dec 2020', NOW);
    const b = findDateRanges('Jun 2020 - Jun 2021', NOW);
    expect(mergedMonths([...a, ...b])).toBe(18);
  });
});

describe('a pasted resume', () => {
  const text = [
    'Jane Roe', 'Backend Engineer', 'jane.roe@example.org | +1 212 555 0199 | github.com/janeroe', '',
    'Experience', 'Backend Engineer, Acme — Jan 2021 – Present',
    '• Built a Go payments API serving 2M requests a day', '• Responsible for on-call rotation',
    'Software Engineer, Initech — Jun 2018 – Dec 2020', '• Migrated 40 services from Python 2 to Python 3',
    '', 'Projects', 'Side project — 2015 – 2024', '• Wrote a Rust game engine',
    '', 'Education', 'BSc Computer Science, State University, 2014 – 2018',
    '', 'Skills', 'Go, Python, PostgreSQL, Docker',
  ].join('\n');

  it('counts experience years from the Experience section only, overlaps merged', () => {
    const r = readResumeText(text, new Date('2025-01-15T00:00:00Z'));
    // Jun 2018 - Dec 2020 (31 months) + Jan 2021 - Jan 2025 (49 months); projects and education do not count.
    expect(r.experienceYears).toBeCloseTo(80 / 12, 1);
    expect(r.contact).toMatchObject({ email: 'jane.roe@example.org', phone: '+1 212 555 0199' });
    expect(r.bullets.map((b) => [b.hasNumber, b.actionVerb])).toEqual(expect.arrayContaining([[true, 'built'], [false, null], [true, 'migrated']]));
    expect(r.headline).toBe('Backend Engineer');
  });

  it('is recognised as a resume; a job post as a job post; chatter as neither', () => {
    expect(classifyText(text)).toBe('resume');
    expect(classifyText('We are looking for a Senior Backend Engineer to join our team. You will build APIs in Go. '
      + 'Requirements: 5+ years of experience with Go and PostgreSQL; experience with Kubernetes. Nice to have: Kafka. '
      + 'We offer great benefits and you will work with a friendly team of engineers across three time zones.')).toBe('job-post');
    expect(classifyText('hi there, can you check my resume?')).toBe('other');
  });
});

describe('a narrow date column (moderncv)', () => {
  it('keeps "June 2022 –" / "Present ..." out of the bullets and joins a sentence wrapped after a verb', () => {
    const text = [
      'Alex Kim', 'Front-End Developer', 'alex.kim@example.com', '',
      'Experience',
      'June 2022 – Software Engineer (Front-End), Initech, Austin, TX',
      'Present Developing user interfaces using React and Redux for 3 product teams. Working closely',
      'with designers on accessible web design.',
      '', 'Projects',
      '2022 Expense Tracker',
      'Developed an expense tracker application using React and Firebase. Utilized',
      'D3.js for charts that show 12 months of spending.',
    ].join('\n');
    const r = readResumeText(text, new Date('2025-01-15T00:00:00Z'));
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Developing user interfaces using React and Redux for 3 product teams. Working closely with designers on accessible web design.',
      'Developed an expense tracker application using React and Firebase. Utilized D3.js for charts that show 12 months of spending.',
    ]);
    // June 2022 - January 2025, inclusive.
    expect(r.experienceYears).toBeCloseTo(32 / 12, 1);
  });
});

describe('a date margin read row by row', () => {
  it('takes the title without the column separator', () => {
    const text = ['Jordan Baker', 'jordan@example.de', '', 'Berufserfahrung', 'Jan 2020 – Present | Senior Backend Engineer',
      '| Acme GmbH, Berlin', '• Built a billing API in Go serving 1M requests a day'].join('\n');
    const r = readResumeText(text, new Date('2025-01-15T00:00:00Z'));
    expect(r.experience[0]?.title).toBe('Senior Backend Engineer');
  });
});

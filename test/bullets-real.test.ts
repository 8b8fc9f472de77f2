/** Bullets as a reader sees them, coaching that keeps the bullet's words, and facts that were missed. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, readResumeFile, readResumeText } from '../src/analysis/pipeline.js';
import { bulletFixes } from '../src/analysis/coaching.js';
import { readinessChecks } from '../src/analysis/readiness.js';
import { actionVerbOf, isEntryLine } from '../src/resume/bullets.js';
import { findPhone } from '../src/resume/contact.js';
import { splitSections } from '../src/resume/sections.js';
import type { Resume } from '../src/resume/types.js';
import { READABLE_RESUMES, resumeBytes, TODAY } from './helpers/fixtures.js';

const FILES = READABLE_RESUMES;
const resumes = new Map<string, Resume>();
beforeAll(async () => {
  for (const f of FILES) resumes.set(f, await readResumeFile(resumeBytes(f), undefined, TODAY));
});
const texts = (f: string) => resumes.get(f)!.bullets.map((b) => b.text);
const text = (s: string) => readResumeText(s, TODAY);

describe('bullets of the fixture resumes', () => {
  it.each(FILES)('%s: no employer, title, date, award or tagline line is a bullet', (f) => {
    for (const b of texts(f)) {
      expect(isEntryLine(b), b).toBe(false);
      expect(b, b).not.toMatch(/^(?:19|20)\d{2}\s*\|/);
      expect(b.split(/\s+/).length, b).toBeGreaterThanOrEqual(3);
    }
  });

  it('awesomecv-devops-sre.pdf: the KarrotPay tagline and the Community awards are not bullets; "Continuously improved" opens with a verb', () => {
    const bullets = texts('awesomecv-devops-sre.pdf');
    expect(bullets).not.toContain('Everything that matters.');
    expect(bullets.some((b) => /Community Builder|HashiCorp Korea User Group/.test(b))).toBe(false);
    const improved = resumes.get('awesomecv-devops-sre.pdf')!.bullets.find((b) => b.text.startsWith('Continuously improved'))!;
    expect(improved.actionVerb).toBe('improved');
  });

  it('rm-john-smith-python-ml.txt and its Word PDF: project names are not bullets', () => {
    for (const f of ['rm-john-smith-python-ml.txt', 'rm-john-smith-python-ml-word2016.pdf']) {
      expect(texts(f)).not.toContain('Image Recognition using Convolutional Neural Networks');
      expect(texts(f)).toContain('Built a deep learning model for image recognition using TensorFlow and Keras.');
    }
  });

  it('rm-john-doe-java-fullstack.pdf: the page number under the last bullet is not part of it', () => {
    expect(texts('rm-john-doe-java-fullstack.pdf')).toContain('Assisted in troubleshooting, software debugging, and system enhancements');
  });

  it('openresume-john-doe-swe.pdf and the Alfred Pennyworth PDF: "Re-architected" and "Successfully delivered" open with verbs', () => {
    expect(resumes.get('openresume-john-doe-swe.pdf')!.bullets.find((b) => b.text.startsWith('Re-architected'))!.actionVerb).not.toBeNull();
    expect(resumes.get('rm-alfred-pennyworth-product-manager.pdf')!.bullets.find((b) => b.text.startsWith('Successfully delivered'))!.actionVerb).toBe('delivered');
  });
});

describe('coaching quotes whole bullets and keeps their words', () => {
  it.each(FILES)('%s: proper nouns keep their case; a bullet with a strong verb is not told to add one', (f) => {
    const r = resumes.get(f)!;
    for (const fix of analyze({ resume: r }).bulletFixes) {
      expect(r.bullets.map((b) => b.text)).toContain(fix.bullet);
      const words = fix.bullet.split(/\s+/).slice(1, 20).filter((w) => /\p{Lu}/u.test(w));
      for (const w of words) expect(fix.suggestion, w).toContain(w.replace(/[.,;:]+$/, ''));
      if (actionVerbOf(fix.bullet)) expect(fix.suggestion).not.toMatch(/^\[Strong verb/);
    }
  });

  it('weak verbs get a stronger one; a missing verb a placeholder in front of the words as written', () => {
    const fixOf = (bullet: string) => bulletFixes(text(`Lee Park\nlee@example.com\nEXPERIENCE\nML Engineer, Acme | Jan 2020 – Present\n• ${bullet}\n`))[0];
    // "Successfully delivered" opens with a verb: it only lacks a number.
    expect(fixOf('Successfully delivered three model launches on schedule')!.problems).toEqual(['no measurable result']);
    expect(fixOf('Successfully delivered three model launches on schedule')!.suggestion).toMatch(/^Successfully delivered three model launches on schedule — /);
    expect(fixOf('Communicated with Google Research to align NeurIPS submissions')!.suggestion)
      .toMatch(/^Partnered with Google Research to align NeurIPS submissions — \[add a metric/);
    expect(fixOf('Used TensorFlow to train ranking models for the search team')!.suggestion).toMatch(/^Applied TensorFlow to train ranking models/);
    expect(fixOf('Used TensorFlow to train ranking models for the search team')!.problems).toContain('opens with the weak "used"');
    expect(fixOf('TensorFlow models served at Google scale for the ads team')!.suggestion)
      .toMatch(/^\[Strong verb, e\.g\. Built, Led, Improved\] TensorFlow models served at Google scale/);
    expect(fixOf('Worked on the design of the feature store for ranking')!.suggestion).toMatch(/^Designed the feature store for ranking/);
  });

  it('no "Only 0 of N" in the readiness messages', () => {
    const r = text(`Lee Park\nlee@example.com\nEXPERIENCE\nEngineer, Acme | Jan 2020 – Present\n• Built the billing service in Go\n• Ran the on-call rotation for payments\n`);
    const message = readinessChecks(r).checks.find((c) => c.id === 'measurable-results')!.message;
    expect(message).toBe('None of the 2 bullets shows a measurable result.');
  });
});

describe('bullets rebuilt from wrapped lines', () => {
  it('● glyphs, alone on their line or not, start bullets; wrapped halves are joined', () => {
    const r = text(`Jane Roe
jane@example.com
EXPERIENCE
Android Developer, Acme | Jan 2020 – Present
● Built an offline-first Android banking app in Kotlin with Jetpack
Compose, and MVVM architecture to support 1M monthly users
●
Integrated Firebase Cloud Messaging for real-time notifications to 200K users
● Led the migration to Gradle 8
`);
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Built an offline-first Android banking app in Kotlin with Jetpack Compose, and MVVM architecture to support 1M monthly users',
      'Integrated Firebase Cloud Messaging for real-time notifications to 200K users',
      'Led the migration to Gradle 8',
    ]);
  });

  it("Word's Symbol-font bullets (private-use U+F0B7, U+F0A7) are bullets, not dropped glyphs", () => {
    const r = text('Jane Roe\njane@example.com\nEXPERIENCE\nEngineer, Acme | 2020 – 2022\n\uF0B7 Built the billing service in Go\n\uF0B7\tLed a team of 4\n  \uF0A7 Ran the on-call rotation');
    expect(r.bullets.map((b) => b.text)).toEqual(['Built the billing service in Go', 'Led a team of 4', 'Ran the on-call rotation']);
  });

  it('without glyphs: a full-width line that stops mid-sentence continues on the next; employer lines are no bullets', () => {
    const r = text(`Jane Roe
jane@example.com
EXPERIENCE
Android Developer | Acme Bank | Jan 2020 – Present
Built an offline-first Android banking application in Kotlin with Jetpack
Compose, and MVVM architecture to support one million monthly users daily
Integrated push notifications for real-time alerts using Firebase
Cloud Messaging for real-time notifications to 200K users across regions
Google | Mountain View, CA
General Manager, Salt & Cedar Restaurant Group (Austin, TX)
Reduced onboarding time for new cashiers by 30% with a checklist
`);
    expect(r.bullets.map((b) => b.text)).toEqual([
      'Built an offline-first Android banking application in Kotlin with Jetpack Compose, and MVVM architecture to support one million monthly users daily',
      'Integrated push notifications for real-time alerts using Firebase Cloud Messaging for real-time notifications to 200K users across regions',
      'Reduced onboarding time for new cashiers by 30% with a checklist',
    ]);
  });
});

describe('facts that were missed', () => {
  it.each([
    ['U+2010 hyphen', '415\u2010555\u20100142', '415-555-0142'],
    ['U+2011 non-breaking hyphen', '+1 (415) 555\u20110142', '+1 (415) 555-0142'],
    ['U+2012 figure dash', '+44 20 7946\u20120958', '+44 20 7946-0958'],
    ['U+2013 en dash', '(415) 555\u20130142', '(415) 555-0142'],
    ['U+2212 minus sign', '415\u2212555\u22120142', '415-555-0142'],
  ])('a phone written with the %s', (_name, written, found) => {
    expect(findPhone(`Jane Roe\n${written}`)).toBe(found);
    expect(text(`Jane Roe\n${written} | jane@example.com\nEXPERIENCE\nEngineer, Acme | 2020 – 2022\n• Built a thing`).contact.phone).toBe(found);
  });

  const kinds = (t: string) => splitSections(t.split('\n')).sections.map((s) => `${s.kind}:${s.heading}`);
  it('"VOLUNTEER EXPERIENCE", letter-spaced and two-line headings are sections', () => {
    expect(kinds('Jane\nRESEARCH\nEXPERIENCE\nResearch Assistant, MIT | 2020 – 2022\nVOLUNTEER\nEXPERIENCE\nMentor, Code Club | 2019 – 2021'))
      .toEqual(['contact:', 'experience:RESEARCH EXPERIENCE', 'volunteering:VOLUNTEER EXPERIENCE']);
    expect(kinds('Jane\nR E S E A R C H\nE X P E R I E N C E\nAssistant | 2020 – 2022\nV O L U N T E E R   E X P E R I E N C E\nMentor | 2019 – 2021'))
      .toEqual(['contact:', 'experience:RESEARCH EXPERIENCE', 'volunteering:VOLUNTEER EXPERIENCE']);
    // Two headings that do not form one stay two.
    expect(kinds('Jane\nSKILLS\nEXPERIENCE\nEngineer | 2020 – 2022')).toEqual(['contact:', 'skills:SKILLS', 'experience:EXPERIENCE']);
  });

  it('volunteer roles are not professional years', () => {
    const r = text('Jane Roe\njane@example.com\nEXPERIENCE\nEngineer, Acme | Jan 2020 – Dec 2021\n• Built the billing service\nVOLUNTEER EXPERIENCE\nMentor, Code Club | Jan 2010 – Dec 2019\n• Taught 20 kids to code every week');
    expect(r.experienceYears).toBe(2);
    expect(r.sections.map((s) => s.kind)).toContain('volunteering');
  });
});

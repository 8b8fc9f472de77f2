import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJobPost } from '../src/jobs/index.js';
import type { JobPost } from '../src/jobs/types.js';
import type { Resume } from '../src/resume/types.js';
import { classifyJobLines, hasPreferredMarker, jobHeadingKind } from '../src/jobs/sections.js';
import { maskBoilerplate } from '../src/jobs/boilerplate.js';
import { readResumeFile, readResumeText } from '../src/analysis/pipeline.js';
import { analyze } from '../src/analysis/index.js';
import { evaluateTarget, resumeSkills } from '../src/analysis/match.js';
import { lineRoles } from '../src/resume/index.js';
import { getLexicon } from '../src/skills/lexicon.js';
import { findSkills, isCaseless } from '../src/skills/matcher.js';
import { withoutPictographs } from '../src/text/pictographs.js';
import { BAND_STRONG_MIN, OLDER_TITLE_CREDIT, PRIMARY_REQUIREMENT_MIN, SKILLS_CORE_CREDIT, TITLE_ADJACENT_CREDIT } from '../src/analysis/constants.js';
import { normalizeTitle } from '../src/roles/registry.js';
import { getTitleFamilies } from '../src/roles/title-families.js';
import { CALIBRATION_TODAY } from '../bench/calibration-set.js';
import { FIXTURES, TODAY, resumeBytes } from './helpers/fixtures.js';

/**
 * The patterns of issue 9, each on a real post (test/fixtures/jobs, test/fixtures/calibration): how a
 * recruiter reads requirements, their weight, and titles. Where a test varies the head of a post
 * (the title line people paste above it), the body stays the real posting.
 */
const calib = (set: string, kind: 'jobs' | 'resumes', file: string) => readFileSync(path.join(FIXTURES, 'calibration', set, kind, file), 'utf8');
/** A calibration resume read as the bot reads an upload. */
const resumeOf = (set: string, file: string) => readResumeFile(new Uint8Array(readFileSync(path.join(FIXTURES, 'calibration', set, 'resumes', file))), undefined, TODAY);
const post18f = readFileSync(path.join(FIXTURES, 'jobs', '18f-login-gov-engineer-2023.md'), 'utf8');
const req = (text: string) => parseJobPost(text).requirements ?? [];
const withMembers = (text: string, ids: string[]) => req(text).find((r) => ids.every((id) => r.anyOf.includes(id)));
/** What the resume shows, read as the analysis reads it. */
const skillsOf = (resume: Resume) => resumeSkills(resume, getLexicon(), lineRoles(resume));
/** The skills a text names, read as a skills line reads them. */
const skillIdsIn = (text: string) => new Set(findSkills(text, getLexicon(), { skillLines: new Set([0]) }).map((h) => h.id));
/** The post's requirement that a skill meets, if any. */
const requirementOf = (job: JobPost, id: string) => job.requirements?.find((r) => r.anyOf.includes(id));
/** The title part of the resume's score against a post. */
const titlePart = (resume: Resume, job: JobPost) => analyze({ resume, job }).breakdown.find((b) => b.label === 'Job title');

describe('example lists and choices are one requirement met by any member', () => {
  it('18F: "Ruby, Python, JavaScript, and Go. ... at least one of those languages"', () => {
    const r = withMembers(post18f, ['ruby', 'python', 'javascript', 'go']);
    expect(r?.anyOf).toHaveLength(4);
    // And no member stands alone as its own requirement.
    expect(req(post18f).some((x) => x.anyOf.length === 1 && ['ruby', 'go'].includes(x.anyOf[0]!))).toBe(false);
  });

  it('GitLab frontend: "VueJS or another modern JavaScript web framework (React, Angular, Ember, etc.)"', () => {
    const text = calib('software', 'jobs', 'gitlab-frontend-engineer-senior.txt');
    expect(withMembers(text, ['vue', 'react', 'angular', 'ember'])).toBeDefined();
    // "automated tests (e.g. Jest, Karma, Jasmine, Mocha, ...)": one need, its examples.
    expect(withMembers(text, ['jest', 'karma', 'jasmine', 'mocha'])).toBeDefined();
  });

  it('a report names the members of a missing any-of requirement', () => {
    const text = calib('software', 'jobs', 'gitlab-frontend-engineer-senior.txt');
    const resume = readResumeText(calib('general', 'resumes', 'senior-accountant-15289348.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(text) });
    const frameworks = report.skills.missing.find((m) => m.members?.includes('React'));
    expect(frameworks?.members).toEqual(expect.arrayContaining(['Vue.js', 'React', 'Angular', 'Ember.js']));
  });
});

describe('what is not a requirement yields none', () => {
  const backend = calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt');

  it('the employer\'s own product is no requirement (GitLab posts name GitLab on every line)', () => {
    expect(req(backend).some((r) => r.anyOf.includes('gitlab'))).toBe(false);
    expect(parseJobPost(backend).required).not.toContain('gitlab');
  });

  it('teams to work with are no skills: "Collaborate with Product Management and other stakeholders ... (Frontend, UX, etc.)"', () => {
    const ids = req(backend).flatMap((r) => r.anyOf);
    expect(ids).not.toContain('product-management');
    expect(ids).not.toContain('ux-design');
    // Ruby on Rails, the one hard requirement it names, weighs most after the title's own backend development.
    expect(req(backend)[0]!.anyOf).toEqual(['backend-development']);
    expect(req(backend).filter((r) => r.place !== 'title')[0]!.anyOf).toEqual(['rails']);
  });

  it('a value statement asks for no skill: the issue\'s "Champion diversity, equity, inclusion, and accessibility" in a real post', () => {
    const value = '- Champion diversity, equity, inclusion, and accessibility.';
    // The lexicon does read a skill in it, so only the value-statement rule keeps it out.
    expect(findSkills(value, getLexicon(), { skillLines: new Set([0]) }).map((h) => h.id)).toContain('accessibility');
    const text = backend.replace('\nRequirements\n', `\nRequirements\n\n${value}\n`);
    expect(text).toContain(value);
    expect(req(text).flatMap((r) => r.anyOf)).not.toContain('accessibility');
  });

  it('18F: the product blurb weighs less than the ask; "at least one of those languages" makes the languages an ask', () => {
    const reqs = req(post18f);
    const lang = withMembers(post18f, ['ruby', 'python'])!;
    // "Login.gov is a FedRAMP authorized secure sign-in service": prose about the product.
    const fedramp = reqs.find((r) => r.anyOf.includes('fedramp'))!;
    expect(fedramp.place).toBe('prose');
    expect(lang.place).toBe('required');
    expect(fedramp.importance).toBeLessThan(lang.importance);
  });
});

describe('importance: the core of the job drives the score', () => {
  const backend = calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt');

  it('soft skills weigh a small fraction of a hard skill and are shown apart', () => {
    const reqs = req(backend);
    const rails = reqs.find((r) => r.anyOf.includes('rails'))!;
    const soft = reqs.filter((r) => r.generic);
    expect(soft.length).toBeGreaterThan(2);
    for (const s of soft) expect(s.importance).toBeLessThanOrEqual(rails.importance * 0.2);
    const resume = readResumeText(calib('software', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(backend) });
    expect(report.skills.alsoMentioned.length).toBeGreaterThan(0);
    expect(report.skills.missing.some((m) => soft.some((s) => s.anyOf.includes(m.id)))).toBe(false);
  });

  it('requirements-list skills outweigh nice-to-haves', () => {
    const text = calib('software', 'jobs', 'gitlab-frontend-engineer-senior.txt');
    const reqs = req(text);
    const js = reqs.find((r) => r.anyOf.includes('javascript'))!;
    const rails = reqs.find((r) => r.anyOf.includes('rails'))!;
    expect(js.place).toBe('required');
    expect(rails.place).toBe('preferred');
    expect(js.importance).toBeGreaterThan(rails.importance * 3);
  });
});

describe('concepts are met by their instances (lexicon implies)', () => {
  it('a real resume with Kafka, GitHub and AWS meets message queues, version control and cloud', async () => {
    const lexicon = getLexicon();
    const resume = await readResumeFile(resumeBytes('rm-template-single-column.pdf'), undefined, TODAY);
    const skills = resumeSkills(resume, lexicon, lineRoles(resume));
    expect(skills.found.has('kafka')).toBe(true);
    const ev = evaluateTarget(resume, skills, {
      items: ['message-queues', 'version-control', 'cloud-computing'].map((id) => ({ label: id, anyOf: [id], weight: 1, required: true, targetSays: id })),
      keywords: [], titles: [], yearsAsked: null,
    });
    for (const i of ev.items) expect(i.satisfiedBy, i.item.label).not.toBeNull();
  });
});

describe('titles', () => {
  it('"Senior Software Engineer" earns part of the title share against "Intermediate Backend Engineer"', () => {
    const resume = readResumeText(calib('software', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt')) });
    const title = report.breakdown.find((b) => b.label === 'Job title')!;
    expect(title.earned).toBeGreaterThan(0);
    expect(title.earned).toBeLessThan(title.possible);
  });

  it('an accountant helper is not a Senior Accountant, though of the family', () => {
    const resume = readResumeText(calib('general', 'resumes', 'accountant-helper-22925443.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('general', 'jobs', 'gitlab-senior-accountant.txt')) });
    const title = report.breakdown.find((b) => b.label === 'Job title')!;
    expect(title.earned).toBeLessThan(title.possible);
    expect(title.detail).toMatch(/related title/);
  });

  it('a lone "Engineer" names no field when the title names one: a senior frontend engineer is no security engineer (GitLab)', () => {
    const resume = readResumeText(calib('software', 'resumes', 'ke-xiao-senior-frontend.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('software', 'jobs', 'gitlab-security-engineer.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')).toMatchObject({ earned: 0 });
    expect(report.band).toBe('needs-work');
  });

  it('a title that names no field but its head reads as software: "Staff Engineer" against a Machine Learning Engineer post', () => {
    const resume = readResumeText(calib('software', 'resumes', 'alex-kashi-ml-ios-engineer.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('software', 'jobs', 'gitlab-machine-learning-engineer.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toBe('"Staff Engineer" is a related title');
  });

  it('two specialties are no family: a lead iOS developer earns no title credit for a senior frontend post, a generalist software engineer does (GitLab)', () => {
    const post = parseJobPost(calib('software', 'jobs', 'gitlab-frontend-engineer-senior.txt'));
    const ios = analyze({ resume: readResumeText(calib('software', 'resumes', 'johnange-kernodle-ios.txt'), TODAY), job: post });
    expect(ios.breakdown.find((b) => b.label === 'Job title')).toMatchObject({ earned: 0 });
    const generalist = analyze({ resume: readResumeText(calib('software', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY), job: post });
    expect(generalist.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/related title/);
    // Close begins at 53, and the iOS developer's web skills reach it; the generalist stays well above.
    expect(ios.band).not.toBe('strong');
    expect(generalist.score - ios.score).toBeGreaterThanOrEqual(20);
  });

  it('a product manager is no product designer: "product" names the family only as the title\'s head (PostHog)', () => {
    const resume = readResumeText(calib('software', 'resumes', 'calvin-kuo-senior-product-manager.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('software', 'jobs', 'posthog-senior-product-designer.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')).toMatchObject({ earned: 0 });
    expect(report.band).not.toBe('strong');
  });

  it('roles titled outside the field show it only through another job\'s words: a product manager\'s years count at half for a Data Analyst post', () => {
    const resume = readResumeText(calib('software', 'resumes', 'calvin-kuo-senior-product-manager.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('software', 'jobs', 'gitlab-data-analyst.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')).toMatchObject({ earned: 0 });
    // Half of what his skills show (they cover most of the post's core: 49-50 %), not all of it.
    const counted = Number(/counted at (\d+)%/.exec(report.breakdown.find((b) => b.label === 'Experience')?.detail ?? '')?.[1]);
    expect(counted).toBeGreaterThanOrEqual(45);
    expect(counted).toBeLessThanOrEqual(50);
    // Below both data people the recruiter calls fitting (a data engineer, a data engineering manager).
    const post = parseJobPost(calib('software', 'jobs', 'gitlab-data-analyst.txt'));
    for (const fitting of ['edward-sadoon-data-engineer.txt', 'brandon-donelan-data-engineering-manager.txt']) {
      expect(analyze({ resume: readResumeText(calib('software', 'resumes', fitting), TODAY), job: post }).score).toBeGreaterThan(report.score);
    }
  });

  it('job-family pages: "Data Analyst Roles" reads "Data Analyst", "... Job Family" drops the page words', () => {
    expect(parseJobPost(calib('software', 'jobs', 'gitlab-data-analyst.txt')).title).toBe('Data Analyst');
    expect(parseJobPost(calib('software', 'jobs', 'gitlab-software-engineer-in-test.txt')).title).toBe('Software Engineer in Test');
    expect(parseJobPost(calib('software', 'jobs', 'gitlab-data-scientist.txt')).title).toBe('Data Science');
  });
});

describe('the head of a post, as people paste it above a real body (GitLab backend, its title line replaced)', () => {
  const body = calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt').split('\n').slice(1).join('\n');
  it('a title wrapped over two lines', () => {
    const j = parseJobPost(`Senior Full Stack Engineer (5+ Years of\nExperience)\n${body}`);
    expect(j.title).toBe('Senior Full Stack Engineer');
    expect(j.company ?? '').not.toMatch(/Experience/);
  });
  it('"Backend Developer - Python/Django": the stack is no company, and weighs as the job itself', () => {
    const j = parseJobPost(`Backend Developer - Python/Django\n${body}`);
    expect(j.title).toBe('Backend Developer');
    expect(j.company).not.toBe('Python/Django');
    const django = j.requirements!.find((r) => r.anyOf.includes('django'))!;
    expect(django.place).toBe('title');
  });
  it('quotes and a team suffix leave the title', () => {
    expect(parseJobPost(`'Back-end Developer – Digital Credentials Team'\n${body}`).title).toBe('Back-end Developer');
  });
  it('"Position Title: X Department: Y" fields are read apart, and a department asks for nothing', () => {
    const j = parseJobPost(`Position Title: Reading Teacher Department: fREADom Mobile App Location: Remote\n${body}`);
    expect(j.title).toBe('Reading Teacher');
    expect(j.requirements!.flatMap((r) => r.anyOf)).not.toContain('mobile-development');
  });
  it('years: the lower bound of a range, "minimum two years", none when none is asked', () => {
    expect(parseJobPost(`Engineer\nRequirements:\n- 2-4 + years of experience with Ruby\n`).yearsRequired).toBe(2);
    expect(parseJobPost(`Engineer\nRequirements:\n- Minimum two years of experience with Ruby\n`).yearsRequired).toBe(2);
    expect(parseJobPost(calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt')).yearsRequired).toBeNull();
  });
});

describe('the JSON contract grows', () => {
  it('target.job.yearsAsked is the post\'s own ask (number or null)', async () => {
    const resume = await readResumeFile(resumeBytes('rm-john-doe-java.txt'), undefined, TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt')) });
    expect(report.target.job).toMatchObject({ title: 'Intermediate Backend Engineer', yearsAsked: null });
    const report2 = analyze({ resume, job: parseJobPost(readFileSync(path.join(FIXTURES, 'jobs', 'rm-jd-backend-engineer.txt'), 'utf8')) });
    expect(report2.target.job?.yearsAsked).toBe(4);
  });
});

describe('headings, lists and words as real posts write them', () => {
  const ocf = calib('diverse', 'jobs', 'ocf-finance-admin.txt');

  it('Open Collective: the title sits below three paragraphs and their blank lines', () => {
    expect(parseJobPost(ocf).title).toBe('Finance Admin');
  });

  it('Open Collective: "Tasks & required skills/experience" and "Additional desired experience" are headings in sentence case', () => {
    const bookkeeping = req(ocf).find((r) => r.anyOf.includes('bookkeeping'));
    expect(bookkeeping?.place).toBe('required');
    // "Tech tools like Slack, Loom, Google Workspace, Trello, Loomio, GitHub": one wish, met by any of them,
    // though the lexicon knows neither Loom nor Loomio.
    const tools = withMembers(ocf, ['slack', 'google-workspace', 'trello', 'github']);
    expect(tools?.place).toBe('preferred');
    expect(req(ocf).filter((r) => r.anyOf.includes('slack'))).toHaveLength(1);
  });

  it('GitLab field marketing: "GitLab partners", "GitLab owned events", "the GitLab process" name the employer', () => {
    const text = calib('general', 'jobs', 'gitlab-field-marketing-manager.txt');
    expect(req(text).flatMap((r) => r.anyOf)).not.toContain('gitlab');
  });

  it('PostHog SRE: "What to expect once you apply:" and "What we offer in return:" are no requirements', () => {
    const text = calib('software', 'jobs', 'posthog-site-reliability-engineer.txt');
    expect(req(text).flatMap((r) => r.anyOf)).not.toContain('compensation');
    const designer = calib('software', 'jobs', 'posthog-senior-product-designer.txt');
    expect(req(designer).flatMap((r) => r.anyOf)).not.toContain('compensation');
  });

  it('everyday words stay words: "Combine those things", "react with discretion", "fine tuned instincts", "work authorisation"', () => {
    const ids = (set: string, file: string) => req(calib(set, 'jobs', file)).flatMap((r) => r.anyOf);
    expect(ids('software', 'posthog-full-stack-software-engineer.txt')).not.toContain('combine');
    expect(ids('diverse', 'tor-controller.txt')).not.toContain('react');
    expect(ids('general', 'gitlab-people-business-partner.txt')).not.toContain('fine-tuning');
    expect(ids('diverse', 'carpentries-communications-coordinator.txt')).not.toContain('authorization');
    // The same names, asked for as skills, are still read.
    expect(findSkills('Experience with React and LLM fine-tuning', getLexicon()).map((h) => h.id)).toEqual(['react', 'fine-tuning']);
  });

  it('GDS performance analyst: a post whose title cannot be read is scored on what it asks, with no title part', () => {
    const job = parseJobPost(calib('diverse', 'jobs', 'gds-digital-performance-analyst.txt'));
    expect(job.title).toBeNull();
    const resume = readResumeText(calib('diverse', 'resumes', 'kendall-frimodig-epidemiologist.txt'), TODAY);
    const report = analyze({ resume, job });
    expect(report.breakdown.map((b) => b.label)).not.toContain('Job title');
    expect(report.breakdown.reduce((s, b) => s + b.possible, 0)).toBeCloseTo(100, 0);
  });
});

describe('a post\'s title names a role profile through its level words', () => {
  it('"Intermediate Backend Engineer" and "Experienced Fullstack Engineer" resolve to their roles', async () => {
    const { getRoles } = await import('../src/roles/registry.js');
    expect(getRoles().resolve('Intermediate Backend Engineer').role?.id).toBe('backend-developer');
    expect(getRoles().resolve('Experienced Fullstack Engineer').role?.id).toBe('full-stack-developer');
  });
});

describe('resume titles as real resumes write them', () => {
  it('"City , State ASP.Net Web Developer": the region before the title is no part of it (livecareer layout)', () => {
    const resume = readResumeText(calib('diverse', 'resumes', 'aspnet-web-developer-12763627.txt'), TODAY);
    expect(resume.titles).toContain('ASP.Net Web Developer');
    expect(resume.titles.some((t) => t.startsWith('State '))).toBe(false);
  });

  it('"STEEVEN MEDINA > QA ENGINEER": the name before the arrow is no part of the headline', () => {
    const resume = readResumeText(calib('software', 'resumes', 'steeven-medina-qa-engineer.txt'), TODAY);
    expect(resume.headline).toBe('QA ENGINEER');
  });
});

describe('a job title names its practice', () => {
  it('GDS developer: "ASP.NET WEB DEVELOPER" on the resume shows the web development the post asks', () => {
    const job = parseJobPost(calib('diverse', 'jobs', 'gds-developer.txt'));
    expect(req(calib('diverse', 'jobs', 'gds-developer.txt')).some((r) => r.anyOf.includes('web-development'))).toBe(true);
    const resume = readResumeText(calib('diverse', 'resumes', 'aspnet-web-developer-12763627.txt'), TODAY);
    const report = analyze({ resume, job });
    expect(report.skills.matched.map((m) => m.id)).toContain('web-development');
  });

  it('"Intermediate Backend Engineer" asks backend development, in the title\'s weight', () => {
    const r = req(calib('software', 'jobs', 'gitlab-backend-engineer-intermediate.txt')).find((x) => x.anyOf.includes('backend-development'));
    expect(r?.place).toBe('title');
  });
});

describe('sales posts in their own words', () => {
  it('GitLab New Logo AE: "New Logo" is new business, "outbound sales activity" is outbound prospecting, and a BD executive meets both', () => {
    const text = calib('general', 'jobs', 'gitlab-new-logo-account-executive.txt');
    const asked = req(text);
    expect(asked.find((r) => r.anyOf.includes('business-development'))?.place).toBe('title');
    expect(asked.some((r) => r.anyOf.includes('cold-calling'))).toBe(true);
    // "Be ready to learn how to use GitLab and Git": a wish, not a requirement.
    expect(asked.find((r) => r.anyOf.includes('git'))?.place).toBe('preferred');
    const resume = readResumeText(calib('general', 'resumes', 'business-development-executive-16846478.txt'), TODAY);
    const matched = analyze({ resume, job: parseJobPost(text) }).skills.matched.map((m) => m.id);
    expect(matched).toEqual(expect.arrayContaining(['business-development', 'cold-calling']));
  });
});

describe('marketing posts in their own words', () => {
  it('GitLab Field Marketing Manager: a director who managed "all tradeshows, events" meets the event marketing the title asks', () => {
    const text = calib('general', 'jobs', 'gitlab-field-marketing-manager.txt');
    expect(req(text).find((r) => r.anyOf.includes('event-marketing'))?.place).toBe('title');
    const resume = readResumeText(calib('general', 'resumes', 'director-of-marketing-33072201.txt'), TODAY);
    expect(analyze({ resume, job: parseJobPost(text) }).skills.matched.map((m) => m.id)).toContain('event-marketing');
  });
});

describe('communications posts in their own words', () => {
  const text = calib('diverse', 'jobs', 'carpentries-communications-coordinator.txt');

  it('The Carpentries: "Preferred Job Specifications" is the nice-to-have list, in Title Case', () => {
    expect(req(text).find((r) => r.anyOf.includes('graphic-design'))?.place).toBe('preferred');
    expect(req(text).find((r) => r.anyOf.includes('journalism'))?.place).toBe('required');
  });

  it('The Carpentries: "Experience with social media and/or blogging" asks social media and blog writing', () => {
    const ids = req(text).flatMap((r) => r.anyOf);
    expect(ids).toEqual(expect.arrayContaining(['social-media-marketing', 'content-writing']));
  });
});

describe('office posts in their own words', () => {
  it('GitLab EBA: "Manage complex calendars" asks calendar management, met by a resume\'s "Calendar Management"', () => {
    const text = calib('general', 'jobs', 'gitlab-executive-business-administrator.txt');
    expect(req(text).some((r) => r.anyOf.includes('calendar-management'))).toBe(true);
    const resume = readResumeText(calib('general', 'resumes', 'executive-assistant-hr-20417897.txt'), TODAY);
    expect(analyze({ resume, job: parseJobPost(text) }).skills.matched.map((m) => m.id)).toContain('calendar-management');
  });

  it('GitLab EBA: a duty list names the work, so "Assist the full life cycle of recruiting" and "scheduling and coordination" are duties asked', () => {
    const text = calib('general', 'jobs', 'gitlab-executive-business-administrator.txt');
    for (const id of ['recruiting', 'scheduling']) {
      expect(req(text).find((r) => r.anyOf.includes(id))?.place, id).toBe('responsibilities');
    }
    // Outside a duty list the same words stay words: the post's prose names no recruiting.
    expect(req(text.replace(/^- Assist the full life cycle/m, 'We assist the full life cycle')).some((r) => r.anyOf.includes('recruiting'))).toBe(false);
  });

  it('"Executive Assistant to the CEO" (the EBA post under that title line): the job is what comes before "to the"', () => {
    const body = calib('general', 'jobs', 'gitlab-executive-business-administrator.txt').split('\n').slice(1).join('\n');
    const resume = readResumeText(calib('general', 'resumes', 'executive-assistant-10724818.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(`Executive Assistant to the CEO\n${body}`) });
    expect(report.target.job?.title).toBe('Executive Assistant to the CEO');
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/matches/);
    // A bare "Developer for Mobile" is no job of its own: the core must name more than the head.
    const tor = analyze({ resume: readResumeText(calib('software', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY), job: parseJobPost(`Developer for the Payments Team\n${body}`) });
    expect(tor.breakdown.find((b) => b.label === 'Job title')?.detail).not.toMatch(/matches/);
  });
});

describe('UK civil-service posts (Ministry of Justice)', () => {
  it('"Our Tech Stack" says what the team uses ("we\'ll support you in mastering our tech stack"), not what it requires', () => {
    const text = calib('diverse', 'jobs', 'moj-junior-software-developer.txt');
    const kubernetes = req(text).find((r) => r.anyOf.includes('kubernetes'));
    expect(kubernetes?.place).not.toBe('required');
    expect(kubernetes!.importance).toBeLessThan(req(text).find((r) => r.anyOf.includes('test-automation'))!.importance);
  });

  it('"Person specification" heads the requirements: the lead architect\'s unheaded list below it is what the post requires', () => {
    const text = calib('diverse', 'jobs', 'moj-lead-technical-architect.txt');
    expect(req(text).find((r) => r.anyOf.includes('microservices'))?.place).toBe('required');
    expect(req(text).find((r) => r.anyOf.includes('tdd'))?.place).toBe('required');
  });
});

describe('years as a recruiter counts them (scoring 2.2)', () => {
  const dsPost = calib('software', 'jobs', 'gitlab-data-scientist.txt');
  const shekhar = () => readResumeText(calib('software', 'resumes', 'shekhar-dewan-data-scientist.txt'), TODAY);

  it('a side project "August 2020 - Present" does not stretch the years in the field: 4 months as Data Scientist and 4 as a research programmer', () => {
    const report = analyze({ resume: shekhar(), job: parseJobPost(dsPost) });
    const years = report.breakdown.find((b) => b.label === 'Experience')!;
    expect(years.detail).toMatch(/^0\.7 years in related roles, 4\+ asked/);
  });

  it('short of the years asked in the field, the whole resume reads more junior, however long the rest of the career', () => {
    const report = analyze({ resume: shekhar(), job: parseJobPost(dsPost) });
    const title = report.breakdown.find((b) => b.label === 'Job title')!;
    // "Data Scientist" is the title asked, yet it earns well under its share: 0.7 of 4 years.
    expect(title.detail).toMatch(/matches/);
    expect(title.earned).toBeLessThan(title.possible * 0.8);
    expect(report.band).not.toBe('strong');
  });

  it('"November - Present" with no year is a role begun last November (damian-justice)', () => {
    const resume = readResumeText(calib('software', 'resumes', 'damian-justice-front-end-developer.txt'), TODAY);
    expect(resume.experience.find((e) => e.title === 'Front End Developer')).toMatchObject({ present: true, start: 2024 * 12 + 10 });
    // A sentence is no date: "may - present" in lower case.
    expect(readResumeText('Experience\nI may - present it to the board\n', TODAY).experience).toHaveLength(0);
  });

  it('a post whose title names no level asks a working professional\'s years: a bootcamp student two months into freelancing is not strong', () => {
    const report = analyze({
      resume: readResumeText(calib('software', 'resumes', 'damian-justice-front-end-developer.txt'), TODAY),
      job: parseJobPost(calib('software', 'jobs', 'posthog-front-end-developer.txt')),
    });
    expect(report.target.job?.yearsAsked).toBeNull();
    expect(report.breakdown.find((b) => b.label === 'Experience')?.detail).toMatch(/2\+ expected of the title/);
    expect(report.band).not.toBe('strong');
  });
});

describe('wishes qualify what follows them', () => {
  it('The Carpentries: "Experience with event planning and management, ideally for geographically dispersed events" requires event planning', () => {
    const text = calib('diverse', 'jobs', 'carpentries-workshop-administrator.txt');
    expect(req(text).find((r) => r.anyOf.includes('event-planning'))?.place).toBe('required');
  });

  it('GDS developer: "solid experience of web application development, ideally in Ruby and Javascript": the practice is required, the languages a wish', () => {
    const reqs = req(calib('diverse', 'jobs', 'gds-developer.txt'));
    expect(reqs.find((r) => r.anyOf.includes('web-development'))?.place).toBe('required');
    expect(reqs.find((r) => r.anyOf.includes('ruby'))?.place).toBe('preferred');
  });
});

describe('web frameworks show web development', () => {
  it('GDS developer: a Rails and Vue engineer titled "Senior Software Engineer" meets the web application development asked', () => {
    const resume = readResumeText(calib('software', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('diverse', 'jobs', 'gds-developer.txt')) });
    expect(report.skills.matched.map((m) => m.id)).toContain('web-development');
    expect(report.skills.synonyms.find((s) => s.id === 'web-development')?.resumeSays).toMatch(/implies Web development/);
  });
});

describe('trades in their own words (lexicon 2026.12.3, title families 2026.12.2)', () => {
  it('Open Collective finance admin: "entered A/P and A/R ... Reconciled bank statements" is the accounts payable and bookkeeping asked', () => {
    const resume = readResumeText(calib('general', 'resumes', 'accountant-helper-22925443.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('diverse', 'jobs', 'ocf-finance-admin.txt')) });
    expect(report.skills.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['accounts-payable', 'bookkeeping']));
    // Selling "accounts receivable solutions" is no bookkeeping.
    const seller = readResumeText(calib('diverse', 'resumes', 'sales-executive-10464113.txt'), TODAY);
    expect(analyze({ resume: seller, job: parseJobPost(calib('diverse', 'jobs', 'ocf-finance-admin.txt')) }).skills.matched.map((m) => m.id)).not.toContain('bookkeeping');
  });

  it('VHA Medical Support Assistant: an "Emergency Room Admitting Specialist" holds a related title', () => {
    const resume = readResumeText(calib('general', 'resumes', 'er-admitting-specialist-12938200.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('general', 'jobs', 'vha-medical-support-assistant.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/related title/);
  });

  it('GitLab security engineer: "Arachni, Brakeman, and BurpSuite" asks Burp Suite, met by "using Burp and other penetration testing tools"', () => {
    const text = calib('software', 'jobs', 'gitlab-security-engineer.txt');
    expect(req(text).some((r) => r.anyOf.includes('burp-suite'))).toBe(true);
    const resume = readResumeText(calib('software', 'resumes', 'jim-miller-cloud-security-architect.txt'), TODAY);
    expect(analyze({ resume, job: parseJobPost(text) }).skills.matched.map((m) => m.id)).toContain('burp-suite');
  });
});

describe('what a resume shows in its own words (lexicon 2026.12.4-9)', () => {
  const matched = (set: string, file: string, post: string) =>
    analyze({ resume: readResumeText(calib(set, 'resumes', file), TODAY), job: parseJobPost(post) }).skills.matched.map((m) => m.id);

  it('GitLab EBA: "Organized travel for senior management domestic and international" is the travel arrangements asked', () => {
    const text = calib('general', 'jobs', 'gitlab-executive-business-administrator.txt');
    expect(req(text).some((r) => r.anyOf.includes('travel-arrangements'))).toBe(true);
    expect(matched('general', 'executive-assistant-hr-20417897.txt', text)).toContain('travel-arrangements');
  });

  it('VHA Medical Support Assistant: "Arrange efficient and orderly admission of patients" is patient registration, the administrative work asked', () => {
    const text = calib('general', 'jobs', 'vha-medical-support-assistant.txt');
    expect(req(text).find((r) => r.anyOf.includes('administrative-support'))?.place).toBe('required');
    const report = analyze({ resume: readResumeText(calib('general', 'resumes', 'er-admitting-specialist-12938200.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.found.map((f) => f.id)).toContain('patient-registration');
    expect(report.skills.matched.map((m) => m.id)).toContain('administrative-support');
    expect(report.band).not.toBe('needs-work');
  });

  it('The Carpentries communications: media kits "by using InDesign and Photoshop" show the graphic design wished for', () => {
    const text = calib('diverse', 'jobs', 'carpentries-communications-coordinator.txt');
    expect(req(text).some((r) => r.anyOf.includes('graphic-design'))).toBe(true);
    expect(matched('diverse', 'josephina-bian-strategy-marketing.txt', text)).toContain('graphic-design');
  });

  it('GitLab field marketing: "Trade shows" on a marketing coordinator\'s skills lines is the event marketing the title insists on', () => {
    const text = calib('general', 'jobs', 'gitlab-field-marketing-manager.txt');
    expect(req(text).find((r) => r.anyOf.includes('event-marketing'))?.place).toBe('title');
    const report = analyze({ resume: readResumeText(calib('general', 'resumes', 'marketing-coordinator-31220062.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.matched.map((m) => m.id)).toContain('event-marketing');
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).not.toMatch(/insists on/);
  });

  it('GitLab New Logo AE: "combining inbound and outbound lead generation" is the cold outreach asked', () => {
    const text = calib('general', 'jobs', 'gitlab-new-logo-account-executive.txt');
    expect(req(text).some((r) => r.anyOf.includes('cold-calling'))).toBe(true);
    expect(matched('general', 'business-development-consultant-35673335.txt', text)).toContain('cold-calling');
    // A marketing coordinator who ran events and PR did no outbound selling.
    expect(matched('general', 'marketing-coordinator-31220062.txt', text)).not.toContain('cold-calling');
  });

  it('UCL system manager: "A deep knowledge of either Linux or Windows ... some experience of the other operating system" is met by Linux work', () => {
    const text = calib('diverse', 'jobs', 'ucl-physics-teaching-it-system-manager.txt');
    expect(req(text).find((r) => r.anyOf.includes('operating-systems'))?.place).toBe('required');
    const report = analyze({ resume: readResumeText(calib('diverse', 'resumes', 'georgi-karapetrov-platform-devops.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.found.map((f) => f.id)).toContain('linux');
    expect(report.skills.matched.map((m) => m.id)).toContain('operating-systems');
    expect(report.skills.synonyms.find((s) => s.id === 'operating-systems')?.resumeSays).toMatch(/implies Operating systems/);
  });

  it('The Carpentries workshop administrator: an executive assistant\'s "Meeting planning" is the event planning required', () => {
    const text = calib('diverse', 'jobs', 'carpentries-workshop-administrator.txt');
    const report = analyze({ resume: readResumeText(calib('diverse', 'resumes', 'executive-assistant-10724818.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.matched.map((m) => m.id)).toContain('event-planning');
    expect(report.band).not.toBe('needs-work');
    // A florist who made arrangements for events planned none.
    expect(matched('diverse', 'floral-designer-10466583.txt', text)).not.toContain('event-planning');
  });

  it('GDS performance analyst: "Collaborated closely with the stakeholders" is stakeholder management; a "Data Analyst" title shows data analysis', () => {
    const text = calib('diverse', 'jobs', 'gds-digital-performance-analyst.txt');
    expect(matched('diverse', 'edward-sadoon-data-engineer.txt', text)).toContain('stakeholder-management');
    expect(matched('diverse', 'kendall-frimodig-epidemiologist.txt', text)).toContain('data-analysis');
    // An iOS developer shows neither.
    expect(matched('diverse', 'johnange-kernodle-ios.txt', text)).not.toEqual(expect.arrayContaining(['stakeholder-management']));
    expect(matched('diverse', 'johnange-kernodle-ios.txt', text)).not.toContain('data-analysis');
  });

  it('GitLab security engineer: "Implement secure development best practices" is the secure coding asked (lexicon 2026.12.8)', () => {
    const text = calib('software', 'jobs', 'gitlab-security-engineer.txt');
    expect(req(text).some((r) => r.anyOf.includes('secure-coding'))).toBe(true);
    expect(matched('software', 'jim-miller-cloud-security-architect.txt', text)).toContain('secure-coding');
    // A front-end developer shows no secure development.
    expect(matched('software', 'damian-justice-front-end-developer.txt', text)).not.toContain('secure-coding');
  });

  it('GitLab field marketing: a marketing manager who would "manage trade shows" did event marketing (lexicon 2026.12.8)', () => {
    const text = calib('general', 'jobs', 'gitlab-field-marketing-manager.txt');
    const report = analyze({ resume: readResumeText(calib('general', 'resumes', 'digital-marketing-strategy-manager-16536141.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.matched.map((m) => m.id)).toContain('event-marketing');
    expect(report.band).not.toBe('needs-work');
    // A seller who never ran a show does not read as event marketing.
    expect(matched('general', 'sales-executive-10464113.txt', text)).not.toContain('event-marketing');
  });

  it('OCF finance admin: a finance assistant who "Cut checks" for purchases did accounts payable (lexicon 2026.12.8)', () => {
    const text = calib('diverse', 'jobs', 'ocf-finance-admin.txt');
    const report = analyze({ resume: readResumeText(calib('diverse', 'resumes', 'finance-assistant-37931076.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.matched.map((m) => m.id)).toContain('accounts-payable');
    expect(report.band).not.toBe('needs-work');
    // A florist who rang up sales cut no checks.
    expect(matched('diverse', 'floral-designer-10466583.txt', text)).not.toContain('accounts-payable');
  });

  it('GDS designer: a "UX/UI Producer" did UI design as well as UX design (lexicon 2026.12.9)', () => {
    const text = calib('diverse', 'jobs', 'gds-designer.txt');
    expect(req(text).some((r) => r.anyOf.includes('ui-design'))).toBe(true);
    const report = analyze({ resume: readResumeText(calib('diverse', 'resumes', 'paige-cuthbertson-technical-ux-designer.txt'), TODAY), job: parseJobPost(text) });
    expect(report.skills.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['ui-design', 'ux-design']));
    expect(report.band).toBe('strong');
    // A mechanical designer shows no interface design.
    expect(matched('diverse', 'mechanical-designer-11155153.txt', text)).not.toContain('ui-design');
  });
});

describe('what the post insists on (scoring 2.3)', () => {
  const djangoPost = calib('diverse', 'jobs', 'carpentries-python-django-developer.txt');
  const score = (set: string, file: string, post: string) => analyze({ resume: readResumeText(calib(set, 'resumes', file), TODAY), job: parseJobPost(post) });

  it('The Carpentries: "Python/Django Developer" names Django in its title and three more sentences: it weighs as what the post insists on', () => {
    const django = req(djangoPost).find((r) => r.anyOf.includes('django'));
    expect(django?.place).toBe('title');
    expect(django?.importance).toBeGreaterThanOrEqual(2);
  });

  it('a senior Rails and Python engineer with no Django is a near miss, not strong, and the report says why', () => {
    const report = score('diverse', 'lester-kim-senior-software-engineer.txt', djangoPost);
    expect(report.band).toBe('close');
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).toMatch(/no Django, which the post insists on/);
  });

  it('a Python/Django backend developer is untouched', () => {
    const report = score('diverse', 'patrick-walukagga-python-django-backend.txt', djangoPost);
    expect(report.band).toBe('strong');
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).not.toMatch(/insists on/);
  });

  it('Tor Controller: a finance director with no general-ledger or audit work, both stressed and repeated, is close, not strong', () => {
    const report = score('diverse', 'director-finance-fpa-14181049.txt', calib('diverse', 'jobs', 'tor-controller.txt'));
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).toMatch(/General ledger|Auditing/);
    expect(report.band).toBe('close');
  });
});

describe('heads and sections as other employers write them (the held-out set)', () => {
  const heldout = (file: string) => readFileSync(path.join(FIXTURES, 'calibration', 'heldout', 'jobs', file), 'utf8');

  it('rOpenSci: "Hiring our next Community Manager" is a Community Manager post, and a heading under it is no company', () => {
    const job = parseJobPost(heldout('ropensci-community-manager.txt'));
    expect(job.title).toBe('Community Manager');
    expect(job.company).not.toBe('Background and role context');
  });

  it('rOpenSci: "About rOpenSci" and "Salary, Benefits, and Logistics" are the company and the pay, not requirements', () => {
    const text = heldout('ropensci-community-manager.txt');
    const lines = text.split('\n');
    const kinds = classifyJobLines(lines).kinds;
    expect(kinds[lines.findIndex((l) => l.startsWith('About rOpenSci'))]).toBe('heading');
    expect(kinds[lines.findIndex((l) => l.startsWith('rOpenSci is a not-for-profit'))]).toBe('boilerplate');
    expect(kinds[lines.findIndex((l) => l.startsWith('This is a long-term, full-time contract'))]).toBe('boilerplate');
    expect(req(text).some((r) => r.anyOf.includes('compensation') || r.anyOf.includes('logistics'))).toBe(false);
  });

  it('Rocket.Chat: "4. KEY ACTIVITIES" is the duty list ("Payroll processing"), and "7. VALUES AND RULES OF BEHAVIOR" ends "6. KEY SKILLS"', () => {
    const text = heldout('rocketchat-administrative-assistant.txt');
    expect(req(text).find((r) => r.anyOf.includes('payroll'))?.place).toBe('responsibilities');
    const lines = text.split('\n');
    const kinds = classifyJobLines(lines).kinds;
    expect(kinds[lines.findIndex((l) => l.startsWith('7. VALUES AND RULES'))]).toBe('heading');
    expect(kinds[lines.findIndex((l) => l.startsWith('- Make a habit of reconciling accounts'))]).not.toBe('required');
    // A title in capitals on the first line is still the title, not a heading.
    expect(parseJobPost(`ACCOUNTS ASSISTANT\n${text.split('\n').slice(1).join('\n')}`).title?.toLowerCase()).toBe('accounts assistant');
  });

  it('Rocket.Chat: "Identification" under the title is a heading, no company; " - Job Description" leaves the title', () => {
    expect(parseJobPost(heldout('rocketchat-recruitment-analyst.txt')).company).toBeNull();
    expect(parseJobPost(heldout('rocketchat-front-end-developer.txt')).title).toBe('Intermediate Front-end Developer');
  });

  it('Rocket.Chat: "technical knowledge (JavaScript, React, StoryBook, CSS, Git)" lists what the knowledge is made of, all asked; "(e.g. ...)" still gives examples', () => {
    const text = heldout('rocketchat-front-end-developer.txt');
    for (const id of ['javascript', 'react', 'git']) expect(req(text).find((r) => r.anyOf.includes(id))?.anyOf, id).toEqual([id]);
    expect(withMembers(calib('software', 'jobs', 'gitlab-frontend-engineer-senior.txt'), ['jest', 'karma', 'jasmine', 'mocha'])).toBeDefined();
  });

  it('DfE: the "Grade SEO" line under the title is the grade, no company', () => {
    expect(parseJobPost(heldout('dfe-software-developer.txt')).company).not.toBe('Grade SEO');
  });

  it('Rocket.Chat: an HR coordinator is of the recruitment analyst\'s family', () => {
    const resume = readResumeText(readFileSync(path.join(FIXTURES, 'calibration', 'heldout', 'resumes', 'hr-coordinator-12786012.txt'), 'utf8'), TODAY);
    const report = analyze({ resume, job: parseJobPost(heldout('rocketchat-recruitment-analyst.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/related title/);
  });
});


describe('posts as startups and foundations write them (the second held-out set)', () => {
  const heldout2 = (file: string) => readFileSync(path.join(FIXTURES, 'calibration', 'heldout2', 'jobs', file), 'utf8');

  it('Fleet: emoji after headings and before bullets ("Your primary responsibilities 🔭", "- 💰 Facilitate accounts receivable") leave the duties duties', () => {
    const text = heldout2('fleet-financial-specialist.txt');
    const found = req(text);
    for (const id of ['accounts-receivable', 'accounts-payable', 'general-ledger', 'payroll']) {
      expect(found.find((r) => r.anyOf.includes(id))?.place, id).toBe('responsibilities');
    }
    // "Why should you join us? 🛸" opens the pitch: "our contracted financial services" is the team's story.
    expect(found.some((r) => r.anyOf.includes('financial-services'))).toBe(false);
  });

  it('Fleet: "You "get it":" and "Are you our new team member?" open what the candidate brings; "Why should you join us?" opens the pitch', () => {
    const text = heldout2('fleet-financial-specialist.txt');
    expect(req(text).find((r) => r.anyOf.includes('quickbooks'))?.place).toBe('required');
    // "You "get it": - 3+ years in managing and executing trade shows and events" is the ask, not a duty.
    expect(req(heldout2('fleet-field-marketer.txt')).find((r) => r.anyOf.includes('event-marketing'))?.place).toBe('required');
    expect(parseJobPost(text).yearsRequired).toBe(5);
    const lines = withoutPictographs(text).split('\n');
    const kinds = classifyJobLines(lines).kinds;
    expect(kinds[lines.findIndex((l) => l.startsWith('Why should you join us?'))]).toBe('heading');
    expect(kinds[lines.findIndex((l) => l.startsWith('The Business Operations team at Fleet'))]).toBe('boilerplate');
  });

  it('a senior accountant is of a Financial Specialist\'s family ("financial" and "finance" name one job)', () => {
    const resume = readResumeText(calib('heldout2', 'resumes', 'senior-accountant-15289348.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(heldout2('fleet-financial-specialist.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/related title/);
  });

  it('Scottish Government: a "Senior Frontend Software Engineer" holds the Front End Developer\'s title', () => {
    const resume = readResumeText(calib('heldout2', 'resumes', 'ke-xiao-senior-frontend.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(heldout2('scotgov-front-end-developer.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.earned).toBe(report.breakdown.find((b) => b.label === 'Job title')?.possible);
  });
});

describe('fields of study', () => {
  it('The Carpentries: "Degree in communications, journalism, public relations, or equivalent experience" asks one field of the three; PostHog\'s "a background in analytics and data visualization" asks both', () => {
    expect(withMembers(calib('diverse', 'jobs', 'carpentries-communications-coordinator.txt'), ['journalism', 'public-relations'])).toBeDefined();
    const posthog = calib('software', 'jobs', 'posthog-senior-product-designer.txt');
    expect(req(posthog).find((r) => r.anyOf.includes('data-visualization'))?.anyOf).toEqual(['data-visualization']);
  });
});

describe('the third held-out set', () => {
  it('2i2c: "What it is like to work at 2i2c and why you\'ll like working with us" opens the pitch, however long: "our compensation philosophy" asks nothing', () => {
    const text = calib('heldout3', 'jobs', '2i2c-open-source-infrastructure-engineer.txt');
    expect(req(text).some((r) => r.anyOf.includes('compensation'))).toBe(false);
    const lines = text.split('\n');
    expect(classifyJobLines(lines).kinds[lines.findIndex((l) => l.startsWith('2i2c is a remote-first team'))]).toBe('boilerplate');
  });

  it('Oasis: an accountant without the ACA / ACCA / CIMA qualification the post requires is close at best, and told which', () => {
    const resume = readResumeText(calib('heldout3', 'resumes', 'senior-accountant-15289348.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('heldout3', 'jobs', 'oasis-finance-manager.txt')) });
    expect(report.band).toBe('close');
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).toMatch(/no ACCA or CIMA, which the post insists on/);
    expect(getLexicon().isCredential('acca') && getLexicon().isCredential('cpa') && !getLexicon().isCredential('quickbooks')).toBe(true);
  });

  it('Oasis: "either ACA / ACCA / CIMA qualification" is one need met by any of the qualifications; a US HR post\'s ACA is no accountancy', () => {
    const text = calib('heldout3', 'jobs', 'oasis-finance-manager.txt');
    expect(withMembers(text, ['acca', 'cima'])?.place).toBe('required');
    expect(findSkills('Knowledge of FMLA, ADA, ACA and COBRA regulations.', getLexicon()).map((h) => h.id)).not.toContain('chartered-accountant');
  });
});

describe('the fourth and fifth held-out sets', () => {
  const kindOf = (text: string, startsWith: string) => {
    const lines = text.split('\n');
    return classifyJobLines(lines).kinds[lines.findIndex((l) => l.startsWith(startsWith)) + 2];
  };

  it('IOI: "Necessary Skills and Experience" opens what the candidate needs and "Responsibilities include" opens the duties', () => {
    const text = calib('heldout4', 'jobs', 'ioi-communications-associate.txt');
    // The line two below each heading is its list's first item.
    expect(kindOf(text, 'Necessary Skills and Experience')).toBe('required');
    const lines = text.split('\n');
    expect(classifyJobLines(lines).kinds[lines.indexOf('Responsibilities include')]).toBe('heading');
    expect(withMembers(text, ['project-management'])?.place).toBe('required');
    expect(withMembers(text, ['event-planning'])?.place).toBe('responsibilities');
  });

  it('PREreview: "Details of the position and compensation" opens the terms, so the salary and benefits after it ask nothing', () => {
    const text = calib('heldout4', 'jobs', 'prereview-product-manager.txt');
    expect(kindOf(text, 'Details of the position and compensation')).toBe('boilerplate');
    expect(req(text).some((r) => r.anyOf.includes('compensation'))).toBe(false);
  });

  it('OpenReview: "We are also deploying machine learning ... to provide (d) understanding of ..." is the employer\'s work, not an ask', () => {
    const text = calib('heldout4', 'jobs', 'openreview-full-stack-developer.txt');
    const ml = withMembers(text, ['machine-learning']);
    expect(ml?.place).toBe('prose');
    expect(withMembers(text, ['mongodb'])?.place).toBe('required');
  });

  it('CS&S: "Areas for growth" are wishes, and "all aspects of employment" belongs to the equal-opportunity text', () => {
    const text = calib('heldout4', 'jobs', 'css-operations-coordinator-people.txt');
    expect(kindOf(text, 'Areas for growth')).toBe('preferred');
    // OpenReview's equal-opportunity paragraph ends with this sentence, which names no protected
    // group: read on its own, it is still the policy's, not an ask for compensation work.
    const policy = calib('heldout4', 'jobs', 'openreview-full-stack-developer.txt').split('\n')
      .find((l) => l.startsWith('CS&S is an equal opportunity employer'))!.replace(/^.*?(This policy applies)/, '$1');
    expect(maskBoilerplate([policy])[0]!.trim()).toBe('');
  });

  it('a CV whose 32 pt name sits over a 7 pt line of links is read with its name, not a university, as the name', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'calibration', 'heldout5', 'resumes', 'christina-ovezik-research-engineer.pdf')));
    const resume = await readResumeFile(bytes, undefined, TODAY);
    expect(resume.name).toBe('Christina Ovezik');
  });

  it('an HR Specialist is a Human Resources Specialist, and an HR assistant\'s resume shows human resources', () => {
    const job = parseJobPost(calib('heldout5', 'jobs', 'doi-oig-human-resources-specialist.txt'));
    const specialist = analyze({ resume: readResumeText(calib('heldout5', 'resumes', 'hr-specialist-11847784.txt'), TODAY), job });
    expect(specialist.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/"HR SPECIALIST" matches/i);
    expect(specialist.band).toBe('strong');
    const assistant = readResumeText(calib('heldout4', 'resumes', 'hr-assistant-16861758.txt'), TODAY);
    const skills = skillsOf(assistant);
    expect(skills.found.has('human-resources')).toBe(true);
  });

  it('two titles with one field and two job words are two jobs: an HR coordinator is related to, not the same as, an HR specialist', () => {
    const job = parseJobPost(calib('diverse', 'jobs', 'doi-oig-human-resources-specialist.txt'));
    const coordinator = analyze({ resume: readResumeText(calib('diverse', 'resumes', 'hr-coordinator-12786012.txt'), TODAY), job });
    expect(coordinator.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/is a related title/);
  });

  it('a data scientist shows data analysis (statistics and data science imply it); a medical records technician is of the healthcare-administration family', () => {
    const scientist = readResumeText(calib('heldout4', 'resumes', 'laurent-smeets-data-scientist.txt'), TODAY);
    const skills = skillsOf(scientist);
    expect(skills.found.has('data-analysis') || skills.implied.has('data-analysis')).toBe(true);
    const job = parseJobPost(calib('heldout5', 'jobs', 'vha-medical-support-assistant.txt'));
    const tech = analyze({ resume: readResumeText(calib('heldout5', 'resumes', 'medical-record-technician-16121387.txt'), TODAY), job });
    expect(tech.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/is a related title/);
  });
});

describe('the sixth held-out set', () => {
  const kindAfter = (text: string, line: string, offset = 2) => {
    const lines = text.split('\n');
    return classifyJobLines(lines).kinds[lines.indexOf(line) + offset];
  };

  it('OpenInfra: "Experience/Requirements:" opens the requirements (the slash joins two heading words), "Why Join the Team" the pitch', () => {
    const text = calib('heldout6', 'jobs', 'openinfra-accounting-operations-intern.txt');
    expect(kindAfter(text, 'Experience/Requirements:')).toBe('required');
    expect(withMembers(text, ['excel'])?.place).toBe('required');
    expect(kindAfter(text, 'Why Join the Team')).toBe('boilerplate');
  });

  it('Zulip: "We\'d especially like to get to know you if:" opens what the candidate brings; the list of other openings asks nothing', () => {
    const text = calib('heldout6', 'jobs', 'zulip-senior-infrastructure-engineer.txt');
    expect(kindAfter(text, "We'd especially like to get to know you if:")).toBe('required');
    // "- Senior Mobile Engineer", "- Senior Full Stack Engineer" under "Open positions" are other jobs.
    const ids = req(text).flatMap((r) => r.anyOf);
    expect(ids).not.toContain('mobile-development');
    expect(ids).not.toContain('full-stack-development');
    // "- You love giving a code review ... We're an open-source project welcoming contributions": the
    // second sentence is about Zulip, though it sits in the list of asks.
    expect(withMembers(text, ['open-source'])?.place).not.toBe('required');
  });

  it('titles: an accountant is of the family of an "Accounting & Operations Intern", a web developer of a "Web Manager"', () => {
    const intern = parseJobPost(calib('heldout6', 'jobs', 'openinfra-accounting-operations-intern.txt'));
    const accountant = analyze({ resume: readResumeText(calib('heldout6', 'resumes', 'accountant-i-34198885.txt'), TODAY), job: intern });
    expect(accountant.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/is a related title/);
    const web = parseJobPost(calib('heldout6', 'jobs', 'openinfra-web-manager.txt'));
    const developer = analyze({ resume: readResumeText(calib('heldout6', 'resumes', 'aspnet-web-developer-12763627.txt'), TODAY), job: web });
    expect(developer.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/is a related title/);
  });
});

describe('the seventh held-out set', () => {
  const nameOf = async (set: string, file: string) =>
    (await resumeOf(set, file)).name;

  it('a name with a nickname in parentheses is a name; a university, a "Company Name" placeholder or a skills line is not', async () => {
    expect(await nameOf('heldout7', 'hugo-lin-cloud-full-stack-engineer.pdf')).toBe('Hugo (Chun-Ho) Lin');
    expect(await nameOf('general', 'teacher-assistant-70892619.txt')).toBeNull();
    expect(await nameOf('general', 'accountant-helper-22925443.txt')).toBeNull();
  });
});

describe('combinations and backend instances (lexicon 2026.12.18)', () => {
  it('Go shows backend development, and front-end plus back-end work (Vue and Rails) show full-stack development', () => {
    const lexicon = getLexicon();
    const both = readResumeText(calib('diverse', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY);
    const skills = resumeSkills(both, lexicon, lineRoles(both));
    expect(skills.found.has('full-stack-development')).toBe(false);
    const parts = skills.implied.get('full-stack-development')?.split('+') ?? [];
    expect(parts).toHaveLength(2);
    for (const id of parts) expect(skills.found.has(id) || skills.implied.has(id), id).toBe(true);
    expect(lexicon.implied('go')).toContain('backend-development');
  });

  it('the report names both parts as the evidence', () => {
    const resume = readResumeText(calib('diverse', 'resumes', 'lester-kim-senior-software-engineer.txt'), TODAY);
    const report = analyze({ resume, job: parseJobPost(calib('heldout6', 'jobs', 'zulip-senior-full-stack-engineer.txt')) });
    const synonym = report.skills.synonyms.find((s) => s.id === 'full-stack-development');
    expect(synonym?.resumeSays).toMatch(/^.+ and .+ \(implies Full-stack development\)$/);
  });
});

describe('the eighth held-out set', () => {
  it('Code for America: "Code for America is seeking ..." names the employer, and its initials ("the CfA websites") are no CFA charter', () => {
    const text = calib('heldout8', 'jobs', 'codeforamerica-marketing-coordinator.txt');
    expect(parseJobPost(text).company).toBe('Code for America');
    expect(req(text).some((r) => r.anyOf.includes('cfa'))).toBe(false);
  });

  it('We All Code: "Equal Employment Opportunity applies to all personnel actions such as recruiting, hiring, compensation" asks nothing', () => {
    const text = calib('heldout8', 'jobs', 'weallcode-operations-manager.txt');
    const required = req(text).filter((r) => r.place === 'required').flatMap((r) => r.anyOf);
    for (const id of ['personnel-actions', 'compensation']) expect(required, id).not.toContain(id);
    expect(req(text).some((r) => r.anyOf.includes('compensation'))).toBe(false);
  });

  it('We All Code: "a Bachelor\'s degree in a relevant field (i.e., Sociology, Education, Social Work)" names examples; "programmatic events" are no advertising', () => {
    const text = calib('heldout8', 'jobs', 'weallcode-operations-manager.txt');
    expect(withMembers(text, ['social-work'])?.place).toBe('preferred');
    expect(req(text).some((r) => r.anyOf.includes('display-advertising'))).toBe(false);
  });
});

describe('the tenth and eleventh held-out sets', () => {

  it('Compiler: "- Project manage bids." opens a duty with a capital, which is no Microsoft Project; a course named "Front-End Web UI Frameworks" is no front-end work', () => {
    const text = calib('heldout10', 'jobs', 'compiler-executive-assistant-business-development.txt');
    expect(req(text).some((r) => r.anyOf.includes('ms-project'))).toBe(false);
    const backend = readResumeText(calib('diverse', 'resumes', 'patrick-walukagga-python-django-backend.txt'), TODAY);
    const skills = skillsOf(backend);
    expect(skills.found.has('frontend-frameworks')).toBe(false);
    expect(skills.implied.has('full-stack-development')).toBe(false);
  });

  it('a CV with its headings in a left column ("Experience | Fractional Head of Product ...") has an experience section', async () => {
    const resume = await resumeOf('heldout11', 'chong-han-chua-product-design-leader.pdf');
    expect(resume.sections.map((s) => s.kind)).toContain('experience');
    expect(resume.headline).toMatch(/Head of Product/);
  });

  it('"Freelance Projects" over a dated line inside Professional Experience is a group of roles, not a projects section', async () => {
    const resume = await resumeOf('heldout11', 'sam-hiatt-ml-geospatial-software-engineer.pdf');
    expect(resume.titles).toContain('Machine Learning Engineer');
    expect(resume.experienceYears).toBeGreaterThan(5);
  });

  it('"Fall 2005, Spring" with the year on the next line is a season, and "Word, Next, non-fiction" names no Next.js', () => {
    const teacher = readResumeText(calib('heldout9', 'resumes', 'elementary-teacher-13855004.txt'), TODAY);
    const skills = skillsOf(teacher);
    expect(skills.found.has('spring')).toBe(false);
    expect(skills.found.has('nextjs')).toBe(false);
  });
});

describe('the twelfth held-out set', () => {

  it('"professional achievements" holding dated roles is the experience; "janedoe.com | Jane Doe" names Jane Doe', async () => {
    const toma = await resumeOf('heldout12', 'silviu-toma-backend-software-engineer.pdf');
    expect(toma.headline).toBe('Software Engineer');
    expect(toma.experienceYears).toBeGreaterThan(5);
    expect((await resumeOf('heldout12', 'charles-wilson-full-stack-frontend-engineer.pdf')).name).toBe('Charles Wilson');
  });
});

describe('the thirteenth held-out set', () => {
  const kindsOf = (lines: string[]) => classifyJobLines(lines).kinds;

  it('Hypha: "Here are some of the things you\'ll do" opens the duties, "Qualifications and skills we are looking for" the requirements, "More about us" the blurb', () => {
    const text = calib('heldout13', 'jobs', 'hypha-operations-coordinator.txt');
    const lines = text.split('\n');
    const kinds = kindsOf(lines);
    const kindOf = (start: string) => kinds[lines.findIndex((l) => l.startsWith(start))];
    expect(kindOf('- Previous operations experience')).toBe('required');
    expect(kindOf('Hypha Worker Co-operative is a non-profit')).toBe('boilerplate');
    const found = req(text);
    // "- Support Finance Working Group on payroll": a duty under the duties heading.
    expect(found.find((r) => r.anyOf.includes('payroll'))?.place).toBe('responsibilities');
    // "p2p and blockchain-based projects" is the co-op's work, told under "More about us".
    expect(found.some((r) => r.anyOf.includes('blockchain'))).toBe(false);
    // The clause saying who wants the list does not hide the heading's words.
    expect(kindsOf(['Skills you will need', '- Python'])[1]).toBe('required');
  });

  it('"Join DataSF as a Data Scientist", "Be our Neighborhood Services Engineer", "(W-2)" and "Teaching Support IT Job at UCL" read as the job', () => {
    expect(parseJobPost(calib('heldout12', 'jobs', 'datasf-data-scientist.txt')).title).toBe('Data Scientist');
    expect(parseJobPost(calib('heldout8', 'jobs', 'datasf-neighborhood-services-engineer.txt')).title).toBe('Neighborhood Services Engineer');
    expect(parseJobPost(calib('heldout10', 'jobs', 'compiler-executive-assistant-business-development.txt')).title).toBe('Executive Assistant Business Development');
    const ucl = parseJobPost(calib('heldout12', 'jobs', 'ucl-physics-teaching-it-system-manager.txt'));
    expect([ucl.title, ucl.company]).toEqual(['Teaching Support IT', 'UCL Physics and Astronomy']);
    // "This is a system manager job with an emphasis on supporting our teaching": the job's other name.
    expect(ucl.otherTitles).toEqual(['system manager']);
    const sysadmin = readResumeText('Jane Roe\njane@example.com\nIT System Manager\n\nExperience\nIT System Manager, Acme Labs 2016 - 2024\n- Ran Linux servers for 300 users\n', TODAY);
    expect(titlePart(sysadmin, ucl)?.earned).toBeGreaterThan(0);
    // A sentence wrapped over lines is no title, whatever job word it holds.
    const wrapped = parseJobPost('Lab support\n\nThis is a system manager job with an emphasis on supporting our\nteaching labs.\n\nRequirements\n- Linux\n');
    expect(wrapped.title ?? '').not.toMatch(/^This is/);
  });

  it('"QA Engineer (Junior Developer / Bug Tester)": a resume titled with any of the names matches', () => {
    const post = parseJobPost(calib('heldout10', 'jobs', 'civitai-qa-engineer.txt'));
    expect(post.title).toBe('QA Engineer');
    expect(post.otherTitles).toEqual(['Junior Developer', 'Bug Tester']);
    const resume = readResumeText(calib('diverse', 'resumes', 'steeven-medina-qa-engineer.txt'), TODAY);
    const report = analyze({ resume, job: post });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/matches$/);
    expect(report.target.job?.otherTitles).toEqual(['Junior Developer', 'Bug Tester']);
  });

  it('title families: a QA automation engineer is of a test automation post\'s family, a communications coordinator of a community coordinator\'s', () => {
    const qa = readResumeText(calib('heldout13', 'resumes', 'francisco-perez-leiros-qa-automation.txt'), TODAY);
    const comms = readResumeText(calib('heldout13', 'resumes', 'communications-coordinator-11624880.txt'), TODAY);
    expect(titlePart(qa, parseJobPost(calib('heldout13', 'jobs', 'hypha-test-automation-software-engineer.txt')))?.earned).toBeGreaterThan(0);
    expect(titlePart(comms, parseJobPost(calib('heldout13', 'jobs', 'p2pu-community-coordinator.txt')))?.earned).toBeGreaterThan(0);
    // An admitting specialist who also did "Quality Assurance" in a hospital is no software tester.
    const admitting = readResumeText(calib('heldout2', 'resumes', 'er-admitting-specialist-12938200.txt'), TODAY);
    expect(titlePart(admitting, parseJobPost(calib('heldout2', 'jobs', 'scotgov-test-engineer.txt')))?.earned).toBe(0);
  });

  it('"Ran the company\'s Facebook and Twitter Accounts" is social media work; "newsletter articles" are newsletters', () => {
    const comms = readResumeText(calib('heldout13', 'resumes', 'communications-coordinator-11624880.txt'), TODAY);
    const skills = skillsOf(comms);
    expect(skills.found.has('social-media-marketing')).toBe(true);
    expect(skills.found.has('newsletters')).toBe(true);
  });
});

describe('the page heading names the job\'s specialty (title families 2026.12.11)', () => {
  it('"Operations Coordinator, Accounts Payable and Accounts Receivable" over "Title: Operations Coordinator": an accountant\'s title is of the family', () => {
    const post = parseJobPost(calib('heldout4', 'jobs', 'css-operations-coordinator-ap-ar.txt'));
    expect(post.title).toBe('Operations Coordinator');
    expect(post.otherTitles).toEqual(['Operations Coordinator, Accounts Payable and Accounts Receivable']);
    // The specialty is the job's own: named in its title, it weighs as the title does.
    expect(post.requirements?.find((r) => r.anyOf.includes('accounts-payable') && r.anyOf.includes('accounts-receivable'))?.place).toBe('title');
    const accountant = readResumeText(calib('heldout7', 'resumes', 'jia-cao-cpa-senior-accountant.txt'), TODAY);
    const report = analyze({ resume: accountant, job: post });
    expect(report.breakdown.find((b) => b.label === 'Job title')?.detail).toMatch(/is a related title$/);
    // A marketer is not of the family for the specialty's sake.
    const marketer = readResumeText(calib('heldout11', 'resumes', 'digital-marketing-coordinator-18927233.txt'), TODAY);
    expect(titlePart(marketer, post)?.earned).toBe(0);
  });
});

describe('the fifteenth and sixteenth held-out sets', () => {
  it('"Freelance Writer, Multiple Publications" is a role line, not a publications heading', () => {
    const writer = readResumeText(calib('heldout16', 'resumes', 'julia-burke-writer-marketing-communications-manager.txt'), TODAY);
    expect(writer.titles).toContain('Marketing and Communications Coordinator');
    expect(writer.experienceYears).toBeGreaterThan(10);
    expect(writer.sections.map((s) => s.kind)).not.toContain('publications');
  });

  it('"OpenNews is hiring: Community manager" names the job and the employer; "Co-director", a rank alone, leaves the title out', () => {
    const community = parseJobPost(calib('heldout15', 'jobs', 'opennews-community-manager.txt'));
    expect([community.title, community.company]).toEqual(['Community manager', 'OpenNews']);
    const codirector = parseJobPost(calib('heldout15', 'jobs', 'opennews-co-director.txt'));
    expect(codirector.title).toBe('Co-director');
    const marketer = readResumeText(calib('heldout15', 'resumes', 'director-of-marketing-33072201.txt'), TODAY);
    expect(analyze({ resume: marketer, job: codirector }).breakdown.map((b) => b.label)).not.toContain('Job title');
    // "... project management, and working on collaborative consulting projects, those are all huge pluses."
    expect(codirector.requirements?.find((r) => r.anyOf.includes('project-management'))?.place).toBe('preferred');
  });

  it('Enhancv: "- We\'d also like you to ... build backlinks" in the duties is a duty, not prose about the employer', () => {
    const post = parseJobPost(calib('heldout15', 'jobs', 'enhancv-inbound-marketing-manager.txt'));
    expect(post.requirements?.find((r) => r.anyOf.includes('link-building'))?.place).toBe('responsibilities');
  });

  it('research software engineering: a data scientist and a machine-learning engineer are of the family', () => {
    const ds = readResumeText(calib('heldout15', 'resumes', 'laurent-smeets-data-scientist.txt'), TODAY);
    const rse = parseJobPost(calib('heldout15', 'jobs', 'sheffield-senior-research-software-engineer.txt'));
    expect(titlePart(ds, rse)?.earned).toBeGreaterThan(0);
    const ml = readResumeText('Ada Roe\nada@example.com\nSenior Machine Learning Engineer\n\nExperience\nSenior Machine Learning Engineer, Acme 2016 - 2024\n- Built Python model pipelines\n', TODAY);
    expect(titlePart(ml, rse)?.earned).toBeGreaterThan(0);
  });

  it('"Directed and developed the ONE World Sports website redesign" is web design', () => {
    const designer = readResumeText(calib('heldout16', 'resumes', 'william-pansky-graphic-designer-front-end-developer.txt'), TODAY);
    expect(skillsOf(designer).found.has('web-design')).toBe(true);
  });
});

describe('the seventeenth and eighteenth held-out sets (lexicon 2026.12.24, title families 2026.12.13)', () => {
  it('"Operations Coordinator, People": an HR generalist\'s title is of the family', () => {
    const post = parseJobPost(calib('heldout18', 'jobs', 'css-operations-coordinator-people.txt'));
    expect(post.otherTitles).toEqual(['Operations Coordinator, People']);
    const hr = readResumeText(calib('heldout18', 'resumes', 'hr-generalist-11763983.txt'), TODAY);
    expect(titlePart(hr, post)?.earned).toBeGreaterThan(0);
  });

  it('"ensuring regulatory compliance" in a people partner\'s duties asks no security compliance', () => {
    const text = calib('heldout18', 'jobs', 'gitlab-people-business-partner.txt');
    expect(req(text).some((r) => r.anyOf.includes('compliance'))).toBe(false);
    expect(req(text).some((r) => r.anyOf.includes('risk-compliance'))).toBe(true);
  });

  it('"Crafted Chorus\'s artist-centric design language" is design-system work', async () => {
    const resume = await resumeOf('heldout11', 'chong-han-chua-product-design-leader.pdf');
    expect(skillsOf(resume).found.has('design-systems')).toBe(true);
  });

  it('a DevSecOps engineer is of a site reliability engineer\'s family', async () => {
    expect(getTitleFamilies().related('DevSecOps Engineer', 'Senior Site Reliability Engineer')).toBe(true);
  });
});

describe('the nineteenth held-out set (lexicon 2026.12.25)', () => {
  it('Let\'s Encrypt: "able to design systems for effective communication" asks no design system; "building design systems" does', () => {
    expect(req(calib('heldout19', 'jobs', 'letsencrypt-director-of-site-reliability-engineering.txt')).some((r) => r.anyOf.includes('design-systems'))).toBe(false);
    expect(req('Product Designer\n\nRequirements\n- Experience building design systems for large products\n').some((r) => r.anyOf.includes('design-systems'))).toBe(true);
  });
});

describe('the twenty-first held-out set', () => {
  it('Aragon: "- Act as the liaison with third party service providers" ends at its line; the next duty\'s "logistics" is a skill', () => {
    const text = calib('heldout21', 'jobs', 'aragon-association-operations-manager.txt');
    expect(req(text).find((r) => r.anyOf.includes('logistics'))?.place).toBe('responsibilities');
    // A line merely wrapped inside the list of people still names people, not skills.
    expect(req('Engineer\n\nResponsibilities\n- Work closely with Design, Marketing and\nProduct Management teams on new features\n').some((r) => r.anyOf.includes('product-management'))).toBe(false);
  });

  it('Aragon: "Who is this job perfect for?" opens the asks, "Useful Experience" the wishes', () => {
    const lines = calib('heldout21', 'jobs', 'aragon-association-operations-manager.txt').split('\n');
    const kinds = classifyJobLines(lines).kinds;
    expect(kinds[lines.findIndex((l) => l.startsWith('This is the perfect job for someone'))]).toBe('required');
    expect(kinds[lines.findIndex((l) => l.startsWith('- Previous accounting experience'))]).toBe('preferred');
  });
});

describe('the twenty-third held-out set', () => {
  it('Foundation for Public Code: "the open source community", "open source products" name a practice it asks for, not its own product', () => {
    const text = calib('heldout23', 'jobs', 'foundation-for-public-code-codebase-steward-quality.txt');
    expect(req(text).find((r) => r.anyOf.includes('open-source'))?.place).toBe('required');
  });
});

describe('the twenty-fifth and twenty-sixth held-out sets (title families 2026.12.14)', () => {

  it('DataCite: "Javascript, Ruby, Python and/or demonstration of development work across different languages" is one choice', () => {
    const text = calib('heldout25', 'jobs', 'datacite-application-developer-2020.txt');
    expect(withMembers(text, ['javascript', 'ruby', 'python'])?.anyOf).toHaveLength(3);
    expect(req(text).some((r) => r.anyOf.length === 1 && ['javascript', 'ruby', 'python'].includes(r.anyOf[0]!))).toBe(false);
  });

  it('DataCite: the headline names the job, capitalised or not ("is Hiring an Application Developer", "is hiring an application developer")', () => {
    const post2020 = parseJobPost(calib('heldout25', 'jobs', 'datacite-application-developer-2020.txt'));
    expect([post2020.title, post2020.company]).toEqual(['Application Developer', 'DataCite']);
    expect(parseJobPost(calib('heldout25', 'jobs', 'datacite-application-developer-2021.txt')).title).toBe('application developer');
    // "Job announcement: DataCite is looking for an Executive Director": the employer opens the sentence.
    const director = parseJobPost(calib('heldout25', 'jobs', 'datacite-executive-director.txt'));
    expect([director.title, director.company]).toEqual(['Executive Director', 'DataCite']);
  });

  it('OLS: "About OLS and this role" describes the job, and "your base rate of compensation" is the candidate\'s pay', () => {
    const text = calib('heldout25', 'jobs', 'ols-programme-manager.txt');
    const ids = req(text).flatMap((r) => r.anyOf);
    // "You will be leading the project management and coordination", under that heading only.
    expect(ids).toContain('project-management');
    expect(ids).not.toContain('compensation');
  });

  it('OLS: a post\'s own acronym leaves the title, and one hire for two jobs is known by both', () => {
    expect(parseJobPost(calib('heldout25', 'jobs', 'ols-fiscally-sponsored-community-manager.txt')).title).toBe('Fiscally Sponsored Community Manager');
    const both = parseJobPost(calib('heldout25', 'jobs', 'ols-community-researcher-programme-coordinator.txt'));
    expect([both.title, both.otherTitles]).toEqual(['Community Researcher', ['Programme Coordinator']]);
    // "Head of Finance and Operations" is one job: "Head of Finance" alone names no job word last.
    expect(parseJobPost('Head of Finance and Operations\n\nWe need Excel.').title).toBe('Head of Finance and Operations');
  });

  it('OLS: "Programme Manager" is the British spelling of the "Staff Technical Program Manager" a resume names', async () => {
    expect(normalizeTitle('Programme Manager')).toBe(normalizeTitle('Program Manager'));
    // On the calibration set's day, when his 2021 program-manager role is one of his older ones.
    const resume = await readResumeFile(new Uint8Array(readFileSync(path.join(FIXTURES, 'calibration', 'heldout25', 'resumes', 'ben-balter-engineering-operations.txt'))), undefined, CALIBRATION_TODAY);
    const job = parseJobPost(calib('heldout25', 'jobs', 'ols-programme-manager.txt'));
    // An older role, so half the title share: the same job, not only the same family (0.6 of that).
    const part = titlePart(resume, job)!;
    expect(part.earned).toBeCloseTo(part.possible * OLDER_TITLE_CREDIT, 0);
  });

  it('a resume headed "VP MARKETING & COMMUNICATIONS" keeps the function after VP', async () => {
    const resume = await resumeOf('heldout26', 'vp-marketing-communications-11160414.txt');
    expect(resume.headline).toBe('VP MARKETING & COMMUNICATIONS');
  });

  it('Tom Slanda: "Current Projects" / "Past Projects" under a role do not end the experience, and a certification is no headline', async () => {
    const resume = await resumeOf('heldout26', 'tom-slanda-project-manager.pdf');
    expect(resume.experience.map((e) => e.title)).toEqual(['Program Coordinator', 'IT Project Manager', 'Technology Manager']);
    expect(resume.headline).toBe('Program Coordinator');
    // A Projects section that opens with its own dated entries stays projects (Hugo Lin's side projects).
    const hugo = await resumeOf('heldout7', 'hugo-lin-cloud-full-stack-engineer.pdf');
    expect(hugo.experience.map((e) => e.title)).not.toContain('Frontend Developer');
  });

  it('a program coordinator is of the project-management family a program manager post asks', async () => {
    const resume = await resumeOf('heldout26', 'tom-slanda-project-manager.pdf');
    const job = parseJobPost(calib('heldout26', 'jobs', 'aragon-association-program-manager.txt'));
    expect(titlePart(resume, job)!.detail).toContain('related title');
    // Both the coordinator's years and the IT project manager's 0.9 count toward the field.
    const inField = /^([\d.]+) years in related roles/.exec(analyze({ resume, job }).breakdown.find((b) => b.label === 'Experience')!.detail);
    expect(Number(inField?.[1])).toBeGreaterThan(0.9);
  });

  it('a business-development director\'s "Strong deal closer", "portfolio of accounts", "120% of quota" are sales skills', async () => {
    const found = skillsOf(await resumeOf('heldout26', 'director-business-development-10704573.txt')).found;
    for (const id of ['closing', 'account-management', 'quota-attainment']) expect(found.has(id)).toBe(true);
  });
});

describe('the twenty-seventh and twenty-eighth held-out sets (lexicon 2026.12.27)', () => {
  const pm = () => calib('heldout27', 'jobs', 'laws-africa-project-manager.txt');

  it('Laws.Africa: "- At least three years’ project management experience" is asked, not the employer speaking ("At Acme, we ...")', () => {
    expect(req(pm()).find((r) => r.anyOf.includes('project-management'))?.place).toBe('required');
    // "We are physically based at UCT": a place, not the employer.
    expect(parseJobPost(pm()).company).not.toBe('UCT');
  });

  it('Laws.Africa: a "Project Manager" title asks for no Microsoft Project, and a product manager is no project manager', async () => {
    expect(req(pm()).some((r) => r.anyOf.includes('ms-project'))).toBe(false);
    const calvin = await resumeOf('heldout27', 'calvin-kuo-senior-product-manager.txt');
    expect(titlePart(calvin, parseJobPost(pm()))!.detail).not.toContain('matches');
  });

  it('Laws.Africa: a territory sales rep\'s "exceeding sales goals", "Prospected", "customer database" are sales skills', async () => {
    const found = skillsOf(await resumeOf('heldout27', 'sales-representative-territory-manager-12082377.txt')).found;
    for (const id of ['quota-attainment', 'prospecting', 'territory-management', 'crm']) expect(found.has(id)).toBe(true);
  });

  it('OpenUp: "Experience with data processing and ETL beneficial" is a wish; "lead all internal operations" asks operations management', () => {
    expect(req(calib('heldout27', 'jobs', 'openup-lead-developer.txt')).find((r) => r.anyOf.includes('etl'))?.place).toBe('preferred');
    expect(req(calib('heldout27', 'jobs', 'openup-chief-operating-officer.txt')).some((r) => r.anyOf.includes('operations-management'))).toBe(true);
  });

  it('Ben Balter: "Chief of Staff, Security, GitHub" and "Government Evangelist, GitHub" are titled roles', async () => {
    const titles = (await resumeOf('heldout27', 'ben-balter-engineering-operations.txt')).experience.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['Chief of Staff', 'Government Evangelist']));
  });

  it('a product owner meets "product management or ownership" (PREreview), and billing and coding work is healthcare administration (VHA)', async () => {
    const tom = skillsOf(await resumeOf('heldout26', 'tom-slanda-project-manager.pdf'));
    expect(tom.found.has('product-management') || tom.implied.has('product-management')).toBe(true);
    const ehr = skillsOf(await resumeOf('heldout28', 'ehr-optimization-specialist-18949843.txt'));
    expect(ehr.found.has('healthcare-administration') || ehr.implied.has('healthcare-administration')).toBe(true);
  });
});

describe('a post that says too little to tell', () => {
  it('DataCite\'s executive director post names no job a resume can share and one hard skill: skills lean to the middle, and say so', async () => {
    const job = parseJobPost(calib('heldout25', 'jobs', 'datacite-executive-director.txt'));
    const score = async (file: string) => analyze({ resume: await resumeOf('heldout25', file), job });
    const withBudget = await score('ben-balter-engineering-operations.txt');
    const without = await score('nandini-govindarajan-product-engagement-director.txt');
    const skills = (r: typeof withBudget) => r.breakdown.find((b) => b.label === 'Skills')!;
    // One of one skill is not all of a job; none of one is not nothing.
    expect(skills(withBudget).earned).toBeLessThan(skills(withBudget).possible * 0.9);
    expect(skills(without).earned).toBeGreaterThan(0);
    expect(skills(without).detail).toContain('too few to tell');
    expect(withBudget.score).toBeGreaterThan(without.score);
  });
});

describe('the thirty-first to thirty-fourth held-out sets (scoring 2.32.0)', () => {
  const asks = (set: string, file: string) => new Set(req(calib(set, 'jobs', file)).flatMap((r) => r.anyOf));

  it('a list before a shared head names each member with it: "Project and programme management" (Connected by Data), "quantitative and qualitative research" (IOI)', () => {
    const delivery = asks('heldout31', 'connected-by-data-head-of-delivery-and-operations.txt');
    expect(delivery.has('project-management')).toBe(true);
    expect(delivery.has('program-management')).toBe(true);
    const ioi = asks('heldout9', 'ioi-research-data-analyst.txt');
    expect(ioi.has('quantitative-research')).toBe(true);
    expect(ioi.has('qualitative-research')).toBe(true);
  });

  it('a list after a shared modifier names each member with it: "Accounts payable & receivable processing" (OCF)', () => {
    const ocf = asks('diverse', 'ocf-finance-admin.txt');
    expect(ocf.has('accounts-payable')).toBe(true);
    expect(ocf.has('accounts-receivable')).toBe(true);
  });

  it('a comma alone ends one noun phrase: "program operations, volunteer management" asks no operations management (We All Code)', () => {
    const hits = findSkills(calib('heldout16', 'jobs', 'weallcode-operations-manager.txt'), getLexicon());
    expect(hits.filter((h) => h.id === 'operations-management').map((h) => h.surface)).not.toContainEqual(expect.stringMatching(/^operations …/));
    // "project or volunteer management" still names project management.
    expect(hits.some((h) => h.id === 'project-management' && h.surface === 'project … management')).toBe(true);
  });

  it('DTI: "Web Developer/Designer" is a web developer and a web designer; "Background" is a heading, not the employer', () => {
    const job = parseJobPost(calib('heldout31', 'jobs', 'dti-web-developer-designer.txt'));
    expect(job.title).toBe('Web Developer');
    expect(job.otherTitles).toEqual(['Web Designer']);
    expect(job.company).toBe('The Data Transfer Initiative');
  });

  it('Connected by Data: "What are the next steps?" names no employer', () => {
    expect(parseJobPost(calib('heldout31', 'jobs', 'connected-by-data-research-associate.txt')).company).not.toBe('What');
  });

  it('an epidemiologist\'s "Professional" section is her experience, her title is read, and it is of the data-analysis family', async () => {
    const alice = await resumeOf('heldout32', 'alice-tivarovsky-epidemiologist.txt');
    expect(alice.headline).toBe('Epidemiologist');
    expect(alice.experience.map((e) => e.title)).toEqual(expect.arrayContaining(['Epidemiologist', 'Sr Supply Chain Lead']));
    const title = titlePart(alice, parseJobPost(calib('heldout32', 'jobs', 'gitlab-data-analyst.txt')))!;
    expect(title.detail).toBe('"Epidemiologist" is a related title');
  });

  it('a graduate research assistant is of the research family a Research Associate post names (Connected by Data)', async () => {
    const ethan = await resumeOf('heldout31', 'ethan-rogers-health-informatics-researcher.txt');
    const title = titlePart(ethan, parseJobPost(calib('heldout31', 'jobs', 'connected-by-data-research-associate.txt')))!;
    expect(title.earned).toBeGreaterThan(0);
    expect(title.detail).toMatch(/Research Assistant" is a related title/);
  });
});

describe('the thirty-fifth and thirty-sixth held-out sets (scoring 2.33.0, lexicon 2026.12.28)', () => {
  const budibase = () => req(calib('heldout35', 'jobs', 'budibase-senior-qa-automation-engineer.txt'));

  it('Budibase: "Jest, Karma, Mocha, Cypress etc" gives examples of one need, not four needs', () => {
    const tools = budibase().filter((r) => r.anyOf.some((id) => ['jest', 'karma', 'mocha', 'cypress'].includes(id)));
    expect(tools.map((r) => [...r.anyOf].sort())).toContainEqual(['cypress', 'jest', 'karma', 'mocha']);
    expect(tools.some((r) => r.anyOf.length === 1 && r.anyOf[0] === 'mocha')).toBe(false);
  });

  it('Budibase: "cucumber, gherkin or other similar BDD tools" is met by Cucumber or by BDD', () => {
    const bdd = budibase().filter((r) => r.anyOf.includes('bdd') || r.anyOf.includes('cucumber'));
    expect(bdd).toHaveLength(1);
    expect([...bdd[0]!.anyOf].sort()).toEqual(['bdd', 'cucumber']);
  });

  it('ODI: a "Talent Engagement Analyst" is of the human-resources family, so an HR specialist earns part of the title', async () => {
    const hr = await resumeOf('heldout35', 'hr-specialist-11847784.txt');
    const title = titlePart(hr, parseJobPost(calib('heldout35', 'jobs', 'odi-senior-talent-engagement-analyst.txt')))!;
    expect(title.detail).toBe('"HR SPECIALIST" is a related title');
  });

  it('an operating-room coordinator\'s "Schedule patients", HIPAA written out and front-desk reception read as the VHA post asks', async () => {
    const or = skillsOf(await resumeOf('heldout36', 'operating-room-administrative-coordinator-36868767.txt'));
    const hits = findSkills(calib('heldout36', 'resumes', 'operating-room-administrative-coordinator-36868767.txt'), getLexicon());
    const said = (id: string) => hits.filter((h) => h.id === id).map((h) => h.surface);
    expect(said('patient-scheduling')).toEqual(expect.arrayContaining(['Schedule patients', 'scheduling surgical cases']));
    expect(said('hipaa')).toEqual(expect.arrayContaining(['Health Insurance Portability and Accountability Act', 'H.I.P.A.A']));
    expect(or.implied.has('administrative-support')).toBe(true);
    // "Operating Room Surgical Scheduler" names no Android Room database.
    expect(or.found.has('room-db')).toBe(false);
  });
});

describe('lexicon 2026.12.29: a project manager post in plain words (California ODI)', () => {
  // "communication plans" was read before 2026.12.29, through "communications planning"; it stays asserted.
  it('"plans to mitigate risks", "budget estimates", "communication plans" and "life cycle of the project" are asks', () => {
    const hits = findSkills(calib('heldout35', 'jobs', 'odi-project-manager.txt'), getLexicon());
    const said = (id: string) => hits.filter((h) => h.id === id).map((h) => h.surface.toLowerCase());
    expect(said('risk-management')).toContain('mitigate risks');
    expect(said('budgeting')).toContain('budget estimates');
    expect(said('communications-strategy')).toContain('communication plans');
    expect(said('project-management')).toContain('life cycle of the project');
  });
});

describe('the thirty-seventh to fortieth held-out sets (scoring 2.35.0, lexicon 2026.12.30, title families 2026.12.17)', () => {
  const ooni = (file: string) => parseJobPost(calib('heldout37', 'jobs', file));
  const iai = (file: string) => parseJobPost(calib('heldout37', 'jobs', file));

  it('OONI: "Job Opening: OONI Project Manager" is a Project Manager post at OONI (the team says "the OONI team")', () => {
    const job = ooni('ooni-project-manager.txt');
    expect(job.title).toBe('Project Manager');
    expect(job.company).toBe('OONI');
    expect(ooni('ooni-backend-developer.txt').title).toBe('Backend Developer');
  });

  it('i.AI: a skill in front of the job stays ("AI Impact and Evaluation Lead"), a civil-service grade goes', () => {
    expect(iai('iai-ai-impact-and-evaluation-lead.txt').title).toBe('AI Impact and Evaluation Lead');
    expect(iai('iai-deputy-director-strategy-and-business-engagement.txt').title).toBe('Deputy Director, i.AI Strategy and Business Engagement');
  });

  it('i.AI: "either quantitative and/or qualitative research design" is one ask met by either; "Non-essential but beneficial" asks nothing', () => {
    const rs = iai('iai-ai-impact-and-evaluation-lead.txt').requirements ?? [];
    const research = rs.filter((r) => r.anyOf.includes('quantitative-research') || r.anyOf.includes('qualitative-research'));
    expect(research.map((r) => [...r.anyOf].sort())).toEqual([['qualitative-research', 'quantitative-research']]);
    const cba = rs.find((r) => r.anyOf.includes('cost-benefit-analysis'));
    expect(cba?.place).toBe('preferred');
    // "evaluation methods" names program evaluation, asked in the requirements list.
    expect(rs.find((r) => r.anyOf.includes('program-evaluation'))?.place).toBe('required');
  });

  it('"and/or" is one link in a list that shares its first words too ("accounts payable and/or receivable")', () => {
    const ids = findSkills('Experience with accounts payable and/or receivable.', getLexicon()).map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['accounts-payable', 'accounts-receivable']));
  });

  it('a statistician\'s statistics meets "quantitative research"; RCTs are causal inference', async () => {
    const laurent = skillsOf(await resumeOf('heldout37', 'laurent-smeets-data-scientist.txt'));
    expect(laurent.implied.has('quantitative-research')).toBe(true);
    const hits = findSkills('Designing and delivering randomised control trials and impact evaluations.', getLexicon());
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['causal-inference', 'program-evaluation']));
  });

  it('OONI: "comfortable communicating via Slack, email and issue trackers" makes Slack a light mention, not a required skill', () => {
    const slack = ooni('ooni-backend-developer.txt').requirements?.find((r) => r.anyOf.includes('slack'));
    expect(slack?.generic).toBe(true);
  });

  it('Public Lab: "liaison to our CPA firm" asks no CPA of the hire', () => {
    const rs = parseJobPost(calib('heldout39', 'jobs', 'publiclab-business-and-operations-manager.txt')).requirements ?? [];
    expect(rs.some((r) => r.anyOf.includes('cpa'))).toBe(false);
  });

  it('title families 2026.12.17: evaluation is research, customer support is a family, an office manager is operations', async () => {
    const ethan = await resumeOf('heldout37', 'ethan-rogers-health-informatics-researcher.txt');
    expect(titlePart(ethan, iai('iai-ai-impact-and-evaluation-lead.txt'))!.earned).toBeGreaterThan(0);
    const rep = await resumeOf('heldout36', 'customer-service-representative-24230851.txt');
    expect(titlePart(rep, parseJobPost(calib('heldout36', 'jobs', 'compiler-customer-success-account-manager.txt')))!.detail).toMatch(/is a related title$/);
    const office = await resumeOf('heldout39', 'finance-office-manager-72136463.txt');
    expect(titlePart(office, parseJobPost(calib('heldout39', 'jobs', 'publiclab-business-and-operations-manager.txt')))!.detail).toMatch(/OFFICE MANAGER" is a related title$/i);
  });

  it('a title no family knows and no resume title matches leaves the score to the duties ("Codebase steward for quality")', async () => {
    const job = parseJobPost(calib('heldout23', 'jobs', 'foundation-for-public-code-codebase-steward-quality.txt'));
    expect(job.title).toBe('Codebase steward for quality');
    const tyler = await resumeOf('heldout23', 'tyler-kirkpatrick-software-developer.txt');
    const report = analyze({ resume: tyler, job });
    expect(report.breakdown.map((b) => b.label)).not.toContain('Job title');
    expect(report.breakdown.reduce((s, b) => s + b.possible, 0)).toBeCloseTo(100, 0);
    // A title a family knows keeps its part even when the resume's titles are outside it.
    expect(titlePart(tyler, ooni('ooni-project-manager.txt'))).toBeDefined();
  });

  it('HIDIVE: "Higher education may count towards experience" counts years, it asks for no higher-education sector', () => {
    const rs = parseJobPost(calib('heldout41', 'jobs', 'hidive-lab-coordinator.txt')).requirements ?? [];
    expect(rs.some((r) => r.anyOf.includes('higher-education'))).toBe(false);
  });

  it('OMSF: a UX Engineer is a front-end engineer (a "UX/UI Engineer" is related), not a UX researcher', async () => {
    const job = parseJobPost(calib('heldout41', 'jobs', 'omsf-ux-engineer.txt'));
    const adam = await resumeOf('heldout41', 'adam-kliegman-senior-frontend-engineer.txt');
    expect(titlePart(adam, job)!.detail).toBe('"UX/UI Engineer" is a related title');
    const liv = await resumeOf('heldout41', 'liv-mcfarlin-ux-researcher.txt');
    expect(titlePart(liv, job)!.earned).toBe(0);
  });

  it('HIDIVE: interaction design is UX design, and a "UX Designer" shows it', async () => {
    const liv = skillsOf(await resumeOf('heldout41', 'liv-mcfarlin-ux-researcher.txt'));
    expect(liv.found.has('ux-design') || liv.implied.has('ux-design')).toBe(true);
    expect(getLexicon().implied('interaction-design')).toContain('ux-design');
    expect(findSkills('Senior UX Designer at Acme', getLexicon()).map((h) => h.id)).toContain('ux-design');
  });

  it('"ROR Is Hiring a Technical Community Manager": a headline in Title Case names the job', () => {
    const job = parseJobPost(calib('heldout29', 'jobs', 'ror-technical-community-manager.txt'));
    expect(job.title).toBe('Technical Community Manager');
    expect(job.company).toBe('ROR');
  });
});

describe('lexicon 2026.12.31: a writer edits, and "post-secondary education" is a level of schooling', () => {
  it('a copyeditor\'s "copyediting" and "Wrote and edited content" meet OMSF\'s "writing, editing"', () => {
    const hits = findSkills('Extensive experience copyediting according to AP style. Wrote and edited content for the website.', getLexicon());
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['proofreading', 'editing']));
    expect(getLexicon().implied('proofreading')).toContain('editing');
  });

  it('HIDIVE: "Minimum of two years post-secondary education or relevant work experience" asks for no higher-education sector', () => {
    const rs = parseJobPost(calib('heldout41', 'jobs', 'hidive-software-developer.txt')).requirements ?? [];
    expect(rs.some((r) => r.anyOf.includes('higher-education'))).toBe(false);
  });
});

describe('title families 2026.12.18: leadership is a line of work', () => {
  it('i.AI: a director is related to a "Deputy Director, ... Strategy" post, a strategic planning analyst is not', async () => {
    const job = parseJobPost(calib('heldout37', 'jobs', 'iai-deputy-director-strategy-and-business-engagement.txt'));
    expect(titlePart(await resumeOf('heldout37', 'ben-balter-engineering-operations.txt'), job)!.detail).toMatch(/is a related title$/);
    expect(titlePart(await resumeOf('heldout37', 'josephina-bian-strategy-marketing.txt'), job)!.earned).toBe(0);
  });
});

describe('the forty-fourth held-out set (scoring 2.36.0): a PR coordinator for a marketing post', () => {
  const job = () => parseJobPost(calib('heldout44', 'jobs', 'openinfra-marketing-coordinator.txt'));
  const pr = () => resumeOf('heldout44', 'public-relations-account-coordinator-12545844.txt');

  it('OpenInfra: "open source experience a strong plus" is a wish, not a requirement', () => {
    // Still a duty ("Collaborate with open source developers"), no longer a requirement.
    expect(job().requirements?.find((r) => r.anyOf.includes('open-source'))?.place).toBe('responsibilities');
  });

  it('a developer advocate is of developer relations, not a software engineer', async () => {
    expect(getTitleFamilies().related('Lead Developer Advocate', 'Full Stack Software Engineer')).toBe(false);
    expect(getTitleFamilies().related('Senior Developer Advocate', 'Developer Relations Manager')).toBe(true);
  });

  it('a "Public Relations Account Coordinator" is of the marketing family, and her "editorial calendars" are content marketing', async () => {
    const resume = await pr();
    expect(titlePart(resume, job())!.detail).toMatch(/is a related title$/);
    expect(skillsOf(resume).found.has('content-marketing')).toBe(true);
  });
});

describe('the forty-fifth held-out set (scoring 2.37.0): a product manager post names its core in its title', () => {
  it('Checkly: "Product Manager" asks product management, as "Backend Developer" asks backend development; a PM\'s titles show it', async () => {
    const job = parseJobPost(calib('heldout45', 'jobs', 'checkly-product-manager.txt'));
    expect(job.requirements?.[0]).toMatchObject({ anyOf: ['product-management'], place: 'title' });
    const pm = await resumeOf('heldout45', 'stevanus-satria-senior-product-manager.txt');
    expect(skillsOf(pm).found.has('product-management')).toBe(true);
  });
});

describe('lexicon 2026.12.33: UI design and UX design together are UI/UX design', () => {
  it('Checkly\'s "UI/UX designer" post: a designer showing both meets its title skill', async () => {
    const karly = await resumeOf('heldout45', 'karly-nelson-senior-software-engineer-ux.txt');
    const skills = skillsOf(karly);
    expect(skills.found.has('ui-ux-design')).toBe(false);
    expect(skills.implied.has('ui-ux-design')).toBe(true);
    const report = analyze({ resume: karly, job: parseJobPost(calib('heldout45', 'jobs', 'checkly-product-designer.txt')) });
    expect(report.skills.missing.some((m) => m.id === 'ui-ux-design')).toBe(false);
  });
});

describe('lexicon 2026.12.34: a patient care technician\'s paperwork', () => {
  it('"Data entry" is clerical support and "Charting and clinical documentation" is medical records work, as the VHA post asks', async () => {
    const pct = await resumeOf('heldout47', 'patient-care-technician-91478356.txt');
    const skills = skillsOf(pct);
    expect(skills.implied.has('administrative-support')).toBe(true);
    expect(skills.found.has('medical-records')).toBe(true);
    expect(skills.implied.has('healthcare-administration')).toBe(true);
  });
});

describe('lexicon 2026.12.35: public accounting and SEC clients', () => {
  const job = () => parseJobPost(calib('heldout22', 'jobs', 'gitlab-senior-accountant.txt'));

  it('GitLab: "3-5 years experience in public accounting" and "Experience with SEC companies required" are asks, SEC insisted on', () => {
    const post = job();
    expect(requirementOf(post, 'public-accounting')).toMatchObject({ place: 'required' });
    expect(requirementOf(post, 'sec-reporting')!.importance).toBeGreaterThanOrEqual(PRIMARY_REQUIREMENT_MIN);
  });

  it('a senior accountant who never names SEC work is close at best; one who did public-sector audits shows public accounting', async () => {
    const senior = analyze({ resume: await resumeOf('heldout22', 'senior-accountant-17306905.txt'), job: job() });
    expect(senior.score).toBeLessThan(BAND_STRONG_MIN);
    expect(senior.breakdown.find((b) => b.label === 'Skills')!.detail).toMatch(/no SEC reporting, which the post insists on/);
    const staff = await resumeOf('heldout40', 'staff-accountant-21853199.txt');
    expect(skillsOf(staff).found.has('public-accounting')).toBe(true);
  });
});

describe('the forty-eighth and forty-ninth held-out sets (scoring 2.41.0): designers, startups and lists', () => {
  const o1 = (file: string) => parseJobPost(calib('heldout48', 'jobs', file));

  it('a slash joins list members as "and" does: "project/programme management", "accounts payable/receivable"', () => {
    expect(skillIdsIn('You must have operational or project/programme management experience.')).toEqual(new Set(['project-management', 'program-management']));
    expect(skillIdsIn('Experience with accounts payable/receivable.')).toEqual(new Set(['accounts-payable', 'accounts-receivable']));
  });

  it('a list member of several words shares the head: "functional, end to end, regression and user acceptance testing"', () => {
    expect(skillIdsIn('Experienced with functional, end to end, regression and user acceptance testing of Web based interfaces'))
      .toEqual(new Set(['functional-testing', 'e2e-testing', 'regression-testing', 'uat']));
    expect(skillIdsIn('Perform functional, regression, and ad-hoc testing on all assigned projects.'))
      .toEqual(new Set(['functional-testing', 'regression-testing', 'exploratory-testing']));
  });

  it('ElectricSQL: "Electric is a devtools startup" names the company after a sentence that opens "You are a"; startup talk names no skill', () => {
    const job = parseJobPost(calib('heldout48', 'jobs', 'electricsql-founders-associate.txt'));
    expect(job.company).toBe('Electric');
    const ids = job.requirements!.flatMap((r) => r.anyOf);
    expect(ids).not.toContain('product-marketing'); // "product market fit"
    expect(ids).not.toContain('chrome-devtools'); // "a devtools startup"
    expect(ids).toContain('project-management');
  });

  it('O(1) Labs: "No prior experience in ... blockchain is required" and "Prefered Qualifications" ask nothing; "Design briefs" are no legal work', () => {
    expect(hasPreferredMarker('No prior experience in cryptocurrency or blockchain is required to be successful in this role.')).toBe(true);
    expect(hasPreferredMarker('Experience with cryptocurrency or blockchain is required.')).toBe(false);
    expect(jobHeadingKind('Prefered Qualifications')).toBe('preferred');
    const job = o1('o1labs-visual-designer.txt');
    expect(requirementOf(job, 'motion-design')).toMatchObject({ place: 'preferred' });
    expect(requirementOf(job, 'legal-drafting')).toBeUndefined();
  });

  it('a "Graphic Designer" shows graphic design, and graphic design is visual design, as the Visual Designer post asks', async () => {
    expect(skillIdsIn('Graphic Designer')).toEqual(new Set(['graphic-design']));
    const job = o1('o1labs-visual-designer.txt');
    expect(requirementOf(job, 'visual-design')).toMatchObject({ place: 'title' });
    const report = analyze({ resume: await resumeOf('heldout48', 'william-pansky-graphic-designer-front-end-developer.txt'), job });
    expect(report.skills.matched.map((s) => s.id)).toContain('visual-design');
  });

  it('"optimize diverse marketing channels" is marketing work, "a diverse, inclusive company" and "equity of opportunity" are values', () => {
    const job = o1('o1labs-marketing-and-communications-manager.txt');
    for (const id of ['communications-strategy', 'public-relations', 'influencer-marketing', 'advertising', 'content-marketing']) expect(requirementOf(job, id), id).toBeDefined();
    const values = parseJobPost('Marketing Manager\nWe are committed to building a diverse, inclusive company with Python.\nCompiler builds agile solutions that increase equity of opportunity.\nRequirements\n- Email marketing');
    expect(values.requirements!.flatMap((r) => r.anyOf)).toEqual(['email-marketing']);
  });

  it('"Senior Product Engineer (Frontend)" is also a Senior Frontend Engineer; "PGlite Engineer" keeps its product, "Engineer" alone names no job', () => {
    const frontend = o1('o1labs-senior-product-engineer-frontend.txt');
    expect(frontend.otherTitles).toEqual(['Senior Frontend Engineer']);
    expect(parseJobPost('Data Engineer (Python)\nWe build pipelines.').otherTitles ?? []).toEqual([]);
    expect(o1('electricsql-pglite-engineer.txt').title).toBe('PGlite Engineer');
  });
});

describe('scoring 2.42.0: the end of a wrapped skills list over a dated title is no employer line', () => {
  it('"Skills: ... Open-" / "Telemetry, Docker, Angular" above "2022–2022 Senior Engineer": Docker and Angular are skills, the team line under it is still a header', async () => {
    const resume = await resumeOf('heldout11', 'paul-freeman-software-engineering-lead.pdf');
    const lines = resume.text.split('\n');
    const { headerLines } = lineRoles(resume);
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    expect(headerLines.has(at('Telemetry, Docker, Angular'))).toBe(false);
    expect(headerLines.has(at('Soul Machines - Platform Performance Team'))).toBe(true);
    const found = skillsOf(resume).found;
    for (const id of ['docker', 'angular', 'terraform']) expect(found.has(id), id).toBe(true);
  });

  it('lexicon 2026.12.37: "Collaborate with ... to organize workshops for women+" is event planning, in the present tense too', async () => {
    const kelly = await resumeOf('heldout15', 'kelly-sovacool-bioinformatics-software-engineer.pdf');
    expect(skillsOf(kelly).found.has('event-planning')).toBe(true);
  });

  it('a Girl Scouts service unit manager: "project mgmt." is project management, "coordinated volunteers" nonprofit work; "Organization Overview" is no company', async () => {
    const hits = skillIdsIn('Skills: project mgmt., staff development. Recruited and coordinated volunteers.');
    expect(hits.has('project-management')).toBe(true);
    expect(hits.has('nonprofit-management')).toBe(true);
    expect(parseJobPost(calib('heldout8', 'jobs', 'weallcode-operations-manager.txt')).company).toBe('We All Code');
  });
});

describe('the fiftieth and fifty-first held-out sets (scoring 2.43.0): titles with their field after a comma or a dash', () => {
  it('"MANAGER, DIGITAL MARKETING AND COMMUNICATIONS" is a marketing manager, not a bare "MANAGER"; a co-founder\'s comma still names the project', async () => {
    const manager = await resumeOf('heldout51', 'manager-digital-marketing-and-communications-80503242.txt');
    expect(manager.headline).toBe('MANAGER, DIGITAL MARKETING AND COMMUNICATIONS');
    expect(manager.titles).toContain('Manager, Digital Marketing and Communications');
    const founder = readResumeText('Jo Kim\n\nExperience\nCo-Founder, Oh Good Project\nJan 2019 - Dec 2021\n- Built a volunteer app', TODAY);
    expect(founder.titles.some((t) => /Oh Good Project/.test(t))).toBe(false);
  });

  it('OurResearch: "Senior Engineer, Funding Metadata— OpenAlex" names its company after the dash, and "Now we\'re hiring a Senior Data Engineer" the job', () => {
    const job = parseJobPost(calib('heldout50', 'jobs', 'ourresearch-senior-engineer-funding-metadata.txt'));
    expect(job.title).toBe('Senior Engineer, Funding Metadata');
    expect(job.company).toBe('OpenAlex');
    expect(job.otherTitles).toEqual(['Senior Data Engineer']);
    expect(parseJobPost('Engineer\nWe\'re looking for a generalist web and systems engineer to join.').otherTitles ?? []).toEqual([]);
    // The sentence's job ends with its sentence and its line: "...hiring an Executive Director" / "Following ...".
    expect(parseJobPost(calib('heldout35', 'jobs', 'budibase-senior-qa-automation-engineer.txt')).otherTitles ?? []).toEqual([]);
    expect(parseJobPost(calib('heldout25', 'jobs', 'datacite-executive-director.txt')).otherTitles ?? []).toEqual([]);
  });
});

describe('scoring 2.44.0: "this might not be a good fit if:" lists what the post does not want', () => {
  it('Hyprnote: "you prefer mockups over shipping real ui" asks for no mockups; "figma (must)" further down still asks Figma', () => {
    expect(jobHeadingKind('this might not be a good fit if:')).toBe('boilerplate');
    const job = parseJobPost(calib('heldout50', 'jobs', 'hyprnote-designteer.txt'));
    const ids = job.requirements!.flatMap((r) => r.anyOf);
    expect(ids).not.toContain('mockups');
    expect(ids).toContain('figma');
  });
});

describe('title families 2026.12.19 (scoring 2.45.0): hospital billing and patient service are healthcare administration', () => {
  it('a "Hospital & Physician Billing Specialist" and a "Patient Service Representative" are related to the VHA\'s Medical Support Assistant', () => {
    const families = getTitleFamilies();
    expect(families.related('Hospital & Physician Billing Specialist', 'Medical Support Assistant')).toBe(true);
    expect(families.related('Patient Service Representative', 'Medical Support Assistant')).toBe(true);
    expect(families.related('Customer Service Representative', 'Medical Support Assistant')).toBe(false);
  });
});

describe('scoring 2.46.0 and 2.46.1: a post written all in lower case, and pointers and places that are no company (the fifty-second held-out set)', () => {
  it('Hyprnote\'s lower-case "build features end-to-end with tauri, rust, and typescript" asks Rust and Tauri', () => {
    const text = calib('heldout50', 'jobs', 'hyprnote-engineer.txt');
    expect(isCaseless(text)).toBe(true);
    const job = parseJobPost(text);
    expect(requirementOf(job, 'rust')).toBeDefined();
    expect(requirementOf(job, 'tauri')).toBeDefined();
    // A capitalised post is prose with names in it: its lower-case words stay words.
    expect(isCaseless(calib('heldout52', 'jobs', 'safing-golang-developer.txt'))).toBe(false);
  });

  it('in lower-case prose, "rust", "go", "swift" and "spring" are still everyday words', () => {
    const prose = 'the old gate had a lot of rust on it, so we decided to go down to the hardware store in the spring. '
      + 'the river was swift after the rain and the kids wanted to go swimming anyway. we painted the fence, '
      + 'fixed the hinges and planted tomatoes along the path, then we sat on the porch and talked about the summer. '
      + 'next year we will go back, clean the rust off the railings and paint them again before the spring fair. '
      + 'my aunt says the swift little birds nest under the roof every year, and we should leave them be until autumn.';
    expect(isCaseless(prose)).toBe(true);
    const ids = new Set(findSkills(prose, getLexicon()).map((h) => h.id));
    for (const id of ['rust', 'go', 'swift', 'spring']) expect(ids.has(id)).toBe(false);
    // A duty line in lower case: the name at its head is still a word where nothing is capitalised.
    const post = 'yard technician\n\nwhat you will do\n- rust removal and repainting of the old trailers\n- keep the yard tidy and safe for the drivers every day\n'
      + '- help the mechanics with tyres, brakes and lights on the fleet\n- load and unload deliveries and check them against the paperwork\n'
      + 'who you are\n- you like working outdoors in all weather and you are happy to get your hands dirty\n- you hold a driving licence and can lift heavy parts\n- you turn up on time, work well with the team and tell us when something looks unsafe\n- you can start in the new year\n';
    expect(isCaseless(post)).toBe(true);
    expect(requirementOf(parseJobPost(post), 'rust')).toBeUndefined();
  });

  it('source{d}: "Below are the main responsibilities" names no company, and Gmail is an everyday tool, shown apart', async () => {
    const job = parseJobPost(calib('heldout52', 'jobs', 'sourced-talent-manager.txt'));
    expect(job.company).toBeNull();
    const report = analyze({ resume: await resumeOf('heldout52', 'regional-recruiter-29134372.txt'), job });
    expect(report.skills.missing.map((m) => m.id)).not.toContain('gmail');
    expect(report.skills.alsoMentioned.map((s) => s.id)).toContain('gmail');
    expect(report.skills.missing.map((m) => m.id)).toContain('lever');
  });

  it('Safing: "Austria - Remote - Fulltime" under the title is a place; the employer is the Safing the post names', () => {
    expect(parseJobPost(calib('heldout52', 'jobs', 'safing-golang-developer.txt')).company).toBe('Safing');
    expect(parseJobPost('Backend Engineer\nGermany · Remote\n\nWe build things.').company).toBeNull();
    expect(parseJobPost('Backend Engineer\nNorthwind Payments · Berlin, Germany · Remote\n\nWe build things.').company).toBe('Northwind Payments');
  });
});

describe('scoring 2.47.0, lexicon 2026.12.39: beneficial skills, a lead-in that wishes, the job named by "recruiting", and programming languages met by any language (the fifty-third held-out set)', () => {
  const fusion = (file: string) => calib('heldout53', 'jobs', file);

  it('FusionAuth\'s "Beneficial Skills" and "Beneficial Technologies" are nice-to-haves', () => {
    expect(jobHeadingKind('Beneficial Skills')).toBe('preferred');
    expect(jobHeadingKind('Beneficial Technologies')).toBe('preferred');
    const job = parseJobPost(fusion('fusionauth-software-engineer.txt'));
    // "In-depth knowledge of multi-threading" and "Elasticsearch" sit under them.
    expect(requirementOf(job, 'concurrency')?.place).toBe('preferred');
    expect(requirementOf(job, 'elasticsearch')?.place).toBe('preferred');
  });

  it('"It would be good if you have experience with at least some of the following:" opens a list of wishes; "eager to learn ... Our tech stack includes:" does not', () => {
    const job = parseJobPost(fusion('fusionauth-software-engineer.txt'));
    expect(requirementOf(job, 'ruby')?.place).toBe('preferred');
    expect(requirementOf(job, 'rest-api')?.place).toBe('required');
    // The MoJ lists its stack after a lead-in that speaks of learning: the stack is the team's, not a wish.
    const moj = parseJobPost(calib('diverse', 'jobs', 'moj-junior-software-developer.txt'));
    expect(requirementOf(moj, 'kubernetes')?.place).not.toBe('preferred');
  });

  it('"We are recruiting a Software Engineer", "looking to add several Sales Executives": the job the pun title stands for', async () => {
    const engineer = parseJobPost(fusion('fusionauth-software-engineer.txt'));
    expect(engineer.title).toBe('SHA-1 Software Engineer');
    expect(engineer.otherTitles).toContain('Software Engineer');
    expect(parseJobPost(fusion('fusionauth-sales-executive.txt')).otherTitles).toContain('Sales Executive');
    // A Software Engineer earns the whole title share, not the part a related title earns.
    const part = titlePart(await resumeOf('heldout53', 'patrick-walukagga-python-django-backend.txt'), engineer)!;
    expect(part.earned).toBe(part.possible);
  });

  it('"Experience in at least one programming language" is met by any language the resume shows; "public programming" is no skill', async () => {
    const lexicon = getLexicon();
    for (const id of ['python', 'java', 'php', 'ruby']) expect(lexicon.implied(id)).toContain('programming');
    expect(lexicon.implied('html')).not.toContain('programming');
    const job = parseJobPost(fusion('fusionauth-support-engineer.txt'));
    expect(requirementOf(job, 'programming')?.place).toBe('required');
    const report = analyze({ resume: await resumeOf('heldout53', 'daniel-truong-programmer-analyst.txt'), job });
    expect(report.skills.matched.map((s) => s.id)).toContain('programming');
    const writer = analyze({ resume: await resumeOf('heldout53', 'charlie-macnamara-technical-writer.txt'), job });
    expect(writer.skills.missing.map((m) => m.id)).toContain('programming');
    expect(skillIdsIn('The museum runs public programming for families every weekend.').has('programming')).toBe(false);
  });
});

describe('scoring 2.48.0, lexicon 2026.12.40: a flattened list that leads in its own sub-list, "some of the following", labelled lines, and SOC II (the fifty-fifth and fifty-sixth held-out sets)', () => {
  const absa = () => parseJobPost(calib('heldout55', 'jobs', 'absa-full-stack-engineer.txt'));

  it('"- Experience with some of the following:" inside "Desirable Skills" keeps the list desirable; "What We Offer in Return" is the offer', () => {
    expect(jobHeadingKind('- Experience with some of the following:')).toBeNull();
    // A list item that is a heading whole still is one (the MoJ post flattens its sections so).
    expect(jobHeadingKind('- Responsibilities:')).toBe('neutral');
    expect(jobHeadingKind('What We Offer in Return')).toBe('boilerplate');
    const job = absa();
    expect(requirementOf(job, 'aws')?.place).toBe('preferred');
    expect(requirementOf(job, 'linux')?.place).toBe('preferred');
  });

  it('"Experience with some of the following:" makes each line one choice, its label one of the members', () => {
    const job = absa();
    // "- Databases: MongoDB, ArangoDB, Postgres, DynamoDB or others"
    expect(requirementOf(job, 'mongodb')?.anyOf).toEqual(expect.arrayContaining(['postgresql', 'dynamodb']));
    // "- Containers: Docker, Kubernetes, OpenStack"
    expect(requirementOf(job, 'docker')?.anyOf).toEqual(expect.arrayContaining(['containerization', 'kubernetes', 'openstack']));
    // "- Frontend Development: Angular, MaterialUI, OpenUI5, NgRx, SCSS or equivalent": two unknown names inside.
    expect(requirementOf(job, 'angular')?.anyOf).toEqual(expect.arrayContaining(['frontend-development', 'ngrx', 'sass']));
    expect(requirementOf(job, 'java')?.anyOf).toEqual(expect.arrayContaining(['backend-development', 'scala', 'spring']));
    // "or others" leaves the list open as "or other" does.
    expect(withMembers('Data Engineer\n\nRequirements\n- Experience with MySQL, PostgreSQL or others\n- Strong Python\n', ['mysql', 'postgresql'])).toBeDefined();
  });

  it('"SOC II" is the SOC 2 audit, not a security operations centre; HITRUST is a compliance framework', () => {
    const ids = skillIdsIn('Support the administration of critical compliance frameworks (SOC II, HITRUST).');
    expect(ids.has('soc2')).toBe(true);
    expect(ids.has('hitrust')).toBe(true);
    expect(ids.has('soc')).toBe(false);
    expect(getLexicon().implied('hitrust')).toContain('compliance');
  });
});

describe('scoring 2.49.0: the job named on the line after "looking for a...", a hard-wrapped paragraph is no title, and an address is no employer (the fifty-eighth held-out set)', () => {
  it('Unison\'s "we are actively looking for a..." names "Software Engineer (Haskell)" on the next line: the title and its stack', () => {
    const job = parseJobPost(calib('heldout58', 'jobs', 'unison-software-engineer-haskell.txt'));
    expect(job.title).toBe('Software Engineer');
    expect(requirementOf(job, 'haskell')?.place).toBe('title');
  });

  it('the Scala Center\'s wrapped "developer community. Several years experience ..." is no title, and "at scala.center@epfl.ch" does not make Scala the employer', () => {
    const job = parseJobPost(calib('heldout58', 'jobs', 'scala-center-were-hiring.txt'));
    expect(job.title).toBeNull();
    expect(requirementOf(job, 'scala')?.place).toBe('required');
    // A stop inside an abbreviation is no sentence's end.
    expect(parseJobPost('Sr. Backend Engineer\n\nWe build payment tools. You will write Go services.').title).toBe('Sr. Backend Engineer');
  });
});

describe('scoring 2.50.0: what the hire will learn on the job is no prerequisite (the fifty-seventh held-out set)', () => {
  it('BuildBuddy\'s account executive will "Become proficient in BuildBuddy and learn about Bazel": Bazel is not asked of a salesperson', () => {
    const job = parseJobPost(calib('heldout57', 'jobs', 'buildbuddy-account-executive.txt'));
    const bazel = requirementOf(job, 'bazel');
    expect(bazel?.stressed).toBe(false);
    expect(bazel?.place).not.toBe('required');
    expect(hasPreferredMarker('- Become proficient in BuildBuddy and learn about Bazel')).toBe(true);
  });
});

describe('scoring 2.51.0, title families 2026.12.20: developer advocates beside product marketing, and "Desired Skills" as the only list of asks (the fifty-ninth held-out set)', () => {
  it('a Lead Developer Advocate is related to a Product Marketing Manager, not to every marketing title', () => {
    const families = getTitleFamilies();
    expect(families.related('Lead Developer Advocate', 'Product Marketing Manager')).toBe(true);
    expect(families.related('Lead Developer Advocate', 'Marketing Coordinator')).toBe(false);
  });

  it('Weblate\'s "Desired Skills & Experience" is its only list, so front-end development is asked; beside "Essential" criteria, "Desirable" stays a plus', () => {
    const job = parseJobPost(calib('heldout59', 'jobs', 'weblate-front-end-developer.txt'));
    // Since 2.53.0 the post's title ("Join us as a front-end developer") asks front-end development too.
    expect(['title', 'required']).toContain(requirementOf(job, 'frontend-development')?.place);
    expect(requirementOf(job, 'ux-design')?.place).toBe('required');
    // A post that has a list of requirements keeps its desired list as nice-to-haves.
    const both = parseJobPost('Data Analyst\n\nRequirements\n- 3+ years of SQL\n- Experience with Tableau\n\nDesired Skills\n- Python\n- dbt\n');
    expect(requirementOf(both, 'python')?.place).toBe('preferred');
    expect(requirementOf(both, 'sql')?.place).toBe('required');
  });
});

describe('scoring 2.52.0: a title that offers its languages as a choice (the fifty-second held-out set)', () => {
  it('Safing\'s "Golang (or C/C++) Developer" asks one of Go, C and C++, as one requirement', () => {
    const job = parseJobPost(calib('heldout52', 'jobs', 'safing-golang-developer.txt'));
    const go = requirementOf(job, 'go');
    expect(go?.anyOf).toEqual(expect.arrayContaining(['go', 'c', 'cpp']));
    expect(go?.place).toBe('title');
    // The title line's own "C/C++" is no second requirement beside it.
    expect(job.requirements!.filter((r) => r.anyOf.includes('cpp'))).toHaveLength(1);
    // A title without "(or ...)" asks each name it carries.
    const both = parseJobPost('Backend Developer - Python/Django\n\nWe build clinic software.\n\nRequirements\n- 3+ years of web development\n');
    expect(requirementOf(both, 'python')?.anyOf).not.toContain('django');
  });
});

describe('scoring 2.53.0, lexicon 2026.12.41: the job a post invites the reader to take, and a front-end web developer\'s own practice (the fifty-ninth held-out set)', () => {
  it('Weblate\'s "Join us as a front-end developer to elevate Weblate\'s interface!" names the job, when no line above does', () => {
    const job = parseJobPost(calib('heldout59', 'jobs', 'weblate-front-end-developer.txt'));
    expect(job.title).toBe('Front-end developer');
    // The words after the last title word are the sentence going on, not the job.
    expect(parseJobPost('We make maps.\n\nJoin our team as a senior data engineer to build pipelines.\n\nRequirements\n- SQL\n').title).toBe('Senior data engineer');
    // "to lead" is the sentence going on, though "lead" is a title word; "of" keeps the job's field.
    expect(parseJobPost('We make maps.\n\nJoin our team as our next Staff Engineer to lead things.\n').title).toBe('Staff Engineer');
    expect(parseJobPost('We make maps.\n\nJoin us as a Head of Marketing and grow with us.\n').title).toBe('Head of Marketing');
    // A title the head of the post names is kept.
    expect(parseJobPost('Community Manager\n\nJoin us as a developer advocate to grow our forum.\n').title).toBe('Community Manager');
    // "Join our team as an analytics ninja and part time ...": no title word, no title from the sentence.
    expect(parseJobPost('We publish open data.\n\nJoin our team as an analytics ninja and part time data pipeline maker.\n').title).toBeNull();
  });

  it('"pyOpenSci Community Manager": a name that opens in lower case is the employer, and its web address does not make it an everyday word (the sixtieth held-out set)', () => {
    const job = parseJobPost(calib('heldout60', 'jobs', 'pyopensci-community-manager.txt'));
    expect(job.title).toBe('Community Manager');
    expect(job.company).toBe('pyOpenSci');
    // An everyday word in lower case in the post is no name: "Data" of "Data Analyst" stays.
    expect(parseJobPost('Data Analyst\n\nThe data team at Acme is growing. Data is our product and our data team\'s work matters.\n').title).toBe('Data Analyst');
  });

  it('"Front-end Web Developer", the title of a resume in the set, is front-end development', () => {
    expect(skillIdsIn('Front-end Web Developer')).toContain('frontend-development');
    expect(skillIdsIn('Graphic designer & front-end web developer')).toContain('frontend-development');
    expect(skillIdsIn('Front end web development for marketing sites')).toContain('frontend-development');
  });
});

describe('scoring 2.54.0, lexicon 2026.12.42, title families 2026.12.21: a copywriter\'s post read as one (the sixty-first held-out set)', () => {
  it('Vamp\'s "Whats in it for you:" is the offer, apostrophe or not: its "agile organisational structure" and "microservices space" ask nothing', () => {
    const job = parseJobPost(calib('heldout61', 'jobs', 'vamp-senior-marketing-copywriter.txt'));
    expect(jobHeadingKind('Whats in it for you:')).toBe('boilerplate');
    expect(jobHeadingKind('What youll do')).toBe(jobHeadingKind("What you'll do"));
    expect(requirementOf(job, 'agile')).toBeUndefined();
    expect(requirementOf(job, 'microservices')?.place).not.toBe('required');
  });

  it('"Senior Marketing Copywriter" asks copywriting, in the title\'s place', () => {
    const job = parseJobPost(calib('heldout61', 'jobs', 'vamp-senior-marketing-copywriter.txt'));
    expect(requirementOf(job, 'copywriting')?.place).toBe('title');
    expect(skillIdsIn('Freelance Copywriter, whitepapers and web copy')).toEqual(new Set(['copywriting', 'business-writing']));
  });

  it('a technical writer is related to a copywriter and a content writer, not to an engineer', () => {
    const families = getTitleFamilies();
    expect(families.related('Technical Writer', 'Senior Marketing Copywriter')).toBe(true);
    expect(families.related('Technical Writer', 'Content Writer')).toBe(true);
    expect(families.related('Technical Writer', 'Software Engineer')).toBe(false);
  });
});

describe('scoring 2.55.0, lexicon 2026.12.43: an acronym the text spells out as something else is not the skill of those letters (the sixty-first held-out set)', () => {
  it('Vamp\'s "turn Marketing Qualified Leads (MQL) into Sales Qualified Leads (SQL)" asks no SQL of a salesperson', () => {
    const job = parseJobPost(calib('heldout61', 'jobs', 'vamp-business-development-manager.txt'));
    expect(requirementOf(job, 'sql')).toBeUndefined();
    expect(requirementOf(job, 'crm')).toBeDefined();
  });

  it('spelled out as the skill itself, the acronym still names it (Compiler\'s WCAG, a resume\'s ETL and LLM)', () => {
    const compiler = parseJobPost(calib('heldout10', 'jobs', 'compiler-senior-software-engineer.txt'));
    expect(requirementOf(compiler, 'wcag')).toBeDefined();
    const skills = skillIdsIn('Extract, Transform, Load (ETL) Pipelines, Large Language Model (LLM), Structured Query Language (SQL), Certified Scrum Master (CSM)');
    for (const id of ['etl', 'llms', 'sql', 'scrum-master-cert']) expect(skills).toContain(id);
  });

  it('other meanings of the same letters are dropped wherever the text uses them', () => {
    const skills = skillIdsIn('Our Customer Success Managers (CSMs) own renewals; each CSM has 40 accounts. Lead Incident Response (IR) and IR drills. Cost per click (CPC) and CTR.');
    for (const id of ['scrum-master-cert', 'investor-relations', 'cpc-cert']) expect(skills).not.toContain(id);
    for (const id of ['customer-success', 'incident-response', 'campaign-performance']) expect(skills).toContain(id);
  });
});

describe('scoring 2.56.0: a title whose last word is written in lower case (the sixty-first held-out set)', () => {
  it('Port Zero "is looking for a Team lead for our Software Engineering Crew": the job is a team lead', () => {
    const job = parseJobPost(calib('heldout61', 'jobs', 'portzero-software-engineering-crew-lead.txt'));
    expect(job.title).toBe('Team lead');
    // Only a title word closes it: "looking for a Python expert" names no job this way.
    expect(parseJobPost('We build maps.\n\nWe are looking for a Python expert to join us.\n').title).toBeNull();
    // Budibase's "looking for a Full Stack JavaScript engineer who ..." names its other title the same way.
    expect(parseJobPost(calib('heldout35', 'jobs', 'budibase-senior-javascript-engineer.txt')).otherTitles).toContain('Full Stack JavaScript engineer');
  });
});

describe('scoring 2.57.0, lexicon 2026.12.44: "EMR" in its trade\'s sense', () => {
  it('a medical records technician\'s EMR is the electronic medical record; a data engineer\'s, beside AWS and Redshift, is Amazon EMR', async () => {
    const medical = skillsOf(await resumeOf('heldout5', 'medical-record-technician-16121387.txt'));
    expect(medical.found.has('ehr')).toBe(true);
    expect(medical.found.has('emr')).toBe(false);
    const engineer = skillsOf(await resumeOf('heldout20', 'pulkit-kapoor-data-engineer.txt'));
    expect(engineer.found.has('emr')).toBe(true);
    // A skills line of office tools and a records system, as HR and clinic resumes write it.
    expect(skillIdsIn('MS Office (Word, Excel, PowerPoint, Access, Outlook), EMR, Epic')).toContain('ehr');
    expect(skillIdsIn('MS Office (Word, Excel, PowerPoint, Access, Outlook), EMR, Epic')).not.toContain('emr');
  });
});

describe('scoring 2.58.0, lexicon 2026.12.45, title families 2026.12.22: what the sixty-second held-out set showed', () => {
  it('QuestDB\'s "5+ years of experience working with SQL databases, distributed systems and data replication" asks all three: working with a practice is using it, not a team', () => {
    const job = parseJobPost(calib('heldout62', 'jobs', 'questdb-software-engineer-backend.txt'));
    for (const id of ['sql', 'distributed-systems', 'replication']) expect(requirementOf(job, id)?.place).toBe('required');
    // The people the hire works with are still no requirement.
    expect(req('Requirements\n\n- Collaborate with Product Management, Design and Security.').map((r) => r.anyOf)).toEqual([]);
  });

  it('"Experience with Java / C# / Python / Go" is one choice of four languages, not three overlapping pairs', () => {
    const job = parseJobPost(calib('heldout62', 'jobs', 'questdb-technical-content-writer.txt'));
    const languages = (job.requirements ?? []).filter((r) => r.anyOf.some((id) => ['java', 'csharp', 'python', 'go'].includes(id)));
    expect(languages.map((r) => [...r.anyOf].sort())).toEqual([['csharp', 'go', 'java', 'python']]);
  });

  it('"A candidate who has any of the following skills would stand out:" lists nice-to-haves', () => {
    const job = parseJobPost(calib('heldout62', 'jobs', 'questdb-lead-software-engineer-frontend.txt'));
    for (const id of ['cloud-native', 'contract-testing', 'open-source']) expect(requirementOf(job, id)?.place).toBe('preferred');
    expect(requirementOf(job, 'sass')?.place).toBe('required');
    expect(hasPreferredMarker('Experience with Docusaurus would make you stand out')).toBe(true);
  });

  it('a technical content specialist\'s software documentation, user guides, DITA and FrameMaker show technical writing', async () => {
    const writer = skillsOf(await resumeOf('heldout62', 'purushotham-ram-technical-content-specialist.txt'));
    expect(writer.found.has('technical-writing') || writer.implied.has('technical-writing')).toBe(true);
    expect(skillIdsIn('DITA, Markdown, XML, Adobe Frame Maker, MadCap Flare')).toEqual(new Set(['dita', 'xml', 'adobe-framemaker', 'madcap-flare']));
  });

  it('"Product managed key Outlook.com features" is product management, and a product manager is related to a project manager', async () => {
    expect(skillIdsIn('Product managed key Outlook.com features including compose, sweep, and rules')).toContain('product-management');
    const families = getTitleFamilies();
    expect(families.related('Senior Product Manager', 'Project Manager')).toBe(true);
    expect(families.related('Senior Product Manager', 'Software Engineer')).toBe(false);
  });
});

describe('scoring 2.59.0, lexicon 2026.12.46: what the sixty-third held-out set showed', () => {
  it('"InnerSource Commons Community Manager", from "About the InnerSource Commons", is a community manager\'s post', () => {
    const job = parseJobPost(calib('heldout63', 'jobs', 'innersource-commons-community-manager.txt'));
    expect(job.title).toBe('Community Manager');
    expect(job.company).toBe('The InnerSource Commons');
  });

  it('KeyDB\'s "C++ Software Developer Position:" is a C++ software developer', () => {
    const job = parseJobPost(calib('heldout63', 'jobs', 'keydb-cpp-software-developer.txt'));
    expect(job.title).toBe('C++ Software Developer');
    expect(requirementOf(job, 'cpp')?.place).toBe('title');
  });

  it('PlanetScale\'s "Who we look for" list asks what it names: "Experience developing and or operating distributed systems at scale"', () => {
    const job = parseJobPost(calib('heldout63', 'jobs', 'planetscale-backend-developer.txt'));
    expect(jobHeadingKind('Who we look for')).toBe('required');
    expect(requirementOf(job, 'distributed-systems')?.place).toBe('required');
  });

  it('a skills line labelled "Other (no experience)" shows no skill; the resume\'s other lines still do', async () => {
    const skills = skillsOf(await resumeOf('heldout63', 'caian-ertl-senior-backend-engineer.txt'));
    expect(skills.found.has('cpp')).toBe(false);
    expect(skills.found.has('terraform')).toBe(true);
    expect(skills.found.has('postgresql')).toBe(true);
    // "Machine Learning:" is a field, not a disclaimer.
    const ml = skillsOf(readResumeText('Jane Doe\n\nSKILLS\nMachine Learning: PyTorch, scikit-learn\nCurrently learning: Rust\n', TODAY));
    expect(ml.found.has('pytorch')).toBe(true);
    expect(ml.found.has('rust')).toBe(false);
  });

  it('a project maintainer "managing the community" shows community management', async () => {
    const skills = skillsOf(await resumeOf('heldout63', 'ciaran-ainsworth-technical-writer.txt'));
    expect(skills.found.has('community-management')).toBe(true);
  });
});

describe('scoring 2.61.0: a wish in a later clause is that clause\'s (the sixty-fourth held-out set)', () => {
  it('API7\'s "more than 1 year of sales experience, with software, cloud computing or IT infrastructure components sales experience is preferred" asks sales and wishes for cloud', () => {
    const job = parseJobPost(calib('heldout64', 'jobs', 'api7-sales-assistant.txt'));
    expect(requirementOf(job, 'sales')?.place).toBe('required');
    expect(requirementOf(job, 'cloud-computing')?.place).toBe('preferred');
  });

  it('a list\'s commas are no clause breaks: "Python, Django or Flask experience is a plus" stays one wish', () => {
    const places = Object.fromEntries(req('Requirements\n\n- Python, Django or Flask experience is a plus').map((r) => [r.anyOf.join('|'), r.place]));
    expect(places).toEqual({ python: 'preferred', 'django|flask': 'preferred' });
    expect(requirementOf(parseJobPost('Requirements\n\n- 3+ years of Python experience, Django is a plus.'), 'python')?.place).toBe('required');
  });

  it('a wish standing alone at the end qualifies the whole item: GitLab\'s "..., including statutory reporting requirements, strongly preferred"', () => {
    const gitlab = parseJobPost(calib('heldout22', 'jobs', 'gitlab-senior-accountant.txt'));
    expect(requirementOf(gitlab, 'financial-reporting')?.place).not.toBe('required');
    expect(requirementOf(gitlab, 'sec-reporting')?.place).toBe('required');
  });
});

describe('scoring 2.61.1: "Job Opportunity:" is page wording', () => {
  it('Civitai\'s "Job Opportunity: Full Stack Developer" is a Full Stack Developer post, and its report says so', async () => {
    const job = parseJobPost(calib('heldout10', 'jobs', 'civitai-full-stack-developer.txt'));
    expect(job.title).toBe('Full Stack Developer');
    expect(parseJobPost(calib('heldout10', 'jobs', 'civitai-qa-engineer.txt')).title).toBe('QA Engineer');
    const report = analyze({ resume: await resumeOf('heldout10', 'daniel-truong-programmer-analyst.txt'), job });
    expect(report.target.job?.title).toBe('Full Stack Developer');
  });
});

describe('lexicon 2026.12.47: identity and access work shows authentication and authorization', () => {
  it('a backend engineer\'s AWS IAM shows both; OAuth and JWT show them too', async () => {
    const skills = skillsOf(await resumeOf('heldout63', 'caian-ertl-senior-backend-engineer.txt'));
    expect(skills.found.has('iam')).toBe(true);
    expect(skills.implied.has('authentication') && skills.implied.has('authorization')).toBe(true);
    const lexicon = getLexicon();
    expect([...lexicon.implied('oauth')]).toEqual(expect.arrayContaining(['authentication', 'authorization']));
    expect([...lexicon.implied('jwt')]).toContain('authentication');
    // A directory admin's Active Directory is not, by itself, identity and access management work.
    expect([...lexicon.implied('active-directory')]).not.toContain('authentication');
  });
});

describe('scoring 2.62.0, lexicon 2026.12.48, title families 2026.12.23: a software engineer is part way to an infrastructure post (and the sixty-fifth held-out set)', () => {
  it('Zulip\'s Senior Infrastructure Engineer post gives a Python/Django "Software Engineer" half the title share, and the pair is close, as the recruiter said', async () => {
    const job = parseJobPost(calib('heldout6', 'jobs', 'zulip-senior-infrastructure-engineer.txt'));
    const resume = await resumeOf('heldout6', 'patrick-walukagga-python-django-backend.txt');
    const title = titlePart(resume, job)!;
    expect(title.earned).toBeCloseTo(title.possible * TITLE_ADJACENT_CREDIT, 0);
    expect(analyze({ resume, job }).band).toBe('close');
  });

  it('only a generalist is adjacent: a frontend specialist is no nearer to site reliability than before', () => {
    const families = getTitleFamilies();
    expect(families.adjacent('Senior Software Engineer', 'Site Reliability Engineer')).toBe(true);
    expect(families.adjacent('DevOps Engineer', 'Software Developer')).toBe(true);
    expect(families.adjacent('Senior Frontend Engineer', 'Site Reliability Engineer')).toBe(false);
    expect(families.related('Senior Software Engineer', 'Site Reliability Engineer')).toBe(false);
  });
});

describe('scoring 2.62.0, lexicon 2026.12.48: what the sixty-fifth held-out set showed', () => {
  it('Rapid River\'s "Rails / React Developer" asks both: a slash in the title joins a stack, not a choice', () => {
    const job = parseJobPost(calib('heldout65', 'jobs', 'rapidriver-rails-react-developer.txt'));
    expect(requirementOf(job, 'rails')?.anyOf).toEqual(['rails']);
    expect(requirementOf(job, 'react')?.anyOf).toEqual(['react']);
    expect(requirementOf(job, 'rails')?.place).toBe('title');
    // In the body a slash between names of one kind is still a choice.
    expect(withMembers('Requirements\n\n- Experience with Java / C# / Python', ['java', 'csharp', 'python'])).toBeDefined();
  });

  it('the data analyst post\'s "Tableau, Zeppelin Notebooks, or equivalent" is one need, and its clickstream data is web analytics', () => {
    const job = parseJobPost(calib('heldout65', 'jobs', 'rapidriver-data-analyst.txt'));
    expect(requirementOf(job, 'tableau')?.anyOf).toEqual(['tableau', 'zeppelin']);
    expect(requirementOf(job, 'web-analytics')).toBeDefined();
  });

  it('a product manager shows product ownership: the e-commerce product manager meets the Product Owner post\'s title skill', async () => {
    const skills = skillsOf(await resumeOf('heldout65', 'ben-klinovsky-ecommerce-product-manager.txt'));
    expect(skills.found.has('product-management')).toBe(true);
    expect(skills.implied.has('product-owner')).toBe(true);
    const job = parseJobPost(calib('heldout65', 'jobs', 'rapidriver-product-owner.txt'));
    expect(requirementOf(job, 'product-owner')?.place).toBe('title');
  });
});

describe('scoring 2.63.0, lexicon 2026.12.49: internships are no working years; a QA team is no employer', () => {
  it('a graduate whose one role beside a short job is an internship has only that job\'s years toward GitLab\'s machine learning post', async () => {
    const resume = await resumeOf('heldout14', 'evelyn-yixuan-liu-computational-linguistics.pdf');
    expect(resume.experienceYears).toBe(0.8);
    const job = parseJobPost(calib('heldout14', 'jobs', 'gitlab-machine-learning-engineer.txt'));
    const years = analyze({ resume, job }).breakdown.find((b) => b.label === 'Experience')!;
    expect(years.detail).toMatch(/^0\.4 of 2\+ years/);
  });

  it('Rapid River\'s "QA Lead" asks quality assurance, though its post says "QA team" twice', () => {
    const job = parseJobPost(calib('heldout65', 'jobs', 'rapidriver-qa-lead.txt'));
    expect(requirementOf(job, 'qa')?.place).toBe('title');
  });
});

describe('scoring 2.64.0: covering most of a post outscores covering its core (the sixty-sixth held-out set)', () => {
  it('for Rapid River\'s data analyst post, a statistician without Tableau or Spark SQL earns less of the skills share than the analyst who has them', async () => {
    const job = parseJobPost(calib('heldout65', 'jobs', 'rapidriver-data-analyst.txt'));
    const skillsPart = async (file: string) => analyze({ resume: await resumeOf('heldout65', file), job }).breakdown.find((b) => b.label === 'Skills')!;
    const statistician = await skillsPart('michael-groesbeck-senior-data-analyst.txt');
    const analyst = await skillsPart('canyen-heimuli-data-analyst.txt');
    expect(statistician.earned).toBeLessThan(statistician.possible);
    expect(analyst.earned).toBeGreaterThan(statistician.earned);
    // Past the core the skills share is never below SKILLS_CORE_CREDIT of it.
    expect(statistician.earned).toBeGreaterThanOrEqual(statistician.possible * SKILLS_CORE_CREDIT);
  });
});

describe('scoring 2.65.0: a role title one blank line above its dates', () => {
  it('"Tech Lead | Incubyte", a blank line, then "Jun 2021 – Present | Remote": the role is titled Tech Lead, and the next roles are titled too', async () => {
    const resume = await resumeOf('heldout67', 'abhishek-keshri-tech-lead-full-stack.txt');
    expect(resume.experience.slice(0, 3).map((e) => e.title)).toEqual(['Tech Lead', 'Project Engineer', 'Software Development Intern']);
  });

  it('the line above the blank must open its block: the last line of the previous role lends the next dates no title', () => {
    const resume = readResumeText('Jane Doe\n\nEXPERIENCE\n\nData Analyst | Acme\n\nJan 2020 – Present\nTeam Lead, Reporting\n\nMar 2018 – Dec 2019\n\n- Wrote SQL reports\n', TODAY);
    expect(resume.experience).toHaveLength(2);
    expect(resume.experience[1]!.title).toBeNull();
  });
});

describe('title families data: adjacency is checked when the file is read', () => {
  it('an adjacent id must name a family, and only an umbrella names adjacent ones', async () => {
    const { TitleFamilies } = await import('../src/roles/title-families.js');
    const raw = JSON.parse(readFileSync(path.join(FIXTURES, '..', '..', 'data', 'title-families.json'), 'utf8'));
    expect(() => new TitleFamilies(raw)).not.toThrow();
    const misspelt = structuredClone(raw);
    misspelt.families.find((f: { id: string }) => f.id === 'software-engineering').adjacent = ['infrastructur'];
    expect(() => new TitleFamilies(misspelt)).toThrow(/is no family/);
    const notUmbrella = structuredClone(raw);
    notUmbrella.families.find((f: { id: string }) => f.id === 'frontend').adjacent = ['infrastructure'];
    expect(() => new TitleFamilies(notUmbrella)).toThrow(/only an umbrella/);
  });
});

describe('scoring 2.65.1: "What You Bring To The Team" heads the requirements (the sixty-seventh held-out set)', () => {
  it('Nixtla\'s machine learning post asks its MLOps and PyTorch under that heading, not as duties', () => {
    expect(jobHeadingKind('What You Bring To The Team')).toBe('required');
    const job = parseJobPost(calib('heldout67', 'jobs', 'nixtla-machine-learning-engineer.txt'));
    expect(requirementOf(job, 'mlops')?.place).toBe('required');
    expect(requirementOf(job, 'pytorch')?.place).toBe('required');
  });
});

describe('scoring 2.65.2: question headings that open a section (Liferay\'s product designer post)', () => {
  it('"Who Are We Looking For?" opens what the post asks, though it starts with "who are we"; "What Can We Offer You?" opens the benefits', () => {
    expect(jobHeadingKind('Who Are We Looking For?')).toBe('required');
    expect(jobHeadingKind('What Can We Offer You?')).toBe('boilerplate');
    expect(jobHeadingKind('What Do I Need to Apply?')).toBe('boilerplate');
    // The benefits heading by prefix still holds: "What we offer in return".
    expect(jobHeadingKind('What We Offer In Return')).toBe('boilerplate');
  });

  it('"strong executive support for Design" is a benefit, not a requirement; the first year\'s Figma work is a duty', () => {
    const job = parseJobPost(calib('heldout66', 'jobs', 'liferay-product-designer.txt'));
    expect(requirementOf(job, 'executive-support')).toBeUndefined();
    expect(requirementOf(job, 'figma')?.place).toBe('responsibilities');
  });
});

describe('scoring 2.66.0: a skill named only in the skills list is weaker evidence than one the work shows', () => {
  const post = () => parseJobPost(calib('heldout8', 'jobs', 'datasf-analytics-engineer.txt'));

  it('a bootcamp front-end developer lists Python (line 24) but no role uses it: the analytics post counts it in part, and says so', async () => {
    const resume = await resumeOf('heldout8', 'damian-justice-front-end-developer.txt');
    const skills = skillsOf(resume);
    expect(skills.found.has('python')).toBe(true);
    expect(skills.listedOnly.has('python')).toBe(true);
    const report = analyze({ resume, job: post() });
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).toMatch(/Python only in a skills list, counted at \d+%/);
    // The recruiter: "no ETL, data pipelines or professional SQL/Python data work".
    expect(report.band).toBe('needs-work');
  });

  it('a data engineer whose work names Python gets it whole', async () => {
    const resume = await resumeOf('heldout8', 'edward-sadoon-data-engineer.txt');
    const skills = skillsOf(resume);
    expect(skills.found.has('python')).toBe(true);
    expect(skills.listedOnly.has('python')).toBe(false);
    expect(analyze({ resume, job: post() }).breakdown.find((b) => b.label === 'Skills')?.detail).not.toMatch(/Python only/);
  });
});

describe('scoring 2.66.1: a data scientist does data science (Marco Gorelli for GitLab\'s data science post)', () => {
  it('"Data Scientist at Samsung R&D Institute UK; Nov18 - now" is a dated data-science role, and the title shows the skill the post insists on', async () => {
    const resume = await resumeOf('heldout40', 'marco-gorelli-data-scientist.txt');
    expect(resume.experience.some((e) => e.title === 'Data Scientist' && e.present)).toBe(true);
    expect(skillsOf(resume).found.has('data-science')).toBe(true);
    const report = analyze({ resume, job: parseJobPost(calib('heldout40', 'jobs', 'gitlab-data-scientist.txt')) });
    expect(report.breakdown.find((b) => b.label === 'Skills')?.detail).not.toMatch(/no Data science/);
    // The recruiter: strong (Python data stack, statistics and production models covered).
    expect(report.band).toBe('strong');
  });

  it('working with data scientists is not being one', async () => {
    const resume = readResumeText('Experience\nData Engineer, Acme; Jan 2020 - Present\n- Built Airflow pipelines with the data scientists on our team', TODAY);
    expect(skillsOf(resume).found.has('data-science')).toBe(false);
  });
});

describe('scoring 2.66.2: a level word heads the title, never an employer (source{d}\'s senior product manager post)', () => {
  it('"Senior Product Manager" stays whole, and the "Role" heading under it is no company', () => {
    const job = parseJobPost(calib('heldout52', 'jobs', 'sourced-senior-product-manager.txt'));
    expect(job.title).toBe('Senior Product Manager');
    expect(job.company).not.toBe('Senior');
    expect(job.company).not.toBe('Role');
    // Its head without the pay line: the line under the title is where a company is looked for next.
    const head = calib('heldout52', 'jobs', 'sourced-senior-product-manager.txt').split('\n').filter((l) => !l.startsWith('Compensation'));
    expect(parseJobPost(head.join('\n')).company).not.toBe('Role');
  });

  it('an employer\'s name in front of the job is still split off ("OONI Project Manager")', () => {
    const job = parseJobPost(calib('heldout37', 'jobs', 'ooni-project-manager.txt'));
    expect(job.title).toBe('Project Manager');
  });
});

describe('scoring 2.66.2: who offers the job, read from the head of the post', () => {
  const companyOf = (set: string, file: string) => parseJobPost(calib(set, 'jobs', file)).company;

  it('"Data Analyst Roles at GitLab": after "at" comes the employer, though GitLab is also a skill the lexicon knows', () => {
    const job = parseJobPost(calib('heldout16', 'jobs', 'gitlab-data-analyst.txt'));
    expect(job.company).toBe('GitLab');
    // Read as the title's stack, GitLab had become a requirement of its own data analyst post.
    expect(requirementOf(job, 'gitlab')).toBeUndefined();
  });

  it('"Full Stack Platform Engineer @mysc.app": the address after "@" is the employer, and "Backend" on the line below is not', () => {
    const job = parseJobPost(calib('heldout69', 'jobs', 'affine-full-stack-platform-engineer.txt'));
    expect(job.title).toBe('Full Stack Platform Engineer');
    expect(job.company).toBe('mysc.app');
  });

  it('a place, a list of cities, a kind of contract or a section heading under the title names no employer', () => {
    expect(companyOf('heldout66', 'liferay-associate-ux-researcher.txt')).toBe('Liferay');
    expect(companyOf('heldout37', 'iai-ai-impact-and-evaluation-lead.txt') ?? '').not.toMatch(/Bristol|London/);
    expect(companyOf('heldout6', 'openinfra-accounting-operations-intern.txt')).not.toBe('Internship');
    expect(companyOf('heldout64', 'qri-frontend-software-engineer.txt')).not.toBe('Roles and Responsibilities');
  });
});

describe('scoring 2.66.3: an intern title shows the field, not yet the job (Joseph Azevedo, a computer science student)', () => {
  const titleOf = async (set: string, job: string) =>
    titlePart(await resumeOf('heldout71', 'joseph-azevedo-software-engineer-student.pdf'), parseJobPost(calib(set, 'jobs', job)));

  it('"Software Engineering Intern" is a related title for Unkey\'s "Software Engineer, Backend", not the same job', async () => {
    const part = await titleOf('heldout71', 'unkey-software-engineer-backend.txt');
    expect(part?.detail).toMatch(/"Software Engineering Intern" is a related title/);
  });

  it('for a junior post it is the job: the Ministry of Justice\'s junior software developer', async () => {
    const part = await titleOf('heldout22', 'moj-junior-software-developer.txt');
    expect(part?.detail).toMatch(/matches/);
  });
});

describe('scoring 2.66.4: a city on the line under the title is where the job is, not who offers it', () => {
  it('Dialog\'s "Moscow" and i.AI\'s "London • £75,000 - £117,800" name no employer', () => {
    expect(parseJobPost(calib('heldout73', 'jobs', 'dialog-senior-ios-developer.txt')).company).not.toBe('Moscow');
    expect(parseJobPost(calib('heldout37', 'jobs', 'iai-deputy-director-strategy-and-business-engagement.txt')).company).not.toBe('London');
  });

  it('nor do places joined by commas, with the post\'s body unchanged under them', () => {
    const body = calib('heldout73', 'jobs', 'dialog-senior-ios-developer.txt').split('\n').slice(1).join('\n');
    expect(parseJobPost(`Senior iOS Developer\nLondon, United Kingdom\n${body}`).company ?? "").not.toMatch(/London/);
  });
});

describe('scoring 2.66.5: a team in brackets is no part of the title, as after a dash', () => {
  it('"Senior iOS Developer (Corporate Integration Department)" is a Senior iOS Developer post', () => {
    expect(parseJobPost(calib('heldout73', 'jobs', 'dialog-senior-ios-developer.txt')).title).toBe('Senior iOS Developer');
  });

  it('a bracket that names the job\'s field stays ("Teacher (Mixed Elementary)")', () => {
    expect(parseJobPost(calib('heldout38', 'jobs', 'dodea-teacher-mixed-elementary.txt')).title).toMatch(/Mixed Elementary/);
  });
});

/** The answer in a chat: a first reply that fits a phone, details on request, a clear target. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createBot, renderPlainText } from '../src/bot/index.js';
import { FIRST_REPLY_MAX_CHARS, reportReply } from '../src/bot/report-reply.js';
import { renderReply as renderTelegram } from '../adapters/telegram/render.js';
import { analyze, readResumeText } from '../src/analysis/pipeline.js';
import { blocksOf, commandEvent, fileEvent, memoryAttachment, textEvent, textOf } from '../src/bot/testing.js';

const FIX = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (p: string) => new Uint8Array(readFileSync(path.join(FIX, p)));
const RESUMES = [
  'awesomecv-devops-sre.pdf', 'deedy-two-column-swe.pdf', 'jsonresume-senior-engineer-header-table.docx',
  'libreoffice-cv-template-table.docx', 'openresume-john-doe-swe.pdf', 'rm-alfred-pennyworth-product-manager.pdf',
  'rm-barry-allen-frontend.pdf', 'rm-john-doe-java-fullstack.pdf', 'rm-john-doe-java.txt',
  'rm-john-smith-python-ml-word2016.pdf', 'rm-john-smith-python-ml.txt', 'rm-template-single-column.pdf', 'rm-template-two-column.pdf',
];
const PM_JOB = readFileSync(path.join(FIX, 'jobs/rm-jd-product-manager.txt'), 'utf8');
const BACKEND_JOB = readFileSync(path.join(FIX, 'jobs/rm-jd-backend-engineer.txt'), 'utf8');

function setup() {
  const bot = createBot({ store: new Keyv({ store: new Map() }), rateLimit: { max: 1000, windowMs: 60_000 } });
  const upload = (name: string, init = {}) => bot.handle(fileEvent(memoryAttachment(name, fixture(`resumes/${name}`)), init));
  return { bot, upload };
}

describe('the first report reply fits a phone', () => {
  it.each(RESUMES)('%s: at most 1,200 characters in plain text, with score, gaps, fixes, summary and the way to details', async (name) => {
    const { upload } = setup();
    const [report] = await upload(name);
    expect(report!.kind).toBe('report');
    const plain = renderPlainText(report!);
    expect(plain.length).toBeLessThanOrEqual(FIRST_REPLY_MAX_CHARS);
    expect(plain).toMatch(/Match score: \d+\/100/);
    expect(plain).toMatch(/ATS readiness: \d+\/100/);
    expect(plain).toContain('Suggested summary');
    expect(blocksOf(report!, 'choices')[0]!.options.map((o) => o.command)).toEqual(expect.arrayContaining(['/ats details skills', '/ats details checks', '/ats details why']));
    const gaps = blocksOf(report!, 'section').find((s) => s.heading.startsWith('Top gaps'));
    // Nothing had to be dropped to fit: three gaps whenever there are more to see in the details.
    if (gaps) expect(gaps.items!.length === 3 || !/more in details/.test(gaps.heading), gaps.heading).toBe(true);
    const fixes = blocksOf(report!, 'section').find((s) => s.heading === 'Fix first');
    if (fixes) expect(fixes.items!.length).toBeLessThanOrEqual(2);
    // One Telegram message, far under its 4096-character limit.
    const messages = renderTelegram(report!);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.html.length).toBeLessThan(4096);
  });

  it('stays within the limit on unusual input: long skill names and long checks lose list items, never the summary', () => {
    const resume = readResumeText('Jane Roe\nBackend Developer\njane@example.com\nEXPERIENCE\nBackend Developer, Acme | Jan 2020 – Present\n• Built the billing service in Go for 40 teams', new Date('2025-01-15T00:00:00Z'));
    const report = analyze({ resume });
    report.skills.missing = Array.from({ length: 8 }, (_, i) => ({ id: `x${i}`, name: `A very long skill name number ${i} `.repeat(4), required: true, cost: 9 - i, where: 'Add it to your Skills section if you have it, then show it in an experience bullet.' }));
    report.checks = report.checks.map((c) => ({ ...c, passed: false, message: `${c.message} `.repeat(3), fix: 'Do this. '.repeat(12) }));
    const reply = reportReply(report);
    expect(renderPlainText(reply).length).toBeLessThanOrEqual(FIRST_REPLY_MAX_CHARS);
    expect(blocksOf(reply, 'code')[0]!.text).toBe(report.summary);
  });

  it('against a job post too (the senior backend resume and the backend post)', async () => {
    const { bot, upload } = setup();
    await bot.handle(textEvent(BACKEND_JOB));
    const [report] = await upload('rm-template-single-column.pdf');
    expect(renderPlainText(report!).length).toBeLessThanOrEqual(FIRST_REPLY_MAX_CHARS);
  });
});

describe('/ats details', () => {
  it('skills, checks, bullets and why: each one part of the full report, never repeating skills as keywords', async () => {
    const { bot, upload } = setup();
    await bot.handle(textEvent(BACKEND_JOB));
    await upload('rm-template-single-column.pdf');
    const [skills] = await bot.handle(commandEvent('details skills'));
    expect(skills!.kind).toBe('details');
    const missing = blocksOf(skills!, 'section').find((s) => s.heading.startsWith('Missing skills'))!;
    // The backend post asks for FastAPI; the resume never names it.
    expect(missing.items!.some((i) => i.startsWith('FastAPI'))).toBe(true);
    const keywords = blocksOf(skills!, 'section').find((s) => s.heading === 'Keywords to mirror');
    const skillNames = new Set(missing.items!.map((i) => i.split(/[,(]/)[0]!.trim().toLowerCase()));
    for (const k of keywords?.text?.split(', ') ?? []) expect(skillNames.has(k.toLowerCase()), k).toBe(false);
    // "use the post's wording" only where the wording differs.
    for (const item of blocksOf(skills!, 'section').find((s) => s.heading === 'Matched')!.items!) {
      const m = /^(.+?) \(your resume says “(.+?)”/.exec(item);
      if (m) expect(m[1]!.toLowerCase()).not.toBe(m[2]!.toLowerCase());
    }
    const [checks] = await bot.handle(commandEvent('details checks'));
    expect(textOf(checks!)).toContain('Email address found.');
    const [bullets] = await bot.handle(commandEvent('details bullets'));
    expect(textOf(bullets!)).toMatch(/Bullets to strengthen|No bullet needs work/);
    const [why] = await bot.handle(commandEvent('details why'));
    expect(blocksOf(why!, 'fields')[0]!.fields.map((f) => f.label).join(' ')).toMatch(/Skills/);
  });

  it('without a resume: says what to send; an unknown topic: the topics as choices', async () => {
    const { bot } = setup();
    const [none] = await bot.handle(commandEvent('details skills'));
    expect(none!.kind).toBe('hint');
    expect(none!.title).toMatch(/No resume stored/);
    const [which] = await bot.handle(commandEvent('details'));
    expect(blocksOf(which!, 'choices')[0]!.options.map((o) => o.command)).toEqual(
      ['/ats details skills', '/ats details checks', '/ats details bullets', '/ats details why']);
  });

  it('in a group the details are private too', async () => {
    const { bot, upload } = setup();
    await upload('rm-template-single-column.pdf');
    const replies = await bot.handle(commandEvent('details checks', { isDM: false }));
    expect(replies.find((r) => r.kind === 'details')!.audience).toBe('private');
  });
});

describe('the target is clear', () => {
  it('a product-manager post pasted after /ats backend-developer replaces the role: no blend, no Node.js', async () => {
    const { bot, upload } = setup();
    await bot.handle(commandEvent('backend-developer'));
    await upload('rm-alfred-pennyworth-product-manager.pdf');
    const [saved, report] = await bot.handle(textEvent(PM_JOB));
    expect(textOf(saved!)).toMatch(/Your chosen role, Backend Developer, is kept/);
    const target = blocksOf(report!, 'score')[0]!.target;
    expect(target).toMatch(/\(job post\)$/);
    expect(target).not.toMatch(/Backend Developer/);
    const [skills] = await bot.handle(commandEvent('details skills'));
    expect(textOf(skills!)).not.toMatch(/Node\.js/);
  });

  it('/ats <role> after pasting a post checks against both, and keeps doing so', async () => {
    const { bot, upload } = setup();
    await bot.handle(textEvent(BACKEND_JOB));
    await upload('rm-template-single-column.pdf');
    const [both] = await bot.handle(commandEvent('backend-developer'));
    expect(blocksOf(both!, 'score')[0]!.target).toMatch(/\(job post\) \+ Backend Developer$/);
    const [again] = await upload('rm-template-two-column.pdf');
    expect(blocksOf(again!, 'score')[0]!.target).toMatch(/\+ Backend Developer$/);
  });

  it('clearing the post brings the kept role back', async () => {
    const { bot, upload } = setup();
    await bot.handle(commandEvent('backend-developer'));
    await bot.handle(textEvent(PM_JOB));
    await bot.handle(commandEvent('job clear'));
    const [report] = await upload('rm-template-single-column.pdf');
    expect(blocksOf(report!, 'score')[0]!.target).toBe('Backend Developer');
  });
});

describe('the same resume, a new version, another person', () => {
  it('the same file again: one line, no "±0" comparison', async () => {
    const { upload } = setup();
    await upload('rm-template-single-column.pdf');
    const [again] = await upload('rm-template-single-column.pdf');
    expect(again!.blocks[0]).toEqual({ type: 'text', text: 'Same resume as last time: nothing changed.' });
    expect(textOf(again!)).not.toMatch(/What changed|±0/);
  });

  it('the same file against a new target says so in one line', async () => {
    const { bot, upload } = setup();
    await upload('rm-template-single-column.pdf');
    await bot.handle(textEvent(PM_JOB)); // analysed against the post at once
    await bot.handle(commandEvent('job clear')); // no analysis: the next one is against the inferred role
    const [again] = await upload('rm-template-single-column.pdf');
    expect(again!.blocks[0]!.type).toBe('text');
    expect(textOf(again!.blocks[0]!)).toMatch(/Same resume as last time, against a new target: .*\(job post\) before, Backend Developer now\./);
  });

  it("another person's resume (another name and email) is a new resume, not a version", async () => {
    const { upload } = setup();
    await upload('rm-template-single-column.pdf');
    const [other] = await upload('rm-alfred-pennyworth-product-manager.pdf');
    expect(other!.blocks[0]!.type).toBe('score');
    expect(textOf(other!)).not.toMatch(/What changed|Skills gained/);
  });
});

describe('the role inferred from a resume', () => {
  it("trusts the resume's own title: a Machine Learning Engineer with data-science skills is checked as one", () => {
    // An earlier Data Scientist role and data-science skills: the headline still says what she is now.
    const text = 'Priya Raman\nMachine Learning Engineer\npriya@example.com\nEXPERIENCE\nMachine Learning Engineer, Acme | Jan 2023 – Present\n'
      + '• Trained pandas and scikit-learn models with SQL, statistics, A/B testing and Tableau dashboards for 3 teams\n'
      + 'Data Scientist, Beta | Jan 2019 – Dec 2022\n• Ran A/B tests and built Tableau dashboards for 40 product managers\n'
      + 'SKILLS\nPython, SQL, pandas, scikit-learn, statistics, A/B testing, Tableau, R, Jupyter';
    const report = analyze({ resume: readResumeText(text, new Date('2025-01-15T00:00:00Z')) });
    expect(report.target).toMatchObject({ role: 'ml-engineer', roleInferred: true });
  });
});

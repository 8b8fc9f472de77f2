/** The conversation, driven with normalized events on the real core (inline runner) and real fixtures. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createBot, renderPlainText } from '../src/bot/index.js';
import { blocksOf, commandEvent, fileEvent, memoryAttachment, textEvent, textOf } from '../src/bot/testing.js';
import { getRoles } from '../src/roles/registry.js';

const FIX = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (p: string) => new Uint8Array(readFileSync(path.join(FIX, p)));
const SENIOR_BACKEND_PDF = 'resumes/rm-template-single-column.pdf';
const JAVA_TXT = 'resumes/rm-john-doe-java.txt';
const BACKEND_JOB = readFileSync(path.join(FIX, 'jobs/rm-jd-backend-engineer.txt'), 'utf8');

function setup() {
  const map = new Map<string, unknown>();
  const bot = createBot({ store: new Keyv({ store: map }) });
  const upload = (p: string, init = {}) => bot.handle(fileEvent(memoryAttachment(path.basename(p), fixture(p)), init));
  return { bot, map, upload };
}

describe('commands', () => {
  it('/ats and /ats help: short help naming every command', async () => {
    const { bot } = setup();
    for (const args of ['', 'help']) {
      const [reply, ...rest] = await bot.handle(commandEvent(args));
      expect(rest).toEqual([]);
      expect(reply!.kind).toBe('help');
      for (const cmd of ['/ats roles', '/ats job', '/ats forget', '/ats <role>']) expect(textOf(reply!)).toContain(cmd);
    }
  });

  it('/ats roles: every role, grouped by its group, each with its command', async () => {
    const { bot } = setup();
    const [reply] = await bot.handle(commandEvent('roles'));
    expect(reply!.kind).toBe('roles');
    const groups = blocksOf(reply!, 'choices');
    const roles = getRoles().all();
    expect(groups.map((g) => g.heading).sort()).toEqual([...new Set(roles.map((r) => r.group))].sort());
    const listed = groups.flatMap((g) => g.options.map((o) => o.command));
    expect(listed.sort()).toEqual(roles.map((r) => `/ats ${r.id}`).sort());
    const backend = groups.find((g) => g.options.some((o) => o.command === '/ats backend-developer'));
    expect(backend?.heading).toBe(getRoles().get('backend-developer')!.group);
    expect(bot.roles().map((r) => r.id).sort()).toEqual(roles.map((r) => r.id).sort());
  });

  it('unknown role: the closest roles offered as commands, never a crash', async () => {
    const { bot, map } = setup();
    const [reply] = await bot.handle(commandEvent('backend developr'));
    // A near miss either resolves or is offered; a nonsense role is always an error with choices.
    expect(['role-chosen', 'error']).toContain(reply!.kind);
    const [nonsense] = await bot.handle(commandEvent('underwater basket weaver'));
    expect(nonsense!.kind).toBe('error');
    expect(nonsense!.errorCode).toBe('unknown-role');
    for (const c of blocksOf(nonsense!, 'choices').flatMap((b) => b.options)) expect(c.command).toMatch(/^\/ats [a-z0-9-]+$/);
    expect(textOf(nonsense!)).toMatch(/\/ats roles/);
    expect([...map.keys()].filter((k) => k.includes(':role'))).toHaveLength(reply!.kind === 'role-chosen' ? 1 : 0);
  });

  it('the same command typed as text (no adapter parsing) works too', async () => {
    const { bot } = setup();
    const [reply] = await bot.handle(textEvent('/ats roles'));
    expect(reply!.kind).toBe('roles');
  });

  it('a short message that is neither a command nor a document: a one-line hint', async () => {
    const { bot } = setup();
    const [reply, ...rest] = await bot.handle(textEvent('hello there'));
    expect(rest).toEqual([]);
    expect(reply!.kind).toBe('hint');
    expect(reply!.blocks).toEqual([]);
    expect(reply!.title.split('\n')).toHaveLength(1);
  });

  it('longer text that is neither a job post nor a resume: a hint, not an essay', async () => {
    const { bot } = setup();
    const prose = 'The weather was lovely yesterday and we walked along the river for hours, talking about books, old friends and the best place to get coffee in town before the rain came.';
    const [reply] = await bot.handle(textEvent(prose));
    expect(reply!.kind).toBe('hint');
  });
});

describe('role, resume and job post in any order', () => {
  it('role then upload: says what to send, then the report against that role', async () => {
    const { bot, upload } = setup();
    const [chosen] = await bot.handle(commandEvent('backend-developer'));
    expect(chosen!.kind).toBe('role-chosen');
    expect(textOf(chosen!)).toMatch(/send me your resume/i);
    const [report] = await upload(SENIOR_BACKEND_PDF);
    expect(report!.kind).toBe('report');
    const [score] = blocksOf(report!, 'score');
    expect(score!.target).toBe('Backend Developer');
    expect(score!.score).toBeGreaterThanOrEqual(0);
    expect(score!.score).toBeLessThanOrEqual(100);
    expect(['strong', 'close', 'needs-work']).toContain(score!.band);
    expect(textOf(report!)).not.toMatch(/No role chosen/);
    expect(blocksOf(report!, 'code')[0]!.heading).toBe('Suggested summary');
  });

  it('upload then role: the inferred role first (saying so), then the report at once on /ats <role>', async () => {
    const { bot, upload } = setup();
    const [first] = await upload(SENIOR_BACKEND_PDF);
    expect(first!.kind).toBe('report');
    expect(textOf(first!)).toMatch(/No role chosen/);
    expect(textOf(first!)).toMatch(/\/ats roles/);
    const other = getRoles().all().find((r) => r.id !== 'backend-developer')!;
    const replies = await bot.handle(commandEvent(other.id));
    expect(replies.map((r) => r.kind)).toEqual(['report']);
    expect(blocksOf(replies[0]!, 'score')[0]!.target).toBe(other.title);
  });

  it('job post then upload: what was understood, then the match against the post', async () => {
    const { bot, upload } = setup();
    const [saved, ...rest] = await bot.handle(textEvent(BACKEND_JOB));
    expect(rest).toEqual([]);
    expect(saved!.kind).toBe('job');
    const fields = Object.fromEntries(blocksOf(saved!, 'fields')[0]!.fields.map((f) => [f.label, f.value]));
    expect(Number(fields['Required skills'])).toBeGreaterThan(0);
    expect(fields).toHaveProperty('Preferred skills');
    expect(fields).toHaveProperty('Company');
    const [shown] = await bot.handle(commandEvent('job'));
    expect(shown!.title).toMatch(/^Matching against/);
    const [report] = await upload(SENIOR_BACKEND_PDF);
    expect(report!.kind).toBe('report');
    expect(blocksOf(report!, 'score')[0]!.target).toMatch(/\(job post\)/);
    const [cleared] = await bot.handle(commandEvent('job clear'));
    expect(cleared!.title).toBe('Job post cleared');
    const [none] = await bot.handle(commandEvent('job'));
    expect(none!.title).toBe('No job post saved');
  });

  it('job post with a resume stored: the match follows at once', async () => {
    const { bot, upload } = setup();
    await upload(SENIOR_BACKEND_PDF);
    const replies = await bot.handle(textEvent(BACKEND_JOB));
    expect(replies.map((r) => r.kind)).toEqual(['job', 'report']);
  });

  it('/ats job <text> stores the text as a job post without guessing', async () => {
    const { bot } = setup();
    const [saved] = await bot.handle(commandEvent(`job ${BACKEND_JOB}`));
    expect(saved!.kind).toBe('job');
  });

  it('a resume pasted as text is treated like a resume file', async () => {
    const { bot } = setup();
    const [report] = await bot.handle(textEvent(readFileSync(path.join(FIX, JAVA_TXT), 'utf8')));
    expect(report!.kind).toBe('report');
  });

  it('a new version opens with what changed: score and readiness delta, skills gained, checks', async () => {
    const { bot } = setup();
    await bot.handle(commandEvent('backend-developer'));
    const v1 = readFileSync(path.join(FIX, JAVA_TXT), 'utf8');
    const [first] = await bot.handle(fileEvent(memoryAttachment('v1.txt', new TextEncoder().encode(v1))));
    expect(first!.blocks[0]!.type).toBe('score');
    // v2: more skills listed, and every experience bullet now ends with a measurable result.
    const v2 = v1.replace('Maven, Git, JIRA', 'Maven, Git, JIRA, Docker, Kubernetes, PostgreSQL, Redis, Kafka')
      .replace(/^(Design|Collaborate|Conduct|Develop|Implement|Led|Designed|Provided|Worked|Participated|Collaborated|Developed|Conducted)(.*)\.$/gm,
        (_m, verb: string, rest: string) => `${verb}${rest}, cutting costs by 20%.`);
    const [second] = await bot.handle(fileEvent(memoryAttachment('v2.txt', new TextEncoder().encode(v2))));
    const diff = second!.blocks[0]!;
    expect(diff.type).toBe('section');
    if (diff.type !== 'section') return;
    expect(diff.heading).toBe('What changed since your last version');
    expect(diff.items![0]).toMatch(/^Match score: \d+ → \d+ \([+±-]/);
    expect(diff.items![1]).toMatch(/^ATS readiness: \d+ → \d+/);
    expect(diff.items!.find((i) => i.startsWith('Skills gained:'))).toMatch(/Docker/);
    expect(diff.items!.some((i) => /^Now passing: .*bullets/.test(i))).toBe(true);
    const before = blocksOf(first!, 'score')[0]!.score;
    const after = blocksOf(second!, 'score')[0]!.score;
    expect(after).toBeGreaterThan(before);
  });
});

describe('forget', () => {
  it('/ats forget deletes everything about that person at once, and only theirs', async () => {
    const { bot, map, upload } = setup();
    await bot.handle(commandEvent('backend-developer'));
    await bot.handle(textEvent(BACKEND_JOB));
    await upload(SENIOR_BACKEND_PDF);
    await bot.handle(commandEvent('backend-developer', { userId: 'bob' }));
    expect([...map.keys()].filter((k) => k.includes('user:console:alice:')).length).toBeGreaterThanOrEqual(4);
    const [reply] = await bot.handle(commandEvent('forget'));
    expect(reply!.kind).toBe('forget');
    expect([...map.keys()].filter((k) => k.includes('alice'))).toEqual([]);
    expect([...map.keys()].filter((k) => k.includes('user:console:bob:role'))).toHaveLength(1);
    const [after] = await bot.handle(commandEvent('job'));
    expect(after!.title).toBe('No job post saved');
  });
});

describe('plain-text renderer', () => {
  it('renders a report with the score line and band, colour only when asked', async () => {
    const { upload } = setup();
    const replies = await upload(SENIOR_BACKEND_PDF);
    const plain = renderPlainText(replies);
    expect(plain).toMatch(/Match score: \d+\/100 (strong|close|needs work)/);
    expect(plain).toMatch(/ATS readiness: \d+\/100/);
    expect(plain).toContain('Suggested summary');
    expect(plain).not.toMatch(/\x1b\[/);
    expect(renderPlainText(replies, { color: true })).toMatch(/\x1b\[/);
  });
});

/**
 * Links in the conversation, on the real core (inline runner) with the link reader pointed at fake
 * ATS APIs on 127.0.0.1: a link in a DM and `/ats job <url>` store the post and answer the match.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import Keyv from 'keyv';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import { blocksOf, commandEvent, textEvent, textOf } from '../src/bot/testing.js';
import { createLinkReader } from '../src/links/index.js';
import type { FakeWeb } from './fakes/web.js';
import { POSTING_LINKS, startFakeAts } from './helpers/fake-ats.js';
import { buildPdf } from './helpers/bad-files.js';

const RESUME = readFileSync(path.resolve(import.meta.dirname, 'fixtures/resumes/rm-john-doe-java.txt'), 'utf8');

let web: FakeWeb;
beforeAll(async () => { web = await startFakeAts(); });
afterAll(() => web.close());

function setup(extra: Parameters<typeof createBot>[0] = {}) {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } }));
  const bot = createBot({ store: new Keyv({ store: new Map() }), logger, linkReader: createLinkReader({ seam: web.seam, logger }), ...extra });
  return { bot, lines };
}

const fieldsOf = (reply: Parameters<typeof blocksOf>[0]) => Object.fromEntries(blocksOf(reply, 'fields')[0]!.fields.map((f) => [f.label, f.value]));

describe('a link is a job post', () => {
  it.each(Object.entries(POSTING_LINKS))('%s link in a DM: stored, understood, matched against the stored resume', async (provider, link) => {
    const { bot } = setup();
    await bot.handle(textEvent(RESUME));
    const replies = await bot.handle(textEvent(`what do you think of my resume for ${link}?`));
    expect(replies.map((r) => r.kind)).toEqual(['job', 'report']);
    const [saved, report] = replies;
    expect(saved!.title).toMatch(/^Job post saved: Backend Engineer/);
    expect(textOf(saved!)).toContain(`I read this post from ${provider} (${new URL(link).hostname}).`);
    expect(Number(fieldsOf(saved!)['Required skills'])).toBeGreaterThan(3);
    expect(blocksOf(report!, 'score')[0]!.target).toMatch(/Backend Engineer/);
    // Stored: `/ats job` shows it without fetching again.
    const before = web.requests.length;
    const [shown] = await bot.handle(commandEvent('job'));
    expect(shown!.title).toMatch(/^Matching against: Backend Engineer/);
    expect(web.requests.length).toBe(before);
  });

  it.each(Object.entries(POSTING_LINKS))('%s: /ats job <url> does the same', async (_provider, link) => {
    const { bot } = setup();
    await bot.handle(textEvent(RESUME));
    const replies = await bot.handle(commandEvent(`job ${link}`));
    expect(replies.map((r) => r.kind)).toEqual(['job', 'report']);
  });

  it('without a resume: the post is saved and the person asked for one', async () => {
    const { bot } = setup();
    const replies = await bot.handle(textEvent(POSTING_LINKS.Workable));
    expect(replies.map((r) => r.kind)).toEqual(['job']);
    expect(replies[0]!.title).toBe('Job post saved: Backend Engineer at Acme Freight');
  });

  it('a PDF behind a link is read as a post file', async () => {
    const lines = ['Backend Engineer', 'Acme Freight', 'Requirements', '- 5+ years of experience with Java and Spring Boot',
      '- PostgreSQL and Kafka', 'Nice to have', '- Kubernetes', 'We are hiring an engineer who will own our payment APIs.',
      'You will build services in Java. Apply with your resume.'];
    web.routes['careers.acme.example/backend.pdf'] = { type: 'application/pdf', body: Buffer.from(buildPdf([lines.map((text, i) => ({ x: 72, y: 720 - i * 18, text }))])) };
    const { bot } = setup();
    const replies = await bot.handle(textEvent('https://careers.acme.example/backend.pdf'));
    expect(replies[0]!.kind).toBe('job');
    expect(textOf(replies[0]!)).toContain('I read this post from a file (careers.acme.example)');
    expect(fieldsOf(replies[0]!)['Years asked']).toBe('5+');
  });
});

describe('links that are not read', () => {
  const cases: [string, string][] = [
    ['https://careers.acme.example/private', 'link-login'],
    ['https://www.linkedin.com/jobs/view/123', 'link-login'],
    ['https://careers.acme.example/gone', 'link-not-found'],
    ['https://jobs.ashbyhq.com/acme/11111111-2222-4333-8444-555555555555', 'link-expired'],
    ['https://careers.acme.example/logo.png', 'link-not-html'],
    ['https://careers.acme.example/huge', 'link-too-large'],
    ['https://careers.acme.example/', 'link-no-post'],
    ['http://careers.acme.example/jobs/backend', 'link-refused'],
    ['https://169.254.169.254/latest/meta-data/', 'link-refused'],
  ];
  it.each(cases)('%s -> %s, a friendly answer, nothing stored', async (link, code) => {
    const { bot } = setup();
    const [reply, ...rest] = await bot.handle(textEvent(link));
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({ kind: 'error', errorCode: code });
    expect(textOf(reply!)).toMatch(/paste|link|post/i);
    const [shown] = await bot.handle(commandEvent('job'));
    expect(shown!.title).toBe('No job post saved');
  });

  it('LINK_FETCH=off (no reader): a link is answered "paste the text", nothing fetched', async () => {
    const before = web.requests.length;
    const bot = createBot({ store: new Keyv({ store: new Map() }) });
    const [reply] = await bot.handle(textEvent(POSTING_LINKS.Greenhouse));
    expect(reply).toMatchObject({ kind: 'error', errorCode: 'link-off' });
    expect(web.requests.length).toBe(before);
  });

  it('a per-person limit on links; another person is unaffected', async () => {
    const { bot } = setup({ linkRateLimit: { max: 2, windowMs: 60_000 } });
    for (let i = 0; i < 2; i++) expect((await bot.handle(textEvent(POSTING_LINKS.Lever)))[0]!.kind).toBe('job');
    const before = web.requests.length;
    expect((await bot.handle(textEvent(POSTING_LINKS.Lever)))[0]).toMatchObject({ errorCode: 'link-rate-limited' });
    expect(web.requests.length).toBe(before);
    expect((await bot.handle(textEvent(POSTING_LINKS.Lever, { userId: 'bob' })))[0]!.kind).toBe('job');
  });

  it('logs carry the host, status, size and time of a fetch, never the path or the post', async () => {
    const { bot, lines } = setup();
    await bot.handle(textEvent(POSTING_LINKS.Greenhouse));
    await bot.handle(textEvent('https://careers.acme.example/private'));
    const log = lines.join('');
    expect(log).toContain('"host":"boards-api.greenhouse.io"');
    expect(log).toContain('"status":200');
    expect(log).not.toContain('4012345');
    expect(log).not.toContain('/private');
    expect(log).not.toMatch(/Kafka|parcels|Strong Node/);
  });
});

/** Links in the console adapter: a pasted link (even one ending in .pdf) reaches the core's link reader. */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import { createConsoleAdapter } from '../adapters/console/index.js';
import { createLinkReader } from '../src/links/index.js';
import type { FakeWeb } from './fakes/web.js';
import { POSTING_LINKS, startFakeAts } from './helpers/fake-ats.js';
import { buildPdf } from './helpers/bad-files.js';
import { resumePath } from './helpers/fixtures.js';

let web: FakeWeb;
beforeAll(async () => { web = await startFakeAts(); });
afterAll(() => web.close());

/**
 * Types each line once the reply to the one before has been written (`replied`: the output shows
 * it), as a person would. A fixed pause is not enough: an analysis on this thread can hold the event
 * loop past it, and two lines read in one turn are one pasted message.
 */
async function run(lines: string[], replied: (out: string, line: number) => boolean = () => true): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.setEncoding('utf8').on('data', (d: string) => { out += d; });
  const bot = createBot({ linkReader: createLinkReader({ seam: web.seam }) });
  const adapter = createConsoleAdapter(bot, { input, output, color: false, userId: 'tester' });
  await adapter.start();
  for (const [i, line] of lines.entries()) {
    input.write(`${line}\n`);
    await new Promise((r) => setTimeout(r, 150)); // past the paste gap
    for (const start = Date.now(); !replied(out, i) && Date.now() - start < 20_000;) await new Promise((r) => setTimeout(r, 20));
  }
  input.end();
  await adapter.closed;
  await bot.close();
  return out;
}

describe('console: a link is a job post', () => {
  it('a resume path, then a Lever link and /ats job <Greenhouse link>: stored and matched each time', async () => {
    const out = await run([resumePath('rm-john-doe-java.txt'), POSTING_LINKS.Lever, `/ats job ${POSTING_LINKS.Greenhouse}`],
      (text, line) => (line === 0 ? /Match score:/.test(text) : text.split('Job post saved').length > line));
    expect(out).toContain('I read this post from Lever (jobs.lever.co)');
    expect(out).toContain('I read this post from Greenhouse (boards.greenhouse.io)');
    expect(out.match(/Job post saved: Backend Engineer/g)).toHaveLength(2);
    expect(out.split('Job post saved')[1]).toMatch(/Match score:/);
  });

  it('a link ending in .pdf is fetched, not taken for a missing file', async () => {
    const lines = ['Backend Engineer', 'Requirements', '- 5+ years of experience with Java and Spring Boot', '- PostgreSQL and Kafka',
      'We are hiring an engineer who will own our payment APIs. You will build services in Java. Apply with your resume.'];
    web.routes['careers.acme.example/post.pdf'] = { type: 'application/pdf', body: Buffer.from(buildPdf([lines.map((text, i) => ({ x: 72, y: 720 - i * 18, text }))])) };
    const out = await run(['https://careers.acme.example/post.pdf']);
    expect(out).not.toContain('No such file');
    expect(out).toContain('Job post saved');
  });
});

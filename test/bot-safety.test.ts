/** Bad input, limits, privacy and failures: each gets a clear reply and nothing breaks for others. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import Keyv from 'keyv';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/documents/index.js';
import { createBot, createInlineRunner, type AnalysisRunner } from '../src/bot/index.js';
import { blocksOf, commandEvent, fileEvent, memoryAttachment, textEvent } from '../src/bot/testing.js';

const FIX = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (p: string) => new Uint8Array(readFileSync(path.join(FIX, p)));
const JAVA_TXT = 'resumes/rm-john-doe-java.txt';
const BACKEND_JOB = readFileSync(path.join(FIX, 'jobs/rm-jd-backend-engineer.txt'), 'utf8');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const HOUR = 3_600_000;

/** Captures log lines as parsed JSON. */
function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

describe('bad files', () => {
  it('PNG bytes named resume.pdf: the documents layer\'s friendly error, code unsupported-type', async () => {
    const bot = createBot();
    const [reply] = await bot.handle(fileEvent(memoryAttachment('resume.pdf', PNG)));
    expect(reply!.kind).toBe('error');
    expect(reply!.errorCode).toBe('unsupported-type');
    expect(blocksOf(reply!, 'text')[0]!.text.length).toBeGreaterThan(10);
  });

  it('an image-only scan: said plainly that an ATS cannot read it', async () => {
    const bot = createBot();
    const [reply] = await bot.handle(fileEvent(memoryAttachment('scan.pdf', fixture('resumes/jake-image-only-scan.pdf'))));
    expect(reply!.kind).toBe('error');
    expect(reply!.errorCode).toBe('no-text');
  });

  it('an oversized attachment is refused from its announced size, without downloading it', async () => {
    const bot = createBot({ limits: { maxBytes: 1024 * 1024 } });
    expect(bot.maxUploadBytes).toBe(1024 * 1024);
    const big = memoryAttachment('huge.pdf', new Uint8Array(0), 11 * 1024 * 1024);
    const [reply] = await bot.handle(fileEvent(big));
    expect(reply!.errorCode).toBe('too-large');
    expect(big.fetched()).toBe(0);
    expect(createBot().maxUploadBytes).toBe(DEFAULT_LIMITS.maxBytes); // the bot's default mirrors the documents layer
  });

  it('a download bigger than announced is refused too', async () => {
    const bot = createBot({ limits: { maxBytes: 1000 } });
    const [reply] = await bot.handle(fileEvent(memoryAttachment('a.txt', new Uint8Array(5000), null)));
    expect(reply!.errorCode).toBe('too-large');
  });

  it('binary pasted as text, and a 150 KB paste: specific replies', async () => {
    const bot = createBot();
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => i % 32));
    expect((await bot.handle(textEvent(binary)))[0]!.errorCode).toBe('unsupported-type');
    expect((await bot.handle(textEvent('word '.repeat(30_000))))[0]!.errorCode).toBe('too-large');
  });
});

describe('rate limit', () => {
  it('per person, with when to retry; another person is unaffected; the window slides', async () => {
    let now = 1_700_000_000_000;
    const bot = createBot({ rateLimit: { max: 2, windowMs: 10 * 60_000 }, now: () => now });
    const send = (userId: string) => bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT)), { userId }));
    expect((await send('alice'))[0]!.kind).toBe('report');
    now += 60_000;
    expect((await send('alice'))[0]!.kind).toBe('report');
    const [limited] = await send('alice');
    expect(limited!.kind).toBe('rate-limited');
    expect(blocksOf(limited!, 'text')[0]!.text).toMatch(/Try again in about 9 minutes/);
    expect((await send('bob'))[0]!.kind).toBe('report');
    expect((await bot.handle(commandEvent('help')))[0]!.kind).toBe('help');
    now += 9 * 60_000 + 1;
    expect((await send('alice'))[0]!.kind).toBe('report');
  });
});

describe('rate limit, continued', () => {
  it('chatter that is neither a resume nor a job post does not count against the limit', async () => {
    const bot = createBot({ rateLimit: { max: 1, windowMs: 60_000 } });
    const prose = 'The weather was lovely yesterday and we walked along the river for hours, talking about books, old friends and the best place to get coffee.';
    expect((await bot.handle(textEvent(prose)))[0]!.kind).toBe('hint');
    expect((await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT)))))[0]!.kind).toBe('report');
    expect((await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT)))))[0]!.kind).toBe('rate-limited');
  });
});

describe('groups and channels', () => {
  it('an analysis in a channel is private, with at most a short public ack', async () => {
    const bot = createBot();
    const replies = await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT)), { isDM: false }));
    const report = replies.find((r) => r.kind === 'report')!;
    expect(report.audience).toBe('private');
    const visible = replies.filter((r) => r.audience === 'conversation');
    expect(visible.map((r) => r.kind)).toEqual(['ack']);
    expect(visible[0]!.blocks).toEqual([]);
    const jobReplies = await bot.handle(textEvent(BACKEND_JOB, { isDM: false }));
    expect(jobReplies.filter((r) => r.audience === 'conversation').map((r) => r.kind)).toEqual(['ack']);
    expect(jobReplies.filter((r) => r.kind !== 'ack').every((r) => r.audience === 'private')).toBe(true);
    const [help] = await bot.handle(commandEvent('help', { isDM: false }));
    expect(help!.audience).toBe('conversation');
    const [bad] = await bot.handle(fileEvent(memoryAttachment('x.pdf', PNG), { isDM: false }));
    expect(bad!.audience).toBe('private');
  });

  it('in a DM everything is for the conversation', async () => {
    const bot = createBot();
    const replies = await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT))));
    expect(replies.every((r) => r.audience === 'conversation')).toBe(true);
    expect(replies.some((r) => r.kind === 'ack')).toBe(false);
  });
});

describe('expiry', () => {
  it('everything stored expires after the TTL (fake clock)', async () => {
    let now = 1_700_000_000_000;
    const map = new Map<string, unknown>();
    const bot = createBot({ store: new Keyv({ store: map }), ttlMs: 72 * HOUR, now: () => now });
    await bot.handle(commandEvent('backend-developer'));
    await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT))));
    now += 71 * HOUR;
    expect((await bot.handle(commandEvent('backend-developer')))[0]!.kind).toBe('report');
    now += 72 * HOUR; // the role was re-set above, the resume was not: both gone by now
    const [reply] = await bot.handle(commandEvent('job'));
    expect(reply!.title).toBe('No job post saved');
    const [chosen] = await bot.handle(commandEvent('backend-developer'));
    expect(chosen!.kind).toBe('role-chosen');
  });
});

describe('progress and failures', () => {
  it('onProgress is called once before slow work, and not for quick commands', async () => {
    const bot = createBot();
    let calls = 0;
    await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT))), { onProgress: () => { calls++; } });
    expect(calls).toBe(1);
    await bot.handle(commandEvent('roles'), { onProgress: () => { calls++; } });
    expect(calls).toBe(1);
    // A failing progress callback does not break the answer.
    const replies = await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT))), { onProgress: () => { throw new Error('boom'); } });
    expect(replies[0]!.kind).toBe('report');
  });

  it('an unexpected error: a generic apology, and a log line with ids and code, never the text', async () => {
    const { logger, lines } = captureLogger();
    const secret = 'jane.secret@example.com';
    const broken: AnalysisRunner = {
      ...createInlineRunner(),
      async readText() { throw new Error(`exploded while reading ${secret}`); },
      async readFile() { throw new TypeError(`cannot parse ${secret}`); },
      async readAndAnalyze(source) {
        if ('text' in source) throw new Error(`exploded while reading ${secret}`);
        throw new TypeError(`cannot parse ${secret}`);
      },
    };
    const bot = createBot({ runner: broken, logger });
    const resumeText = `Jane Doe ${secret} senior backend engineer with Python, Go, Kafka and PostgreSQL, ten years of building APIs and services`;
    const [reply] = await bot.handle(textEvent(resumeText, { userId: 'u-77', platform: 'slack' }));
    expect(reply!.kind).toBe('error');
    expect(reply!.errorCode).toBe('internal');
    const [second] = await bot.handle(fileEvent(memoryAttachment('cv.txt', new TextEncoder().encode(resumeText))));
    expect(second!.errorCode).toBe('internal');
    const logged = lines.join('');
    expect(logged).toContain('"userId":"u-77"');
    expect(logged).toContain('"code":"internal"');
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain('Jane Doe');
  });

  it('logs of a whole conversation never contain resume or job-post text', async () => {
    const { logger, lines } = captureLogger();
    const bot = createBot({ logger });
    await bot.handle(textEvent(BACKEND_JOB));
    await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT))));
    await bot.handle(commandEvent('forget'));
    const logged = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const needle of ['john.doe@email.com', '555-123-4567', 'Senior Backend Engineer', 'FastAPI', 'John Doe']) {
      expect(logged).not.toContain(needle);
    }
  });

  it('close() waits for work in flight', async () => {
    const bot = createBot();
    const pending = bot.handle(fileEvent(memoryAttachment('cv.txt', fixture(JAVA_TXT))));
    await bot.close();
    expect((await pending)[0]!.kind).toBe('report');
  });
});

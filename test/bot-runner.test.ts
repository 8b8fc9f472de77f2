/** The piscina runner on the compiled worker (npm test builds first). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoolRunner, DEFAULT_WORKER_FILE } from '../src/bot/analysis-runner.js';
import { isDocumentError } from '../src/documents/errors.js';
import { createBot } from '../src/bot/index.js';
import { fileEvent, memoryAttachment } from '../src/bot/testing.js';

const FIX = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (p: string) => new Uint8Array(readFileSync(path.join(FIX, p)));

describe('worker-pool threads', () => {
  it('one thread runs while idle; overlapping tasks get a thread each, started on demand', async () => {
    const pool = createPoolRunner({ threads: 2, timeoutMs: 20_000, workerFile: path.resolve(import.meta.dirname, 'helpers/thread-worker.mjs') });
    try {
      expect(pool.concurrency).toBe(2);
      const first = (await pool.readText('a')) as unknown as { threadId: number };
      const both = (await Promise.all([pool.readText('b'), pool.readText('c')])) as unknown as { threadId: number }[];
      expect(new Set(both.map((r) => r.threadId)).size).toBe(2);
      expect(both.map((r) => r.threadId)).toContain(first.threadId);
    } finally {
      await pool.close();
    }
  });
});

describe('worker-pool runner', () => {
  const runner = createPoolRunner({ threads: 1, timeoutMs: 20_000 });
  afterAll(() => runner.close());

  it('the compiled worker exists (run `npm run build` first)', () => {
    expect(existsSync(DEFAULT_WORKER_FILE), DEFAULT_WORKER_FILE).toBe(true);
  });

  it('reads a fixture resume and analyses it off the main thread', async () => {
    const read = await runner.readFile(fixture('resumes/rm-template-single-column.pdf'));
    expect(read.kind).toBe('resume');
    if (read.kind !== 'resume') return;
    expect(read.resume.wordCount).toBeGreaterThan(100);
    const report = await runner.analyze({ resume: read.resume, roleId: 'backend-developer' });
    expect(report.target.role).toBe('backend-developer');
    expect(report.score).toBeGreaterThan(0);
  });

  it('a document error crosses the thread boundary with its code and friendly message', async () => {
    const error = await runner.readFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])).catch((e: unknown) => e);
    expect(isDocumentError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('unsupported-type');
  });

  it('a task over its time limit is aborted with a timeout error, and the pool keeps serving', async () => {
    const tight = createPoolRunner({ threads: 1, timeoutMs: 1 });
    const error = await tight.readFile(fixture('resumes/rm-template-single-column.pdf')).catch((e: unknown) => e);
    expect(isDocumentError(error) && error.code).toBe('timeout');
    await tight.close();
    // Through the bot: the person gets a timeout error reply, not a crash.
    const slowBot = createBot({ runner: createPoolRunner({ threads: 1, timeoutMs: 1 }) });
    const [timedOut] = await slowBot.handle(fileEvent(memoryAttachment('cv.pdf', fixture('resumes/rm-template-single-column.pdf'))));
    expect(timedOut!.kind).toBe('error');
    expect(timedOut!.errorCode).toBe('timeout');
    await slowBot.close();
    const bot = createBot({ runner: createPoolRunner({ threads: 1 }) });
    const [reply] = await bot.handle(fileEvent(memoryAttachment('cv.txt', fixture('resumes/rm-john-doe-java.txt'))));
    expect(reply!.kind).toBe('report');
    await bot.close();
  });
});

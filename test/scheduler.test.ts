/**
 * Heavy work is scheduled fairly: a bounded queue ("busy"), time limits that count the work only,
 * one task per person at a time, round robin across people, and an upload read + analysed as one task.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot, createInlineRunner, createPoolRunner, type AnalysisRunner } from '../src/bot/index.js';
import { BusyError, FairScheduler } from '../src/bot/scheduler.js';
import { fileEvent, memoryAttachment } from '../src/bot/testing.js';

const SLOW_WORKER = path.resolve(import.meta.dirname, 'helpers/slow-worker.mjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const upload = (userId: string, n = 0) => fileEvent(memoryAttachment(`cv-${n}.txt`, new TextEncoder().encode(`resume ${n}`)), { userId });

describe('FairScheduler', () => {
  it('round robin: one person\'s ten tasks do not delay another person\'s one', async () => {
    const s = new FairScheduler({ concurrency: 1, maxQueued: 100 });
    const order: string[] = [];
    const task = (who: string) => async () => { order.push(who); await sleep(5); };
    const all = Array.from({ length: 10 }, () => s.run('heavy', task('heavy')));
    all.push(s.run('light', task('light')));
    await Promise.all(all);
    expect(order.indexOf('light')).toBeLessThanOrEqual(1);
  });

  it('one task per person at a time, even with free slots', async () => {
    const s = new FairScheduler({ concurrency: 4, maxQueued: 100 });
    let now = 0;
    let peak = 0;
    const task = async () => { now++; peak = Math.max(peak, now); await sleep(10); now--; };
    await Promise.all(Array.from({ length: 5 }, () => s.run('same-person', task)));
    expect(peak).toBe(1);
    // and several people do run side by side
    now = 0; peak = 0;
    await Promise.all(['a', 'b', 'c', 'd'].map((p) => s.run(p, task)));
    expect(peak).toBe(4);
  });

  it('bounded: past maxQueued waiting tasks, BusyError at once; the queue drains and accepts again', async () => {
    const s = new FairScheduler({ concurrency: 1, maxQueued: 2 });
    const running = s.run('a', () => sleep(50));
    const waiting = [s.run('b', () => sleep(1)), s.run('c', () => sleep(1))];
    await expect(s.run('d', () => sleep(1))).rejects.toBeInstanceOf(BusyError);
    await Promise.all([running, ...waiting]);
    await expect(s.run('d', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('the bot on a worker pool with a deliberately slow analysis', () => {
  it('queue wait does not count against the time limit: nobody is told their file took too long', async () => {
    process.env.SLOW_TASK_MS = '300';
    const bot = createBot({ runner: createPoolRunner({ threads: 1, timeoutMs: 1_000, workerFile: SLOW_WORKER }), rateLimit: { max: 100, windowMs: 60_000 } });
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => bot.handle(upload(`p${i}`, i))));
    await bot.close();
    const codes = replies.map((r) => r[0]!.errorCode ?? r[0]!.kind);
    expect(codes.filter((c) => c === 'timeout')).toEqual([]);
    expect(codes.every((c) => c === 'hint')).toBe(true);
  }, 20_000);

  it('a full queue answers "busy" (never blaming the file), at once, and does not count against the rate limit', async () => {
    process.env.SLOW_TASK_MS = '1000';
    const bot = createBot({ runner: createPoolRunner({ threads: 1, timeoutMs: 5_000, workerFile: SLOW_WORKER }), maxQueued: 2, rateLimit: { max: 1, windowMs: 60_000 } });
    const started = Date.now();
    const pending = Array.from({ length: 6 }, (_, i) => bot.handle(upload(`q${i}`, i)).then((r) => ({ who: `q${i}`, r: r[0]!, ms: Date.now() - started })));
    const results = await Promise.all(pending);
    const busy = results.filter((x) => x.r.errorCode === 'busy');
    expect(busy.length).toBe(3); // one running, two waiting, three turned away
    for (const b of busy) {
      expect(b.ms).toBeLessThan(800); // at once: before the running task (1 s) could have finished
      expect(JSON.stringify(b.r)).toMatch(/busy.*try again in a minute/is);
      expect(JSON.stringify(b.r)).not.toMatch(/too long|couldn't read/i);
    }
    expect(results.some((x) => x.r.errorCode === 'timeout')).toBe(false);
    // Turned away, not counted: the same person may try again within the limit of 1.
    const [retry] = await bot.handle(upload(busy[0]!.who, 9));
    expect(retry!.errorCode).not.toBe('rate-limited');
    await bot.close();
  }, 20_000);

  it('an upload is one task: read and analysis together take one turn', async () => {
    const calls: string[] = [];
    const inline = createInlineRunner();
    const counting: AnalysisRunner = {
      ...inline,
      readFile: (...a) => { calls.push('readFile'); return inline.readFile(...a); },
      analyze: (...a) => { calls.push('analyze'); return inline.analyze(...a); },
      readAndAnalyze: (...a) => { calls.push('readAndAnalyze'); return inline.readAndAnalyze(...a); },
    };
    const bot = createBot({ runner: counting });
    const text = 'Jane Doe\njane@example.com\n\nExperience\nSenior Backend Engineer, Acme, 2018 - 2024\n- Built Python and Go services on PostgreSQL and Kafka, cutting latency by 40%\n- Led a team of five engineers\n\nSkills\nPython, Go, PostgreSQL, Kafka, Docker, Kubernetes\n\nEducation\nBSc Computer Science, 2017';
    const [reply] = await bot.handle(fileEvent(memoryAttachment('cv.txt', new TextEncoder().encode(text))));
    expect(reply!.kind).toBe('report');
    expect(calls).toEqual(['readAndAnalyze']);
  });
});

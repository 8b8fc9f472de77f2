/**
 * The load section of `npm run bench`: the real bot on the worker pool (memory store), fixture
 * uploads from many people. Two runs: 200 uploads spread over 20 s, and a 1,000-upload burst.
 * Reports p50/p95 latency, event-loop delay p99, peak RSS, and answers by outcome: "busy" is the
 * honest answer to overload; "timeout" (a file blamed for the wait) should never appear.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createBot, createPoolRunner } from '../src/bot/index.js';
import { fileEvent, memoryAttachment } from '../src/bot/testing.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const FILES = ['rm-template-single-column.pdf', 'rm-john-doe-java.txt', 'rm-barry-allen-frontend.pdf', 'deedy-two-column-swe.pdf']
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(PACKAGE_ROOT, 'test', 'fixtures', 'resumes', f))) }));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};

async function scenario(label: string, count: number, spreadMs: number): Promise<void> {
  const bot = createBot({ runner: createPoolRunner({ timeoutMs: 17_000 }), rateLimit: { max: 1_000, windowMs: 60_000 } });
  // Warm the workers so the first uploads measure the work, not thread start-up.
  await Promise.all(Array.from({ length: 4 }, (_, i) => bot.handle(fileEvent(memoryAttachment('w.txt', FILES[1]!.bytes), { userId: `warm-${i}` }))));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  const started = performance.now();
  const work: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const file = FILES[i % FILES.length]!;
    const at = spreadMs === 0 ? 0 : (i * spreadMs) / count;
    work.push((async () => {
      if (at > 0) await new Promise((r) => setTimeout(r, at - (performance.now() - started)));
      const t = performance.now();
      const [reply] = await bot.handle(fileEvent(memoryAttachment(file.name, file.bytes), { userId: `person-${i}` }));
      latencies.push(performance.now() - t);
      const outcome = reply?.errorCode ?? reply?.kind ?? 'none';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    })());
  }
  await Promise.all(work);
  const total = performance.now() - started;
  clearInterval(sampler);
  loop.disable();
  await bot.close();
  const answered = [...outcomes].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${label}: ${count} uploads in ${(total / 1000).toFixed(1)} s; latency p50 ${pct(latencies, 50).toFixed(0)} ms, p95 ${pct(latencies, 95).toFixed(0)} ms;`
    + ` event-loop p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms; peak RSS ${(peakRss / 1e6).toFixed(0)} MB`);
  console.log(`  answers: ${answered}; busy ${outcomes.get('busy') ?? 0}; told their file took too long: ${outcomes.get('timeout') ?? 0}`);
}

export async function runLoad(): Promise<void> {
  console.log('\nload (worker pool, memory store, one person per upload):');
  await scenario('steady', Number(process.env.BENCH_STEADY ?? 200), 20_000);
  await scenario('burst', Number(process.env.BENCH_BURST ?? 1_000), 0);
}

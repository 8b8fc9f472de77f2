/**
 * The scorecard section of `npm run bench`: the median time to draw one card (report -> PNG) for
 * the three example reports, after a first card that loads resvg and unpacks the font. Shared
 * machines are noisy, so CPU time is printed beside wall time; nothing here passes or fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { CARD_EXAMPLES } from './card-examples.js';

const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function runScorecard(runs = Number(process.env.BENCH_RUNS ?? 7)): Promise<void> {
  const reports = [];
  for (const ex of CARD_EXAMPLES) {
    const resume = await readResumeFile(readFileSync(path.join(FIXTURES, 'resumes', ex.resume)));
    const job = ex.job ? await readJobPostFile(readFileSync(path.join(FIXTURES, 'jobs', ex.job))) : null;
    reports.push({ name: ex.name, report: analyze({ resume, role: ex.role ? getRoles().get(ex.role) ?? null : null, job }) });
  }
  const t0 = performance.now();
  const { renderScorecard } = await import('../src/scorecard/index.js');
  const first = renderScorecard(reports[0]!.report);
  const firstMs = performance.now() - t0;
  console.log(`\nscorecard (report -> ${first.png.byteLength.toLocaleString('en')}-byte PNG, median of ${runs} runs per card, after the first):`);
  console.log(`  first card (loads resvg, unpacks the font): ${firstMs.toFixed(1)} ms`);
  const all: number[] = [];
  for (const { name, report } of reports) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      renderScorecard(report);
      wall.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
    }
    all.push(...wall);
    console.log(`  ${name.padEnd(11)} ${report.score}/100 ${report.band.padEnd(10)} median ${median(wall).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms)`);
  }
  console.log(`  every card: median ${median(all).toFixed(1)} ms (target: under 100 ms)`);
}

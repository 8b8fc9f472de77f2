/**
 * The targets of issue 12, measured the way the issue states them, each printed as a median (or a
 * ratio) with PASS/MISS. The machine is shared: the load average is printed before and after, and
 * nothing here is a test (timings never fail a build).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../src/documents/index.js';
import { analyze, readJobPostText } from '../src/analysis/pipeline.js';
import { parseResume } from '../src/resume/index.js';
import type { ExtractedDocument } from '../src/documents/types.js';
import type { RoleProfile } from '../src/roles/role-schema.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures');

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function loadLine(): string {
  const [one, five, fifteen] = os.loadavg().map((x) => x.toFixed(2));
  return `load average ${one} / ${five} / ${fifteen} (1/5/15 min) on ${os.availableParallelism()} cores`;
}

export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}

/** The real job posts in test/fixtures/jobs, as text (PDF posts extracted). */
async function fixturePosts(): Promise<string[]> {
  const dir = path.join(FIXTURES, 'jobs');
  const posts: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    posts.push((await extractDocument(new Uint8Array(readFileSync(path.join(dir, file))))).text);
  }
  return posts;
}

/** A post of about `kb` KB: whole fixture posts one after another, cut at the last line that fits. */
function postOfSize(posts: readonly string[], kb: number): string {
  const target = kb * 1024;
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < target; i++) text += `${posts[i % posts.length]}\n\n`;
  const lines = text.split('\n');
  while (Buffer.byteLength(lines.join('\n')) > target) lines.pop();
  return lines.join('\n');
}

export interface JobPostFigures { kb: number; bytes: number; ms: number; msPerKb: number }

/**
 * Job-post reading (normalise + parse) at 1, 10 and 30 KB: median ms per KB over `runs` runs after
 * `warmups` reads of the same post. Two warm-ups is a post read soon after start; twenty is a
 * worker that has read posts before (its code compiled by the JIT): the bot's usual state.
 */
export async function measureJobPosts(runs: number, warmups = 2): Promise<JobPostFigures[]> {
  const posts = await fixturePosts();
  const out: JobPostFigures[] = [];
  for (const kb of [1, 10, 30]) {
    const text = postOfSize(posts, kb);
    const bytes = Buffer.byteLength(text);
    const times: number[] = [];
    for (let i = 0; i < runs + warmups; i++) {
      const t = performance.now();
      readJobPostText(text);
      if (i >= warmups) times.push(performance.now() - t);
    }
    const ms = median(times);
    out.push({ kb, bytes, ms, msPerKb: ms / (bytes / 1024) });
  }
  return out;
}

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * `ats check <file> [extra...]` as a whole process (spawn to exit), median over `runs` runs after
 * one warm-up. With no arguments after the script (`node -e ''`, `script` null): Node's own start and
 * exit on this machine, the floor under every figure here.
 */
export async function measureCliCheck(file: string | null, runs: number, extra: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const times: number[] = [];
  const args = file === null ? ['-e', ''] : [path.join(PACKAGE_ROOT, 'bin', 'ats.js'), 'check', file, ...extra];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const res = await run(args, env);
    const elapsed = performance.now() - t;
    if (res.code !== 0) throw new Error(`ats check exited ${res.code}: ${res.stderr.slice(0, 200)}`);
    if (i > 0) times.push(elapsed); // the first run warms the OS file cache
  }
  return median(times);
}

/** RSS (MB) after `first` and after `total` analyses of the fixture resumes, in a fresh process, with the heap in use at each. */
export async function measureAnalysisMemory(first: number, total: number): Promise<{ first: number; total: number; heapFirst: number; heapTotal: number }> {
  const res = await run(['--expose-gc', path.join(PACKAGE_ROOT, 'dist', 'bench', 'memory-child.js'), String(first), String(total)]);
  if (res.code !== 0) throw new Error(`memory run exited ${res.code}: ${res.stderr.slice(0, 300)}`);
  const figures = JSON.parse(res.stdout.trim().split('\n').pop()!) as { first: number; total: number; heapFirst: number; heapTotal: number };
  return figures;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * Idle `npm start` (node dist/src/main.js): no platform tokens, so the console adapter with its
 * worker pool; the RSS of the whole process (threads included) `settleMs` after the banner.
 */
export async function measureIdleStart(settleMs: number): Promise<{ readyMs: number; rss: number }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', STORE_URL: 'memory', LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'dist', 'src', 'main.js')], { cwd: PACKAGE_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const t = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('ATS Bot console')) resolve(); });
      child.on('exit', (code) => reject(new Error(`npm start exited ${code} before it was ready`)));
    });
    const readyMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, settleMs));
    return { readyMs, rss: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * Parse + analyse (against a role) of already-extracted resumes, per resume, in the steady state: after
 * `warmups` rounds over all of them, the median of `runs` rounds for each, then the median over files.
 */
export function measureResumesSteady(docs: { file: string; doc: ExtractedDocument }[], role: RoleProfile, runs: number, warmups: number): Map<string, number> {
  const times = new Map<string, number[]>(docs.map((d) => [d.file, []]));
  for (let round = 0; round < warmups + runs; round++) {
    for (const { file, doc } of docs) {
      const t = performance.now();
      analyze({ resume: parseResume(doc), role });
      if (round >= warmups) times.get(file)!.push(performance.now() - t);
    }
  }
  return new Map([...times].map(([file, ts]) => [file, median(ts)]));
}

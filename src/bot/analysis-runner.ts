import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { DocumentError } from '../documents/errors.js';
import type { DocumentErrorCode } from '../documents/errors.js';
import type { ExtractLimits } from '../documents/types.js';
import type { Resume } from '../resume/types.js';
import type { JobPost } from '../jobs/types.js';
import type { Report } from '../analysis/report.js';
import type { PageRead } from '../links/page.js';
import { DIST_DIR } from '../paths.js';
import type { AnalysisTask, Analyzed, ReadAnalyzed, ReadResult, ReadSource, TaskOutcome } from './analysis-tasks.js';

export type { Analyzed, ReadAnalyzed, ReadResult, ReadSource };

/** Who the analysis is for; `card` asks for the scorecard image with the report. */
export interface AnalysisTarget { roleId?: string | null; job?: JobPost | null; card?: boolean }

/** Where document reading and analysis run: in-process (tests, CLI) or on a worker pool (the bot). */
export interface AnalysisRunner {
  /** A resume file (or a job post sent as a file): throws DocumentError with a friendly message. */
  readFile(bytes: Uint8Array, limits?: Partial<ExtractLimits>): Promise<ReadResult>;
  /** Pasted text, classified: a resume, a job post, or neither. */
  readText(text: string): Promise<ReadResult>;
  /** Text known to be a job post (`/ats job <text>`). */
  readJobPost(text: string): Promise<JobPost>;
  /** A fetched web page read for its job post (the link reader hands its heavy part here). */
  readPage(html: string, now?: Date): Promise<PageRead>;
  analyze(input: { resume: Resume; roleId?: string | null; job?: JobPost | null }): Promise<Report>;
  /** The analysis for a first report reply: with the scorecard when `card` is set. */
  analyzeWithCard(input: { resume: Resume } & AnalysisTarget): Promise<Analyzed>;
  /** A file or paste read and, if it is a resume, analysed against the target: one task. */
  readAndAnalyze(source: ReadSource, target: AnalysisTarget): Promise<ReadAnalyzed>;
  /** How many tasks it runs at once (the pool's threads); the bot's scheduler never exceeds it. */
  readonly concurrency: number;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Hard limit per task; the task is abandoned (worker thread terminated) after it. Default 20 s. */
  timeoutMs?: number;
}

export interface PoolRunnerOptions extends RunnerOptions {
  /** Worker threads at most (default min(cores, 4)); WARM_THREADS of them run while idle. */
  threads?: number;
  /** The compiled worker module (default dist/src/bot/analysis-worker.js). */
  workerFile?: string;
}

export const DEFAULT_TASK_TIMEOUT_MS = 20_000;
/** Pool threads kept running while the bot is idle. */
export const WARM_THREADS = 1;
export const DEFAULT_WORKER_FILE = path.join(DIST_DIR, 'src', 'bot', 'analysis-worker.js');

export function defaultThreads(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
}

function timeoutError(ms: number): DocumentError {
  return new DocumentError('timeout',
    `That took too long to read (over ${Math.round(ms / 1000)} s), so I stopped. Try a simpler export of the file: a text-based PDF or DOCX without images.`);
}

/** Turns a worker outcome back into a value or the error it stood for. */
function unwrap<T>(outcome: TaskOutcome<unknown>): T {
  if (outcome.ok) return outcome.value as T;
  if (outcome.name === 'DocumentError') throw new DocumentError(outcome.code as DocumentErrorCode, outcome.message);
  const error = new Error(`analysis task failed (${outcome.code})`);
  error.name = outcome.name;
  (error as Error & { code?: string }).code = outcome.code;
  throw error;
}

/** The shared surface: each runner only supplies `exec`. */
function makeRunner(exec: (task: AnalysisTask) => Promise<TaskOutcome<unknown>>, close: () => Promise<void>, concurrency: number): AnalysisRunner {
  return {
    concurrency,
    async readFile(bytes, limits) { return unwrap<ReadResult>(await exec({ kind: 'read-file', bytes, limits })); },
    async readText(text) { return unwrap<ReadResult>(await exec({ kind: 'read-text', text })); },
    async readJobPost(text) { return unwrap<JobPost>(await exec({ kind: 'read-job', text })); },
    async readPage(html, now = new Date()) { return unwrap<PageRead>(await exec({ kind: 'read-page', html, now: now.getTime() })); },
    async analyze({ resume, roleId, job }) {
      return unwrap<Report>(await exec({ kind: 'analyze', resume, roleId: roleId ?? null, job: job ?? null }));
    },
    async analyzeWithCard({ resume, roleId, job, card }) {
      return unwrap<Analyzed>(await exec({ kind: 'analyze-card', resume, roleId: roleId ?? null, job: job ?? null, card: card ?? false }));
    },
    async readAndAnalyze(source, { roleId, job, card }) {
      return unwrap<ReadAnalyzed>(await exec({ kind: 'read-analyze', source, roleId: roleId ?? null, job: job ?? null, card: card ?? false }));
    },
    close,
  };
}

/**
 * In-process runner: the tasks run on the caller's thread (the documents layer still applies its
 * own time limit). The timeout here only stops waiting; it cannot interrupt synchronous work.
 */
export function createInlineRunner(options: RunnerOptions = {}): AnalysisRunner {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  let tasks: Promise<typeof import('./analysis-tasks.js')> | undefined;
  return makeRunner(async (task) => {
    tasks ??= import('./analysis-tasks.js');
    const { runTaskSafely } = await tasks;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs); });
    try {
      return await Promise.race([runTaskSafely(task), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }, async () => {}, INLINE_CONCURRENCY);
}

/** Inline tasks share the event loop anyway; a few at once keeps awaits (file I/O) overlapping. */
const INLINE_CONCURRENCY = 4;

/**
 * Worker-pool runner (piscina): a heavy or hostile file occupies one worker thread, never the
 * event loop; a task over its time limit is aborted and its thread replaced.
 */
export function createPoolRunner(options: PoolRunnerOptions = {}): AnalysisRunner {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  const threads = options.threads ?? defaultThreads();
  const pool = new Piscina({
    filename: options.workerFile ?? DEFAULT_WORKER_FILE,
    // One warm thread, so the first answer never waits for one to boot; the others start when tasks
    // overlap (a few hundred ms, against a limit of seconds) and stop after a minute idle. Each thread
    // holds its own copy of the analysis code (~17 MB): an idle bot keeps one.
    minThreads: Math.min(threads, WARM_THREADS),
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return makeRunner(async (task) => {
    // The bot's scheduler hands over at most `threads` tasks at once, so this limit times the work only.
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return (await pool.run(task, { signal })) as TaskOutcome<unknown>;
    } catch (error) {
      if (signal.aborted) throw timeoutError(timeoutMs);
      throw error;
    }
  }, async () => { await pool.close(); }, threads);
}

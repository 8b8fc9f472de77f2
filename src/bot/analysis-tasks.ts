/**
 * The work that runs off the conversation: document -> Resume/JobPost, and the analysis itself.
 * Shared by the inline runner and the worker thread; results are plain data (structured-clone safe).
 */
import { analyze, classifyText, readJobPostText, readResumeFile, readResumeText } from '../analysis/pipeline.js';
import { getRoles } from '../roles/registry.js';
import { isDocumentError } from '../documents/errors.js';
import type { ExtractLimits } from '../documents/types.js';
import type { Resume } from '../resume/types.js';
import type { JobPost } from '../jobs/types.js';
import type { Report } from '../analysis/report.js';
import type { Scorecard } from '../scorecard/index.js';
import type { PageRead } from '../links/page.js';

/** What a file or a pasted text turned out to be. */
export type ReadResult =
  | { kind: 'resume'; resume: Resume }
  | { kind: 'job-post'; job: JobPost }
  | { kind: 'other' };

export type AnalysisTask =
  | { kind: 'read-file'; bytes: Uint8Array; limits?: Partial<ExtractLimits> }
  | { kind: 'read-text'; text: string }
  | { kind: 'read-job'; text: string }
  | { kind: 'analyze'; resume: Resume; roleId: string | null; job: JobPost | null }
  /** The analysis with its scorecard image, for a first report reply (the card is drawn here, off the bot thread). */
  | { kind: 'analyze-card'; resume: Resume; roleId: string | null; job: JobPost | null; card: boolean }
  /** An upload or a paste read and, when it is a resume, analysed: one task, one turn in the queue. */
  | { kind: 'read-analyze'; source: ReadSource; roleId: string | null; job: JobPost | null; card: boolean }
  /** A fetched web page -> its job post (src/links/page.ts): DOM building and Readability are heavy. */
  | { kind: 'read-page'; html: string; now: number };

export type ReadSource = { bytes: Uint8Array; limits?: Partial<ExtractLimits> } | { text: string };

/**
 * A report with its scorecard: `card` is null when none was asked for or drawing it failed
 * (`cardError` then names the error; the report still goes out).
 */
export interface Analyzed { report: Report; card: Scorecard | null; cardError?: string }

/** What read-analyze answers: the report (and card) only when the input was a resume. */
export interface ReadAnalyzed { read: ReadResult; report: Report | null; card: Scorecard | null; cardError?: string }

/** Errors cross the thread boundary as data: a DocumentError keeps its code and friendly message. */
export type TaskOutcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string; name: string };

async function readFile(bytes: Uint8Array, limits?: Partial<ExtractLimits>): Promise<ReadResult> {
  const resume = await readResumeFile(bytes, limits);
  // A job post sent as a file (PDF/DOCX) is a job post, not a resume.
  if (classifyText(resume.text) === 'job-post') return { kind: 'job-post', job: readJobPostText(resume.text) };
  return { kind: 'resume', resume };
}

function readText(text: string): ReadResult {
  const kind = classifyText(text);
  if (kind === 'resume') return { kind: 'resume', resume: readResumeText(text) };
  if (kind === 'job-post') return { kind: 'job-post', job: readJobPostText(text) };
  return { kind: 'other' };
}

function analyzeFor(resume: Resume, roleId: string | null, job: JobPost | null): Report {
  const role = roleId ? getRoles().get(roleId) ?? null : null;
  return analyze({ resume, role, job });
}

let scorecards: Promise<typeof import('../scorecard/index.js')> | undefined;

/** The card for a report; loaded on first use, so a thread that never draws one never loads resvg. */
async function withCard(report: Report, wanted: boolean): Promise<Analyzed> {
  if (!wanted) return { report, card: null };
  try {
    scorecards ??= import('../scorecard/index.js');
    return { report, card: (await scorecards).renderScorecard(report) };
  } catch (error) {
    scorecards = undefined;
    return { report, card: null, cardError: error instanceof Error ? error.name : 'Error' };
  }
}

export async function runTask(task: AnalysisTask): Promise<ReadResult | JobPost | Report | Analyzed | ReadAnalyzed | PageRead> {
  switch (task.kind) {
    case 'read-file':
      return readFile(task.bytes, task.limits);
    case 'read-text':
      return readText(task.text);
    case 'read-job':
      return readJobPostText(task.text);
    case 'analyze':
      return analyzeFor(task.resume, task.roleId, task.job);
    case 'analyze-card':
      return withCard(analyzeFor(task.resume, task.roleId, task.job), task.card);
    case 'read-page':
      return (await import('../links/page.js')).readPage(task.html, new Date(task.now));
    case 'read-analyze': {
      const read = 'text' in task.source ? readText(task.source.text) : await readFile(task.source.bytes, task.source.limits);
      if (read.kind !== 'resume') return { read, report: null, card: null };
      return { read, ...await withCard(analyzeFor(read.resume, task.roleId, task.job), task.card) };
    }
  }
}

export async function runTaskSafely(task: AnalysisTask): Promise<TaskOutcome<ReadResult | JobPost | Report | Analyzed | ReadAnalyzed | PageRead>> {
  try {
    return { ok: true, value: await runTask(task) };
  } catch (error) {
    if (isDocumentError(error)) return { ok: false, code: error.code, message: error.message, name: 'DocumentError' };
    const name = error instanceof Error ? error.name : 'Error';
    const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'internal';
    // The message may quote input text; only the name and code leave the worker.
    return { ok: false, code, message: 'internal error', name };
  }
}

import { extractDocument } from '../documents/index.js';
import { normalizeText } from '../documents/normalize.js';
import { DocumentError } from '../documents/errors.js';
import type { ExtractLimits } from '../documents/types.js';
import { parseResume } from '../resume/index.js';
import type { Resume } from '../resume/types.js';
import { parseJobPost } from '../jobs/index.js';
import type { JobPost } from '../jobs/types.js';
import { findEmail, findPhone } from '../resume/contact.js';
import { splitSections } from '../resume/sections.js';
import { findDateRanges, monthIndexOf } from '../resume/dates.js';

export { analyze } from './index.js';

/** Pasted text shorter than this is a message, not a document. */
const MIN_DOCUMENT_WORDS = 40;
const JOB_SIGNALS = [
  /\bwe(?:'re| are)\b/i, /\byou(?:'ll| will)\b/i, /\bresponsibilities\b/i, /\brequirements\b/i, /\bqualifications\b/i,
  /\bnice[ -]to[ -]have\b/i, /\bthe ideal candidate\b/i, /\babout the (?:role|team|job)\b/i, /\bbenefits\b/i,
  /\bapply\b/i, /\bwe(?:'re| are) (?:looking|hiring|seeking)\b/i, /\byou have\b/i, /\bjob (?:description|title)\b/i,
  /\bequal opportunity\b/i, /\bsalary\b/i, /\bwhat you(?:'ll| will) do\b/i, /\bmust have\b/i, /\bpreferred\b/i,
];

/** File bytes -> parsed resume. Throws DocumentError (typed, friendly) for anything unreadable. */
export async function readResumeFile(bytes: Uint8Array, limits?: Partial<ExtractLimits>, now?: Date): Promise<Resume> {
  const doc = await extractDocument(bytes, limits);
  return parseResume(doc, now);
}

/** Pasted resume text -> parsed resume. */
export function readResumeText(text: string, now?: Date): Resume {
  const clean = normalizeText(text);
  if (!clean.trim()) throw new DocumentError('empty', 'That message is empty: paste your resume text or send the file.');
  return parseResume({ text: clean, pages: 0, layout: { columns: 1, tables: false, images: false, headerFooterText: false } }, now);
}

export function readJobPostText(text: string): JobPost {
  const clean = normalizeText(text);
  if (!clean.trim()) throw new DocumentError('empty', 'That job post is empty: paste its text or send it as a file.');
  return parseJobPost(clean);
}

export async function readJobPostFile(bytes: Uint8Array, limits?: Partial<ExtractLimits>): Promise<JobPost> {
  const doc = await extractDocument(bytes, limits);
  return parseJobPost(doc.text);
}

/** Decides what a pasted message is: a job post, a whole resume, or just a message. */
export function classifyText(text: string): 'job-post' | 'resume' | 'other' {
  const clean = normalizeText(text);
  const words = clean.split(/\s+/).filter(Boolean).length;
  if (words < MIN_DOCUMENT_WORDS) return 'other';
  const jobScore = JOB_SIGNALS.filter((re) => re.test(clean)).length;
  const { sections } = splitSections(clean.split('\n'));
  const kinds = new Set(sections.map((s) => s.kind));
  const now = monthIndexOf(new Date());
  const dated = clean.split('\n').filter((l) => findDateRanges(l, now).length > 0).length;
  const resumeScore = (findEmail(clean) ? 2 : 0) + (findPhone(clean) ? 1 : 0)
    + (kinds.has('experience') ? 2 : 0) + (kinds.has('education') ? 1 : 0) + (kinds.has('skills') ? 1 : 0)
    + Math.min(3, dated);
  if (resumeScore >= 5 && resumeScore > jobScore) return 'resume';
  if (jobScore >= 2) return 'job-post';
  if (resumeScore >= 4) return 'resume';
  return 'other';
}

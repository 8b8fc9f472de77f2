/** Builders for every reply that is not a report. Plain text only: adapters own the markup. */
import type { Reply, ReplyBlock } from './types.js';
import type { RoleProfile } from '../roles/role-schema.js';
import type { JobPost } from '../jobs/types.js';

export const HINTS = {
  roles: '/ats roles to see the roles',
  chooseRole: '/ats <role> to choose a role, e.g. /ats backend-developer',
  job: 'Paste a job post to match against it',
  forget: '/ats forget to delete what I keep about you',
  help: '/ats help for everything I can do',
  resume: 'Send your resume (PDF, DOCX or TXT)',
} as const;

/** Echoes of what a person typed stay short (adapters escape them; the core keeps them bounded). */
export function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `“${one.length > max ? one.slice(0, max - 1) + '…' : one}”`;
}

function reply(kind: Reply['kind'], title: string, blocks: ReplyBlock[] = [], hints: string[] = [], errorCode?: string): Reply {
  return { kind, audience: 'conversation', title, blocks, hints, ...(errorCode ? { errorCode } : {}) };
}

export function formatHours(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 48 && Number.isInteger(hours / 24)) return `${hours / 24} days (${hours} hours)`;
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded} hour${rounded === 1 ? '' : 's'}`;
}

export function helpReply(botName: string, ttlMs: number): Reply {
  return reply('help', `${botName}: check your resume the way an ATS reads it`, [
    { type: 'text', text: 'Send me your resume (PDF, DOCX or TXT) and I answer with a match score, the skills and keywords it is missing, concrete fixes and a suggested summary.' },
    { type: 'section', heading: 'Commands', items: [
      '/ats <role>: choose the role to check against, e.g. /ats backend-developer',
      '/ats roles: list the roles',
      '/ats job: show the job post I match against; /ats job clear to drop it',
      '/ats details skills, checks, bullets or why: the rest of your last report',
      'Paste a job post (or send a link to one) as a message: I match your resume against it',
      '/ats forget: delete everything I keep about you, at once',
      '/ats channel and /ats stats: review channels and anonymous stats, for community admins',
      '/ats help: this message',
    ] },
    { type: 'text', text: `I keep your parsed resume (never the file), your chosen role and job post for ${formatHours(ttlMs)}.` },
  ], [HINTS.resume, HINTS.roles]);
}

export function rolesReply(roles: RoleProfile[]): Reply {
  const groups = new Map<string, RoleProfile[]>();
  for (const role of roles) groups.set(role.group, [...(groups.get(role.group) ?? []), role]);
  const blocks: ReplyBlock[] = [...groups].map(([group, list]) => ({
    type: 'choices',
    heading: group,
    options: list.map((r) => ({ label: r.title, command: `/ats ${r.id}` })),
  }));
  return reply('roles', 'Roles I can check against', blocks, [HINTS.chooseRole]);
}

export function unknownRoleReply(query: string, suggestions: RoleProfile[]): Reply {
  const blocks: ReplyBlock[] = suggestions.length > 0
    ? [{ type: 'choices', heading: 'Did you mean', options: suggestions.map((r) => ({ label: r.title, command: `/ats ${r.id}` })) }]
    : [{ type: 'text', text: 'No role comes close. See the list with /ats roles.' }];
  return reply('error', `I don't know the role ${quote(query)}`, blocks, [HINTS.roles], 'unknown-role');
}

export function roleChosenReply(role: RoleProfile, job: JobPost | undefined): Reply {
  const against = job ? `${role.title} and the job post you pasted (${jobLabel(job)})` : role.title;
  return reply('role-chosen', `Role set: ${role.title}`, [
    { type: 'text', text: `Now send me your resume (PDF, DOCX or TXT), or paste it as text, and I'll check it against ${against}.` },
  ], [HINTS.job, HINTS.roles]);
}

export function jobLabel(job: Pick<JobPost, 'title' | 'company'>): string {
  const title = job.title ?? 'untitled job post';
  return job.company ? `${title} at ${job.company}` : title;
}

function jobFields(job: JobPost): ReplyBlock {
  return { type: 'fields', fields: [
    { label: 'Title', value: job.title ?? 'not found' },
    { label: 'Company', value: job.company ?? 'not found' },
    { label: 'Required skills', value: String(job.required.length) },
    { label: 'Preferred skills', value: String(job.preferred.length) },
    ...(job.yearsRequired !== null ? [{ label: 'Years asked', value: `${job.yearsRequired}+` }] : []),
  ] };
}

export function jobSavedReply(job: JobPost, hasResume: boolean): Reply {
  const blocks: ReplyBlock[] = [jobFields(job)];
  if (job.required.length + job.preferred.length === 0) {
    blocks.push({ type: 'text', text: 'I found no skills I know in it, so the match leans on its keywords and title.' });
  }
  blocks.push({ type: 'text', text: hasResume
    ? 'Here is how your stored resume matches it.'
    : 'Send your resume (PDF, DOCX or TXT) and I will match it against this post.' });
  return reply('job', `Job post saved: ${jobLabel(job)}`, blocks, ['/ats job clear to drop it']);
}

export function jobShowReply(job: JobPost | undefined): Reply {
  if (!job) {
    return reply('job', 'No job post saved', [
      { type: 'text', text: 'Paste a job post or a link to one as a message (or send /ats job followed by the text or link) and I will match your resume against it.' },
    ], [HINTS.chooseRole]);
  }
  return reply('job', `Matching against: ${jobLabel(job)}`, [jobFields(job)], ['/ats job clear to drop it']);
}

export function jobClearedReply(had: boolean): Reply {
  return reply('job', had ? 'Job post cleared' : 'There was no job post to clear', [
    { type: 'text', text: 'Your next report is against your chosen role (or the one your resume suggests).' },
  ], [HINTS.job]);
}

export function forgetReply(): Reply {
  return reply('forget', "Done: I've deleted everything I kept about you", [
    { type: 'text', text: 'Your parsed resume, chosen role, job post and last report are gone.' },
  ], [HINTS.resume]);
}

export function hintReply(text: string): Reply {
  return reply('hint', text);
}

export const DEFAULT_HINT = 'Send me your resume (PDF, DOCX or TXT), paste a job post, or type /ats help.';

export function errorReply(code: string, title: string, message: string, hints: string[] = []): Reply {
  return reply('error', title, [{ type: 'text', text: message }], hints, code);
}

export function rateLimitedReply(max: number, windowMs: number, retryAfterMs: number): Reply {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  const windowMin = Math.round(windowMs / 60_000);
  return reply('rate-limited', 'Let me catch my breath', [
    { type: 'text', text: `That's ${max} analyses in ${windowMin} minute${windowMin === 1 ? '' : 's'}, my limit per person. Try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.` },
  ], [], 'rate-limited');
}

/**
 * A store call failed: say so, and what that means for the person. Only used where the failing call
 * was the first write of the request, so "nothing was changed" is true.
 */
export function storeErrorReply(op: 'read' | 'write' | 'delete', reason: 'failed' | 'unavailable'): Reply {
  if (reason === 'unavailable' || op === 'read') {
    return errorReply('store-unavailable', 'Storage is unavailable right now',
      'Nothing was changed. Please try again shortly.');
  }
  return op === 'delete'
    ? errorReply('store-delete-failed', "I couldn't delete that", 'Nothing was changed, so your data is still there. Please try again; /ats forget is safe to repeat.')
    : errorReply('store-write-failed', "I couldn't save that", 'Nothing was changed. Please try again.');
}

/** The work queue is full: nothing is wrong with the file. */
export function busyReply(): Reply {
  return errorReply('busy', "I'm busy right now",
    "A lot of resumes are being checked at once. Nothing is wrong with yours: please try again in a minute.");
}

export function apologyReply(): Reply {
  return errorReply('internal', 'Sorry, something went wrong on my side',
    'Nothing you did caused it. Please try again in a moment.');
}

export function ackReply(): Reply {
  return reply('ack', 'I sent you your results privately.');
}

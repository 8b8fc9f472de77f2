/** Replies about links: where a post was read from, and each way a link can fail. */
import { LINK_MESSAGES, type LinkErrorCode } from '../links/errors.js';
import type { LinkRead } from '../links/reader.js';
import type { JobPost } from '../jobs/types.js';
import type { Reply, ReplyBlock } from './types.js';
import { errorReply } from './replies.js';

export const DEFAULT_LINK_RATE_LIMIT = { max: 10, windowMs: 10 * 60_000 } as const;

export function linkErrorReply(code: LinkErrorCode, message?: string): Reply {
  const { title, message: standard } = LINK_MESSAGES[code];
  return errorReply(code, title, message ?? standard);
}

/** "Read from Greenhouse (boards.greenhouse.io)": what was understood and where it came from. */
export function linkSourceBlock(read: LinkRead): ReplyBlock {
  return { type: 'text', text: `I read this post from ${read.source} (${read.host}).` };
}

/** Title and company as the ATS or the page's structured data state them beat what the text suggests. */
export function withKnownFacts(job: JobPost, read: LinkRead): JobPost {
  if (read.kind !== 'post') return job;
  return { ...job, title: read.title ?? job.title, company: read.company ?? job.company };
}

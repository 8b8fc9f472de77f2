/** `ats check … --job https://…`: the post behind a link, read as the chat bot reads it. */
import { readJobPostFile, readJobPostText } from './analysis/pipeline.js';
import { isDocumentError } from './documents/errors.js';
import type { JobPost } from './jobs/types.js';
import { isLinkError } from './links/errors.js';
import type { LinkReader } from './links/reader.js';

/** The post, or the coded error the CLI prints; `reader` null means LINK_FETCH=off. */
export async function readJobLink(url: string, reader: LinkReader | null): Promise<{ job: JobPost } | { error: { code: string; message: string } }> {
  if (!reader) return { error: { code: 'link-off', message: 'reading links is turned off (LINK_FETCH=off). Save the post as a .txt file and pass that.' } };
  try {
    const read = await reader.read(url);
    if (read.kind === 'file') return { job: await readJobPostFile(read.bytes) };
    const job = readJobPostText(read.text);
    return { job: { ...job, title: read.title ?? job.title, company: read.company ?? job.company } };
  } catch (error) {
    if (isLinkError(error) || isDocumentError(error)) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

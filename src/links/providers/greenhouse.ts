/**
 * Greenhouse job boards: boards.greenhouse.io/{board}/jobs/{id}, job-boards(.eu).greenhouse.io/...,
 * and the embed form ?for={board}&token={id}. Job Board API:
 * GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs/{id}; `content` is entity-escaped HTML.
 */
import { unescapeHtml } from '../html-text.js';
import { obj, safeSegment, segments, str, type Provider } from './types.js';

const HOSTS = /^(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io$/;

export const greenhouse: Provider = {
  name: 'Greenhouse',
  match(url) {
    if (!HOSTS.test(url.hostname)) return null;
    const parts = segments(url);
    let board: string | null = null;
    let id: string | null = null;
    if (parts[0] === 'embed') {
      board = safeSegment(url.searchParams.get('for') ?? undefined);
      id = safeSegment(url.searchParams.get('token') ?? undefined);
    } else if (parts[1] === 'jobs') {
      board = safeSegment(parts[0]);
      id = safeSegment(parts[2]);
    }
    if (!board || !id || !/^\d+$/.test(id)) return null;
    return {
      apiUrl: `https://boards-api.greenhouse.io/v1/boards/${board}/jobs/${id}`,
      read(json) {
        const job = obj(json);
        const title = str(job?.title);
        if (!job || !title) return null;
        const content = str(job.content) ?? '';
        // Escaped markup has no real tags; markup that arrives unescaped is used as it is.
        const html = /<[a-z!/]/i.test(content) ? content : unescapeHtml(content);
        return { title, company: str(job.company_name), location: str(obj(job.location)?.name), sections: [{ html }] };
      },
    };
  },
};

/**
 * Ashby job boards: jobs.ashbyhq.com/{board}/{jobId}. Public posting API:
 * GET https://api.ashbyhq.com/posting-api/job-board/{board} answers the whole board ({ jobs: [...] });
 * the posting is the job whose id is in the link. A job no longer listed there is closed.
 */
import { arr, obj, safeSegment, segments, str, type Provider } from './types.js';

export const ashby: Provider = {
  name: 'Ashby',
  match(url) {
    if (url.hostname !== 'jobs.ashbyhq.com') return null;
    const [boardRaw, idRaw] = segments(url);
    const board = safeSegment(boardRaw);
    const id = safeSegment(idRaw);
    if (!board || !id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return {
      apiUrl: `https://api.ashbyhq.com/posting-api/job-board/${board}`,
      read(json) {
        const job = arr(obj(json)?.jobs).map(obj).find((j) => j?.id === id && j?.isListed !== false);
        const title = str(job?.title);
        if (!job || !title) return null;
        return { title, company: null, location: str(job.location), sections: [{ html: str(job.descriptionHtml) ?? '' }] };
      },
    };
  },
};

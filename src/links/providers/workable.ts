/**
 * Workable: apply.workable.com/{account}/j/{shortcode} and {account}.workable.com/j/{shortcode}.
 * Public jobs API: GET https://www.workable.com/api/accounts/{account}?details=true answers the
 * account's name and its published jobs, each with its HTML `description` when details=true.
 */
import { arr, obj, safeSegment, segments, str, type Provider } from './types.js';

export const workable: Provider = {
  name: 'Workable',
  match(url) {
    const parts = segments(url);
    let account: string | null = null;
    let shortcode: string | null = null;
    if (url.hostname === 'apply.workable.com' && parts[1] === 'j') {
      account = safeSegment(parts[0]);
      shortcode = safeSegment(parts[2]);
    } else {
      const m = /^([a-z0-9-]+)\.workable\.com$/i.exec(url.hostname);
      if (m && m[1] !== 'www' && m[1] !== 'apply' && parts[0] === 'j') {
        account = safeSegment(m[1]);
        shortcode = safeSegment(parts[1]);
      }
    }
    if (!account || !shortcode || !/^[A-Z0-9]{6,12}$/i.test(shortcode)) return null;
    return {
      apiUrl: `https://www.workable.com/api/accounts/${account}?details=true`,
      read(json) {
        const body = obj(json);
        const job = arr(body?.jobs).map(obj).find((j) => str(j?.shortcode)?.toUpperCase() === shortcode!.toUpperCase());
        const title = str(job?.title);
        if (!job || !title) return null;
        const location = [str(job.city), str(job.state), str(job.country)].filter(Boolean).join(', ') || null;
        return { title, company: str(body?.name), location, sections: [{ html: str(job.description) ?? '' }] };
      },
    };
  },
};

/**
 * Lever postings: jobs.lever.co/{site}/{id} (and jobs.eu.lever.co). Postings API:
 * GET https://api.lever.co/v0/postings/{site}/{id} (api.eu.lever.co for the EU instance): `text` is
 * the title, `description` the opening and body, `lists` the requirement lists, `additional` the close.
 */
import { arr, obj, safeSegment, segments, str, type Provider } from './types.js';

export const lever: Provider = {
  name: 'Lever',
  match(url) {
    const m = /^jobs\.(eu\.)?lever\.co$/.exec(url.hostname);
    if (!m) return null;
    const [siteRaw, idRaw] = segments(url);
    const site = safeSegment(siteRaw);
    const id = safeSegment(idRaw);
    if (!site || !id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return {
      apiUrl: `https://api.${m[1] ?? ''}lever.co/v0/postings/${site}/${id}`,
      read(json) {
        const posting = obj(json);
        const title = str(posting?.text);
        if (!posting || !title) return null;
        const sections: { heading?: string; html: string }[] = [{ html: str(posting.description) ?? str(posting.descriptionPlain) ?? '' }];
        for (const list of arr(posting.lists)) {
          const l = obj(list);
          const content = str(l?.content);
          // `content` is the list's <li> elements without their <ul>.
          if (content) sections.push({ heading: str(l?.text) ?? undefined, html: `<ul>${content}</ul>` });
        }
        const additional = str(posting.additional);
        if (additional) sections.push({ html: additional });
        return { title, company: null, location: str(obj(posting.categories)?.location), sections };
      },
    };
  },
};

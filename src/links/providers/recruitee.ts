/**
 * Recruitee careers sites: {company}.recruitee.com/o/{slug}. Careers Site API:
 * GET https://{company}.recruitee.com/api/offers/ answers { offers: [...] } with each offer's HTML
 * `description` and `requirements` inline; the posting is the offer with the link's slug.
 */
import { arr, obj, safeSegment, segments, str, type Provider } from './types.js';

export const recruitee: Provider = {
  name: 'Recruitee',
  match(url) {
    const m = /^([a-z0-9-]+)\.recruitee\.com$/i.exec(url.hostname);
    const parts = segments(url);
    const company = safeSegment(m?.[1]);
    const slug = parts[0] === 'o' ? safeSegment(parts[1]) : null;
    if (!company || !slug || company === 'www' || company === 'api') return null;
    return {
      apiUrl: `https://${company}.recruitee.com/api/offers/`,
      read(json) {
        const offer = arr(obj(json)?.offers).map(obj).find((o) => o?.slug === slug);
        const title = str(offer?.title);
        if (!offer || !title) return null;
        const sections: { heading?: string; html: string }[] = [{ html: str(offer.description) ?? '' }];
        const requirements = str(offer.requirements);
        if (requirements) sections.push({ heading: 'Requirements', html: requirements });
        return { title, company: str(offer.company_name), location: str(offer.location), sections };
      },
    };
  },
};

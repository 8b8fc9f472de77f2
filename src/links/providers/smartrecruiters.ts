/**
 * SmartRecruiters: jobs.smartrecruiters.com/{company}/{postingId}-{slug}. Posting API:
 * GET https://api.smartrecruiters.com/v1/companies/{company}/postings/{postingId}; the ad is in
 * jobAd.sections (companyDescription, jobDescription, qualifications, additionalInformation),
 * each { title, text } with HTML text.
 */
import { obj, safeSegment, segments, str, type Provider } from './types.js';

const SECTION_ORDER = ['jobDescription', 'qualifications', 'additionalInformation', 'companyDescription'] as const;

export const smartrecruiters: Provider = {
  name: 'SmartRecruiters',
  match(url) {
    if (!/^(?:jobs|careers)\.smartrecruiters\.com$/.test(url.hostname)) return null;
    const [companyRaw, postingRaw] = segments(url);
    const company = safeSegment(companyRaw);
    const id = /^(\d{6,20})(?:-|$)/.exec(postingRaw ?? '')?.[1];
    if (!company || !id) return null;
    return {
      apiUrl: `https://api.smartrecruiters.com/v1/companies/${company}/postings/${id}`,
      read(json) {
        const posting = obj(json);
        const title = str(posting?.name);
        if (!posting || !title) return null;
        const sections = obj(obj(posting.jobAd)?.sections);
        const parts = SECTION_ORDER.flatMap((key) => {
          const s = obj(sections?.[key]);
          const html = str(s?.text);
          return html ? [{ heading: str(s?.title) ?? undefined, html }] : [];
        });
        const loc = obj(posting.location);
        const location = str(loc?.fullLocation) ?? ([str(loc?.city), str(loc?.country)].filter(Boolean).join(', ') || null);
        return { title, company: str(obj(posting.company)?.name), location, sections: parts };
      },
    };
  },
};

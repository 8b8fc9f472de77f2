/** A post's parts (from an ATS API or JSON-LD) as the text the job-post reader expects. */
import { htmlToStructuredText } from './html-text.js';

export interface PostParts {
  title: string | null;
  company: string | null;
  location: string | null;
  sections: { heading?: string; html?: string; text?: string }[];
}

/** Title, company and location first (where a pasted post has them), then each section under its heading. */
export function composePostText(parts: PostParts): string {
  const head = [parts.title, parts.company, parts.location].filter((s): s is string => !!s);
  const body = parts.sections.map((s) => {
    const text = (s.text ?? (s.html ? htmlToStructuredText(s.html) : '')).trim();
    if (!text) return '';
    return s.heading ? `${s.heading.trim()}\n${text}` : text;
  }).filter(Boolean);
  return [head.join('\n'), ...body].filter(Boolean).join('\n\n');
}

import type { JobPost } from './types.js';
import { classifyJobLines, hasPreferredMarker, jobHeadingKind } from './sections.js';
import { extractKeywords } from './keywords.js';
import { findSkills } from '../skills/matcher.js';
import { getLexicon, type Lexicon } from '../skills/lexicon.js';
import { tokenize } from '../skills/tokens.js';
import { getVocabulary } from '../resume/vocabulary.js';

export type { JobPost } from './types.js';

/** Longest post read; beyond this it is someone pasting a book, and the tail is boilerplate anyway. */
export const MAX_JOB_POST_CHARS = 30_000;
const TITLE_LABEL_RE = /^\s*(?:job\s+title|title|position(?:\s+title)?|role|job)\s*[:\-–]\s*(.+)$/i;
const COMPANY_LABEL_RE = /^\s*(?:company(?:\s+name)?|employer|organi[sz]ation|agency)\s*[:\-–]\s*(.+)$/i;
/** Sentence openers that look like a company name to a regex. */
const NOT_COMPANIES = new Set(['we', 'our', 'you', 'your', 'the', 'this', 'it', 'they', 'job description', 'us', 'the team', 'the company']);
const YEARS_RE = /(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b/i;

function hasTitleWord(s: string): boolean {
  const words = s.toLowerCase().split(/[^a-z-]+/);
  const tw = getVocabulary().titleWords;
  return words.some((w) => tw.has(w));
}

function clean(s: string): string {
  return s.replace(/^[#*_\s]+|[#*_\s]+$/g, '').replace(/\s+/g, ' ').trim();
}

/** "Job Description: Front End Engineer (2 Years of Experience)" -> "Front End Engineer". */
function cleanTitle(s: string): string {
  return clean(s)
    .replace(/^(?:job\s+description|job\s+title|job\s+posting|position|role|opening)\s*[:\-–—]\s*/i, '')
    .replace(/\s*\((?:[^)]*\b(?:years?|yrs|remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b[^)]*)\)\s*$/i, '')
    .replace(/\s*[-–—|]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\s*$/i, '')
    .trim();
}

function findTitleAndCompany(lines: string[]): { title: string | null; company: string | null } {
  let title: string | null = null;
  let company: string | null = null;
  for (const line of lines.slice(0, 40)) {
    const t = line.match(TITLE_LABEL_RE);
    if (!title && t && hasTitleWord(t[1]!)) title = clean(t[1]!);
    const c = line.match(COMPANY_LABEL_RE);
    if (!company && c) company = clean(c[1]!).slice(0, 80);
  }
  if (!title) {
    for (const line of lines.slice(0, 8)) {
      const l = clean(line);
      if (!l || l.split(' ').length > 14 || jobHeadingKind(line)) continue;
      if (!hasTitleWord(l)) continue;
      const parts = l.split(/\s+(?:at|@|[-–—|·,])\s+/);
      const titlePart = parts.find((p) => hasTitleWord(p)) ?? l;
      title = titlePart;
      const other = parts.find((p) => p !== titlePart && /^[\p{Lu}0-9]/u.test(p) && p.split(' ').length <= 5 && !/\d{4}|remote|hybrid|onsite|full[- ]time/i.test(p));
      if (!company && other) company = other;
      break;
    }
  }
  const text = lines.slice(0, 60).join('\n');
  if (!title) {
    // "We are looking for a Senior Backend Engineer to join ..." names the title in a sentence.
    const m = text.match(/\b(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+)?((?:[\p{Lu}][\p{L}0-9/+#.-]*[ \t]+){0,5}[\p{Lu}][\p{L}0-9/+#.-]*)/u);
    if (m && hasTitleWord(m[1]!)) title = m[1]!.trim();
  }
  if (!company) {
    const word = "[\\p{Lu}][\\p{L}0-9&.'-]*";
    const name = `(${word}(?:[ \\t]+${word}){0,3})`;
    const m = text.match(new RegExp(`\\b(?:join|at)[ \\t]+${name}(?=[,.!\\s])`, 'u'))
      ?? text.match(new RegExp(`^${name}[ \\t]+(?:is|are)[ \\t]+(?:hiring|looking|seeking|a|an|the)\\b`, 'mu'))
      ?? text.match(new RegExp(`^#*[ \\t]*about[ \\t]+(?!the\\b|us\\b|you\\b)${name}[ \\t]*:?[ \\t]*$`, 'imu'));
    if (m && !hasTitleWord(m[1]!) && !NOT_COMPANIES.has(m[1]!.toLowerCase())) company = m[1]!.trim();
  }
  if (title && title.includes(':')) {
    // "Login.gov: Engineer GS15": the part before the colon names the team or company.
    const [head, ...rest] = title.split(':');
    if (head && !hasTitleWord(head) && !/^\s*(?:job|position|role|opening)\b/i.test(head) && rest.join(':').trim()) {
      company ??= head.trim();
      title = rest.join(':').trim();
    }
  }
  return { title: title ? cleanTitle(title) || title : null, company };
}

/** Reads a pasted job post: title, company, required vs preferred skills, years asked, keywords. */
export function parseJobPost(input: string, lexicon: Lexicon = getLexicon()): JobPost {
  const text = input.slice(0, MAX_JOB_POST_CHARS);
  const lines = text.split('\n');
  const { kinds, hasSplit } = classifyJobLines(lines);
  const listLines = new Set<number>();
  kinds.forEach((k, i) => { if (k === 'required' || k === 'preferred') listLines.add(i); });

  const required = new Set<string>();
  const preferred = new Set<string>();
  for (const hit of findSkills(text, lexicon, { skillLines: listLines })) {
    const kind = kinds[hit.line];
    if (kind === 'boilerplate' || kind === 'heading') continue;
    const isPreferred = kind === 'preferred' || hasPreferredMarker(lines[hit.line] ?? '');
    if (isPreferred) preferred.add(hit.id);
    else required.add(hit.id);
  }
  for (const id of required) preferred.delete(id);

  let yearsRequired: number | null = null;
  const yearCandidates = lines
    .map((line, i) => ({ line, kind: kinds[i] }))
    .filter(({ line, kind }) => kind !== 'boilerplate' && YEARS_RE.test(line) && /experien|professional|industry|working/i.test(line));
  const firstYears = (yearCandidates.find((c) => c.kind === 'required') ?? yearCandidates[0])?.line.match(YEARS_RE);
  if (firstYears) yearsRequired = Number(firstYears[1]);

  // Keywords: skill words are already counted, so they are left out of the extra terms.
  const excluded = new Set<string>();
  for (const id of [...required, ...preferred]) {
    const skill = lexicon.get(id);
    if (!skill) continue;
    for (const s of [skill.name, ...skill.aliases]) for (const t of tokenize(s)) excluded.add(t.norm);
  }
  const sections: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (kinds[i] === 'heading') { if (current.length) sections.push(current); current = []; return; }
    if (kinds[i] !== 'boilerplate') current.push(line);
  });
  if (current.length) sections.push(current);
  const { title, company } = findTitleAndCompany(lines);
  for (const w of [...(title ?? '').toLowerCase().split(/\W+/), ...(company ?? '').toLowerCase().split(/\W+/)]) if (w) excluded.add(w);

  return {
    title,
    company,
    required: [...required],
    preferred: hasSplit || preferred.size > 0 ? [...preferred] : [],
    keywords: extractKeywords(sections, excluded),
    yearsRequired,
    text,
  };
}

import type { ExtractedDocument } from '../documents/types.js';
import type { Resume, ExperienceEntry, SectionKind } from './types.js';
import { splitSections, detectHeading } from './sections.js';
import { findEmail, findPhone, findLinks } from './contact.js';
import { findDateRanges, mergedMonths, monthIndexOf, wrappedRange } from './dates.js';
import { extractBullets, BULLET_MARKER_RE } from './bullets.js';
import { getVocabulary } from './vocabulary.js';

export type { Resume } from './types.js';

/** Sections whose dated entries are professional experience. */
const EXPERIENCE_KINDS: ReadonlySet<SectionKind> = new Set(['experience']);
/** Sections whose dates never count as professional years. */
const NON_WORK_KINDS: ReadonlySet<SectionKind> = new Set([
  'education', 'projects', 'certifications', 'awards', 'publications', 'volunteering', 'interests', 'references', 'languages',
]);
/** Sections whose sentences are achievement bullets. */
const BULLET_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'other', 'volunteering']);
const EDUCATION_LINE_RE = /\b(?:university|college|school|institute|academy|bachelor'?s?|master'?s?|b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?tech|m\.?tech|ph\.?d|mba|degree|diploma|gpa|coursework|graduat\w*)\b/i;
const MAX_TITLE_WORDS = 10;
const WORDS_PER_PAGE_ESTIMATE = 500;

/** Small words a title may hold in lower case ("Head of Engineering", "Engineer in Test"). */
const TITLE_LOWER_WORDS = new Set(['of', 'and', 'for', 'in', 'the', 'to', 'at', 'a', 'an', '&', 'with', 'on']);

function looksLikeTitle(line: string): boolean {
  const words = line.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || /@/.test(line)) return false;
  // A sentence ("Technical lead for the replication initiatives.") is not a title.
  if (/[.!?]$/.test(line.trim())) return false;
  const lowerWords = line.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !TITLE_LOWER_WORDS.has(w));
  if (lowerWords.length > 2) return false;
  const titleWords = getVocabulary().titleWords;
  return words.some((w) => titleWords.has(w));
}

/** The title part of a line like "Senior Engineer | Stripe | 2020 - Present". */
function titleSegment(line: string): string | null {
  const parts = line.split(/\s+[|•·@–—-]\s+|\s{2,}|,\s+|\s+at\s+/).map((p) => p.trim()).filter(Boolean);
  const hit = parts.find((p) => looksLikeTitle(p) && !/\d{4}/.test(p));
  return hit ? hit.replace(/[\s,;:|•·–—-]+$/, '').trim() : null;
}

const NOT_NAMES = /^(?:curriculum vitae|resume|résumé|cv|personal information|contact)$/i;

function findName(lines: string[]): string | null {
  for (const line of lines.slice(0, 6)) {
    const t = line.trim().replace(/\s+/g, ' ');
    if (!t || /[@\d:/|]/.test(t)) continue;
    const words = t.split(' ');
    if (words.length < 2 || words.length > 4) continue;
    if (!words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w))) continue;
    if (looksLikeTitle(t) || detectHeading(t) || NOT_NAMES.test(t)) continue;
    return t;
  }
  return null;
}

/** Parses normalised resume text into the facts the analysis reads. */
export function parseResume(doc: Pick<ExtractedDocument, 'text' | 'pages' | 'layout'>, now: Date = new Date()): Resume {
  const text = doc.text;
  const lines = text.split('\n');
  const { sections, lineKinds } = splitSections(lines);
  const nowMonth = monthIndexOf(now);
  const hasExperienceSection = sections.some((s) => EXPERIENCE_KINDS.has(s.kind));

  const experience: ExperienceEntry[] = [];
  const experienceTitles: string[] = [];
  lines.forEach((line, i) => {
    const kind = lineKinds[i]!;
    const counts = hasExperienceSection ? EXPERIENCE_KINDS.has(kind) : !NON_WORK_KINDS.has(kind);
    if (!counts || EDUCATION_LINE_RE.test(line)) return;
    const found = findDateRanges(line, nowMonth);
    const wrapped = found.length === 0 ? wrappedRange(line, lines[i + 1]) : null;
    const ranges = wrapped ? findDateRanges(wrapped, nowMonth).map((r) => ({ ...r, text: '' })) : found;
    for (const range of ranges) {
      const rest = (range.text ? line.replace(range.text, ' ') : line).trim();
      const title = titleSegment(rest) ?? titleSegment(lines[i - 1] ?? '') ?? titleSegment(lines[i + 1] ?? '');
      experience.push({ title, start: range.start, end: range.present ? null : range.end, present: range.present });
      if (title) experienceTitles.push(title);
    }
  });
  const months = mergedMonths(experience.map((e) => ({ start: e.start, end: e.end ?? nowMonth })));
  const experienceYears = experience.length > 0 ? Math.round((months / 12) * 10) / 10 : null;

  const isDateLine = (l: string) => findDateRanges(l, nowMonth).length > 0 || (looksLikeTitle(l) && l.split(/\s+/).length <= 8);
  const bullets = sections
    .filter((s) => BULLET_KINDS.has(s.kind) && (s.kind !== 'other' || !hasExperienceSection))
    .flatMap((s) => extractBullets(s.lines, isDateLine));

  const top = lines.slice(0, 8);
  const headline = top.map((l) => (looksLikeTitle(l) && !/@/.test(l) ? titleSegment(l) : null)).find((t) => t) ?? experienceTitles[0] ?? null;
  const titles = [...new Set([...(headline ? [headline] : []), ...experienceTitles])];
  const wordCount = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  return {
    text,
    name: findName(lines),
    headline,
    titles,
    contact: { email: findEmail(text), phone: findPhone(text), links: findLinks(text) },
    sections,
    experience,
    experienceYears,
    bullets,
    wordCount,
    pages: doc.pages || Math.max(1, Math.ceil(wordCount / WORDS_PER_PAGE_ESTIMATE)),
    layout: doc.layout,
  };
}

/** Header lines of a role hold at most this many words ("Software Engineer | Figma | 2021 - 2023"). */
const MAX_HEADER_LINE_WORDS = 10;

/**
 * Line numbers by what they hold: skills-section lines (where ambiguous skill names are trusted) and
 * role header lines (title, employer, dates), where a product name is usually the employer.
 */
export function lineRoles(resume: Resume, now: Date = new Date()): { skillLines: Set<number>; headerLines: Set<number> } {
  const lines = resume.text.split('\n');
  const { lineKinds } = splitSections(lines);
  const nowMonth = monthIndexOf(now);
  const dated = lines.map((l) => findDateRanges(l, nowMonth).length > 0);
  const skillLines = new Set<number>();
  const headerLines = new Set<number>();
  lines.forEach((line, i) => {
    if (lineKinds[i] === 'skills') skillLines.add(i);
    if (lineKinds[i] !== 'experience' || BULLET_MARKER_RE.test(line)) return;
    const words = line.split(/\s+/).filter(Boolean).length;
    if (words <= MAX_HEADER_LINE_WORDS && (dated[i] || dated[i - 1] || dated[i + 1])) headerLines.add(i);
  });
  return { skillLines, headerLines };
}

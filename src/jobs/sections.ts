import { getJobVocabulary } from './vocabulary.js';

export type JobSectionKind = 'required' | 'preferred' | 'neutral' | 'boilerplate';

const MAX_HEADING_WORDS = 8;

function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^[\s#*_>\-–—=•]+|[\s#*_:=.\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind of section a line opens, or null when it is not a heading. */
export function jobHeadingKind(line: string): JobSectionKind | null {
  const raw = line.trim();
  if (!raw || raw.length > 80) return null;
  const key = headingKey(raw);
  if (!key || key.split(' ').length > MAX_HEADING_WORDS) return null;
  // A heading stands alone: ends with a colon, is a markdown heading, bold, shouty, or is short.
  const marked = /:$/.test(raw) || /^#{1,6}\s/.test(raw) || /^\*\*.*\*\*$/.test(raw) || raw === raw.toUpperCase();
  const v = getJobVocabulary();
  const matches = (list: string[]) => list.some((h) => key === h || (marked && (key.startsWith(h + ' ') || key.endsWith(' ' + h))));
  if (matches(v.preferredHeadings) || (marked && /\b(?:nice|preferred|bonus|plus)\b/.test(key))) return 'preferred';
  if (matches(v.boilerplateHeadings) || (marked && /^about (?!the role|the team|you\b)/.test(key))) return 'boilerplate';
  if (matches(v.requiredHeadings)) return 'required';
  if (matches(v.neutralHeadings)) return 'neutral';
  return null;
}

/** "Requirements: 4+ years of ..." opens a section and starts its text on the same line. */
export function inlineHeading(line: string): JobSectionKind | null {
  const m = line.match(/^\s*[#*_]*([A-Za-z][A-Za-z' &/-]{2,40}?)[*_]*\s*:\s*\S/);
  if (!m) return null;
  return jobHeadingKind(m[1]! + ':');
}

export function isBoilerplateLine(line: string): boolean {
  const lower = line.toLowerCase();
  return getJobVocabulary().boilerplatePhrases.some((p) => lower.includes(p));
}

export function hasPreferredMarker(line: string): boolean {
  const lower = line.toLowerCase();
  return getJobVocabulary().preferredMarkers.some((p) => lower.includes(p));
}

/** Each line's section kind; text before the first heading is neutral (the intro). */
export function classifyJobLines(lines: string[]): { kinds: (JobSectionKind | 'heading')[]; hasSplit: boolean } {
  const kinds: (JobSectionKind | 'heading')[] = [];
  let current: JobSectionKind = 'neutral';
  let hasSplit = false;
  for (const line of lines) {
    const inline = inlineHeading(line);
    if (inline) {
      current = inline;
      if (inline === 'required' || inline === 'preferred') hasSplit = true;
      kinds.push(inline);
      continue;
    }
    const heading = jobHeadingKind(line);
    if (heading) {
      current = heading;
      if (heading === 'required' || heading === 'preferred') hasSplit = true;
      kinds.push('heading');
      continue;
    }
    kinds.push(isBoilerplateLine(line) ? 'boilerplate' : current);
  }
  return { kinds, hasSplit };
}

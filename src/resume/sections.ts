import type { ResumeSection, SectionKind } from './types.js';
import { getVocabulary } from './vocabulary.js';

/** Headings are short; anything longer is a sentence that happens to start with "Experience". */
const MAX_HEADING_WORDS = 5;
/** Kinds recognised by their last word when the exact heading is not in the vocabulary. */
const HEADING_TAIL_WORDS: Record<string, SectionKind> = {
  experience: 'experience', education: 'education', skills: 'skills', projects: 'projects',
  certifications: 'certifications', summary: 'summary', awards: 'awards', publications: 'publications',
};

/** "E X P E R I E N C E" and "W O R K  E X P E R I E N C E" -> "EXPERIENCE", "WORK EXPERIENCE". */
export function collapseLetterSpacing(line: string): string {
  const t = line.trim();
  if (!/^(?:\S\s){2,}\S(?:\s{2,}(?:\S\s)*\S)*$/.test(t)) return t;
  return t.split(/\s{2,}/).map((w) => w.replace(/\s/g, '')).join(' ');
}

function headingKey(line: string): string {
  return collapseLetterSpacing(line)
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[:.\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The section a line opens, or null. `rest` is text after "Skills:" on the same line. */
export function detectHeading(line: string): { kind: SectionKind; heading: string; rest: string } | null {
  const vocab = getVocabulary();
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 60) return null;
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon < trimmed.length - 1) {
    const key = headingKey(trimmed.slice(0, colon));
    const kind = vocab.headings.get(key);
    if (kind && key.split(' ').length <= 4) return { kind, heading: trimmed.slice(0, colon).trim(), rest: trimmed.slice(colon + 1).trim() };
    return null;
  }
  const key = headingKey(trimmed);
  const words = key.split(' ');
  if (!key || words.length > MAX_HEADING_WORDS || /\d/.test(key)) return null;
  const exact = vocab.headings.get(key) ?? vocab.headings.get(key.replace(/ and /g, ' & ')) ?? vocab.headings.get(key.replace(/ & /g, ' and '));
  if (exact) return { kind: exact, heading: collapseLetterSpacing(trimmed).replace(/:$/, ''), rest: '' };
  // Compound headings ("SKILLS & AWARDS") take the kind of their first known part.
  const parts = key.split(/\s+(?:&|and|\/)\s+|\s*\/\s*/);
  if (parts.length > 1) {
    const first = parts.map((p) => vocab.headings.get(p)).find((k) => k);
    if (first) return { kind: first, heading: collapseLetterSpacing(trimmed).replace(/:$/, ''), rest: '' };
  }
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  const shouty = letters.length > 0 && letters === letters.toUpperCase();
  const tail = HEADING_TAIL_WORDS[words[words.length - 1]!];
  if (tail && words.length <= 4 && (shouty || /^(?:\p{Lu}\S*\s*)+$/u.test(trimmed))) {
    return { kind: tail, heading: collapseLetterSpacing(trimmed), rest: '' };
  }
  return null;
}

/** Splits lines into sections; lines before the first heading form an untitled 'contact' block. */
export function splitSections(lines: string[]): { sections: ResumeSection[]; lineKinds: SectionKind[] } {
  const sections: ResumeSection[] = [{ kind: 'contact', heading: '', lines: [] }];
  const lineKinds: SectionKind[] = [];
  for (const line of lines) {
    const heading = detectHeading(line);
    if (heading) {
      sections.push({ kind: heading.kind, heading: heading.heading, lines: heading.rest ? [heading.rest] : [] });
      lineKinds.push(heading.rest ? heading.kind : 'other');
      continue;
    }
    const current = sections[sections.length - 1]!;
    current.lines.push(line);
    lineKinds.push(current.kind);
  }
  return { sections: sections.filter((s) => s.heading !== '' || s.lines.some((l) => l.trim() !== '')), lineKinds };
}

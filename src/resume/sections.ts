import type { ResumeSection, SectionKind } from './types.js';
import { getVocabulary } from './vocabulary.js';
import { collapseWhitespace } from '../text/whitespace.js';
import { wordCharLengthBefore } from '../skills/tokens.js';

/** Headings are short; anything longer is a sentence that happens to start with "Experience". */
const MAX_HEADING_WORDS = 5;
/** Kinds recognised by their last word when the exact heading is not in the vocabulary. */
const HEADING_TAIL_WORDS: Record<string, SectionKind> = {
  experience: 'experience', experiences: 'experience', internships: 'experience', appointments: 'experience',
  education: 'education', skills: 'skills', competencies: 'skills', competences: 'skills', proficiencies: 'skills',
  projects: 'projects', certifications: 'certifications', certificates: 'certifications', courses: 'certifications',
  summary: 'summary', profile: 'summary', objective: 'summary',
  awards: 'awards', achievements: 'awards', honors: 'awards', honours: 'awards',
  publications: 'publications', presentations: 'publications', talks: 'publications', patents: 'publications',
  interests: 'interests', activities: 'interests', hobbies: 'interests',
  volunteering: 'volunteering', languages: 'languages', references: 'references',
};
/** Sections inside which "Label: values" lines are sub-labels, not new sections. */
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'volunteering']);
/** Headings that also serve as sub-headings inside a role ("Key Achievements:", "Highlights:", "Tools:"). */
const SUBHEADING_KINDS: ReadonlySet<SectionKind> = new Set(['awards', 'summary', 'projects', 'skills', 'interests']);

/** "E X P E R I E N C E" and "W O R K  E X P E R I E N C E" -> "EXPERIENCE", "WORK EXPERIENCE". */
export function collapseLetterSpacing(line: string): string {
  const t = line.trim();
  if (!/^(?:\S\s){2,}\S(?:\s{2,}(?:\S\s)*\S)*$/.test(t)) return t;
  return t.split(/\s{2,}/).map((w) => w.replace(/\s/g, '')).join(' ');
}

export function headingKey(line: string): string {
  let key = collapseLetterSpacing(line).replace(/^[^\p{L}]+/u, '');
  // Decorations and qualifiers after the name: "EXPERIENCE —", "Experience (continued)", "Skills (selected)".
  // (Each end-anchored pattern only where it can match: they are tried from every position.)
  if (key.includes(')')) key = key.replace(/\s*\((?:cont(?:inued|'d|d)?\.?|selected|contd\.?|[^)]{0,20})\)\s*$/iu, '');
  key = key.slice(0, endOfLastWordChar(key));
  if (/cont/i.test(key)) key = key.replace(/\s+(?:cont(?:inued|'d)|contd)$/i, '');
  return collapseWhitespace(key).toLowerCase();
}

/** Where the text's last letter or digit ends: what /[^\p{L}\p{N}]+$/u leaves. */
function endOfLastWordChar(s: string): number {
  let end = s.length;
  while (end > 0 && wordCharLengthBefore(s, end) === 0) end--;
  return end;
}

let compactHeadings: Map<string, SectionKind> | null = null;
/**
 * Headings with their spaces removed. Letter-spaced headings lose their word gaps when runs of spaces
 * are collapsed ("W O R K   E X P E R I E N C E" -> "W O R K E X P E R I E N C E" -> "WORKEXPERIENCE").
 */
function compactHeadingKind(key: string): SectionKind | undefined {
  if (!compactHeadings) {
    compactHeadings = new Map();
    for (const [name, kind] of getVocabulary().headings) {
      compactHeadings.set(name.replace(/\s+/g, ''), kind);
      compactHeadings.set(name.replace(/&/g, 'and').replace(/\s+/g, ''), kind);
    }
  }
  return compactHeadings.get(key.replace(/\s+/g, ''));
}

/** A value that belongs to the contact block: "Portfolio: janedoe.com", "Links: github.com/x". */
const CONTACT_VALUE_RE = /@|https?:\/\/|www\.|\b[\w-]+\.(?:com|dev|io|me|net|org|ai|app|co|tech|design|site|page|info)\b|\+?\d[\d\s().-]{7,}\d/i;

/** The section a line opens, or null. `rest` is text after "Skills:" on the same line. */
export function detectHeading(line: string): { kind: SectionKind; heading: string; rest: string } | null {
  const vocab = getVocabulary();
  const trimmed = line.trim();
  // "Experience | Fractional Head of Product, Mar 2024-Present": a CV with its headings in a left
  // column, read row by row, puts each heading before its section's first line.
  const bar = trimmed.indexOf(' | ');
  if (bar > 1 && bar <= 40) {
    const key = headingKey(trimmed.slice(0, bar));
    const kind = vocab.headings.get(key);
    const rest = trimmed.slice(bar + 3).trim();
    if (kind && key.split(' ').length <= 3 && rest && !CONTACT_VALUE_RE.test(trimmed.slice(0, bar))) return { kind, heading: trimmed.slice(0, bar).trim(), rest };
  }
  if (!trimmed || trimmed.length > 60) return null;
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon < trimmed.length - 1) {
    const key = headingKey(trimmed.slice(0, colon));
    const kind = vocab.headings.get(key);
    const rest = trimmed.slice(colon + 1).trim();
    if (kind && key.split(' ').length <= 4 && !CONTACT_VALUE_RE.test(rest)) return { kind, heading: trimmed.slice(0, colon).trim(), rest };
    return null;
  }
  const key = headingKey(trimmed);
  const words = key.split(' ');
  if (!key || words.length > MAX_HEADING_WORDS || /\d/.test(key)) return null;
  const heading = collapseLetterSpacing(trimmed).replace(/\s*:$/, '');
  const exact = vocab.headings.get(key) ?? vocab.headings.get(key.replace(/ and /g, ' & ')) ?? vocab.headings.get(key.replace(/ & /g, ' and '));
  if (exact) return { kind: exact, heading, rest: '' };
  // Compound headings ("SKILLS & AWARDS") take the kind of their first known part.
  const parts = key.split(/\s+(?:&|and|\/)\s+|\s*\/\s*/);
  if (parts.length > 1) {
    const first = parts.map((p) => vocab.headings.get(p)).find((k) => k);
    if (first) return { kind: first, heading, rest: '' };
  }
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  const shouty = letters.length > 0 && letters === letters.toUpperCase();
  if (words.length === 1 && shouty && letters.length >= 8) {
    const compact = compactHeadingKind(key);
    if (compact) return { kind: compact, heading, rest: '' };
  }
  const tail = HEADING_TAIL_WORDS[words[words.length - 1]!];
  // "Freelance Writer, Multiple Publications": a job, then where it was done, is a role line.
  const comma = trimmed.indexOf(',');
  const roleLine = comma > 0 && trimmed.slice(0, comma).toLowerCase().split(/[^a-z-]+/).some((w) => vocab.titleWords.has(w));
  if (tail && words.length <= 4 && !roleLine && (shouty || /^(?:\p{Lu}\S*\s*)+$/u.test(trimmed))) {
    return { kind: tail, heading, rest: '' };
  }
  return null;
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * A heading-like line inside a role that labels part of the role rather than opening a new section:
 * "Key Achievements:" or "Tools: Jira, Confluence" under an "EXPERIENCE" heading. Real section headings
 * share one style through a resume; a sub-heading breaks it (a colon, or Title Case under ALL CAPS).
 */
function isSubLabel(
  heading: { kind: SectionKind; rest: string },
  line: string,
  current: ResumeSection,
  currentLine: string,
  nextHeading: { rest: string } | null | undefined,
): boolean {
  if (!ENTRY_KINDS.has(current.kind) || !SUBHEADING_KINDS.has(heading.kind)) return false;
  if (heading.rest) {
    // A run of one-line sections at the end ("Skills: ...", "Languages: ...") are sections.
    if (nextHeading === undefined || nextHeading?.rest) return false;
    return !(nextHeading && /skill/i.test(line.slice(0, line.indexOf(':'))));
  }
  const trimmed = line.trim();
  const colonHere = /:\s*$/.test(trimmed);
  const colonThere = /:\s*$/.test(currentLine.trim());
  if (colonHere && !colonThere) return true;
  return colonHere && isAllCaps(currentLine) && !isAllCaps(trimmed);
}

/** Splits lines into sections; lines before the first heading form an untitled 'contact' block. */
export function splitSections(lines: string[]): { sections: ResumeSection[]; lineKinds: SectionKind[] } {
  const sections: ResumeSection[] = [{ kind: 'contact', heading: '', lines: [] }];
  /** The line each section starts on (its heading line). */
  const starts: number[] = [0];
  const lineKinds: SectionKind[] = [];
  const headings = lines.map(detectHeading);
  const vocab = getVocabulary();
  // A heading broken over two lines ("RESEARCH" / "EXPERIENCE", "VOLUNTEER" / "EXPERIENCE") is one heading.
  const secondHalves = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = headings[i];
    const b = headings[i + 1];
    if (!a || !b || a.rest || b.rest || isAllCaps(lines[i]!) !== isAllCaps(lines[i + 1]!)) continue;
    const joined = `${collapseLetterSpacing(lines[i]!)} ${collapseLetterSpacing(lines[i + 1]!)}`;
    const kind = vocab.headings.get(headingKey(joined));
    if (!kind) continue;
    headings[i] = { kind, heading: joined.replace(/\s*:$/, ''), rest: '' };
    headings[i + 1] = null;
    secondHalves.add(i + 1);
  }
  /** The heading on the next non-blank line: null when that line is no heading, undefined at the end. */
  const nextHeadingAfter = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return headings[j] ?? null;
    return undefined;
  };
  lines.forEach((line, i) => {
    const heading = headings[i];
    const current = sections[sections.length - 1]!;
    if (secondHalves.has(i)) {
      lineKinds.push('other');
      return;
    }
    const inSkillsList = current.kind === 'skills' && heading !== null && heading !== undefined && (
      (heading.rest !== '' && heading.kind !== 'experience' && heading.kind !== 'education')
      // "SKILLS" then "Leadership", "Research" one per line: a list item, not a Title Case heading under an ALL CAPS one.
      || (heading.rest === '' && line.trim().split(/\s+/).length <= 2 && isAllCaps(lines[starts[starts.length - 1]!]!) && !isAllCaps(line)));
    if (inSkillsList) {
      // "Languages: Go, Java" or "Tools: Docker" inside a skills section is a skills line.
      current.lines.push(line);
      lineKinds.push('skills');
      return;
    }
    if (heading && isSubLabel(heading, line, current, lines[starts[starts.length - 1]!]!, nextHeadingAfter(i))) {
      current.lines.push(line);
      lineKinds.push(heading.kind === 'skills' && heading.rest ? 'skills' : current.kind);
      return;
    }
    if (heading) {
      sections.push({ kind: heading.kind, heading: heading.heading, lines: heading.rest ? [heading.rest] : [] });
      starts.push(i);
      lineKinds.push(heading.rest ? heading.kind : 'other');
      return;
    }
    current.lines.push(line);
    lineKinds.push(current.kind);
  });
  mergeDatedSubsections(sections, starts, lineKinds, lines);
  return { sections: sections.filter((s) => s.heading !== '' || s.lines.some((l) => l.trim() !== '')), lineKinds };
}

/** A year range ("2019 - 2021", "Mar 2020 – Present"): what marks a role header. */
const YEAR_RANGE_RE = /\b(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:[a-z]{3,9}\.?\s*)?(?:(?:19|20)\d{2}|present|current|now|date)\b/i;

/** "LSPedia (May 2023 to March 2024)" over "IT Project Manager": a role's header, dated and titled. */
function holdsRole(ls: string[]): boolean {
  const titleWords = getVocabulary().titleWords;
  return ls.some((l, k) => {
    if (!YEAR_RANGE_RE.test(l)) return false;
    const next = ls.slice(k + 1).find((n) => n.trim());
    return next !== undefined && next.trim().split(/\s+/).length <= 6 && next.toLowerCase().split(/[^a-z-]+/).some((w) => titleWords.has(w));
  });
}

/**
 * "Key Achievements" or "Highlights" under a role, written like a real heading, opens an awards or
 * summary section that then swallows the next roles. Such a section right after Experience was a
 * sub-heading, and goes back to Experience, when it holds a dated range or breaks the heading style
 * ("Highlights" under "EXPERIENCE").
 */
function mergeDatedSubsections(sections: ResumeSection[], starts: number[], lineKinds: SectionKind[], lines: string[]): void {
  for (let i = 1; i < sections.length; i++) {
    const s = sections[i]!;
    const prev = sections[i - 1]!;
    if (prev.kind !== 'experience') continue;
    // "Current Projects", "Past Projects" under a role, then the next dated role: the projects were
    // the role's, and the experience goes on through the last of them that holds a role.
    // (A Projects section that opens with its own dated entry is a section of its own.)
    const opening = s.lines.find((l) => l.trim());
    if (s.kind === 'projects' && opening !== undefined && !YEAR_RANGE_RE.test(opening)) {
      let last = -1;
      for (let j = i; j < sections.length && sections[j]!.kind === 'projects'; j++) if (holdsRole(sections[j]!.lines)) last = j;
      if (last >= i) {
        for (let j = i; j <= last; j++) prev.lines.push(sections[j]!.heading, ...sections[j]!.lines);
        const end = last + 1 < sections.length ? starts[last + 1]! : lines.length;
        for (let j = starts[i]!; j < end; j++) lineKinds[j] = 'experience';
        sections.splice(i, last - i + 1);
        starts.splice(i, last - i + 1);
        i--;
        continue;
      }
    }
    // "Freelance Projects" over "| Charlotte, NC | August 2017 - Present |": a group of roles named
    // by a word that also ends a heading, dated on its next line, is part of the experience.
    const roleGroup = s.kind === 'projects' && !getVocabulary().headings.has(headingKey(s.heading))
      && s.lines.slice(0, 2).some((l) => YEAR_RANGE_RE.test(l));
    if (s.kind !== 'awards' && s.kind !== 'summary' && !roleGroup) continue;
    const styleBreak = isAllCaps(lines[starts[i - 1]!]!) !== isAllCaps(lines[starts[i]!]!);
    if (!roleGroup && !styleBreak && !s.lines.some((l) => YEAR_RANGE_RE.test(l))) continue;
    prev.lines.push(s.heading, ...s.lines);
    const end = i + 1 < sections.length ? starts[i + 1]! : lines.length;
    for (let j = starts[i]!; j < end; j++) lineKinds[j] = 'experience';
    sections.splice(i, 1);
    starts.splice(i, 1);
    i--;
  }
}

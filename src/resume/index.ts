import type { ExtractedDocument } from '../documents/types.js';
import type { Resume, ExperienceEntry, SectionKind, ResumeSection } from './types.js';
import { splitSections, detectHeading, collapseLetterSpacing } from './sections.js';
import { findEmail, findPhone, findLinks } from './contact.js';
import { findDateRanges, mergedMonths, monthIndexOf, wrappedRange, withoutWrappedEnd, startsWithRange, type DateRange } from './dates.js';
import { extractBullets, BULLET_MARKER_RE } from './bullets.js';
import { getVocabulary } from './vocabulary.js';
import { getTitleFamilies } from '../roles/title-families.js';
import { collapseWhitespace, countWords } from '../text/whitespace.js';

export type { Resume } from './types.js';

/** Sections whose dated entries are professional experience. */
const EXPERIENCE_KINDS: ReadonlySet<SectionKind> = new Set(['experience']);
/** Sections whose dates never count as professional years. */
const NON_WORK_KINDS: ReadonlySet<SectionKind> = new Set([
  'education', 'projects', 'certifications', 'awards', 'publications', 'volunteering', 'interests', 'references', 'languages',
]);
/** Sections whose sentences are achievement bullets. */
const BULLET_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'other', 'volunteering']);
/**
 * A degree on a line: its dates are study, not work. "Scrum Master", "Graduate Engineer Trainee" and
 * "Master Data Analyst" are job titles, so "master" and "graduate" alone do not count.
 */
const DEGREE_WORDS_RE = /\b(?:bachelor'?s?|master'?s?\s+(?:of|in|degree)|masters|ph\.?\s?d|doctorate|mba|degree|diploma|c?gpa|coursework|higher secondary|matriculation|class\s+(?:x|xii|10th|12th)|a-levels?|gcses?|abitur)\b/i;
/**
 * Degree abbreviations, in capitals: dotted anywhere ("B.S.", "M.Sc."), run together when three letters or
 * more ("BSc", "BTech"). Two bare letters ("MA", "MS", "BA") only before a field ("MS Computer Science"),
 * since "Cambridge, MA" and "Jackson, MS" are places.
 */
const DEGREE_ABBR_RE = /\b[BM]\.\s?(?:S|Sc|A|E|Eng|Tech|Com|Ed|Des|Arch|Phil|FA|SE|CA|BA)\b\.?|\b(?:BSc|MSc|BEng|MEng|BTech|MTech|BCom|MCom|BCA|MCA|BBA|BFA|MFA|BSE|MSE|PhD|DPhil)\b|\b(?:BS|BA|BE|MS|MA|ME)\s+(?:in\s+)?\p{Lu}\p{Ll}/u;
const isDegreeLine = (line: string) => DEGREE_WORDS_RE.test(line) || DEGREE_ABBR_RE.test(line);
/** A dated gap that is explained, not worked: "Career break (travel), 2020 - 2021". */
const CAREER_BREAK_RE = /\b(?:career\s+break|sabbatical|(?:parental|maternity|paternity|family|medical)\s+leave|employment\s+gap|gap\s+year|career\s+gap)\b/i;
/** A school on a line: its dates are study unless the line also names a job title. */
const INSTITUTION_RE = /\b(?:university|universit[àäé]t?|college|school|institute|academy|polytechnic|universidad|universidade|hochschule)\b/i;
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
/** "Role: Java Developer", "Designation - Analyst": a labelled title. */
const TITLE_LABEL_RE = /^(?:role|designation|title|position|job title)\s*[:–-]\s*/i;
/** "Working as Senior Engineer in Infosys from 2019": the title sits between "as" and the employer. */
const WORKING_AS_RE = /^(?:(?:currently|presently)\s+)?(?:working|worked|employed|serving|served|joined)\s+(?:as\s+)?(?:an?\s+)?(.+?)\s+(?:in|at|with|for)\s+\p{Lu}/iu;

/** "Adviser: Prof. Jane Smith", "Thesis: ...": a label and its value, not a job title. */
const OTHER_LABEL_RE = /^[\p{L}][\p{L} .'-]{0,30}:\s/u;

/** Job words that name their field after a comma ("Manager, Digital Marketing"); a founder's or owner's comma names the company. */
const FIELD_FIRST_TITLE = /^(?:manager|director|analyst|specialist|coordinator|consultant|engineer|associate|supervisor|officer|administrator|assistant|head|lead|vp|(?:senior|sr\.?|assistant|associate|general|deputy)\s+(?:manager|director|analyst|specialist|consultant|engineer))$/i;

function titleSegment(raw: string): string | null {
  const unmarked = raw.replace(BULLET_MARKER_RE, '');
  if (!TITLE_LABEL_RE.test(unmarked) && OTHER_LABEL_RE.test(unmarked)) return null;
  let line = unmarked.replace(TITLE_LABEL_RE, '').replace(getVocabulary().regionBeforeTitle, ', ');
  const as = line.match(WORKING_AS_RE);
  if (as) line = as[1]!;
  const parts = line.split(/\s+[|•·@–—>»－-]\s+|\s{2,}|,\s+|\s+at\s+/).map((p) => p.trim()).filter(Boolean);
  const at = parts.findIndex((p) => looksLikeTitle(p) && !/\d{4}/.test(p));
  const hit = at >= 0 ? parts[at] : undefined;
  // "MANAGER, DIGITAL MARKETING AND COMMUNICATIONS": a bare job word, then the field it is in.
  const field = at >= 0 ? parts[at + 1] : undefined;
  if (hit && field && FIELD_FIRST_TITLE.test(hit) && !/[\d()]/.test(field) && field.split(' ').length <= 6 && !looksLikeTitle(field)) {
    const families = getTitleFamilies();
    if (families.of(hit).length === 0 && families.of(`${hit}, ${field}`).length > 0) return `${hit}, ${withoutSeparators(field)}`;
  }
  return hit ? trimTitleTail(withoutSeparators(hit)) : null;
}

/** Separators at either end ("| Senior Backend Engineer" when a date column sat to the left) are layout. */
function withoutSeparators(part: string): string {
  return part.replace(/[\s,;:|•·–—-]+$/, '').replace(/^[\s,;:|•·–—-]+/, '').trim();
}

/** Sections that list things a person holds: "Certified Scrum Product Owner (CSPO) from ..." there is no headline. */
const LISTING_KINDS: ReadonlySet<SectionKind> = new Set(['certifications', 'education', 'skills', 'awards']);

const MODIFIER_TITLE_WORDS = new Set(['head', 'lead', 'principal', 'associate', 'executive', 'assistant', 'staff', 'chief', 'vp', 'svp', 'evp', 'avp']);
/** Words that continue a title after its title word: "Head of Data", "Engineer II", "Engineer (Front-End)". */
const TITLE_CONTINUATION_RE = /^(?:of|for|in|and|&|to|\(.*|I{1,3}|IV|V|[1-5]|Sr\.?|Jr\.?|L\d+|[\p{Ll}].*)$/u;

/**
 * "Software Engineer Google Mountain View" (title, employer and place run together once the spaces
 * between columns collapse) -> "Software Engineer": capitalised words after the last title word go.
 */
function trimTitleTail(title: string): string {
  const words = title.split(' ');
  const titleWords = getVocabulary().titleWords;
  let last = -1;
  words.forEach((w, i) => { if (titleWords.has(w.toLowerCase().replace(/[^a-z-]/g, ''))) last = i; });
  // "Head Chef", "Principal Investigator": a title word that can be a modifier keeps what follows.
  if (last < 0 || last === words.length - 1 || MODIFIER_TITLE_WORDS.has(words[last]!.toLowerCase())) return title;
  let keep = last + 1;
  let inParens = false;
  while (keep < words.length) {
    const w = words[keep]!;
    if (!inParens && !TITLE_CONTINUATION_RE.test(w)) break;
    if (w.startsWith('(')) inParens = true;
    if (w.endsWith(')')) inParens = false;
    // "of"/"for" carry the rest: "Director of Product Engineering".
    if (/^(?:of|for|in|and|&|to)$/.test(w)) return title;
    keep++;
  }
  // One trailing word may be part of the title ("DevOps Engineer Contract" is harmless); two or more are an employer.
  return words.length - keep >= 2 ? words.slice(0, keep).join(' ') : title;
}

const NOT_NAMES = /^(?:curriculum vitae|resume|résumé|cv|personal information|contact)$/i;
/** Lower-case particles inside names: "Ludwig van Beethoven", "María de la Cruz". */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'la', 'le', 'di', 'du', 'dos', 'das', 'bin', 'binti', 'al', 'el', 'y', 'ter', 'zu']);
/** Credentials after a name: "Jane Doe, PhD", "Raj Patel, MBA, PMP". */
const CREDENTIALS_RE = /,\s*(?:[\p{Lu}][\p{L}.]*\.?)(?:\s*,\s*[\p{Lu}][\p{L}.]*\.?)*$/u;
const NAME_LABEL_RE = /^\s*(?:full\s+)?name\s*:\s*(.+)$/i;
/** Words that make a capitalised line an organisation, not a person: "National Central University". */
const ORGANISATION_WORDS = /\b(?:university|universit\u00e4t|universidad|college|institute|school|academy|department|ministry|inc|llc|ltd|gmbh|corporation|corp|company|foundation|laboratory|laboratories|hospital|bank)\b/i;
/** A nickname or the name in another script, in parentheses: "Hugo (Chun-Ho) Lin". */
const PARENTHESISED = /\s*\((?:\p{Lu}[\p{L}'\u2019.-]*(?: \p{Lu}[\p{L}'\u2019.-]*)?|[^\x00-\x7f()]{1,20})\)/gu;

function asName(raw: string): string | null {
  const written = collapseWhitespace(raw.trim()).replace(CREDENTIALS_RE, '').trim();
  const t = collapseWhitespace(written.replace(PARENTHESISED, ' ')).trim();
  if (!t || /[@\d:/|()]/.test(t) || ORGANISATION_WORDS.test(t)) return null;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || NAME_PARTICLES.has(w))) return null;
  if (!/^[\p{Lu}]/u.test(words[0]!) || !/^[\p{Lu}]/u.test(words[words.length - 1]!)) return null;
  if (words.filter((w) => !NAME_PARTICLES.has(w)).length > 4) return null;
  if (looksLikeTitle(t) || detectHeading(t) || NOT_NAMES.test(t)) return null;
  return written;
}

function findName(lines: string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const label = line.match(NAME_LABEL_RE);
    if (label) return asName(label[1]!);
  }
  for (const line of lines.slice(0, 6)) {
    // "Jane Doe | Software Engineer": the name is the first part; "janedoe.com | Jane Doe": a later one.
    for (const part of line.split(/\s+[|·•–—]\s+/).slice(0, 3)) {
      const name = asName(collapseLetterSpacing(part));
      if (name) return name;
    }
  }
  return null;
}

/** Searches outward from a dated line for the title of its role, within the role's header block. */
function nearbyTitle(lines: string[], i: number, datedEver: (line: string) => boolean): string | null {
  const usable = (j: number) => {
    const l = lines[j];
    return l !== undefined && l.trim() !== '' && !BULLET_MARKER_RE.test(l) && !detectHeading(l);
  };
  const dated = (j: number) => datedEver(lines[j] ?? '');
  for (const step of [1, 2]) {
    for (const dir of [-1, 1]) {
      // Every line between the dated one and this one must belong to the same header block.
      let ok = true;
      for (let k = 1; k <= step; k++) {
        const j = i + dir * k;
        if (!usable(j) || dated(j) || (k < step && titleSegment(lines[j]!) !== null)) { ok = false; break; }
      }
      if (!ok) continue;
      const t = titleSegment(lines[i + dir * step]!);
      if (t) return t;
    }
  }
  // "Tech Lead | Incubyte" / (blank) / "Jun 2021 - Present | Remote": a plain-text resume that
  // spaces every line keeps the role's header block apart by one blank line; the title is above.
  const above = i - 2;
  if (lines[i - 1]?.trim() === '' && usable(above) && !dated(above) && (lines[above - 1] === undefined || lines[above - 1]!.trim() === '' || detectHeading(lines[above - 1]!))) {
    return titleSegment(lines[above]!);
  }
  return null;
}

/** Lines that hold contact details: the block above the first heading and any "Contact"/"Links" section. */
const MAX_CONTACT_BLOCK_LINES = 10;
function contactLines(sections: ResumeSection[]): string[] {
  return sections.filter((s) => s.kind === 'contact').flatMap((s) => s.lines.slice(0, MAX_CONTACT_BLOCK_LINES));
}

/** Parses normalised resume text into the facts the analysis reads. */
/** A date alone on its line: "January 2013", "Jan. 2013", "01/2013", "2013". */
const LONE_DATE = String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}\/\d{4}|(?:19|20)\d{2})`;
/** A range stacked over three lines by resume builders: "January 2013" / "to" / "Current". */
const STACKED_RANGE = new RegExp(String.raw`^([ \t]*${LONE_DATE})[ \t]*\n[ \t]*(?:to|-|–|—|until)[ \t]*\n[ \t]*(${LONE_DATE}|current|present|now|today)[ \t]*$`, 'gim');

/**
 * What parseResume worked out about each line of the Resume it returned, for lineRoles on the same
 * object (the analysis right after the parse): the section of each line, and the date ranges read
 * with that "now". A Resume from the store or another thread is simply worked out again.
 */
const parsedLines = new WeakMap<Resume, { lineKinds: SectionKind[]; nowMonth: number; rangesOf: (line: string) => DateRange[] }>();

export function parseResume(doc: Pick<ExtractedDocument, 'text' | 'pages' | 'layout'>, now: Date = new Date()): Resume {
  const text = doc.text.replace(STACKED_RANGE, '$1 – $2');
  const lines = text.split('\n');
  const { sections, lineKinds } = splitSections(lines);
  const nowMonth = monthIndexOf(now);
  const hasExperienceSection = sections.some((s) => EXPERIENCE_KINDS.has(s.kind));
  // The role pass, the bullet pass and the untitled-block pass ask about the same lines: read each once.
  const rangesByLine = new Map<string, DateRange[]>();
  const rangesOf = (line: string) => {
    let ranges = rangesByLine.get(line);
    if (ranges === undefined) rangesByLine.set(line, ranges = findDateRanges(line, nowMonth));
    return ranges;
  };

  // Whether a line holds a range at all, future ones too (nearbyTitle asks it of a role's neighbours).
  const everDated = new Map<string, boolean>();
  const datedEver = (line: string) => {
    let dated = everDated.get(line);
    if (dated === undefined) everDated.set(line, dated = findDateRanges(line, Number.MAX_SAFE_INTEGER).length > 0);
    return dated;
  };

  const experience: ExperienceEntry[] = [];
  const experienceTitles: string[] = [];
  lines.forEach((line, i) => {
    const kind = lineKinds[i]!;
    const counts = hasExperienceSection ? EXPERIENCE_KINDS.has(kind) : !NON_WORK_KINDS.has(kind);
    if (!counts || isDegreeLine(line) || CAREER_BREAK_RE.test(line)) return;
    const found = rangesOf(line);
    const wrapped = found.length === 0 ? wrappedRange(line, lines[i + 1]) : null;
    const ranges = wrapped ? findDateRanges(wrapped, nowMonth).map((r) => ({ ...r, text: '' })) : found;
    for (const range of ranges) {
      const rest = (range.text ? line.replace(range.text, ' ') : line).trim();
      const title = titleSegment(rest) ?? nearbyTitle(lines, i, datedEver);
      // "Stanford University 2014 - 2018" in an Experience section is study; "Lecturer, University of X" is work.
      if (!title && INSTITUTION_RE.test(line)) continue;
      experience.push({ title, start: range.start, end: range.present ? null : range.end, present: range.present });
      if (title) experienceTitles.push(title);
    }
  });
  const months = mergedMonths(experience.map((e) => ({ start: e.start, end: e.end ?? nowMonth })));
  const experienceYears = experience.length > 0 ? Math.round((months / 12) * 10) / 10 : null;

  const isDateLine = (l: string) => rangesOf(l).length > 0 || startsWithRange(l)
    || (looksLikeTitle(l) && l.split(/\s+/).length <= 8);
  // A narrow date column wraps "June 2022 –" / "Present ...": the "Present" is not part of the bullet.
  const unwrapped = (ls: string[]) => ls.map((l, i) => withoutWrappedEnd(ls[i - 1], l));
  const bullets = sections
    .filter((s) => BULLET_KINDS.has(s.kind) && (s.kind !== 'other' || !hasExperienceSection))
    .flatMap((s) => extractBullets(unwrapped(s.lines), isDateLine));
  // No heading at all (a plain paste): the roles sit in the untitled top block, after the first dated line.
  if (!hasExperienceSection && sections.length === 1 && sections[0]!.kind === 'contact') {
    const block = sections[0]!.lines;
    const firstDated = block.findIndex((l) => rangesOf(l).length > 0);
    if (firstDated >= 0) bullets.push(...extractBullets(block.slice(firstDated), isDateLine));
  }

  const top = lines.slice(0, 8);
  const headline = top.map((l, i) => (looksLikeTitle(l) && !/@/.test(l) && !LISTING_KINDS.has(lineKinds[i]!) ? titleSegment(l) : null)).find((t) => t) ?? experienceTitles[0] ?? null;
  const titles = [...new Set([...(headline ? [headline] : []), ...experienceTitles])];
  const wordCount = countWords(text);

  const resume: Resume = {
    text,
    name: findName(lines),
    headline,
    titles,
    contact: { email: findEmail(text), phone: findPhone(text), links: findLinks(text, contactLines(sections)) },
    sections,
    experience,
    asOf: nowMonth,
    experienceYears,
    bullets,
    wordCount,
    pages: doc.pages || Math.max(1, Math.ceil(wordCount / WORDS_PER_PAGE_ESTIMATE)),
    layout: doc.layout,
  };
  parsedLines.set(resume, { lineKinds, nowMonth, rangesOf });
  return resume;
}

/** Header lines of a role hold at most this many words ("Software Engineer | Figma | 2021 - 2023"). */
const MAX_HEADER_LINE_WORDS = 10;

/**
 * Line numbers by what they hold: skills-section lines (where ambiguous skill names are trusted) and
 * role header lines (title, employer, dates), where a product name is usually the employer.
 */
export function lineRoles(resume: Resume, now: Date = new Date()): { skillLines: Set<number>; headerLines: Set<number> } {
  const lines = resume.text.split('\n');
  const nowMonth = monthIndexOf(now);
  const parsed = parsedLines.get(resume);
  const lineKinds = parsed?.lineKinds ?? splitSections(lines).lineKinds;
  const rangesOf = parsed?.nowMonth === nowMonth ? parsed.rangesOf : (l: string) => findDateRanges(l, nowMonth);
  // Asked only of short experience lines and their neighbours, not of every line of the resume.
  const dated = (i: number) => i >= 0 && i < lines.length && rangesOf(lines[i]!).length > 0;
  const skillLines = new Set<number>();
  const headerLines = new Set<number>();
  lines.forEach((line, i) => {
    if (lineKinds[i] === 'skills') skillLines.add(i);
    if (lineKinds[i] !== 'experience' || BULLET_MARKER_RE.test(line)) return;
    const words = line.split(/\s+/).filter(Boolean).length;
    // "... Skills: Go, Jira, Open-" / "Telemetry, Docker, Angular" over a dated title: the end of a
    // wrapped list, not the employer's line.
    if (!dated(i) && /[,-]\s*$/.test(lines[i - 1] ?? '')) return;
    if (words <= MAX_HEADER_LINE_WORDS && (dated(i) || dated(i - 1) || dated(i + 1))) headerLines.add(i);
  });
  return { skillLines, headerLines };
}

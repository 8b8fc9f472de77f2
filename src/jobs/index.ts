import type { JobPost } from './types.js';
import { classifyJobLines, hasPreferredMarker, inlineHeading, isBoilerplateLine, isChromeLine, jobHeadingKind, type JobSectionKind } from './sections.js';
import { extractKeywords } from './keywords.js';
import { findSkills, type SkillHit } from '../skills/matcher.js';
import { getLexicon, type Lexicon } from '../skills/lexicon.js';
import { tokenize } from '../skills/tokens.js';
import { getVocabulary } from '../resume/vocabulary.js';

export type { JobPost } from './types.js';

/** Longest post read; beyond this it is someone pasting a book, and the tail is boilerplate anyway. */
export const MAX_JOB_POST_CHARS = 30_000;
const TITLE_LABEL_RE = /^\s*(?:job\s+title|title|position(?:\s+title)?|role|job)\s*[:\-–]\s*(.+)$/i;
const COMPANY_LABEL_RE = /^\s*(?:company(?:\s+name)?|employer|organi[sz]ation|agency|hiring\s+company)\s*[:\-–]\s*(.+)$/i;
/** Sentence openers that look like a company name to a regex. */
const NOT_COMPANIES = new Set(['we', 'our', 'you', 'your', 'the', 'this', 'it', 'they', 'job description', 'us', 'the team', 'the company', 'about the job', 'hi', 'hello', 'apply', 'remote']);
/** Emoji and pictographs, which decorate titles and headings but are no part of them. */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;

function hasTitleWord(s: string): boolean {
  const words = s.toLowerCase().split(/[^a-z-]+/);
  const tw = getVocabulary().titleWords;
  return words.some((w) => tw.has(w));
}

function clean(s: string): string {
  return s.replace(PICTOGRAPHS, ' ').replace(/^[#*_\s]+|[#*_\s]+$/g, '').replace(/\s+/g, ' ').trim();
}

/** "Job Description: Front End Engineer (2 Years of Experience)" -> "Front End Engineer". */
function cleanTitle(s: string): string {
  return clean(s)
    .replace(/^(?:job\s+description|job\s+title|job\s+posting|position|role|opening|we'?re\s+hiring|now\s+hiring|hiring)\s*[:\-–—!]\s*/i, '')
    .replace(/\s*\((?:[mwfdx*]\s*\/\s*){1,3}[mwfdx*]\)|\s*\(all genders\)/gi, '')
    .replace(/\s*\((?:[^)]*\b(?:years?|yrs|remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b[^)]*)\)\s*$/i, '')
    .replace(/\s*[-–—|]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\s*$/i, '')
    .replace(/[.!]+$/, '')
    .trim();
}

// ---------------------------------------------------------------- company next to the title

/** A location, date, pay or work-mode segment of a header line ("San Francisco, CA", "Remote"). */
const NOT_A_COMPANY_SEGMENT = /\d|remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|,\s*[A-Z]{2}\b|\b(?:united states|usa|uk|europe|emea|apac|worldwide|anywhere)\b|:/i;

function companyFromHeaderLine(line: string): string | null {
  const l = clean(line).replace(/\s+logo$/i, '').replace(/^(?:careers|jobs|openings|work)\s+(?:at|with)\s+/i, '').replace(/\s+(?:careers|jobs)$/i, '');
  if (!l || l.split(' ').length > 12 || /[.!?]$/.test(l) || jobHeadingKind(line) || inlineHeading(line)) return null;
  for (const seg of l.split(/\s+[·|•–—-]\s+|\s+\/\s+|\s*·\s*|\s*\|\s*/)) {
    const s = seg.trim();
    if (!s || s.split(' ').length > 5 || !/^[\p{Lu}0-9]/u.test(s)) continue;
    if (NOT_A_COMPANY_SEGMENT.test(s) && !/\b(?:inc|llc|ltd|gmbh|corp)\b\.?/i.test(s)) continue;
    if (hasTitleWord(s) || NOT_COMPANIES.has(s.toLowerCase()) || jobHeadingKind(s) || isChromeLine(s)) continue;
    return s;
  }
  return null;
}

function findTitleAndCompany(lines: string[]): { title: string | null; company: string | null } {
  let title: string | null = null;
  let company: string | null = null;
  let titleLine = -1;
  let weakCompany: string | null = null;
  let namedAgain: string | null = null;
  for (const line of lines.slice(0, 40)) {
    const t = line.match(TITLE_LABEL_RE);
    if (!title && t && hasTitleWord(t[1]!)) title = clean(t[1]!);
    const c = line.match(COMPANY_LABEL_RE);
    if (!company && c) company = clean(c[1]!).slice(0, 80);
  }
  if (!title) {
    for (const [i, line] of lines.slice(0, 8).entries()) {
      const l = clean(line);
      if (!l || l.split(' ').length > 14 || jobHeadingKind(line) || isChromeLine(line)) continue;
      // A sentence ("Fernway is hiring a Full Stack Developer.") is read by the sentence rule below.
      if (/[.!?]$/.test(l) || /\b(?:is|are)\s+(?:hiring|looking|seeking|searching)\b/i.test(l)) continue;
      if (!hasTitleWord(l)) continue;
      const parts = l.split(/\s+(?:at|@|[-–—|·,])\s+/);
      const titlePart = parts.find((p) => hasTitleWord(p)) ?? l;
      title = titlePart;
      titleLine = i;
      const other = parts.find((p) => p !== titlePart && /^[\p{Lu}0-9]/u.test(p) && p.split(' ').length <= 5 && !/\d{4}|remote|hybrid|onsite|full[- ]time/i.test(p) && !isChromeLine(p));
      // "Title at Acme" names the company; "Title - Payments" may name a team, so a part after a
      // dash or bar counts at once only when the post names it again.
      if (!company && other) {
        const esc = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`\\s(?:at|@)\\s+${esc}`, 'u').test(l)) company = other;
        else if (new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'u').test(lines.slice(i + 1).join('\n'))) namedAgain = other;
        else weakCompany = other;
      }
      break;
    }
  }
  if (!company && titleLine >= 0) {
    // LinkedIn, Indeed and Lever put the company on the line under (or over) the title:
    // "Northwind Payments · San Francisco, CA · Remote".
    // Page furniture ("Share", "Job ID: 123 | Acme Inc.") is looked through, or read for a name.
    const near = (from: number, step: number) => {
      for (let i = from; i >= 0 && i < Math.min(lines.length, 12); i += step) {
        if (!lines[i]!.trim()) continue;
        const found = companyFromHeaderLine(lines[i]!);
        if (found || !isChromeLine(lines[i]!)) return found;
      }
      return null;
    };
    company = (titleLine > 0 ? near(titleLine - 1, -1) : null) ?? near(titleLine + 1, 1);
  }
  company ??= namedAgain;
  const text = lines.slice(0, 60).join('\n');
  if (!title) {
    // "We are looking for a Senior Backend Engineer to join ..." names the title in a sentence.
    const m = text.match(/\b(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+)?((?:[\p{Lu}][\p{L}0-9/+#.-]*[ \t]+){0,5}[\p{Lu}][\p{L}0-9/+#-]*)/u);
    if (m && hasTitleWord(m[1]!)) title = m[1]!.trim();
  }
  if (!company) {
    // Inner dots are part of a name ("Login.gov", "Amazon.com"); a sentence's full stop is not.
    const word = "[\\p{Lu}][\\p{L}0-9&'-]*(?:\\.[\\p{L}0-9]+)*";
    const name = `(${word}(?:[ \\t]+${word}){0,3})`;
    const m = text.match(new RegExp(`\\b(?:join|at)[ \\t]+${name}(?=[,.!\\s])`, 'u'))
      ?? text.match(new RegExp(`^${name}[ \\t]+(?:is|are)[ \\t]+(?:hiring|looking|seeking|a|an|the)\\b`, 'mu'))
      ?? text.match(new RegExp(`^[#*_ \\t]*(?:about|About|ABOUT)[ \\t]+(?!the\\b|us\\b|you\\b|The\\b|Us\\b|You\\b|THE\\b|US\\b)${name}[*_ \\t]*:?[ \\t]*$`, 'mu'));
    const found = m?.[1]?.replace(/'s$/, '').trim();
    if (found && !hasTitleWord(found) && !NOT_COMPANIES.has(found.toLowerCase())) company = found;
  }
  company ??= weakCompany;
  if (title && title.includes(':')) {
    // "Login.gov: Engineer GS15": the part before the colon names the team or company.
    const [head, ...rest] = title.split(':');
    if (head && !hasTitleWord(head) && !/^\s*(?:job|position|role|opening|we'?re hiring|now hiring|hiring)\b/i.test(head) && rest.join(':').trim()) {
      company ??= head.trim();
      title = rest.join(':').trim();
    }
  }
  if (company) company = clean(company).replace(/'s$/, '') || null;
  return { title: title ? cleanTitle(title) || title : null, company };
}

// ---------------------------------------------------------------- sentences and boilerplate

/** A sentence ends at . ! ? or ; followed by a space, but not after "e.g." or "i.e.". */
const SENTENCE_BREAK = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|min|max|yrs|no|St|Inc|Ltd|Sr|Jr))[.!?;]\s+/g;
/** Pay sentences: a pay word with an amount ("salary range $120,000 - $150,000"), or an amount per hour or year. */
const MONEY = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:k|usd|eur|gbp)\b/i;
const PAY_WORD = /\b(?:salary|salaries|pay|paid|compensation|wage|wages|rate|base|bonus|equity|stipend|budget|allowance|ote|benefits?|usd|eur|gbp)\b/i;
const MONEY_PER = /(?:[$€£]\s?\d[\d,.]*\s?[kKmM]?|\b\d[\d,.]*\s?(?:k|usd|eur|gbp))\s*(?:\/\s?(?:hr|hour|yr|year|annum|mo|month)\b|(?:an|per|a)\s+(?:hour|annum)\b|a\s+year\b|annually\b)|[$€£]\s?\d[\d,.]*\s?[kK]?\s*[-–]\s*[$€£]?\s?\d/i;

function sentenceSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of line.matchAll(SENTENCE_BREAK)) {
    const end = (m.index ?? 0) + 1;
    spans.push([start, end]);
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}

function isBoilerplateSentence(s: string): boolean {
  return isBoilerplateLine(s) || (MONEY.test(s) && PAY_WORD.test(s)) || MONEY_PER.test(s);
}

/**
 * Blanks (with spaces, so offsets and line numbers hold) every boilerplate sentence: a post with
 * no line breaks can still end in "The salary range is ...", and that must not cost its skills.
 * Headings are kept: they open sections.
 */
function maskBoilerplate(lines: string[]): string[] {
  return lines.map((line) => {
    if (!line.trim() || jobHeadingKind(line) || inlineHeading(line)) return line;
    let out = line;
    for (const [a, b] of sentenceSpans(line)) {
      if (isBoilerplateSentence(line.slice(a, b))) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    }
    return out;
  });
}

/** Does the line start a new item (a bullet, a number) rather than continue a wrapped sentence? */
const ITEM_START = /^\s*(?:[-*•·▪◦●+>]|\d+[.)]|[a-z][.)]\s)/;
/** Below this a line is a list item or heading, not a hard-wrapped paragraph. */
const WRAPPED_LINE_MIN = 55;

/**
 * The sentences of the post as [start, end) offsets in the text. A hard-wrapped paragraph (long
 * lines, no end punctuation, the next line no bullet) is read across its line breaks, so "Experience
 * with\nPostgreSQL would be a big plus." is one sentence.
 */
function textSentences(lines: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  let open: { start: number; end: number } | null = null;
  lines.forEach((line, i) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) { open = null; return; }
    // A wrapped sentence goes on in lower case, or after a word no sentence ends on ("with").
    const continues = open !== null && !ITEM_START.test(line) && !jobHeadingKind(line)
      && (/^\s*\p{Ll}/u.test(line) || /(?:,|\b(?:with|and|or|of|the|a|an|to|in|on|for|as|at|by|from|like|using|such|including|be|is|are|would|will|our|your))\s*$/i.test(lines[i - 1] ?? ''));
    const parts = sentenceSpans(line).map(([a, b]) => ({ start: lineStart + a, end: lineStart + b }));
    if (continues && parts.length) { open!.end = parts[0]!.end; parts.shift(); }
    spans.push(...parts);
    const prev = lines[i]!.trimEnd();
    const last = parts.length ? parts[parts.length - 1]! : open;
    open = prev.length >= WRAPPED_LINE_MIN && !/[.!?;:]$/.test(prev) ? last : null;
  });
  return spans.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- years asked

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const YEARS_RE = /(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:or\s+more\s+)?(?:years?|yrs?)\b(?![-–]\s?(?:old|long))/gi;
/** Words after "N years" that say it is experience asked of the candidate. */
const YEARS_AFTER_OK = /^\s*(?:\+\s*)?(?:of|in|with|as|building|shipping|writing|working|developing|designing|leading|managing|doing|running|programming|coding|using|at|on|hands|post|professional|industry|relevant|commercial|production|experience)\b/i;
/** Years that are the company's, a contract's or a deadline's ("founded 20 years ago", "in the next 2 years"). */
const YEARS_NOT_EXPERIENCE = /\b(?:founded|ago|old|older|of age|since|history|combined|in business|anniversary|contract|warranty|(?:in|over|within|during|for) the (?:next|past|last|coming)|for over|we have|we've|our team has|guarantee)\b/i;

/** "five (5) years" -> "5 years"; "at least five years" -> "at least 5 years". */
function digitYears(line: string): string {
  return line
    .replace(/\b(?:a|one)\s+decade\b/gi, '10 years')
    .replace(/\b([a-z]+)\s*\((\d{1,2})\)/gi, (m, w: string, d: string) => (NUMBER_WORDS[w.toLowerCase()] !== undefined ? d : m))
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b(?=\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\w+\s*)?(?:or\s+more\s+)?(?:years?|yrs?)\b)/gi,
      (w: string) => String(NUMBER_WORDS[w.toLowerCase()]));
}

function yearsAsked(sentences: { text: string; kind: JobSectionKind | 'heading' | undefined }[]): number | null {
  const found: { years: number; kind: string | undefined }[] = [];
  for (const { text, kind } of sentences) {
    if (kind === 'boilerplate' || kind === 'heading') continue;
    const s = digitYears(text);
    for (const m of s.matchAll(YEARS_RE)) {
      const at = m.index ?? 0;
      const after = s.slice(at + m[0].length);
      const experienceWord = /experien|professional|industry|hands-on/i.test(s);
      if (YEARS_NOT_EXPERIENCE.test(s) && !(experienceWord && !/\b(?:founded|ago|combined|we have|we've)\b/i.test(s))) continue;
      if (!experienceWord && !YEARS_AFTER_OK.test(after) && kind !== 'required') continue;
      const years = Number(m[1]);
      if (years < 1 || years > 30) continue;
      found.push({ years, kind });
    }
  }
  return (found.find((f) => f.kind === 'required') ?? found.find((f) => f.kind !== 'preferred') ?? found[0])?.years ?? null;
}

// ---------------------------------------------------------------- "X or Y"

/**
 * Skills offered as alternatives: "Vitest or Jest", "AWS or GCP", "Snowflake/BigQuery". Two names
 * joined by "or" are always a choice; a longer comma list ending in "or" joins only the names of
 * the same kind ("Python, PyTorch or TensorFlow": Python is asked, then one of two libraries), and
 * so does a slash ("Kotlin / Android" names two things, "MySQL/PostgreSQL" one of two).
 */
function alternativeGroups(hits: SkillHit[], text: string, lexicon: Lexicon): string[][] {
  const groups: string[][] = [];
  const category = (id: string) => lexicon.get(id)?.category;
  let chain: { hit: SkillHit; gap: string }[] = [];
  const flush = () => {
    // "at least one of: AWS, GCP, Azure" makes the whole list one choice.
    const first = chain[0]!.hit;
    const lead = (text.slice(text.lastIndexOf('\n', first.start - 1) + 1, first.start).split(/[.;]\s/).pop() ?? '');
    if (chain.length > 1 && /\b(?:(?:at\s+least\s+)?one(?:\s+or\s+more)?|any)\s+of\b[^.;]{0,60}$|\beither\s*$/i.test(lead)) {
      const ids = [...new Set(chain.map((c) => c.hit.id))];
      if (ids.length > 1) groups.push(ids);
      chain = [];
      return;
    }
    chain.forEach((c, k) => {
      if (k === 0) return;
      const a = chain[k - 1]!.hit;
      const b = c.hit;
      let group: SkillHit[] = [];
      if (/\bor\b/i.test(c.gap)) {
        group = [a, b];
        // Names before "a" joined by commas count when they are of the kind of the two around "or";
        // when those two differ in kind the list is a mixed "any of these", and all count.
        const mixed = category(a.id) !== category(b.id);
        for (let j = k - 1; j > 0 && /^\s*[,/]\s*$/.test(chain[j]!.gap) && (mixed || category(chain[j - 1]!.hit.id) === category(b.id)); j--) group.unshift(chain[j - 1]!.hit);
      } else if (c.gap.trim() === '/' && category(a.id) === category(b.id)) {
        group = [a, b];
      }
      const ids = [...new Set(group.map((h) => h.id))];
      if (ids.length > 1) groups.push(ids);
    });
    chain = [];
  };
  for (const hit of hits) {
    const prev = chain[chain.length - 1]?.hit;
    if (prev && prev.line === hit.line) {
      const gap = text.slice(prev.start + prev.surface.length, hit.start);
      // Between two names: a comma, a slash, "or", ", or", "and/or"; an "(Golang)" aside too.
      if (/^\s*(?:,\s*(?:or\s+|and\s+)?|\/|(?:,\s*)?(?:and\/)?or\s+(?:even\s+)?|and\s+)\s*$/i.test(gap) || /^\s*\([^)]*\)\s*(?:,|or)\s*$/i.test(gap)) {
        chain.push({ hit, gap });
        continue;
      }
    }
    if (chain.length) flush();
    chain = [{ hit, gap: '' }];
  }
  if (chain.length) flush();
  const seen = new Set<string>();
  return groups
    .filter((g) => !groups.some((o) => o.length > g.length && g.every((id) => o.includes(id))))
    .filter((g) => { const k = [...g].sort().join('|'); if (seen.has(k)) return false; seen.add(k); return true; });
}

// ---------------------------------------------------------------- the post

/** Reads a pasted job post: title, company, required vs preferred skills, years asked, keywords. */
export function parseJobPost(input: string, lexicon: Lexicon = getLexicon()): JobPost {
  const text = input.slice(0, MAX_JOB_POST_CHARS);
  const lines = text.split('\n');
  const masked = maskBoilerplate(lines);
  const maskedText = masked.join('\n');
  const { kinds, hasSplit } = classifyJobLines(masked);
  // A line whose every sentence was boilerplate is boilerplate.
  masked.forEach((l, i) => { if (!l.trim() && lines[i]!.trim() && kinds[i] !== 'heading') kinds[i] = 'boilerplate'; });
  const listLines = new Set<number>();
  kinds.forEach((k, i) => { if (k === 'required' || k === 'preferred') listLines.add(i); });

  const sentences = textSentences(masked);
  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return maskedText.slice(s.start, s.end);
    }
    return masked[maskedText.slice(0, pos).split('\n').length - 1] ?? '';
  };

  const required = new Set<string>();
  const preferred = new Set<string>();
  const kept: SkillHit[] = [];
  for (const hit of findSkills(maskedText, lexicon, { skillLines: listLines })) {
    const kind = kinds[hit.line];
    if (kind === 'boilerplate' || kind === 'heading') continue;
    kept.push(hit);
    const isPreferred = kind === 'preferred' || hasPreferredMarker(sentenceAt(hit.start));
    if (isPreferred) preferred.add(hit.id);
    else required.add(hit.id);
  }
  for (const id of required) preferred.delete(id);

  const lineStarts: number[] = [];
  { let o = 0; for (const l of masked) { lineStarts.push(o); o += l.length + 1; } }
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid]! <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const yearsRequired = yearsAsked(sentences.map((s) => ({ text: maskedText.slice(s.start, s.end), kind: kinds[lineOf(s.start)] })));

  // Keywords: skill words are already counted, so they are left out of the extra terms.
  const excluded = new Set<string>();
  for (const id of [...required, ...preferred]) {
    const skill = lexicon.get(id);
    if (!skill) continue;
    for (const s of [skill.name, ...skill.aliases]) for (const t of tokenize(s)) excluded.add(t.norm);
  }
  const sections: string[][] = [];
  let current: string[] = [];
  masked.forEach((line, i) => {
    if (kinds[i] === 'heading') { if (current.length) sections.push(current); current = []; return; }
    if (kinds[i] !== 'boilerplate') current.push(line);
  });
  if (current.length) sections.push(current);
  const { title, company } = findTitleAndCompany(lines);
  for (const w of (title ?? '').toLowerCase().split(/\W+/)) if (w) excluded.add(w);
  // A company's words are its name, unless the post also uses them as plain words ("Northwind
  // Payments" and "our payments platform").
  const plain = new Set(tokenize(maskedText).filter((t) => t.raw === t.norm).map((t) => t.norm));
  for (const w of (company ?? '').toLowerCase().split(/\W+/)) if (w && !plain.has(w)) excluded.add(w);

  const alternatives = alternativeGroups(kept, maskedText, lexicon)
    .filter((g) => g.every((id) => required.has(id)) || g.every((id) => preferred.has(id)));

  return {
    title,
    company,
    required: [...required],
    preferred: hasSplit || preferred.size > 0 ? [...preferred] : [],
    keywords: extractKeywords(sections, excluded),
    yearsRequired,
    text,
    ...(alternatives.length ? { alternatives } : {}),
  };
}

import type { Bullet, Resume } from '../resume/types.js';
import type { Lexicon } from '../skills/lexicon.js';
import { findDateRanges, mergedMonths, monthIndexOf } from '../resume/dates.js';
import { getVocabulary } from '../resume/vocabulary.js';
import { hasMetric } from '../resume/bullets.js';
import { SUMMARY_SKILLS } from './constants.js';
import { foldForSearch, isAsciiPhrase } from '../text/fold.js';
import { wordCharLength, wordCharLengthBefore } from '../skills/tokens.js';

/** The guide's placeholders, shown where the resume does not hold the fact. */
export const PLACEHOLDER_YEARS = '[X years]';
export const PLACEHOLDER_WIN = '[your strongest achievement, with a number]';
export const PLACEHOLDER_COMPANY = '[Target Company]';
export const PLACEHOLDER_SKILLS = '[your strongest skills]';
export const PLACEHOLDER_TITLE = '[Your title]';

/** A quoted win longer than this reads as a paragraph, not a summary line. */
export const SUMMARY_WIN_MAX_WORDS = 24;
const SUMMARY_WIN_MIN_WORDS = 5;
/** Soft skills are shown by the wins, not claimed in the summary's skill list. */
const SUMMARY_SKIP_CATEGORIES = new Set(['soft']);
/** Lexicon categories whose sentence-case names are common nouns ("Machine learning"), not products ("Docker"). */
const COMMON_NOUN_CATEGORIES = new Set(['practice', 'soft', 'ml', 'data', 'product', 'design', 'testing', 'security']);
const TITLE_MAX_WORDS = 8;

export interface SummaryInput {
  /** Skill ids the target asked for and the resume itself writes, strongest first. */
  matched: string[];
  /** Every skill the resume writes: id -> the words it uses. Implied skills are not in here. */
  found: Map<string, string>;
  lexicon: Lexicon;
  targetTitle: string | null;
  company: string | null;
}

const ACRONYMS = /\b(Sre|Qa|Ui|Ux|Ml|Ai|It|Devops|Hr|Vp|Cto|Ceo|Sdet|Api|Ios)\b/g;

/** "SENIOR SOFTWARE ENGINEER" -> "Senior Software Engineer"; mixed case is kept as written. */
function displayTitle(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title.toLowerCase().replace(/(^|[\s/(-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(ACRONYMS, (w) => (w === 'Devops' ? 'DevOps' : w === 'Ios' ? 'iOS' : w.toUpperCase()));
}

/**
 * A title fit to open a summary, or null: labels ("Adviser:"), fragments ("Engineer (5+ Years of"),
 * dates and sentences are not titles.
 */
export function cleanTitle(raw: string | null): string | null {
  if (!raw) return null;
  // "(Front-End)" goes; so does an unclosed "(5+ Years of" left by a cut line.
  const t = raw.replace(/\s*\([^)]*(?:\)|$)/g, '').replace(/\s+/g, ' ').trim();
  if (!t || /[():;|@]|\d/.test(t) || /[.,]$/.test(t)) return null;
  const words = t.split(' ');
  if (words.length > TITLE_MAX_WORDS) return null;
  if (/^(?:of|for|in|and|to|with|at|the|a|an|as|&)$/i.test(words[words.length - 1]!)) return null;
  if (!/^\p{Lu}/u.test(t)) return null;
  return displayTitle(t);
}

function listJoin(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The phrase as a whole word or phrase of the text, with custom boundaries (C++, .NET, Node.js): where
 * /(?<![\p{L}\p{N}])phrase(?![\p{L}\p{N}+#])/u (with `flags`) matches. An ASCII phrase is found with
 * indexOf and its edges checked, instead of a pattern built and tried at every position per phrase.
 */
export function occurs(text: string, phrase: string, flags = 'i'): boolean {
  const haystack = flags === 'i' ? foldedText(text) : text;
  if (haystack === null || !isAsciiPhrase(phrase)) {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(phrase)}(?![\\p{L}\\p{N}+#])`, `u${flags}`).test(text);
  }
  const needle = flags === 'i' ? phrase.toLowerCase() : phrase;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (wordCharLengthBefore(text, at) === 0 && wordCharLength(text, end) === 0 && text[end] !== '+' && text[end] !== '#') return true;
  }
  return false;
}

/** The resume text lower-cased once per text (a summary looks up several phrases in it). */
let lastFolded: { text: string; folded: string | null } = { text: '', folded: '' };
function foldedText(text: string): string | null {
  if (lastFolded.text !== text) lastFolded = { text, folded: foldForSearch(text) };
  return lastFolded.folded;
}

/**
 * How a skill reads mid-sentence: the lexicon's name when the resume writes it (any case), else the
 * resume's own words; a common noun ("Machine learning") goes lower case when the resume writes it so.
 * Null when neither can be quoted from the resume.
 */
function skillWording(text: string, name: string, surface: string | undefined, commonNoun: boolean): string | null {
  const candidates = [name, ...(surface ? [surface] : [])];
  const hit = candidates.find((c) => occurs(text, c));
  if (!hit || !commonNoun) return hit ?? null;
  // "Machine learning", "Data analysis": a label's capital, not a name's. One word ("Tableau",
  // "Communication") goes lower case only when the resume itself writes it so.
  const lower = hit[0]!.toLowerCase() + hit.slice(1);
  if (/^\p{Lu}\p{Ll}+(?:[\s-][\p{Ll}\p{N}-]+)+$/u.test(hit)) return lower;
  return /^\p{Lu}\p{Ll}+$/u.test(hit) && occurs(text, lower, '') ? lower : hit;
}

function summarySkills(resume: Resume, input: SummaryInput): string[] {
  const ids = [...new Set([...input.matched.filter((id) => input.found.has(id)), ...input.found.keys()])];
  const out: string[] = [];
  for (const id of ids) {
    if (out.length >= SUMMARY_SKILLS) break;
    const category = input.lexicon.get(id)?.category ?? '';
    if (SUMMARY_SKIP_CATEGORIES.has(category)) continue;
    const wording = skillWording(resume.text, input.lexicon.name(id), input.found.get(id), COMMON_NOUN_CATEGORIES.has(category));
    if (wording && !out.some((o) => o.toLowerCase() === wording.toLowerCase())) out.push(wording);
  }
  return out;
}

/** "2 years 10 months", "(3 yrs)": a duration column, not part of the sentence. */
const DURATION_RE = /\(?\b\d+\s*(?:years?|yrs?|months?|mos?)(?:\s+\d+\s*(?:months?|mos?))?\b\)?/gi;

/**
 * A bullet cleaned for quoting: columns that hold dates or durations ("| June 2023 – present |
 * 2 years 10 months") go, and only its first sentence stays.
 */
export function cleanWin(text: string, now = monthIndexOf(new Date())): string {
  const parts = text.split(/\s+\|\s+/).map((part) => {
    let p = part;
    for (const r of findDateRanges(p, now)) p = p.replace(r.text, ' ');
    return p.replace(DURATION_RE, ' ').replace(/\s+/g, ' ').trim();
  });
  const t = parts.filter((p) => /[\p{L}\p{N}]/u.test(p)).join(' ');
  // A sentence ends at ". " before a capital, except after an abbreviation ("e.g. Kafka", "Inc. in").
  const first = t.split(/(?<=[\p{L}\p{N}%)])(?<!\b(?:e\.g|i\.e|etc|vs|Inc|Ltd|Co|Corp|Jr|Sr|Dr|Mr|Ms|Mrs|St|No|approx))[.!?]\s+(?=\p{Lu})/u)[0] ?? t;
  return first.replace(/[\s.;,:|–—-]+$/, '');
}

/** The bullet that best shows a result: a percentage, money or multiplier beats a bare number. */
function strongestWin(bullets: Bullet[], now: number): string | null {
  const scored = bullets
    // A win starts with an action verb: anything else is usually a fragment of a wrapped line.
    .filter((b) => b.hasNumber && b.actionVerb)
    .map((b, i) => ({ text: cleanWin(b.text, now), i }))
    .map(({ text, i }) => ({ text, i, words: text.split(/\s+/).length }))
    .filter((x) => x.words >= SUMMARY_WIN_MIN_WORDS && x.words <= SUMMARY_WIN_MAX_WORDS && hasMetric(x.text))
    .map((x) => ({ ...x, s: /%|[$€£₹]|\d+x\b|\bx\d/i.test(x.text) ? 2 : 1 }))
    .sort((a, c) => c.s - a.s || a.i - c.i);
  const best = scored[0]?.text;
  if (!best) return null;
  return best[0]!.toLowerCase() + best.slice(1);
}

/** A company read from a post, when it reads like a name: not a skill, a fragment or a sentence. */
function plausibleCompany(company: string | null, lexicon: Lexicon, found: Map<string, string>): string | null {
  const c = company?.replace(/\s+/g, ' ').trim();
  if (!c || c.length > 40 || c.split(' ').length > 5) return null;
  if (/[/()[\]{}|:;@]/.test(c) || !/^[\p{Lu}\p{N}]/u.test(c)) return null;
  if (/^(?:experience|the role|the team|our team|us|we|remote|hybrid)$/i.test(c)) return null;
  // "Python", "Django": a skill, not an employer.
  for (const id of found.keys()) if (lexicon.name(id).toLowerCase() === c.toLowerCase()) return null;
  return c;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|eu)/i.test(word) ? 'an' : 'a';
}

/** "Senior Full Stack Engineer (5+ Years of Experience)" -> "Senior Full Stack Engineer". */
function targetTitleText(title: string | null): string | null {
  if (!title) return null;
  const t = title.replace(/\s*\([^)]*\)?/g, '').replace(/\s*[-–—,:|].*$/, '').replace(/\s+/g, ' ').trim();
  return t && t.split(' ').length <= TITLE_MAX_WORDS ? t : null;
}

/** Seniority and filler words: "Senior Engineer" and "Engineer II" are the same kind of job. */
const TITLE_MODIFIERS = new Set(['senior', 'junior', 'sr', 'jr', 'lead', 'staff', 'principal', 'chief', 'head', 'associate', 'assistant',
  'i', 'ii', 'iii', 'iv', 'v', 'of', 'and', 'the', 'a', 'an', 'for', 'in', 'at', 'to', 'with', 'intern', 'trainee']);
/** The words that say what kind of job a title is ("front-end", "developer"). */
const titleWordsOf = (title: string) => title.toLowerCase().split(/[^a-z-]+/).map((w) => w.replace(/^-+|-+$/g, '')).filter((w) => w && !TITLE_MODIFIERS.has(w));

/** Whole years, never rounded up: 14.9 years is "14+". */
function wholeYears(years: number): string {
  return years < 1 ? 'less than a year' : `${Math.floor(years)}+`;
}

/**
 * The years, said of the whole career; when the dated roles under the title's own kind of job
 * ("Analyst") cover less of it, how much of it they cover: "9+ years of professional experience
 * (less than a year in analyst roles)" for a career changer, never "9+ years as a Data Analyst".
 */
export function yearsClaim(resume: Pick<Resume, 'experience' | 'experienceYears' | 'asOf'>, title: string | null): string {
  const years = resume.experienceYears;
  if (years === null) return `${PLACEHOLDER_YEARS} of experience`;
  if (years < 1) return 'hands-on experience';
  const total = `${Math.floor(years)}+ years of`;
  const words = title ? titleWordsOf(title) : [];
  if (!words.length || resume.experience.some((e) => e.title === null)) return `${total} experience`;
  const now = resume.asOf ?? monthIndexOf(new Date());
  const same = resume.experience.filter((e) => titleWordsOf(e.title!).some((w) => words.includes(w)));
  const titleYears = mergedMonths(same.map((e) => ({ start: e.start, end: e.end ?? now }))) / 12;
  if (Math.floor(titleYears) >= Math.floor(years)) return `${total} experience`;
  const kind = [...words].reverse().find((w) => getVocabulary().titleWords.has(w)) ?? words[words.length - 1];
  return `${total} professional experience (${wholeYears(titleYears)} in ${kind} roles)`;
}

/**
 * 2-3 sentences in the guide's form, from the resume's own facts only: its title, its dated years
 * (said on their own: the skills are listed apart, so no skill is claimed for longer than shown),
 * skills it writes (never only implied ones), one quantified bullet it contains. Anything missing
 * stays a visible placeholder.
 */
export function suggestSummary(resume: Resume, input: SummaryInput): string {
  const ownTitle = [resume.headline, ...resume.titles].map(cleanTitle).find((t) => t) ?? null;
  const title = ownTitle ?? PLACEHOLDER_TITLE;
  const skills = summarySkills(resume, input);
  const first = `${title} with ${yearsClaim(resume, ownTitle)}, skilled in ${skills.length ? listJoin(skills) : PLACEHOLDER_SKILLS}.`;
  const win = strongestWin(resume.bullets, resume.asOf ?? monthIndexOf(new Date()));
  const second = `Proven results: ${win ?? PLACEHOLDER_WIN}.`;
  const targetTitle = targetTitleText(input.targetTitle);
  const target = targetTitle ? ` as ${article(targetTitle)} ${targetTitle}` : '';
  const company = plausibleCompany(input.company, input.lexicon, input.found) ?? PLACEHOLDER_COMPANY;
  const third = `Looking to bring this experience to ${company}${target}.`;
  return `${first} ${second} ${third}`;
}

import type { JobPost } from './types.js';
import { classifyJobLines, hasPreferredMarker, inlineHeading, readingOnePost } from './sections.js';
import { extractKeywords, keywordSection, LINK_IN_LINE, type KeywordSection } from './keywords.js';
import { findSkills, type SkillHit } from '../skills/matcher.js';
import { BULLET_MARKER_RE } from '../text/bullet-marker.js';
import { withoutPictographs } from '../text/pictographs.js';
import { getLexicon, type Lexicon } from '../skills/lexicon.js';
import { tokenize, type Token } from '../skills/tokens.js';
import { findTitleAndCompany, splitFieldLines } from './title.js';
import { maskBoilerplate, textSentences } from './boilerplate.js';
import { yearsAsked } from './years.js';
import { alternativeGroups, withoutSubsets } from './alternatives.js';
import { buildRequirements, type PlacedHit } from './requirements.js';
import { employerSkills } from './employer.js';
import type { RequirementPlace } from './types.js';

export type { JobPost, JobRequirement } from './types.js';

/** Headings of what the person will do, as opposed to prose about the team or product. */
const RESPONSIBILITY_HEADING = /responsib|dut(?:y|ies)|activit(?:y|ies)|challenges|what you(?:'ll| will) (?:do|work|be|achieve)|you(?:'ll| will)\b|tasks|day[- ]to[- ]day|in this role|functions|objectives|the work|your impact|your mission|first (?:year|\d+ days|(?:few|three|six) months)|the role|about the (?:role|job|position)|job description|role (?:summary|description|overview)|position (?:summary|description|overview)/i;
/** A sentence that asks something of the candidate, wherever it sits ("You should be proficient in ..."). */
const CANDIDATE_ASK = /\b(?:must|you\s+(?:should|must|will\s+need|need|have|bring|possess|are\s+(?:proficient|experienced|fluent|comfortable|familiar))|you'(?:ll|ve)\s+(?:need|have|bring)|(?:the\s+)?(?:ideal\s+)?candidates?\s+(?:should|must|will\s+have|has|have)|(?:experience|proficiency|expertise|fluency|familiarity)\s+(?:with|in|using|of)|proficient\s+(?:in|with)|knowledge\s+of|understanding\s+of|background\s+in|ability\s+to|years?\s+of|required|requirements?|qualifications?|must\s+have)\b/i;
/** A sentence that points back at the list before it ("at least one of those languages"). */
const BACK_REFERENCE = /\b(?:one|any|some|all|each|most)\s+(?:or\s+more\s+)?of\s+(?:those|these|them|the\s+above)\b/i;
/** A later clause opened by a wish ("..., ideally for ...", "..., preferably in ..."): it qualifies only what follows. */
const FORWARD_WISH = /[,;(–—]\s*(?:and\s+)?(?:ideally|preferably)\b/i;
// "At Acme, we ...": a capital after "at", matched case-sensitively, since under the i flag \p{Lu}
// matches any letter and "At least three years' ..." would read as the employer speaking.
const AT_EMPLOYER = /^\W*[Aa]t\s+\p{Lu}/u;
const ABOUT_US_WORDS = /^\W*(?:we\b|we're\b|our\b|the\s+(?:team|company|organi[sz]ation|division|group|platform|product)\b)|\b(?:is|are)\s+(?:a|an|the)\s+(?:leading|fast|global|growing|(?:[\w-]+\s+){1,5}(?:company|platform|service|startup|team|provider|leader|organi[sz]ation|agency|nonprofit|product))\b|\b(?:team|company)\s+(?:is|was)\s+(?:composed|made|founded|based)|\bfounded\s+in\b/iu;
/** Prose about the employer, team or product ("Login.gov is a FedRAMP authorized ...", "Our team is composed of ..."). */
function aboutUs(sentence: string): boolean {
  return AT_EMPLOYER.test(sentence) || ABOUT_US_WORDS.test(sentence);
}

/**
 * "We are also deploying machine learning to provide (a) ..., (d) understanding of the dynamics of
 * scientific communities": what the employer is doing, however its words read ("understanding of"),
 * unless the sentence speaks of the person hired ("We are looking for", "you", "someone with").
 */
const WE_ARE_DOING = /^\W*we(?:'re|\s+are)\s+(?:also\s+|currently\s+|now\s+|already\s+)?(?!looking\b|seeking\b|hiring\b|searching\b|recruiting\b|expecting\b)\w+ing\b/i;
const SPEAKS_OF_HIRE = /\b(?:you|your|candidates?|someone|somebody|person|people who|hire|applicants?)\b/i;
function ourOwnWork(sentence: string): boolean {
  return WE_ARE_DOING.test(sentence) && !SPEAKS_OF_HIRE.test(sentence);
}

/**
 * "A Bachelor's degree in a relevant field (i.e., Sociology, Education, Social Work)": after a
 * relevant or related field, the fields named are examples of it, and any degree of the kind does.
 */
const DEGREE_FIELD_EXAMPLES = /\b(?:degree|bachelor'?s|master'?s|diploma)\b[^.;]*?\b(?:relevant|related|similar|appropriate|applicable)\s+(?:field|discipline|subject|area)s?\b(?:[^.;]|\b(?:i\.e|e\.g)\.)*$/i;

/** People the hire works with ("Collaborate with Product Management and other stakeholders"): teams, not skills. */
const WORKS_WITH = /\b(?:collaborat\w*|work(?:s|ing)?\s+(?:closely\s+|together\s+|directly\s+)?with|partner(?:s|ing)?\s+(?:closely\s+)?with|together\s+with|alongside|liais\w*\s+with|stakeholders\s+(?:in|within|across))\b/gi;
/** "experience (in) working with", "comfortable working with": what the hire works with is what they use. */
const USING_WORK = /\b(?:experience[ds]?|familiar(?:ity)?|comfortable|proficien(?:t|cy)|skilled|expertise|knowledge|background|history|track record)\s+(?:(?:of|in|at)\s+)?work(?:ing)?\s+with$/i;
/** Categories of practices and traits, which no employer sells as its product. */
const PRACTICE_CATEGORIES = new Set(['practice', 'soft']);
/** Skill kinds that double as the names of teams and functions. */
const FUNCTION_CATEGORIES = new Set(['practice', 'product', 'design', 'data', 'ml', 'security', 'business', 'marketing', 'sales', 'finance', 'hr', 'soft']);

/**
 * Value statements and culture ("Champion diversity, equity, inclusion, and accessibility") ask for
 * no skill. "Diverse" and "equity" are also plain words ("optimize diverse marketing channels",
 * "private equity"): they mark a value statement only when they speak of people or of inclusion.
 */
const VALUE_STATEMENT = /\b(?:diversity|inclusion|inclusive|inclusivity|belonging|equal opportunit\w*|underrepresented|values? (?:diversity|differences)|diverse(?:,?\s+(?:and\s+)?inclusive|\s+(?:teams?|workforce|workplace|backgrounds?|perspectives?|candidates?|applicants?|communit(?:y|ies)|voices|people|groups?|talent|environment|organi[sz]ations?|company|companies|staff|cultures?|experiences|identities|populations?))|(?:racial|social|health|gender|pay|educational|digital)\s+equity|equity(?:,|\s+and|\s*&)\s+(?:inclusion|diversity|belonging|access)|equity\s+of\s+(?:opportunity|access|outcomes?)|equitable)\b/i;
/** "Higher education may count towards experience", "a degree can substitute for experience": a rule for counting years, no skill asked. */
const COUNTS_AS_EXPERIENCE = /\b(?:may|can|will|could)\s+(?:be\s+)?(?:count(?:ed)?|substitut\w*|considered|accepted)\s+(?:towards?|for|as|in\s+lieu\s+of)\s+(?:the\s+|some\s+(?:of\s+)?(?:the\s+)?)?(?:required\s+|relevant\s+)?(?:years?\s+(?:of\s+)?)?experience\b/i;

/** Longest post read; beyond this it is someone pasting a book, and the tail is boilerplate anyway. */
export const MAX_JOB_POST_CHARS = 30_000;

/** "Work with Product Management, Design and Security": a function named as the people to work with. */
function namesTeam(hit: SkillHit, text: string, lexicon: Lexicon): boolean {
  if (!FUNCTION_CATEGORIES.has(lexicon.get(hit.id)?.category ?? '')) return false;
  // The function follows the verb closely, inside the list of people ("with X, Y and other stakeholders").
  const before = text.slice(Math.max(0, hit.start - 120), hit.start);
  const verb = [...before.matchAll(WORKS_WITH)].pop();
  if (!verb) return false;
  // "Experience working with SQL, distributed systems and data replication": the hire uses them.
  if (USING_WORK.test(before.slice(Math.max(0, verb.index - 40), verb.index + verb[0].length))) return false;
  const between = before.slice(verb.index + verb[0].length);
  // A new list item or paragraph ends the list of people: "- Act as the liaison with providers" /
  // "- Handle logistics" (a line merely wrapped inside the list does not).
  return between.length <= 90 && !/[.;:]|\n\s*(?:[-*•·▪◦●+]|\d{1,2}[.)]|\n)|\b(?:to|by|using|through|on|for|in order)\b/i.test(between);
}

/**
 * Where the clause that wishes starts, when an earlier clause of the sentence asks on its own
 * ("more than 1 year of sales experience, with cloud sales experience preferred"), else -1. A clause
 * that names only a skill ("Python, Django or Flask experience is a plus") asks nothing on its own:
 * the list's commas are no clause breaks.
 */
const CLAUSE_BREAK = /\s*[,;–—]\s+/g;
/** ", strongly preferred", ", a big plus": a clause that is only the wish. */
const BARE_WISH = /^(?:(?:is|are|would\s+be|will\s+be)\s+)?(?:(?:strongly|highly|very|much|definitely|especially)\s+)?(?:an?\s+)?(?:(?:big|huge|definite|real|great|major|distinct|strong)\s+)?(?:preferred|desired|desirable|plus|bonus|advantage|asset|nice\s+to\s+have|beneficial|advantageous|helpful|welcome)\b[^\p{L}]*$/iu;
function laterWishClause(sentence: string): number {
  if (!hasPreferredMarker(sentence)) return -1;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const head = sentence.slice(0, m.index);
    if (hasPreferredMarker(head)) return -1;
    // "Experience with international subsidiaries, including statutory reporting, strongly
    // preferred": a wish standing alone at the end qualifies the whole sentence.
    if (BARE_WISH.test(sentence.slice(m.index + m[0].length))) return -1;
    if (CANDIDATE_ASK.test(head)) return m.index;
  }
  return -1;
}

/** "Serve as a liaison to our CPA firm": a credential naming a kind of firm asks nothing of the hire. */
function namesFirm(hit: SkillHit, text: string, lexicon: Lexicon): boolean {
  return lexicon.isCredential(hit.id) && /^\s+(?:firms?|practices?)\b/i.test(text.slice(hit.end, hit.end + 16));
}

/** Reads a pasted job post: title, company, required vs preferred skills, years asked, keywords. */
export function parseJobPost(input: string, lexicon: Lexicon = getLexicon()): JobPost {
  return readingOnePost(() => readJobPost(input, lexicon));
}

function readJobPost(input: string, lexicon: Lexicon): JobPost {
  const text = withoutPictographs(input.slice(0, MAX_JOB_POST_CHARS));
  const lines = splitFieldLines(text.split('\n'));
  const masked = maskBoilerplate(lines);
  const maskedText = masked.join('\n');
  const { kinds, hasSplit } = classifyJobLines(masked);
  // A line whose every sentence was boilerplate is boilerplate.
  masked.forEach((l, i) => { if (!l.trim() && lines[i]!.trim() && kinds[i] !== 'heading') kinds[i] = 'boilerplate'; });
  const listLines = new Set<number>();
  kinds.forEach((k, i) => { if (k === 'required' || k === 'preferred') listLines.add(i); });
  // The heading each line sits under decides whether neutral text is duties or prose about the team.
  const headingOf: (string | null)[] = [];
  { let h: string | null = null; masked.forEach((l, i) => { if (kinds[i] === 'heading' || inlineHeading(l)) h = l; headingOf.push(h); }); }
  const underDuties = (line: number) => { const h = headingOf[line]; return !!h && RESPONSIBILITY_HEADING.test(h.replace(/[’‘]/g, "'")); };
  // A duty list names the job's skills too: "- Scheduling approximately 10 Board meetings",
  // "- Manage timesheets and process payroll" name the work itself, not an everyday word.
  const dutyLines = new Set<number>();
  masked.forEach((l, i) => { if (kinds[i] === 'neutral' && BULLET_MARKER_RE.test(l) && underDuties(i)) dutyLines.add(i); });

  const sentences = textSentences(masked);
  /** Index of the sentence holding a position, or -1 (a line the sentence pass skipped). */
  const sentenceIndexAt = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const sentenceText = (i: number) => (i >= 0 && i < sentences.length ? maskedText.slice(sentences[i]!.start, sentences[i]!.end) : '');

  const placeOf = (line: number, sentence: string): RequirementPlace => {
    const kind = kinds[line];
    if (kind === 'preferred' || hasPreferredMarker(sentence)) return 'preferred';
    // "- You love giving a code review. We're an open-source project welcoming contributions": in a
    // list of asks, a sentence about the employer that asks nothing is still about the employer.
    if (kind === 'required' && aboutUs(sentence) && !CANDIDATE_ASK.test(sentence) && !SPEAKS_OF_HIRE.test(sentence)) return 'prose';
    if (kind === 'required' || (CANDIDATE_ASK.test(sentence) && !ourOwnWork(sentence))) return 'required';
    // "- We'd also like you to ... build backlinks": in a duty list, "we" asking the hire is a duty.
    if (aboutUs(sentence) && !(dutyLines.has(line) && SPEAKS_OF_HIRE.test(sentence))) return 'prose';
    if (!hasSplit) return 'responsibilities';
    return underDuties(line) ? 'responsibilities' : 'prose';
  };

  const required = new Set<string>();
  const preferred = new Set<string>();
  const kept: SkillHit[] = [];
  const placed: PlacedHit[] = [];
  // A sentence names several skills: its questions are answered once, by sentence and line.
  const answers = new Map<string, boolean | number | RequirementPlace>();
  const once = <T extends boolean | number | RequirementPlace>(key: string, work: () => T): T => {
    let value = answers.get(key) as T | undefined;
    if (value === undefined) answers.set(key, value = work());
    return value;
  };
  for (const hit of findSkills(maskedText, lexicon, { skillLines: listLines, dutyLines })) {
    const kind = kinds[hit.line];
    if (kind === 'boilerplate' || kind === 'heading') continue;
    const at = sentenceIndexAt(hit.start);
    const sentence = at >= 0 ? sentenceText(at) : masked[hit.line] ?? '';
    const where = at >= 0 ? `${hit.line} s${at}` : `${hit.line} line`;
    if (once(`value ${where}`, () => VALUE_STATEMENT.test(sentence) || COUNTS_AS_EXPERIENCE.test(sentence))) continue;
    if (namesTeam(hit, maskedText, lexicon)) continue;
    if (namesFirm(hit, maskedText, lexicon)) continue;
    kept.push(hit);
    // "Our core languages are Ruby, Python and Go. You should have experience with at least one of
    // those": the next sentence makes the list an ask.
    const nextAsks = at >= 0
      && once(`back s${at + 1}`, () => { const next = sentenceText(at + 1); return BACK_REFERENCE.test(next) && CANDIDATE_ASK.test(next); })
      && once(`place ${hit.line} s${at + 1}`, () => placeOf(hit.line, sentenceText(at + 1))) === 'required';
    // "Experience with event planning, ideally for dispersed events": the adverb qualifies what
    // follows it, so a skill named before it keeps the place of its line.
    const offset = at >= 0 ? hit.start - sentences[at]!.start : -1;
    const cut = offset >= 0 ? sentence.slice(offset).search(FORWARD_WISH) : -1;
    // "3+ years of Python experience, Django is a plus": the wish in a later clause is that clause's.
    const wishCut = offset > 0 && cut <= 0 ? once(`wish ${where}`, () => laterWishClause(sentence)) : -1;
    const place = nextAsks ? 'required' : wishCut > offset
      ? once(`place ${where} <${wishCut}`, () => placeOf(hit.line, sentence.slice(0, wishCut)))
      : cut > 0
      ? once(`place ${where} <${offset + cut}`, () => placeOf(hit.line, sentence.slice(0, offset + cut)))
      : offset > 0 && DEGREE_FIELD_EXAMPLES.test(sentence.slice(0, offset)) ? 'preferred'
        : once(`place ${where}`, () => placeOf(hit.line, sentence));
    placed.push({ hit, place, sentence });
    if (place === 'preferred') preferred.add(hit.id);
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
  for (const id of [...required, ...preferred]) for (const w of lexicon.spellingWords(id)) excluded.add(w);
  const sections: number[][] = [];
  let current: number[] = [];
  masked.forEach((_, i) => {
    if (kinds[i] === 'heading') { if (current.length) sections.push(current); current = []; return; }
    if (kinds[i] !== 'boilerplate') current.push(i);
  });
  if (current.length) sections.push(current);
  // A section with no link is read from the post's tokens (a token never spans lines) instead of tokenised again.
  const postTokens = tokenize(maskedText);
  const tokensOfLine: Token[][] = masked.map(() => []);
  for (const t of postTokens) tokensOfLine[t.line]!.push(t);
  const keywordSections = sections.map((lineNumbers): KeywordSection => (lineNumbers.some((i) => LINK_IN_LINE.test(masked[i]!))
    ? keywordSection(lineNumbers.map((i) => masked[i]!))
    : { text: maskedText, tokens: lineNumbers.flatMap((i) => tokensOfLine[i]!) }));
  const namesSkills = (part: string) => {
    const hits = findSkills(part, lexicon, { skillLines: new Set([0]) });
    const covered = hits.reduce((n, h) => n + h.surface.replace(/\W/g, '').length, 0);
    return hits.length > 0 && covered * 2 >= part.replace(/\W/g, '').length;
  };
  const { title, company, stack, otherTitles } = findTitleAndCompany(lines, namesSkills);
  // Skills in the title ("Backend Developer - Python/Django") are the job itself.
  const titleHits = findSkills([title, stack].filter(Boolean).join(' / '), lexicon, { skillLines: new Set([0]) });
  for (const hit of titleHits) {
    placed.unshift({ hit: { ...hit, start: -1, line: -1 }, place: 'title', sentence: '\u0000title' });
    required.add(hit.id);
    preferred.delete(hit.id);
  }
  for (const w of (title ?? '').toLowerCase().split(/\W+/)) if (w) excluded.add(w);
  // A company's words are its name, unless the post also uses them as plain words ("Northwind
  // Payments" and "our payments platform").
  const writtenPlain = (w: string) => postTokens.some((t) => t.norm === w && t.raw === w);
  for (const w of (company ?? '').toLowerCase().split(/\W+/)) if (w && !writtenPlain(w)) excluded.add(w);

  // The employer's own product is no requirement: GitLab's sales post says "GitLab" on every line.
  // Only a named thing can be the employer's product: "open source community", "open source
  // products" name a practice the Foundation for Public Code asks for, not its own product.
  const named = placed.map((p) => p.hit).filter((h) => !PRACTICE_CATEGORIES.has(lexicon.get(h.id)?.category ?? ''));
  const employer = employerSkills(named, maskedText, company);
  const asked = placed.filter((p) => !employer.has(p.hit.id));
  // "Golang (or C/C++) Developer": the title offers its languages as a choice, and the title
  // line's own "C/C++" is part of it, not a second one.
  const titleChoice = [...new Set(titleHits.map((h) => h.id))];
  const textChoices = alternativeGroups(kept.filter((h) => !employer.has(h.id)), maskedText, lexicon);
  const alternatives = titleChoice.length > 1 && /\(\s*or\s/i.test(title ?? '') ? withoutSubsets([...textChoices, titleChoice]) : textChoices;
  const requirements = buildRequirements(asked, alternatives, lexicon);
  for (const id of employer) { required.delete(id); preferred.delete(id); }

  return {
    title,
    ...(otherTitles.length ? { otherTitles } : {}),
    company,
    required: [...required],
    preferred: hasSplit || preferred.size > 0 ? [...preferred] : [],
    keywords: extractKeywords(keywordSections, excluded),
    yearsRequired,
    text,
    ...(alternatives.length ? { alternatives } : {}),
    requirements,
  };
}


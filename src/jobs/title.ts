/** A job post's title and company, from labels, header lines and sentences ("Acme is hiring a ..."). */
import { inlineHeading, isChromeLine, jobHeadingKind } from './sections.js';
import { usedAsEmployer } from './employer.js';
import { getJobVocabulary } from './vocabulary.js';
import { getTitleFamilies } from '../roles/title-families.js';
import { getVocabulary } from '../resume/vocabulary.js';
import { collapseWhitespace } from '../text/whitespace.js';

const TITLE_LABEL_RE = /^\s*[*_]*(?:job\s+title|title|(?:position|post|vacancy|role)(?:\s+title)?|job)[*_]*\s*[:\-–]\s*[*_]*(.+)$/i;
/** An explicit title label: its value is the title even without a title word ("POST TITLE: Web Operations"). */
const EXPLICIT_TITLE_LABEL_RE = /^\s*[*_]*(?:job|post|position|vacancy|role)\s+title[*_]*\s*:\s*[*_]*(.+)$/i;
/** Notes and page lines above a post, never its title ("NOTE: the following template was used ..."). */
const NOT_TITLE_LINE = /^\s*(?:note|nb|posted|updated|this\s+post\s+(?:originally\s+)?appeared|originally\s+posted|disclaimer)\b/i;
const COMPANY_LABEL_RE = /^\s*(?:company(?:\s+name)?|employer|organi[sz]ation|agency|hiring\s+company)\s*[:\-–]\s*(.+)$/i;
/** Sentence openers that look like a company name to a regex. */
const NOT_COMPANIES = new Set([
  'we', 'our', 'you', 'your', 'the', 'this', 'it', 'they', 'job description', 'us', 'the team', 'the company', 'about the job', 'hi', 'hello', 'apply', 'remote',
  // "What are the next steps?" opens like "Acme are hiring": a question or a pointing word is no name.
  'what', 'who', 'where', 'when', 'why', 'how', 'which', 'there', 'here', 'these', 'those', 'that', 'all', 'some',
  // "Below are the main responsibilities": a pointer to the list that follows.
  'below', 'above', 'following', 'the following',
  // "Role" under the title heads what the job is (source{d}'s posts), not who offers it.
  'role', 'the role', 'position', 'the position',
]);
/** Emoji and pictographs, which decorate titles and headings but are no part of them. */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;

function hasTitleWord(s: string, plural = false): boolean {
  const words = s.toLowerCase().split(/[^a-z-]+/);
  const tw = getVocabulary().titleWords;
  // "looking for two Browser Developers": in a sentence, plural titles name the job too.
  return words.some((w) => tw.has(w) || (plural && w.endsWith('s') && tw.has(w.slice(0, -1))));
}

/** "looking to add several Sales Executives": the job one of them holds is "Sales Executive". */
function singularTitle(named: string): string {
  const last = /(\p{L}+)s$/u.exec(named);
  return last && getVocabulary().titleWords.has(last[1]!.toLowerCase()) ? named.slice(0, -1) : named;
}

function clean(s: string): string {
  return collapseWhitespace(s.replace(PICTOGRAPHS, ' ').replace(/^[#*_\s]+|[#*_\s]+$/g, '')).trim();
}

/** "Hiring our next", "We're hiring a": words before a title's first capital. */
const HIRING_LEAD = /^(?:(?:we'?re|we\s+are|now)\s+)?hiring\s+(?:(?:our|a|an|the)\s+)?(?:(?:next|new)\s+)?/i;

/** "Join Acme as a", "Be our next": a sentence-like lead before the job's own capitals. */
const JOIN_AS_LEAD = /^(?:join\s+(?:[\p{Lu}][\p{L}0-9.&'-]*\s+){1,4}as\s+(?:an?|the|our)\s+|be\s+(?:our|the)\s+(?:(?:next|new)\s+)?)/iu;

/** "Teaching Support IT Job at UCL Physics": a line naming itself a job at an employer. */
const JOB_AT_LINE = /^(.+?)\s+(?:[Jj]ob|[Pp]osition|[Pp]ost|[Vv]acancy|[Oo]pening)\s+(?:at|with)\s+\p{Lu}.{1,60}$/u;

/** "OpenNews is hiring: Community manager", "Acme is hiring - Senior Accountant". */
const HIRING_COLON_LINE = /^\p{Lu}[\p{L}0-9&.' -]{0,40}?\s+(?:is|are)\s+(?:now\s+)?hiring\s*[:\-–—]\s*(\S.{1,80})$/u;

/** "DataCite is hiring an application developer", "ROR Is Hiring a Technical Community Manager": a headline naming the job. */
const HIRING_HEADLINE = /^(?:[^:]{1,30}:\s*)?(\p{Lu}[\p{L}0-9&.' -]{0,40}?)\s+(?:[Ii]s|[Aa]re)\s+(?:[Nn]ow\s+)?(?:[Hh]iring|[Ll]ooking\s+[Ff]or|[Ss]eeking)\s+(?:an?|the|our|two|three|several)\s+((?:[\p{L}/+#.-]+\s+){0,4}[\p{L}/+#-]+)[.!]?$/u;

/** "This is a system manager job with ...": a sentence wrapped over lines, not a title. */
const SENTENCE_LEAD = /^(?:this|that|it|we|you|our|they|there)\s+(?:is|are|will|have|has|'re|were|was)\b/i;

/** "Job Description: Front End Engineer (2 Years of Experience)" -> "Front End Engineer". */
function cleanTitle(s: string): string {
  return clean(s)
    // "0100 Teacher (Mixed Elementary)": a job-series code is no part of the title.
    .replace(/^\d{3,5}\s+(?=\p{L})/u, '')
    .replace(/^["'“”‘’«]+|["'“”‘’»]+$/g, '')
    .replace(TEAM_SUFFIX, '')
    .replace(/^(?:job\s+description|job\s+title|job\s+posting|job\s+opening|(?:job\s+|career\s+|employment\s+)?opportunity|(?:job\s+)?vacancy|position|role|opening|we'?re\s+hiring|now\s+hiring|hiring)\s*[:\-–—!]\s*/i, '')
    // "Hiring our next Community Manager", "We're hiring a Senior Accountant": the job that follows.
    .replace(HIRING_LEAD, (lead, at: number, whole: string) => (/^\p{Lu}/u.test(whole.slice(lead.length)) ? '' : lead))
    // "Join DataSF as a Data Scientist", "Be our Neighborhood Services Engineer": the job that follows.
    .replace(JOIN_AS_LEAD, (lead, at: number, whole: string) => (/^\p{Lu}/u.test(whole.slice(lead.length)) ? '' : lead))
    // "Fiscally Sponsored Community (FSC) Manager": the post's own acronym for the job is no title word.
    .replace(/\s*\(\p{Lu}{2,6}\)(?=\s|$)/gu, (m) => (hasTitleWord(m.replace(/[()\s]/g, '')) ? m : ''))
    .replace(/\s*\((?:[mwfdx*]\s*\/\s*){1,3}[mwfdx*]\)|\s*\(all genders\)/gi, '')
    .replace(/\s*\((?:[^)]*\b(?:years?|yrs|remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|w-?2|1099|temporary|fixed[- ]term)\b[^)]*)\)\s*$/i, '')
    // "AI Impact and Evaluation Lead (Grade 7)", "Deputy Director (SCS 1)": a civil-service grade is pay, not the job.
    .replace(/\s*\((?:grade|band|pay\s+band)\s*\w{1,3}\)\s*$|\s*\((?:scs\s*\d|g[67]|heo|seo|eo|aa|ao|gs-?\d{1,2})\)\s*$/i, '')
    // "Senior iOS Developer (Corporate Integration Department)": the team in brackets, as after a dash.
    .replace(/\s*\([^()]*\b(?:team|squad|group|tribe|division|department|unit|office)\)\s*$/i, '')
    .replace(/\s*[-–—|]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\s*$/i, '')
    .replace(/[.!]+$/, '')
    // "Data Analyst Roles", "Software Engineer in Test Job Family": the page's words, not the title's.
    .replace(/\s+(?:[-–—|:]\s+)?(?:job\s+family|job\s+families|roles?|positions?|openings?|vacanc(?:y|ies)|job\s+description)\s*:?$/i, '')
    .replace(/^["'“”‘’«]+|["'“”‘’»]+$/g, '')
    .trim();
}

// ---------------------------------------------------------------- company next to the title

/** A location, date, pay or work-mode segment of a header line ("San Francisco, CA", "Remote"). */
/** "Based in Madrid, Spain": where the job is, however the place is spelled. */
const BASED_IN = /^(?:based|located)\s+in\b/i;
const NOT_A_COMPANY_SEGMENT = new RegExp(`${/\d|^grade\b|remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|internship|apprenticeship|temporary|freelance|,\s*[A-Z]{2}\b|\b(?:united states|usa|uk|europe|emea|apac|worldwide|anywhere)\b|:|,.*,|\b(?:responsibilities|requirements|qualifications|duties)\b/.source}|${BASED_IN.source}`, 'i');

/**
 * A country, region or city named alone ("Austria", "Latin America", "Moscow"), or places joined by
 * commas ("London, United Kingdom"): data/job-vocabulary.json `places`.
 */
const isPlace = (segment: string) => segment.split(/\s*,\s*/).every((part) => getJobVocabulary().placeNames.has(part.trim().toLowerCase()));

function companyFromHeaderLine(line: string): string | null {
  const l = clean(line).replace(/\s+logo$/i, '').replace(/^(?:careers|jobs|openings|work)\s+(?:at|with)\s+/i, '').replace(/\s+(?:careers|jobs)$/i, '');
  if (!l || l.split(' ').length > 12 || /[.!?]$/.test(l) || jobHeadingKind(line) || inlineHeading(line)) return null;
  // "Acme Health, Austin, TX": a name, then the place.
  const placed = l.match(/^([\p{Lu}0-9][\p{L}0-9&.' ]{1,40}?),\s+[\p{Lu}][\p{L} .-]+(?:,\s*[A-Z]{2})?$/u);
  if (placed && !hasTitleWord(placed[1]!) && !NOT_COMPANIES.has(placed[1]!.toLowerCase()) && !isPlace(placed[1]!) && !BASED_IN.test(placed[1]!)) return placed[1]!.trim();
  for (const seg of l.split(/\s+[·|•–—-]\s+|\s+\/\s+|\s*·\s*|\s*\|\s*/)) {
    const s = seg.trim();
    if (!s || s.split(' ').length > 5 || !/^[\p{Lu}0-9]/u.test(s)) continue;
    if (NOT_A_COMPANY_SEGMENT.test(s) && !/\b(?:inc|llc|ltd|gmbh|corp)\b\.?/i.test(s)) continue;
    if (isPlace(s)) continue;
    if (hasTitleWord(s) || NOT_COMPANIES.has(s.toLowerCase()) || jobHeadingKind(s) || isChromeLine(s)) continue;
    // A name is capitalised: "Background and role context" is a heading the vocabulary does not know.
    if (/\s(?:and|of|the|for)\s+\p{Ll}{4,}/u.test(s) || s.split(' ').filter((w) => /^\p{Ll}{4,}/u.test(w)).length >= 2) continue;
    return s;
  }
  return null;
}

/** A title's suffix that names a team ("– Digital Credentials Team") rather than the job. */
const TEAM_SUFFIX = /\s+[-–—|:]\s+[^-–—|]*\b(?:team|squad|group|tribe|division|department|unit|program|office)\s*$/i;

/** Header fields typed on one line ("Position Title: Teacher Department: Reading Location: NYC"). */
const FIELD_LABEL = /(?<!\b(?:job|post|position|vacancy|role))\s+(?=(?:position\s+title|job\s+title|title|department|division|team|location|salary|pay|job\s+type|employment\s+type|company|agency|reports\s+to|closing\s+date|start\s+date|schedule|grade)\s*:)/gi;

/** Splits a header line of several "Label: value" fields into one line per field. */
export function splitFieldLines(lines: string[]): string[] {
  return lines.flatMap((line) => (/^\s*[*_]*[A-Z][A-Za-z ]{1,24}[*_]*\s*:/.test(line) && line.length < 240 ? line.split(FIELD_LABEL) : [line]));
}

export interface TitleAndCompany {
  title: string | null;
  company: string | null;
  /** A stack named after the title ("Backend Developer - Python/Django" -> "Python/Django"). */
  stack: string | null;
  /** Other names for the job: a parenthesis of titles after it, "This is a <title> job" in the head. */
  otherTitles: string[];
}

/**
 * "We are looking for a Senior Backend Engineer to join ...", "DataCite is Hiring an Application Developer": the job named, capitalised, in a sentence.
 * "We are actively looking for a..." may name it on the line below (Unison).
 */
const TITLE_IN_SENTENCE = /\b(?:looking for|hiring|seeking|searching for|(?:is|are)\s+(?:Hiring|Looking\s+[Ff]or|Seeking)|(?:is|are|'re|’re)\s+(?:now\s+)?recruiting(?:\s+for)?|looking\s+to\s+(?:add|hire))\s+(?:an?(?:\.{3}|…|:)?\s+|(?:one|two|three|four|five|several|\d+)\s+)?((?:[\p{Lu}][\p{L}0-9/+#.-]*[ \t]+){0,5}[\p{Lu}][\p{L}0-9/+#-]*)/u;
/** The job TITLE_IN_SENTENCE names, up to the end of its sentence ("Senior QA Automation Engineer. The ..."). */
function titleInSentence(text: string): string | null {
  const m = TITLE_IN_SENTENCE.exec(text);
  const named = m?.[1];
  if (!named) return null;
  // "looking for a Team lead for our Software Engineering Crew": a title word in lower case closes the job.
  const next = /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(m.index + m[0].length))?.[1];
  const whole = next && !hasTitleWord(named) && getVocabulary().titleWords.has(next) ? `${named} ${next}` : named;
  return whole.replace(/\.\s.*$/s, '').trim();
}
/**
 * "Join us as a front-end developer to elevate Weblate's interface!": the job the reader is invited
 * to take, written in any case, up to its last title word. Read only when nothing else names the job.
 */
const JOIN_US_AS = /\bjoin\s+(?:us|our\s+team|the\s+team)\s+as\s+(?:an?|our)\s+(?:(?:next|new)\s+)?((?:[\p{L}][\p{L}0-9/+#-]*[ \t]+){0,4}[\p{L}][\p{L}0-9/+#-]*)/iu;
function invitedTitle(text: string): string | null {
  // The job ends where the sentence goes on: "... as a developer to elevate", "... who loves".
  const named = (JOIN_US_AS.exec(text)?.[1] ?? '').split(/[ \t]+(?:to|who|that|which|where|and|with|on|at|in|for|from|by|so)(?:[ \t]|$)/i)[0]!;
  const words = named.split(/[ \t]+/);
  const titleWords = getVocabulary().titleWords;
  let last = -1;
  words.forEach((w, i) => { if (titleWords.has(w.toLowerCase())) last = i; });
  if (last < 0) return null;
  // "Head of Marketing": a title word's "of" phrase is part of the job.
  const job = words.slice(0, words[last + 1]?.toLowerCase() === 'of' ? words.length : last + 1).join(' ');
  return job.charAt(0).toUpperCase() + job.slice(1);
}
/** "This is a system manager job", "The role is a Senior Analyst position": the job named in a sentence. */
const NAMED_IN_SENTENCE = /\b(?:this|the|it)\s+(?:role\s+|job\s+|position\s+)?is\s+an?\s+((?:[\p{L}][\p{L}/&-]*\s+){0,4}?[\p{L}][\p{L}-]*)\s+(?:job|role|position|post)\b/iu;

/** "QA Engineer (Junior Developer / Bug Tester)" -> the title, and the titles in its parenthesis. */
function splitAlsoTitled(title: string): { title: string; also: string[] } {
  // "Community Researcher and Programme Coordinator": one hire for two jobs, each a title of its own.
  const two = /^(.+?\s(\S+))\s+(?:and|&)\s+(\S.*)$/.exec(title);
  if (two && !two[1]!.includes('(') && hasTitleWord(two[2]!) && hasTitleWord(two[3]!)) return { title: two[1]!, also: [two[3]!] };
  // "Web Developer/Designer": two job words after one field, each a title with it ("Web Designer").
  const slashed = /^((?:\S+\s+)*?)(\p{L}+)\/(\p{L}+)$/u.exec(title);
  if (slashed && hasTitleWord(slashed[2]!) && hasTitleWord(slashed[3]!)) return { title: `${slashed[1]}${slashed[2]}`, also: [`${slashed[1]}${slashed[3]}`] };
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(title);
  if (!m) return { title, also: [] };
  const also = m[2]!.split(/\s*(?:\/|,|;|\bor\b)\s*/).map((t) => t.trim()).filter((t) => t && hasTitleWord(t));
  if (also.length > 0) return { title: m[1]!.trim(), also };
  // "Senior Product Engineer (Frontend)": a specialty in the parenthesis names the job as a
  // recruiter reads it, "Senior Frontend Engineer" (the title keeps its own words).
  const specialty = m[2]!.trim();
  const words = m[1]!.trim().split(/\s+/);
  const head = words.pop()!;
  if (hasTitleWord(head) && getJobVocabulary().titleSpecialties.includes(specialty.toLowerCase())) {
    const level = words[0] && SPECIALTY_LEVEL.test(words[0]) ? `${words[0]} ` : '';
    return { title, also: [`${level}${specialty} ${head}`] };
  }
  return { title, also: [] };
}
/** The level word kept in front of a specialty title ("Senior" of "Senior Product Engineer (Frontend)"). */
const SPECIALTY_LEVEL = /^(?:senior|sr\.?|staff|lead|principal|junior|jr\.?|intermediate|mid-level)$/i;

/**
 * "OONI Project Manager": the employer's name in front of the job (the company's, or a name the post
 * uses as its employer twice: "the OONI team", "OONI's") is no part of the title a resume is held to.
 */
function employerLead(title: string, company: string | null, text: string, namesSkills: (s: string) => boolean): string | null {
  const words = title.split(' ');
  for (let n = 1; n <= 2 && n < words.length; n++) {
    const lead = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    // "PGlite Engineer": a job word alone ("Engineer") names no job; the product in front is its field.
    if (n === words.length - 1 && !rest.includes(' ') && getTitleFamilies().isGenericHead(rest)) continue;
    // A name is capitalised, or opens in lower case before an inner capital ("pyOpenSci", "eBay");
    // "AI Impact and Evaluation Lead" at i.AI: a skill in front names the job's field, whoever the employer.
    if (!lead.split(' ').every((w) => /^(?:\p{Lu}|\p{Ll}+\p{Lu})/u.test(w)) || hasTitleWord(lead) || !hasTitleWord(rest) || namesSkills(lead)) continue;
    // "Senior Product Manager": a level is the job's, never an employer's name.
    if (lead.split(' ').some((w) => SPECIALTY_LEVEL.test(w))) continue;
    // A name is a name throughout: "Data" of "Data Analyst" is also the post's "data", an everyday word.
    // (A web or mail address spells a name in lower case too: "pyopensci.org" is still pyOpenSci.)
    const lower = lead.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![\\p{L}@/.])${lower}(?![\\p{L}]|\\.\\p{L}{2})`, 'u').test(text)) continue;
    // Two words are a name only when they are the company's: "People Business" is used like one.
    // ("About the InnerSource Commons" names the company with its article; the title drops it.)
    if ((company && company.toLowerCase().replace(/^the\s+/, '') === lead.toLowerCase()) || (n === 1 && usedAsEmployer(text, lead))) return lead;
  }
  return null;
}

/** The post's lines, already split into fields by splitFieldLines (parseJobPost does it once). */
export function findTitleAndCompany(lines: string[], namesSkills: (s: string) => boolean = () => false): TitleAndCompany {
  let stack: string | null = null;
  let title: string | null = null;
  let company: string | null = null;
  let titleLine = -1;
  /** The last line of the title: a wrapped title ends on the line after it starts. */
  let titleEnd = -1;
  let weakCompany: string | null = null;
  let namedAgain: string | null = null;
  /** The page's heading when it names the labelled title with its specialty: another name for the job. */
  let headingTitle: string | null = null;
  for (const line of lines.slice(0, 40)) {
    const t = line.match(TITLE_LABEL_RE);
    if (!title && t && (hasTitleWord(t[1]!) || EXPLICIT_TITLE_LABEL_RE.test(line))) title = clean(t[1]!);
    const c = line.match(COMPANY_LABEL_RE);
    if (!company && c) company = clean(c[1]!).slice(0, 80);
  }
  if (title) {
    // "Operations Coordinator, Accounts Payable and Accounts Receivable" over "Title: Operations
    // Coordinator": the page's heading says what the label leaves out, the job's specialty.
    const first = clean(lines.find((l) => l.trim()) ?? '');
    const rest = first.toLowerCase().startsWith(title.toLowerCase()) ? first.slice(title.length) : '';
    const specialty = /^\s*(?:,|[-–—|:]|\()\s*([^()]+?)\)?$/.exec(rest)?.[1];
    if (specialty) {
      if (namesSkills(specialty)) stack = specialty;
      headingTitle = first;
    }
  }
  if (!title) {
    // The first eight lines with text: pasted posts keep a blank line between paragraphs.
    const head = lines.map((line, i) => [i, line] as const).filter(([, line]) => line.trim()).slice(0, 8);
    for (const [i, line] of head) {
      const l = clean(line);
      // The employer these lines name is found below, by "<Company> is hiring" and "at <Company>".
      const take = (job: string) => { title = cleanTitle(job); titleLine = titleEnd = i; };
      if (!l || l.split(' ').length > 14 || jobHeadingKind(line) || isChromeLine(line) || NOT_TITLE_LINE.test(l)) continue;
      // A sentence ("Fernway is hiring a Full Stack Developer.") is read by the sentence rule below.
      // "OpenNews is hiring: Community manager": the employer, then the job after the colon.
      const hiring = l.match(HIRING_COLON_LINE);
      if (hiring) { take(hiring[1]!); break; }
      const headline = l.match(HIRING_HEADLINE);
      if (headline && hasTitleWord(headline[2]!)) {
        take(headline[2]!);
        // "Job announcement: DataCite is looking for ...": the employer opens the sentence.
        if (!company && !hasTitleWord(headline[1]!) && !NOT_COMPANIES.has(headline[1]!.toLowerCase())) company = headline[1]!;
        break;
      }
      // "developer community. Several years experience ...": the middle of a hard-wrapped paragraph,
      // in lower case, with a sentence ending inside the line ("Site Reliability Engineer at Quarry
      // Cloud. Quarry runs ..." opens with the job, and "Sr. Engineer" ends no sentence).
      if (/[.!?]$/.test(l) || /\b(?:is|are)\s+(?:hiring|looking|seeking|searching)\b/i.test(l) || SENTENCE_LEAD.test(l) || (/^\p{Ll}/u.test(l) && /\p{Ll}{3}\.\s+\p{Lu}/u.test(l))) continue;
      const jobAt = l.match(JOB_AT_LINE);
      if (jobAt && !hasTitleWord(l)) { take(jobAt[1]!); break; }
      if (!hasTitleWord(l)) continue;
      // A title wrapped over two lines: "Senior Full Stack Engineer (5+ Years of" / "Experience)".
      let whole = l;
      if ((l.match(/\(/g) ?? []).length > (l.match(/\)/g) ?? []).length && lines[i + 1]?.includes(')')) { whole = `${l} ${clean(lines[i + 1]!)}`; titleEnd = i + 1; }
      whole = cleanTitle(whole);
      // "Senior Engineer, Funding Metadata— OpenAlex": a long dash splits however it is spaced.
      const parts = whole.split(/\s+(?:at|@|[-–—|·,])\s+|(?<=\S)[-–—]\s+|\s+[-–—@](?=\S)/);
      const titlePart = parts.find((p) => hasTitleWord(p)) ?? l;
      title = titlePart;
      titleLine = i;
      titleEnd = Math.max(titleEnd, i);
      // "Backend Developer - Python/Django": the part after the dash is the stack, not a company.
      // "Data Analyst Roles at GitLab": after "at" comes the employer, whatever its name spells.
      const atPart = /\s(?:at\s+(?:the\s+)?|@\s*)(.+)$/u.exec(whole)?.[1];
      const stackPart = parts.find((p) => p !== titlePart && p !== atPart && namesSkills(p));
      if (stackPart) stack = stackPart;
      // "@mysc.app": a name after "at" or "@" may be written in lower case, as its address is.
      const other = (atPart && atPart !== titlePart && atPart.split(' ').length <= 5 ? atPart : undefined) ?? parts.find((p) => p !== titlePart && p !== stackPart && /^[\p{Lu}0-9]/u.test(p) && p.split(' ').length <= 5 && !/\d{4}|remote|hybrid|onsite|full[- ]time/i.test(p) && !isChromeLine(p) && !TEAM_SUFFIX.test(` - ${p}`));
      // "Title at Acme" names the company; "Title - Payments" may name a team, so a part after a
      // dash or bar counts at once only when the post names it again.
      if (!company && other) {
        const esc = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`\\s(?:at\\s+|@\\s*)${esc}`, 'u').test(l)) company = other;
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
    company = (titleLine > 0 ? near(titleLine - 1, -1) : null) ?? near(titleEnd + 1, 1);
  }
  company ??= namedAgain;
  const text = lines.slice(0, 60).join('\n');
  const sentenceTitle = titleInSentence(text);
  if (!title && sentenceTitle && hasTitleWord(sentenceTitle, true)) {
    title = sentenceTitle;
    // "looking for a...\nSoftware Engineer (Haskell)": the parenthesis names the job's stack.
    const end = text.indexOf(sentenceTitle) + sentenceTitle.length;
    const paren = /^[ \t]*\(([^()\n]{1,40})\)/.exec(text.slice(end, end + 48))?.[1];
    if (paren && namesSkills(paren)) stack ??= paren;
  }
  if (!title) title = invitedTitle(text);
  if (!title) {
    // A post's first line is its title even when it names a field rather than a job ("Data Science",
    // "Financial Planning and Analysis"): a short Title Case line that is no heading or sentence.
    const first = lines.find((l) => l.trim());
    const l = first ? clean(first) : '';
    if (l && l.split(' ').length <= 6 && !/[.!?:,]$/.test(l) && !/^(?:(?:we'?re\s+|now\s+)?hiring|careers?|jobs?|openings?|vacanc(?:y|ies)|join\s+us)$/i.test(l) && !jobHeadingKind(first!) && !isChromeLine(first!) && /^[\p{Lu}0-9]/u.test(l)
      && l.split(' ').every((w) => /^[\p{Lu}0-9&(]/u.test(w) || /^(?:and|of|in|for|the|to|&)$/.test(w))) title = l;
  }
  if (!company) {
    // Inner dots are part of a name ("Login.gov", "Amazon.com"); a sentence's full stop is not.
    const word = "[\\p{Lu}][\\p{L}0-9&'-]*(?:\\.[\\p{L}0-9]+)*";
    // "Code for America", "Bank of England": a name may join its words with a small one.
    const name = `(${word}(?:[ \\t]+(?:(?:for|of|and|de|du|la)[ \\t]+)?${word}){0,3})`;
    // "We are physically based at UCT": a place, not the employer.
    const named = (m: RegExpMatchArray | null) => {
      const found = m?.[1]?.replace(/'s$/, '').trim();
      return found && !hasTitleWord(found) && !NOT_COMPANIES.has(found.toLowerCase()) ? found : null;
    };
    // "You are a generalist ... Electric is a devtools startup": a sentence that opens with a
    // pronoun is passed over for the next one that opens with a name.
    const openers = [...text.matchAll(new RegExp(`^${name}[ \\t]+(?:is|are)[ \\t]+(?:hiring|looking|seeking|a|an|the)\\b`, 'gmu'))];
    company = named(text.match(new RegExp(`\\b(?:join|(?<!\\b(?:based|located|headquartered|housed|offices?)[ \\t]+)at)[ \\t]+${name}(?=[,.!\\s])`, 'u')))
      ?? openers.map(named).find(Boolean)
      ?? named(text.match(new RegExp(`^[#*_ \\t]*(?:about|About|ABOUT)[ \\t]+(?!the\\b|us\\b|you\\b|The\\b|Us\\b|You\\b|THE\\b|US\\b)${name}[*_ \\t]*:?[ \\t]*$`, 'mu')))
      ?? null;
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
  if (title) {
    const m = title.match(/^(.*?)\s+[-–—|]\s+(.+)$/);
    if (m && namesSkills(m[2]!) && hasTitleWord(m[1]!)) { stack ??= m[2]!; title = m[1]!; }
  }
  let cleaned = title ? cleanTitle(title) || title : null;
  if (cleaned) {
    const lead = employerLead(cleaned, company, lines.join('\n'), namesSkills);
    if (lead) { company ??= lead; cleaned = cleaned.slice(lead.length).trim(); }
  }
  const { title: main, also } = cleaned ? splitAlsoTitled(cleaned) : { title: null, also: [] as string[] };
  if (headingTitle) also.push(headingTitle);
  // "This is a system manager job"; "Now we're hiring a Senior Data Engineer" under another title.
  for (const found of [NAMED_IN_SENTENCE.exec(text)?.[1], sentenceTitle]) {
    const named = found ? singularTitle(found) : found;
    if (named && hasTitleWord(named) && !also.includes(named) && named.toLowerCase() !== main?.toLowerCase()) also.push(named);
  }
  return { title: main, company, stack, otherTitles: main ? also : [] };
}

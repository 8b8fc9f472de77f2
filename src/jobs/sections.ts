import { getJobVocabulary } from './vocabulary.js';
import { getVocabulary } from '../resume/vocabulary.js';
import { wordCharLength, wordCharLengthBefore } from '../skills/tokens.js';
import { collapseWhitespace } from '../text/whitespace.js';

export type JobSectionKind = 'required' | 'preferred' | 'neutral' | 'boilerplate';

const MAX_HEADING_WORDS = 8;
/** Words that may follow a heading's phrase in a Title Case heading ("Skills & Qualifications"). */
const HEADING_WORDS = new Set(('and skills skill experience experiences qualifications qualification requirements requirement required '
  + 'preferred knowledge abilities education competencies background profile expertise needed desired must have haves '
  + 'technical minimum basic key core additional the of your our role position job tasks duties responsibilities benefits '
  + 'perks culture compensation details summary overview expectations needs specification specifications spec specs').split(' '));
/** Emoji and other pictographs people put in front of headings ("🚀 What you'll do"). */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{20E3}\u{1F1E6}-\u{1F1FF}]/u;

/** Contractions that are no word without their apostrophe, by how they are typed without it ("whats"). */
const CONTRACTIONS = new Map(["what's", "you'll", "you're", "you've", "you'd", "we've", "they'll", "they're", "don't", "doesn't", "isn't", "aren't"]
  .map((c) => [c.replace("'", ''), c]));
const BARE_CONTRACTION = new RegExp(`\\b(?:${[...CONTRACTIONS.keys()].join('|')})\\b`, 'g');

/** A heading or phrase as compared: lower case, curly quotes and hyphens folded, decoration stripped. */
export function headingKey(line: string): string {
  let key = line.toLowerCase();
  if (key.includes('’') || key.includes('‘') || key.includes('`')) key = key.replace(/[’‘`]/g, "'");
  key = stripDecoration(key);
  // "2. Requirements", "IV) Benefits": numbered headings.
  if (/^[\divx]/.test(key)) key = key.replace(/^(?:\d{1,2}|[ivx]{1,4})[.)]\s+(?=\p{L})/u, '');
  if (key.includes('-')) key = key.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  // "Experience/Requirements:", "Skills/Qualifications": the words either side of a slash are words.
  if (key.includes('/')) key = key.replace(/(?<=\p{L})\/(?=\p{L})/gu, ' / ');
  // "Prefered Qualifications": the common misspelling heads the same list.
  if (key.includes('prefered')) key = key.replace(/\bprefered\b/g, 'preferred');
  // "Whats in it for you", "What youll do": a contraction typed without its apostrophe.
  key = key.replace(BARE_CONTRACTION, (word) => CONTRACTIONS.get(word)!);
  return collapseWhitespace(key).trim();
}

/**
 * Everything before the first letter or digit and after the last one (a closing parenthesis may
 * end it): what /^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu removes, without trying that pattern at
 * every position of every line and sentence.
 */
function stripDecoration(s: string): string {
  let start = 0;
  while (start < s.length && wordCharLength(s, start) === 0) start++;
  if (start === s.length) return '';
  let end = s.length;
  while (end > start && s.charCodeAt(end - 1) !== CLOSE_PAREN && wordCharLengthBefore(s, end) === 0) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
const CLOSE_PAREN = 41;

let keyed: { required: Set<string>; preferred: Set<string>; neutral: Set<string>; boilerplate: Set<string> } | null = null;
function headingLists() {
  if (keyed) return keyed;
  const v = getJobVocabulary();
  const k = (list: string[]) => new Set(list.map(headingKey).filter(Boolean));
  keyed = { required: k(v.requiredHeadings), preferred: k(v.preferredHeadings), neutral: k(v.neutralHeadings), boilerplate: k(v.boilerplateHeadings) };
  return keyed;
}

/**
 * One post's reading asks the same questions of each line several times (masking boilerplate,
 * classifying lines, splitting sentences, finding the title): inside `readingOnePost`, each line's
 * answers are worked out once. Outside it nothing is kept.
 */
interface LineAnswers {
  heading: Map<string, JobSectionKind | null>;
  inline: Map<string, JobSectionKind | null>;
  boilerplate: Map<string, boolean>;
  chrome: Map<string, boolean>;
}
let answers: LineAnswers | null = null;

export function readingOnePost<T>(read: () => T): T {
  const outer = answers;
  answers = { heading: new Map(), inline: new Map(), boilerplate: new Map(), chrome: new Map() };
  try {
    return read();
  } finally {
    answers = outer;
  }
}

function remembered<V>(pick: (a: LineAnswers) => Map<string, V>, line: string, work: (line: string) => V): V {
  if (!answers) return work(line);
  const map = pick(answers);
  const known = map.get(line);
  if (known !== undefined) return known;
  const value = work(line);
  map.set(line, value);
  return value;
}

/** The kind of section a line opens, or null when it is not a heading. */
export function jobHeadingKind(line: string): JobSectionKind | null {
  return remembered((a) => a.heading, line, headingKindOf);
}

const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
const FRAMING_WORD = /^(?:your|our|the|my) (?=\S)/;
/** "you ...", "are you ...", but not "you will", "you'll", "you would", "you'd" (duties and offers). */
const CANDIDATE_LEAD_IN = /^(?:are you|you)(?!'ll\b|'d\b| will\b| would\b)\s/;
/** "Why you'll love working here", "What it's like to work at Acme", "Life at Acme", "Why join us". */
const PITCH_HEADING = /^(?:what it(?: is|'s) like to work\b|why (?:you'll|you will|you'd|you would) (?:like|love|enjoy) (?:working|it|us)\b|why (?:join|work (?:with|at|for))\b|life at \S)|\bwhy (?:you'll|you will) (?:like|love|enjoy) working\b/;
const MAX_PITCH_HEADING_WORDS = 16;
/** "salary, benefits, and logistics": pay first, then only pay and terms, however joined. */
const PAY_AND_TERMS = /^(?:salary|compensation|benefits|perks|pay)(?:\s*,?\s*(?:(?:and|&)\s+)?(?:salary|compensation|benefits|perks|pay|logistics|rewards|location|hours|contract)\b)*$/;

/** Words that qualify a heading without changing its kind: "Necessary Skills", "Relevant experience". */
const HEADING_QUALIFIER = /^(?:(?:necessary|essential|relevant|important|general|specific|professional|main|primary|overall|other|key|core|minimum|basic|technical) )+(?=\S)/;
/** A verb that announces the list below the heading: "Responsibilities include", "Duties will include". */
const LIST_VERB = /(?: (?:will|may|might|would|can) | )(?:include|includes|involve|involves|are|will be)$/;

/** A clause that says who wants the list: "Qualifications and skills we are looking for", "Skills you'll need". */
const WHO_WANTS_TAIL = / (?:that |which )?(?:we(?:'re| are) (?:looking for|seeking|hoping for)|we(?:'d)? (?:need|want|value|expect|require|look for|love to see|like to see)|you(?:'ll| will)? (?:need|bring))$/;
/** "More about us", "A bit about Acme": words before "about" that change nothing. */
const ABOUT_LEAD = /^(?:more|a (?:little )?(?:bit|little)(?: more)?|a few words)(?= about\b) /;
/** "Here are some of the things you'll do", "Things you'll work on": the duties, however introduced. */
const DUTIES_LEAD_IN = /^(?:here(?: are|'s| is) )?(?:(?:some|a few|a sample|examples) of )?(?:the )?(?:things|work|tasks|projects) (?:that )?you(?:'ll| will| would| might)? (?:do|be doing|work on|take on|tackle|focus on|be working on)$/;

function withoutLeadInAndTail(key: string): string {
  const q = HEADING_QUALIFIER.exec(key);
  const rest = q ? key.slice(q[0].length) : key;
  return rest.replace(LIST_VERB, '').replace(WHO_WANTS_TAIL, '') || key;
}

function spacesIn(key: string): number {
  let n = 0;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

function headingKindOf(line: string): JobSectionKind | null {
  const raw = line.trim();
  if (!raw || raw.length > 80) return null;
  const key = headingKey(raw);
  if (!key) return null;
  // "What it is like to work at 2i2c and why you'll like working with us": the pitch's heading may
  // run long, and what it opens is the employer's, whatever the words between.
  if (spacesIn(key) < MAX_PITCH_HEADING_WORDS && !/[.!,;]$/.test(raw) && PITCH_HEADING.test(key)) return 'boilerplate';
  // "We'd especially like to get to know you if:", "This role is for you if:": who should apply,
  // however many words it takes to say so.
  if (/:$/.test(raw) && spacesIn(key) < MAX_PITCH_HEADING_WORDS && /\byou\b/.test(key) && /\bif$/.test(key)
    && !/\b(?:bonus|extra|plus|even better|great|nice|ideally|stand out)\b/.test(key)) return 'required';
  if (spacesIn(key) >= MAX_HEADING_WORDS) return null;
  // A heading stands alone: ends with a colon, is a markdown heading, bold, shouty, opens with an
  // emoji, or is short.
  const marked = /:$/.test(raw) || /^#{1,6}\s/.test(raw) || /^(?:\*\*|__).*(?:\*\*|__):?$/.test(raw)
    || (raw === raw.toUpperCase() && TWO_LETTERS.test(raw)) || PICTOGRAPH.test(raw.slice(0, 3));
  // A sentence is not a heading, however it starts ("Experience with X is a plus."); a question can be.
  if (/[.!]$/.test(raw) && !marked) return null;
  // "Skills & Qualifications", "Required Skills/Experience": a short Title Case line that is no list
  // item may open with a heading's words (but "Java Experience" does not end one).
  const words = raw.split(/\s+/);
  const titleCase = !marked && !/^[-*•·▪◦●+]/.test(raw) && words.length >= 2 && words.length <= 6 && !/[,;]/.test(raw)
    && words.every((w) => !/^\p{L}{4,}/u.test(w) || /^\p{Lu}/u.test(w));
  const l = headingLists();
  // "Additional desired experience", "Tasks & required skills/experience", "Compensation & role
  // details": a short sentence-case line on its own that names a section's kind is that section's heading.
  // A short question on its own line ("Why should you join us?") is heading-shaped too.
  // The clause that says who wants the list does not count against the length.
  const tailWords = WHO_WANTS_TAIL.exec(key)?.[0].trim().split(' ').length ?? 0;
  const plain = !marked && !titleCase && /^\p{Lu}/u.test(raw) && !/^[-*•·▪◦●+]/.test(raw) && words.length >= 2 && words.length - tailWords <= 6
    && !/[,;.!]|\?(?!$)|\d/.test(raw);
  if ((marked || plain || words.length <= MAX_HEADING_WORDS) && !/[.!,;]$/.test(raw) && DUTIES_LEAD_IN.test(key.replace(/:$/, ''))) return 'neutral';
  // "Your primary responsibilities", "The benefits": a possessive or article before a heading's
  // words frames it and changes nothing. On a line that stands alone, so do qualifiers before it
  // ("Necessary Skills and Experience", "Your relevant skills and experience") and a verb that
  // announces the list after it ("Responsibilities include").
  const framed = FRAMING_WORD.exec(key) ?? ABOUT_LEAD.exec(key);
  const unframed = framed ? key.slice(framed[0].length) : key;
  const bare = marked || titleCase || plain ? withoutLeadInAndTail(unframed) : unframed;
  // "- Experience with some of the following:" inside a list leads in its own sub-list: a list item
  // is a heading only when it is one whole ("- Responsibilities:"), not when a heading's word opens it.
  const loose = marked && !/^[-*•·▪◦●+]\s/.test(raw);
  const matches = (list: Set<string>) => headingIn(list, key, loose, titleCase)
    || (framed !== null && headingIn(list, unframed, loose, titleCase))
    || (bare !== unframed && headingIn(list, bare, loose, titleCase));
  if (matches(l.preferred) || ((marked || plain || titleCase) && /\b(?:nice|preferred|bonus|plus|pluses|desired|desirable|beneficial|advantageous)\b/.test(key))) return 'preferred';
  if (plain && /\b(?:required|requirements|qualifications|must haves?)\b/.test(key)) return 'required';
  if (plain && /^(?:compensation|benefits|perks|salary|pay)\b/.test(key)) return 'boilerplate';
  // "Details of the position and compensation", "Salary and position details": the terms of the job.
  if ((marked || plain || titleCase) && /\b(?:compensation|salary|pay|benefits)\b/.test(key) && /\b(?:details|terms)\b/.test(key)) return 'boilerplate';
  // "Salary, Benefits, and Logistics": a short line that opens with pay or benefits and names only
  // such things, commas and all.
  if (!marked && words.length <= 6 && !/[.!?]$/.test(raw) && PAY_AND_TERMS.test(key)) return 'boilerplate';
  // "What to expect once you apply:", "How to apply for this job": the hiring process, not the job.
  if ((marked || plain || titleCase) && /\b(?:apply|applying)\b/.test(key) && !/\bwho (?:should|can|may) apply\b/.test(key)) return 'boilerplate';
  // "What we offer in return": a benefits heading that runs on.
  // ("Who Are We Looking For?" opens with "who are we", but is a heading of its own.)
  const known = l.required.has(bare) || l.neutral.has(bare) || l.preferred.has(bare);
  if ((plain || titleCase) && !known && wordPrefixes(key).some((head) => head.includes(' ') && l.boilerplate.has(head))) return 'boilerplate';
  // "You "get it":", "Are you our new team member?": a lead-in that speaks of the candidate opens
  // what they should bring ("You will:" and "You'll do:" open the duties).
  if ((marked || plain) && CANDIDATE_LEAD_IN.test(key)) return 'required';
  if (/^about (?:the (?:role|team|job|position|opportunity|work)|this (?:role|job|position|opportunity)|you\b|the candidate)/.test(key)) {
    return /^about you\b|candidate/.test(key) ? 'required' : 'neutral';
  }
  // "About OLS and this role": the blurb goes on to describe the job.
  if (/^about\b.*\b(?:and|&)\s+(?:the|this|our|your)\s+(?:role|job|position|opportunity|work)$/.test(key)) return 'neutral';
  // "About Acme" on its own line opens the company's blurb, marked or not.
  // ("About rOpenSci": a name may open in lower case when a capital follows.)
  const aboutName = /^(?:about|About|ABOUT)\s+(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})/u.test(raw.replace(/^[^\p{L}]+/u, '')) && key.split(' ').length <= 5 && !/[,;]/.test(raw);
  if (matches(l.boilerplate) || ((marked || aboutName) && /^about (?!the role|the team|you\b)/.test(key))) return 'boilerplate';
  if (matches(l.required)) return 'required';
  if (matches(l.neutral)) return 'neutral';
  // "3. CHALLENGES", "7. VALUES AND RULES OF BEHAVIOR": a shouted heading the vocabulary
  // does not know still ends the section before it; what it holds is read as the job's prose.
  // (Not a title in capitals: "DEVOPS ENGINEER" on the first line is the job.)
  if (raw === raw.toUpperCase() && TWO_LETTERS.test(raw) && !/[,;]/.test(raw) && words.length <= 6
    && !key.split(/[^a-z-]+/).some((w) => getVocabulary().titleWords.has(w))) return 'neutral';
  return null;
}

/**
 * Is the key one of the headings, or (marked) one with words before or after it, or (Title Case)
 * one followed only by heading words ("Skills & Qualifications")? Looked up by the key's word
 * prefixes and suffixes: a post asks this of every short line, against hundreds of headings.
 */
function headingIn(headings: Set<string>, key: string, marked: boolean, titleCase: boolean): boolean {
  if (headings.has(key)) return true;
  if (!marked && !titleCase) return false;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
    if (headings.has(key.slice(0, i)) && (marked || key.slice(i).split(/[\s&/+]+/).every((w) => !w || HEADING_WORDS.has(w)))) return true;
    if (marked && headings.has(key.slice(i + 1))) return true;
  }
  return false;
}

/** "what we offer in" for "what we offer in return": the key up to each of its spaces. */
function wordPrefixes(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) out.push(key.slice(0, i));
  return out;
}

/** "Requirements: 4+ years of ..." opens a section and starts its text on the same line. */
export function inlineHeading(line: string): JobSectionKind | null {
  return remembered((a) => a.inline, line, inlineHeadingOf);
}

function inlineHeadingOf(line: string): JobSectionKind | null {
  const m = line.match(/^\s*[#*_]*([A-Za-z][A-Za-z' &/-]{2,40}?)[*_]*\s*:\s*\S/);
  if (!m) return null;
  return jobHeadingKind(m[1]! + ':');
}

/** Page furniture copied with the post ("Show more", "Apply now", "Reposted 2 weeks ago"). */
export function isChromeLine(line: string): boolean {
  return remembered((a) => a.chrome, line, isChromeLineOf);
}

function isChromeLineOf(line: string): boolean {
  if (!chromeStart().test(line.toLowerCase().replace(/[’‘`]/g, "'"))) return false;
  const key = collapseWhitespace(headingKey(line).replace(/[:|·•]/g, ' '));
  if (!key) return false;
  if (/^(?:over )?\d[\d,]* (?:applicants|applications|people clicked apply)\b/.test(key)) return true;
  // "Reposted 2 weeks ago", "Job ID R-10482": a chrome label followed by a number or date.
  const labels = chromeLabelsByFirstWord().get(key.slice(0, (key.indexOf(' ') + 1 || key.length + 1) - 1));
  return labels !== undefined && labels.some((c) => key === c || (key.startsWith(c + ' ') && /\d/.test(key.slice(c.length))));
}

/**
 * What a chrome line's key can start with, tested on the line itself (lower case, before
 * headingKey's work): a label's first word, a count ("1,204 applicants", "Over 200 ..."), after
 * the decoration and numbering headingKey strips. Nearly every sentence of a post fails it.
 */
let chromeStartPattern: RegExp | null = null;
function chromeStart(): RegExp {
  if (chromeStartPattern) return chromeStartPattern;
  const words = [...chromeLabelsByFirstWord().keys(), 'over'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  chromeStartPattern = new RegExp(`^[^a-z0-9]*(?:(?:\\d{1,2}|[ivx]{1,4})[.)]\\s+)?(?:\\d|${words.join('|')})`);
  return chromeStartPattern;
}

/** The chrome labels by their first word: most lines and sentences share no first word with any. */
let chromeLabels: Map<string, string[]> | null = null;
function chromeLabelsByFirstWord(): Map<string, string[]> {
  if (chromeLabels) return chromeLabels;
  chromeLabels = new Map();
  for (const c of getJobVocabulary().chromeLines) {
    const first = c.split(' ')[0]!;
    chromeLabels.set(first, [...(chromeLabels.get(first) ?? []), c]);
  }
  return chromeLabels;
}

export function isBoilerplateLine(line: string): boolean {
  return remembered((a) => a.boilerplate, line, isBoilerplateLineOf);
}

/**
 * Does the text contain any of the phrases (as `text.includes(phrase)` for each would say)? One
 * pattern of the escaped phrases, built once per list: one scan instead of one per phrase.
 */
const phrasePatterns = new WeakMap<readonly string[], RegExp>();
/** The phrases as one regular-expression alternation, each taken literally. */
function alternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function containsAny(text: string, phrases: readonly string[]): boolean {
  let re = phrasePatterns.get(phrases);
  if (!re) {
    re = phrases.length === 0 ? /(?!)/ : new RegExp(alternation(phrases));
    phrasePatterns.set(phrases, re);
  }
  return re.test(text);
}

function isBoilerplateLineOf(line: string): boolean {
  return containsAny(line.toLowerCase(), getJobVocabulary().boilerplatePhrases) || isChromeLine(line);
}

export function hasPreferredMarker(line: string): boolean {
  const lower = line.toLowerCase().replace(/[’‘]/g, "'");
  return containsAny(lower, getJobVocabulary().preferredMarkers)
    // "would be a big plus", "is a strong advantage", "is considered an asset"
    || /\b(?:is|are|be|as|considered)\s+(?:an?\s+)?(?:\w+\s+)?(?:plus|bonus|advantage|asset)\b/.test(lower)
    // "open source experience a strong plus": the wish with its article, no verb.
    || /\ban?\s+(?:big|strong|huge|definite|real|great|major|distinct)\s+(?:plus|bonus|advantage|asset)\b/.test(lower)
    // "- Experience with data processing and ETL beneficial": the wish closes the line.
    || /\b(?:beneficial|advantageous)\s*[.;!]?\s*$/.test(lower)
    // "No prior experience in cryptocurrency or blockchain is required": what is not asked.
    || /\bno\s+(?:prior\s+|previous\s+|formal\s+|professional\s+)?(?:experience|knowledge|background|expertise|familiarity)\b[^.;!?]*?\b(?:is|are)\s+(?:required|needed|necessary|expected)\b/.test(lower);
}

/** A line of prose that ends in a colon, introducing the list below it ("... at least some of the following:"). */
const LEAD_IN = /^\s*\p{Lu}[^:]{12,200}:\s*$/u;
let wishPattern: RegExp | null = null;
/** Does a lead-in line wish (data/job-vocabulary.json `wishLeadInMarkers`, as whole words)? */
function wishes(line: string): boolean {
  if (!wishPattern) {
    const markers = getJobVocabulary().wishLeadInMarkers;
    wishPattern = markers.length === 0 ? /(?!)/ : new RegExp(`\\b(?:${alternation(markers)})\\b`, 'i');
  }
  return wishPattern.test(line);
}

/** "Desired Skills & Experience", "Desired qualifications": wished for, in a word that also means wanted ("Desirable" beside "Essential" means a plus). */
const DESIRED_HEADING = /^desired\b/;

/** Each line's section kind; text before the first heading is neutral (the intro). */
export function classifyJobLines(lines: string[]): { kinds: (JobSectionKind | 'heading')[]; hasSplit: boolean } {
  const kinds: (JobSectionKind | 'heading')[] = [];
  let current: JobSectionKind = 'neutral';
  let hasSplit = false;
  /** Lines under a "Desired skills" heading: the asks themselves when the post has no other list of them. */
  const desired = new Set<number>();
  let desiredList = false;
  for (const line of lines) {
    const inline = inlineHeading(line);
    if (inline) {
      // "Location: Austin, TX" labels its own line; the text under it is not the label's.
      if (inline !== 'boilerplate') current = inline;
      if (inline === 'required' || inline === 'preferred') hasSplit = true;
      kinds.push(inline);
      continue;
    }
    // "It would be good if you have experience with at least some of the following:": a lead-in
    // that wishes opens a list of wishes, as a "Nice to have" heading would.
    if (current !== 'boilerplate' && LEAD_IN.test(line) && wishes(line)) {
      current = 'preferred';
      hasSplit = true;
      kinds.push('preferred');
      continue;
    }
    const heading = jobHeadingKind(line);
    if (heading) {
      current = heading;
      desiredList = heading === 'preferred' && DESIRED_HEADING.test(headingKey(line));
      if (heading === 'required' || heading === 'preferred') hasSplit = true;
      kinds.push('heading');
      continue;
    }
    const kind = isBoilerplateLine(line) ? 'boilerplate' : current;
    if (kind === 'preferred' && desiredList) desired.add(kinds.length);
    kinds.push(kind);
  }
  // "Desired Skills & Experience" as the post's only list of asks (Weblate): what it desires is
  // what it asks. Beside a list of requirements it is the nice-to-haves.
  if (desired.size > 0 && !kinds.includes('required')) for (const i of desired) kinds[i] = 'required';
  return { kinds, hasSplit };
}

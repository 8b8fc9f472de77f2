import { tokenize, fold, type Token } from './tokens.js';
import type { Lexicon, SkillPhrase } from './lexicon.js';
import { BULLET_MARKER_RE } from '../text/bullet-marker.js';
import { withoutRedefinedAcronyms } from './acronyms.js';
import { inTheirSense } from './senses.js';

export interface SkillHit {
  id: string;
  /** The words as written in the text ("Postgres"). */
  surface: string;
  line: number;
  start: number;
  /** Where the words that name it end: for a member of a shared list, the member's own words ("quantitative" of "quantitative and qualitative research"). */
  end: number;
}

export interface MatchOptions {
  /** Lines (0-based) that belong to a skills section: ambiguous names count there. */
  skillLines?: ReadonlySet<number>;
  /**
   * Lines of a post's duty list ("- Scheduling ... meetings"): an everyday word that opens the duty
   * or is written in lower case counts, but a capitalised name mid-line stays a name
   * ("International Reference Teams").
   */
  dutyLines?: ReadonlySet<number>;
  /**
   * The text is written without capitals (a post all in lower case, "tauri, rust, and typescript"):
   * there a lower-case name says nothing against a product, so the capitalised-name rules read it as
   * capitalised, and it still needs a list, a skills line or technical words to count. Judged from
   * the text when not given (see isCaseless).
   */
  caseless?: boolean;
}

/** Fewer capitals than this share of the letters: a text written in lower case, not prose with names in it. */
const CASELESS_CAPITALS = 0.003;
/** A short text (a keyword, a title) is often lower case for no reason worth reading. */
const CASELESS_MIN_LETTERS = 400;

/** Is the text long and written without capitals? Real prose capitalises about 1-5 % of its letters. */
export function isCaseless(text: string): boolean {
  // Keywords and title parts are matched one by one: too short to count, so not counted.
  if (text.length < CASELESS_MIN_LETTERS) return false;
  // ASCII letters only: a count, and this runs on every resume and post.
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) { letters++; capitals++; }
  }
  return letters >= CASELESS_MIN_LETTERS && capitals < letters * CASELESS_CAPITALS;
}

/** Words that, right after an ambiguous name, show it is ordinary English ("Go to market"). */
const FUNCTION_WORDS = new Set([
  'to', 'the', 'a', 'an', 'on', 'of', 'in', 'into', 'at', 'ahead', 'live', 'through', 'over', 'back', 'up',
  'out', 'forward', 'beyond', 'above', 'is', 'was', 'were', 'are', 'be', 'been', 'season', 'semester', 'term',
  'break', 'quarter', 'festival', 'fair', 'day', 'week', 'weekend', 'morning', 'evening', 'night',
  // A determiner after the name makes it a verb: "Combine those things", "Swift that ...".
  'those', 'these', 'this', 'that', 'your', 'our', 'their', 'them', 'its',
]);

/** After an everyday word written in lower case, these make it the word ("react with discretion"). */
const VERB_FOLLOWERS = new Set(['with', 'to', 'quickly', 'appropriately', 'accordingly', 'calmly', 'positively', 'promptly']);

/** Titles before a name ("Mr. Swift", "Dr. Jenkins"): what follows is a person. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'mme', 'st']);

/** Words anywhere near an ambiguous name (same sentence, four words either side) that show it is technical. */
const TECH_CONTEXT = new Set([
  'programming', 'language', 'languages', 'framework', 'frameworks', 'developer', 'developers', 'engineer',
  'engineers', 'code', 'coding', 'backend', 'frontend', 'stack', 'lang', 'library', 'libraries', 'sdk', 'api',
  'apis', 'services', 'microservices', 'tools', 'tooling', 'tech', 'technologies', 'technology', 'proficient',
  'proficiency', 'scripts', 'scripting', 'tests', 'testing', 'components',
  'runtime', 'cli', 'codebase', 'repo', 'repository', 'modules', 'plugin', 'plugins', 'queries', 'cluster',
  'clusters', 'pipelines', 'pipeline', 'dag', 'dags', 'server', 'servers', 'database', 'databases', 'stacks', 'platforms',
]);

/** Verbs that show technology only right before the name, with at most "in"/"with"/"on" between ("built in Go"). */
const TECH_VERBS = new Set(['built', 'written', 'wrote', 'using', 'rewrote', 'rewritten', 'implemented', 'developed', 'coded', 'ported', 'migrated']);
const TECH_VERB_LINKS = new Set(['in', 'with', 'on', 'to', 'using']);

/** "experience with", "knowledge of", "proficient in" right before a capitalised name: a job post asking for a skill. */
const ASKING = new Map<string, Set<string>>([
  ['with', new Set(['experience', 'experienced', 'familiarity', 'familiar', 'proficiency', 'proficient', 'expertise', 'comfortable', 'fluency'])],
  ['in', new Set(['experience', 'experienced', 'proficiency', 'proficient', 'expertise', 'skilled', 'fluent', 'fluency', 'background', 'skills'])],
  ['of', new Set(['knowledge', 'understanding', 'command', 'mastery'])],
]);

/** Words before "at" that make it a skill level, not an employer ("proficient at Excel"). */
const PROFICIENCY = new Set(['proficient', 'adept', 'skilled', 'expert', 'experienced', 'fluent', 'good', 'strong', 'advanced', 'competent']);

const LIST_SEPARATORS = new Set([',', '|', '•', '/', ';', '·', '(', ')', ':', '', '▪', '◦', '●', '–', '—', '-', '&', '+']);

interface Candidate { phrase: SkillPhrase; index: number; length: number }

/**
 * Finds lexicon skills in text: longest phrase wins at each position (so "SQL Server" is not also
 * "SQL"), multi-word phrases meet their inflections through stems ("unit tests" ~ "unit testing"),
 * ordinary phrases ("R&D", "C-suite", "an agile mind") are read and dropped, and ambiguous names
 * ("Go", "R", "Swift") count only in a list with other skills, in a skills section, or next to
 * technical context in the same sentence.
 */
export function findSkills(text: string, lexicon: Lexicon, given: MatchOptions = {}): SkillHit[] {
  return withoutRedefinedAcronyms(inTheirSense(skillHits(text, lexicon, given), lexicon), text, lexicon,
    (words) => skillHits(words, lexicon, { skillLines: new Set([0]) }).map((h) => h.id));
}

function skillHits(text: string, lexicon: Lexicon, given: MatchOptions): SkillHit[] {
  const options = { ...given, caseless: given.caseless ?? isCaseless(text) };
  const tokens = tokenize(text);
  const sentence = sentenceIds(tokens, text);
  const hits: SkillHit[] = [];
  const pending: Candidate[] = [];
  /** The skill ending at each token index, for "Python or R". */
  const endsAt = new Map<number, string>();
  /** Token indexes read as part of a skill spelling (clear or pending), for the "between capitalised names" check. */
  const covered = new Set<number>();
  /** Clear phrases of two words or more, for "project and programme management". */
  const clearPhrases: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = longestPhraseAt(tokens, i, lexicon, text);
    if (!phrase) { i++; continue; }
    const length = phrase.norms.length;
    if (!phrase.stop) {
      for (let k = i; k < i + length; k++) covered.add(k);
      if (phrase.ambiguous || (phrase.lowercaseWord && readsAsWord(tokens, i, sentence))) pending.push({ phrase, index: i, length });
      else {
        hits.push(hitOf(phrase, tokens, i, length, text));
        endsAt.set(i + length - 1, phrase.id);
        if (length > 1) clearPhrases.push({ phrase, index: i, length });
      }
    }
    i += length;
  }
  for (const c of clearPhrases) hits.push(...sharedHead(c, tokens, sentence, text, lexicon, covered), ...sharedModifier(c, tokens, sentence, text, lexicon, covered));
  if (pending.length === 0) return hits.sort((a, b) => a.start - b.start);
  // Ambiguous names are judged after the clear ones are known, so "Go and Python" counts.
  const clearBySentence = new Map<number, number[]>();
  const softBySentence = new Map<number, number[]>();
  for (const h of hits) {
    const s = sentence[tokenIndexAt(tokens, h.start)]!;
    // A soft skill nearby ("customer support") says nothing about an acronym or a product name.
    const into = lexicon.get(h.id)?.category === 'soft' ? softBySentence : clearBySentence;
    into.set(s, [...(into.get(s) ?? []), h.start]);
  }
  const listItems = new Map<number, Set<string>>();
  for (const c of pending) {
    if (isListItem(tokens, c.index, c.length, text)) {
      const s = sentence[c.index]!;
      listItems.set(s, (listItems.get(s) ?? new Set()).add(c.phrase.id));
    }
  }
  const withSoft = mergeMaps(clearBySentence, softBySentence);
  for (const c of pending) {
    const clear = lexicon.get(c.phrase.id)?.category === 'soft' ? withSoft : clearBySentence;
    if (acceptAmbiguous(c, tokens, sentence, text, lexicon, options, clear, listItems, covered)
      || coordinated(endsAt, c, tokens, sentence, text, lexicon, covered, options.caseless)) {
      hits.push(hitOf(c.phrase, tokens, c.index, c.length, text));
      endsAt.set(c.index + c.length - 1, c.phrase.id);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Words that join the members of a shared-head list ("project and programme management"). */
const HEAD_LINKS = new Set(['and', 'or']);

/** A word of a phrase put together from a list: as written (norm) and inflection-folded (stem). */
interface ListWord { norm: string; stem: string }
const listWords = (ts: readonly Token[]): ListWord[] => ts.map((t) => ({ norm: t.norm, stem: fold(t.norm) }));
const phraseWords = (p: SkillPhrase, from: number, to?: number): ListWord[] =>
  p.norms.slice(from, to).map((norm, j) => ({ norm, stem: p.stems[from + j]! }));

/** The clear lexicon phrase spelled by exactly these words, if any ("project" + "management"). */
function phraseOf(words: ListWord[], lexicon: Lexicon): SkillPhrase | undefined {
  return lexicon.phrasesAt(words[0]!.norm, words[1]?.stem).find((p) => !p.stop && !p.ambiguous
    && p.norms.length === words.length && words.every((w, j) => p.norms[j] === w.norm || p.stems[j] === w.stem));
}

/**
 * "Project and programme management", "unit, integration and end-to-end testing", "budget & financial
 * management": words listed before a found phrase share its last words, as a recruiter reads them,
 * so each member that makes a lexicon phrase with those words ("project management", "unit testing")
 * is found too. A member that is itself part of a skill ("Python and data analysis") is left alone.
 */
function sharedHead(c: Candidate, tokens: readonly Token[], sentence: number[], text: string, lexicon: Lexicon, covered: ReadonlySet<number>): SkillHit[] {
  // The head the members share is the phrase's last word ("testing" of "end-to-end testing").
  const tail = phraseWords(c.phrase, c.length - 1);
  const out: SkillHit[] = [];
  let k = c.index; // the first token of the member list read so far
  for (let members = 0; members < 4; members++) {
    // The link before the list read so far: "and" / "or" as a word, or "&" / "," in the gap.
    let end = k - 1;
    const linkWord = tokens[end];
    if (!linkWord || sentence[end] !== sentence[c.index]) break;
    if (HEAD_LINKS.has(linkWord.norm)) {
      if (!/^\s+$/.test(text.slice(linkWord.end, tokens[k]!.start))) break;
      end--;
      // "quantitative and/or qualitative research": "and/or" is one link.
      if (linkWord.norm === 'or' && tokens[end]?.norm === 'and' && text.slice(tokens[end]!.end, linkWord.start) === '/') end--;
    } else if (members === 0 ? !/^\s*[&/]\s*$/.test(text.slice(linkWord.end, tokens[k]!.start)) : !/^\s*,\s*$/.test(text.slice(linkWord.end, tokens[k]!.start))) {
      // The member next to the phrase is joined by and / or / & / a slash ("project/programme
      // management"): a comma alone ends one noun phrase and starts another ("program operations,
      // volunteer management").
      break;
    }
    const member = tokens[end];
    if (!member || sentence[end] !== sentence[c.index] || covered.has(end)) break;
    // A hyphenated member ("front-end and back-end development") is read whole, and so is a member
    // of up to three words ("functional, end to end, regression and user acceptance testing").
    let first = end;
    const before = tokens[end - 1];
    if (before && text.slice(before.end, member.start) === '-' && !covered.has(end - 1)) first = end - 1;
    let found = phraseOf([...listWords(tokens.slice(first, end + 1)), ...tail], lexicon);
    for (let f = first - 1; !found && f >= first - 2 && f >= 0; f--) {
      if (covered.has(f) || sentence[f] !== sentence[c.index] || !/^[\s-]+$/.test(text.slice(tokens[f]!.end, tokens[f + 1]!.start))) break;
      const longer = phraseOf([...listWords(tokens.slice(f, end + 1)), ...tail], lexicon);
      if (longer) { found = longer; first = f; }
    }
    const words = tokens.slice(first, end + 1);
    if (found && found.id !== c.phrase.id) {
      const last = tokens[c.index + c.length - 1]!;
      out.push({ id: found.id, surface: `${text.slice(words[0]!.start, words[words.length - 1]!.end)} … ${text.slice(last.start, last.end)}`, line: words[0]!.line, start: words[0]!.start, end: words[words.length - 1]!.end });
    }
    k = first;
    // Only a comma-led member continues the list further back ("unit, integration and ...").
    if (!/^\s*,\s*$/.test(text.slice(tokens[first - 1]?.end ?? 0, tokens[first]!.start))) break;
  }
  return out;
}

/**
 * "Accounts payable and receivable", "data collection, cleaning and analysis": words listed after a
 * found phrase share its first words, so each member that makes a lexicon phrase with them
 * ("accounts receivable", "data analysis") is found too.
 */
function sharedModifier(c: Candidate, tokens: readonly Token[], sentence: number[], text: string, lexicon: Lexicon, covered: ReadonlySet<number>): SkillHit[] {
  const lead = phraseWords(c.phrase, 0, -1);
  const found: SkillHit[] = [];
  let k = c.index + c.length - 1; // the last token of the member list read so far
  for (let members = 0; members < 4; members++) {
    let at = k + 1;
    const linkWord = tokens[at];
    if (!linkWord || sentence[at] !== sentence[c.index]) break;
    const gap = text.slice(tokens[k]!.end, linkWord.start);
    let comma = false;
    if (HEAD_LINKS.has(linkWord.norm) && /^\s*,?\s+$/.test(gap)) {
      at++;
      // "accounts payable and/or receivable": "and/or" is one link.
      if (linkWord.norm === 'and' && tokens[at]?.norm === 'or' && text.slice(linkWord.end, tokens[at]!.start) === '/') at++;
    } else if (/^\s*,\s*$/.test(gap)) comma = true;
    else if (!/^\s*[&/]\s*$/.test(gap)) break; // "accounts payable/receivable" as "payable & receivable"
    const member = tokens[at];
    if (!member || sentence[at] !== sentence[c.index]) break;
    if (at > k + 1 && !/^\s+$/.test(text.slice(tokens[at - 1]!.end, member.start))) break;
    // A skill of its own closes the list too ("financial reporting, analysis and budgeting").
    if (covered.has(at)) return comma ? [] : found;
    // A hyphenated member ("end-to-end") is read whole.
    let last = at;
    while (tokens[last + 1] && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === '-' && !covered.has(last + 1) && last - at < 3) last++;
    const words = tokens.slice(at, last + 1);
    const phrase = phraseOf([...lead, ...listWords(words)], lexicon);
    if (phrase && phrase.id !== c.phrase.id) {
      const first = tokens[c.index]!;
      found.push({ id: phrase.id, surface: `${text.slice(first.start, tokens[c.index + lead.length - 1]!.end)} … ${text.slice(words[0]!.start, words[words.length - 1]!.end)}`, line: first.line, start: words[0]!.start, end: words[words.length - 1]!.end });
    }
    k = last;
    // A comma-led member may be followed by more ("collection, cleaning and analysis"); the list is
    // one only when it closes with and / or / & ("customer service, support tickets" is two things).
    if (!comma) return found;
  }
  return [];
}

/** "Go or Rust", "Python or R": an ambiguous name right after a found skill of the same kind, joined by and/or. */
function coordinated(endsAt: Map<number, string>, c: Candidate, tokens: readonly Token[], sentence: number[], text: string, lexicon: Lexicon, covered: ReadonlySet<number>, caseless: boolean): boolean {
  const link = tokens[c.index - 1];
  const before = endsAt.get(c.index - 2);
  if (!link || before === undefined || sentence[c.index - 2] !== sentence[c.index]) return false;
  if (link.norm !== 'or' && link.norm !== 'and') return false;
  const raw = text.slice(tokens[c.index]!.start, tokens[c.index + c.length - 1]!.end);
  if (c.phrase.needsCapital && !caseless && raw === raw.toLowerCase()) return false;
  const end = tokens[c.index + c.length - 1]!.end;
  if (/^-\p{L}/u.test(text.slice(end, end + 2))) return false;
  const next = tokens[c.index + c.length];
  if (next && sentence[c.index + c.length] === sentence[c.index] && /^ +$/.test(text.slice(tokens[c.index + c.length - 1]!.end, next.start))
    && ((isTitleWord(next) && !covered.has(c.index + c.length)) || /^(?:19|20)\d\d$/.test(next.norm))) return false;
  const category = lexicon.get(c.phrase.id)?.category;
  return category !== undefined && category !== 'soft' && lexicon.get(before)?.category === category;
}

function mergeMaps(a: Map<number, number[]>, b: Map<number, number[]>): Map<number, number[]> {
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, [...(out.get(k) ?? []), ...v]);
  return out;
}

function hitOf(phrase: SkillPhrase, tokens: readonly Token[], index: number, length: number, text: string): SkillHit {
  const first = tokens[index]!;
  const last = tokens[index + length - 1]!;
  return { id: phrase.id, surface: text.slice(first.start, last.end), line: first.line, start: first.start, end: last.end };
}

function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence number per token: a new one after a line break or after ". ", "! ", "? ". */
function sentenceIds(tokens: readonly Token[], text: string): number[] {
  const out: number[] = new Array(tokens.length);
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) {
      const prev = tokens[k - 1]!;
      if (prev.line !== tokens[k]!.line) s++;
      // Most gaps are one space: no sentence ends in it.
      else if (tokens[k]!.start - prev.end > 1 && /[.!?]["')\]]*\s/.test(text.slice(prev.end, tokens[k]!.start))) s++;
    }
    out[k] = s;
  }
  return out;
}

/** A lower-case word, or a capital that only marks the start of a sentence. */
function readsAsWord(tokens: readonly Token[], index: number, sentence: number[]): boolean {
  const t = tokens[index]!;
  if (t.raw === t.raw.toLowerCase()) return true;
  return index === 0 || sentence[index - 1] !== sentence[index];
}

function longestPhraseAt(tokens: readonly Token[], i: number, lexicon: Lexicon, text: string): SkillPhrase | null {
  const first = tokens[i]!;
  const next = tokens[i + 1];
  for (const phrase of lexicon.phrasesAt(first.norm, next && fold(next.norm))) {
    const n = phrase.norms.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = tokens[i + k]!;
      if (k > 0 && !joined(tokens[i + k - 1]!, t, text)) ok = false;
      else if (k > 0 && t.line !== first.line && !sameSentenceAcrossLine(tokens, i + k)) ok = false;
      else if (phrase.exactCase) ok = t.raw === phrase.raws[k];
      // Single words match exactly: plural folding would turn "canvas" into Canva.
      else if (n === 1) ok = t.norm === phrase.norms[0];
      else ok = t.norm === phrase.norms[k] || fold(t.norm) === phrase.stems[k];
    }
    if (ok) return phrase;
  }
  return acronymPlural(first, lexicon) ?? gluedVersion(first, lexicon);
}

/** "ORMs", "SDKs", "LLMs": an upper-case acronym with a plural s. */
function acronymPlural(t: Token, lexicon: Lexicon): SkillPhrase | null {
  // Asked of nearly every token: the cheap half of the test first.
  if (!t.raw.endsWith('s') || !/^\p{Lu}[\p{Lu}\p{N}]+s$/u.test(t.raw)) return null;
  const base = t.norm.slice(0, -1);
  return lexicon.phrasesStartingWith(base).find((p) => p.norms.length === 1 && p.norms[0] === base && !p.stop
    && (!p.exactCase || p.raws[0] === t.raw.slice(0, -1))) ?? null;
}

/** "Vue3", "Python3.11", "Angular2": a one-word skill with its version glued on. */
const ANY_DIGIT = /\d/;

function gluedVersion(t: Token, lexicon: Lexicon): SkillPhrase | null {
  // Asked of nearly every token: one with no digit has no version.
  if (!ANY_DIGIT.test(t.norm)) return null;
  const m = /^(\p{L}[\p{L}.+#]*\p{L})v?\d+(?:\.\d+)*\+?$/u.exec(t.norm);
  if (!m || m[1]!.length < 3) return null;
  return lexicon.single(m[1]!) ?? null;
}

/** Words of one phrase sit next to each other: spaces, a hyphen, a slash or "&" between, never a comma. */
function joined(a: Token, b: Token, text: string): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[\s\-/&]*$/.test(gap);
}

/** Hard-wrapped pastes break phrases across lines; allow it when the next line continues in lower case. */
function sameSentenceAcrossLine(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index]!;
  return t.raw[0] !== undefined && t.raw[0] === t.raw[0].toLowerCase();
}

/** The separator characters either side of a span, ignoring spaces ('' at a line's edge). */
function sideChars(tokens: readonly Token[], index: number, length: number, text: string): [string, string] {
  const first = tokens[index]!;
  const last = tokens[index + length - 1]!;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  let lineEnd = text.indexOf('\n', last.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, first.start - 3), first.start).trim();
  const after = text.slice(last.end, Math.min(lineEnd, last.end + 3)).trim();
  return [before.slice(-1), after.slice(0, 1)];
}

/** Between list separators ("Go, Rust", "| Express |", "(ggplot2)"), or one item alone on its line. */
function isListItem(tokens: readonly Token[], index: number, length: number, text: string): boolean {
  const [prev, next] = sideChars(tokens, index, length, text);
  return LIST_SEPARATORS.has(prev) && LIST_SEPARATORS.has(next);
}

function isTitleWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(t.raw);
}

function acceptAmbiguous(
  c: Candidate, tokens: readonly Token[], sentence: number[], text: string, lexicon: Lexicon, options: MatchOptions,
  clearBySentence: Map<number, number[]>, listItems: Map<number, Set<string>>, covered: ReadonlySet<number>,
): boolean {
  const { phrase, index, length } = c;
  const first = tokens[index]!;
  const last = tokens[index + length - 1]!;
  const s = sentence[index]!;
  const raw = text.slice(first.start, last.end);
  const prev = index > 0 && sentence[index - 1] === s ? tokens[index - 1]! : undefined;
  const next = index + length < tokens.length && sentence[index + length] === s ? tokens[index + length]! : undefined;
  const capitalised = raw !== raw.toLowerCase() || options.caseless === true;
  if (phrase.needsCapital && !capitalised) return false;
  // Hyphen-joined to a word ("C-suite", "go-live", "Gatsby-themed"): part of an ordinary compound.
  if (/^-\p{L}/u.test(text.slice(last.end, last.end + 2))) return false;
  if (prev && HONORIFICS.has(prev.norm) && /^\.?\s+$/.test(text.slice(prev.end, first.start))) return false;
  // "Experience with Go", "knowledge of SAS": capitalised names and acronyms asked for by name.
  if ((phrase.needsCapital && capitalised) || phrase.exactCase) {
    const link = prev && ASKING.get(prev.norm);
    if (link && index >= 2 && sentence[index - 2] === s && link.has(tokens[index - 2]!.norm)
      && !/^\s+(?:19|20)\d\d\b/.test(text.slice(last.end, last.end + 6))) return true;
  }
  if (next) {
    const gap = text.slice(last.end, next.start);
    // Not for acronyms ("PCA in scikit-learn"): their other senses are other acronyms, not English.
    if (/^\s+$/.test(gap) && FUNCTION_WORDS.has(next.norm) && !phrase.exactCase) return false;
    if (/^\s+$/.test(gap) && phrase.lowercaseWord && raw === raw.toLowerCase() && VERB_FOLLOWERS.has(next.norm)) return false;
    if (/^\s+$/.test(gap) && /^(?:19|20)\d\d$/.test(next.norm)) return false; // "Spring 2021"
  }
  // "Fall 2005, Spring" / "2006": the year may wrap to the next line.
  if (/^[ \t]*\n\s*\(?(?:19|20)\d\d\b/.test(text.slice(last.end, last.end + 12))) return false;
  if (next && /^[A-Z]{2}$/.test(next.raw) && /^,\s*$/.test(text.slice(last.end, next.start))) return false; // "Cypress, CA"
  if (options.skillLines?.has(first.line)) return true;
  // A duty's first word is capitalised whatever it is: that says nothing of a product's name
  // ("- Project manage bids" is no Microsoft Project).
  // Where nothing is capitalised, a name in lower case is no everyday word for that: it needs more.
  if (options.dutyLines?.has(first.line) && ((raw === raw.toLowerCase() && !(options.caseless && phrase.needsCapital))
    || (opensLine(text, first.start) && !phrase.needsCapital))) return true;
  // A version number right after the name: "Go 1.21", "R 4.3".
  if (next && /^\s+$/.test(text.slice(last.end, next.start)) && /^v?\d+(?:\.\d+)+\+?$/.test(next.norm)) return true;
  // Between capitalised names ("Julia Roberts", "Taylor Swift", "American Express"): a person or a company.
  if (!(next && TECH_CONTEXT.has(next.norm))) {
    if (next && isTitleWord(next) && /^ +$/.test(text.slice(last.end, next.start)) && !covered.has(index + length)) return false;
    if (prev && isTitleWord(prev) && /^ +$/.test(text.slice(prev.end, first.start)) && !TECH_CONTEXT.has(prev.norm)
      && !TECH_VERBS.has(prev.norm) && !covered.has(index - 1)
      // First in its sentence, a capital may just be a verb ("Used Swift and Python").
      && (sentence[index - 2] === s || !/(?:ed|ing|s)$/.test(prev.norm))) return false;
  }
  // "at Oracle": an employer, unless a skill level comes before ("proficient at Excel").
  if (prev && prev.norm === 'at' && !(index >= 2 && PROFICIENCY.has(tokens[index - 2]!.norm))) return false;
  const clear = clearBySentence.get(s) ?? [];
  const techWord = sentenceHasTechWord(tokens, sentence, index, length);
  if (isListItem(tokens, index, length, text)) {
    // A list item counts when its list holds a clear skill, a technical word, or other ambiguous items.
    if (clear.length > 0 || techWord.inSentence || (listItems.get(s)?.size ?? 0) >= 3) return true;
  }
  if (techWord.near) return true;
  if (techVerbBefore(tokens, sentence, index)) return true;
  return clear.some((start) => Math.abs(start - first.start) < 60);
}

/** Does a position open its line, after at most a bullet marker ("- Scheduling ...")? */
function opensLine(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return before.replace(BULLET_MARKER_RE, '').trim() === '';
}

function sentenceHasTechWord(tokens: readonly Token[], sentence: number[], index: number, length: number): { near: boolean; inSentence: boolean } {
  const s = sentence[index]!;
  let near = false;
  let inSentence = false;
  for (let k = index - 1; k >= 0 && sentence[k] === s; k--) {
    if (TECH_CONTEXT.has(tokens[k]!.norm)) { inSentence = true; if (index - k <= 4) near = true; }
  }
  for (let k = index + length; k < tokens.length && sentence[k] === s; k++) {
    if (TECH_CONTEXT.has(tokens[k]!.norm)) { inSentence = true; if (k - (index + length) < 4) near = true; }
  }
  return { near, inSentence };
}

function techVerbBefore(tokens: readonly Token[], sentence: number[], index: number): boolean {
  const s = sentence[index]!;
  const a = index >= 1 && sentence[index - 1] === s ? tokens[index - 1]!.norm : '';
  const b = index >= 2 && sentence[index - 2] === s ? tokens[index - 2]!.norm : '';
  return a === 'using' || (TECH_VERB_LINKS.has(a) && TECH_VERBS.has(b));
}

/** The distinct skill ids in hits, in order of first appearance, with the first spelling seen. */
export function distinctSkills(hits: SkillHit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of hits) if (!out.has(h.id)) out.set(h.id, h.surface);
  return out;
}

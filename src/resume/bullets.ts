import type { Bullet } from './types.js';
import { getVocabulary } from './vocabulary.js';
import { collapseWhitespace, countWords } from '../text/whitespace.js';
import { BULLET_MARKER_RE } from '../text/bullet-marker.js';

export { BULLET_MARKER_RE };
/** Lines shorter than this in a section without bullet glyphs are titles, dates or places. */
const MIN_WORDS_FOR_UNMARKED_BULLET = 6;

const VERSIONED = ['java', 'jdk', 'j2ee', 'jee', 'python', 'php', 'angular', 'angularjs', 'vue', 'vue\\.js', 'react', 'node', 'node\\.js',
  'windows', 'ios', 'android', 'spring', 'spring boot', 'ruby', 'rails', '\\.net', 'asp\\.net', '\\.net core', 'c\\+\\+', 'c#', 'html',
  'css', 'es', 'ecmascript', 'oauth', 'http', 'tls', 'ssl', 'sql server', 'oracle', 'postgres', 'postgresql', 'mysql', 'mongodb',
  'ubuntu', 'centos', 'rhel', 'red hat', 'debian', 'office', 'excel', 'swift', 'kotlin', 'scala', 'typescript', 'bootstrap',
  'webpack', 'junit', 'hadoop', 'spark', 'elasticsearch', 'kafka', 'tensorflow', 'gpt', 'llama', 'vmware', 'exchange', 'sharepoint',
  'dynamics', 'sap', 'sap s/4hana', 'itil', 'cobol', 'fortran', 'perl', 'unity', 'unreal', 'ue', 'revit', 'autocad', 'jquery'];
/**
 * A technology followed by its version number ("Java 17", "Python 3.11", "Oracle 12c"); not a count
 * after a technology ("Kafka 500 events", "Spark 40 nodes", "React 30%").
 */
const VERSION_RE = new RegExp(
  `(?<![\\w.])(?:${VERSIONED.join('|')})\\s?v?(?:\\d+\\.\\d+(?:\\.\\d+)*|\\d{1,2})[a-z]?(?![\\d%.,])(?!\\s*(?:%|x\\b|k\\b|m\\b|ms\\b|\\+|[a-z]+s\\b))`, 'gi');

/** A number that measures something; years, dates and version numbers are not metrics. */
export function hasMetric(text: string): boolean {
  // Every pattern below takes out digits: without one, only the words are left to say it.
  if (!/\d/.test(text)) return MULTIPLIED.test(text);
  const cleaned = text
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:q[1-4]|h[12])\b/gi, ' ')
    .replace(/\b(?:ec2|s3|p99|p95|p50|h264|ipv[46]|web3|es6|http\/?2|oauth2|python3|vue3|angular\d+|k8s|html5|css3|l[1-3]|level\s*\d)\b/gi, ' ');
  const unversioned = cleaned
    // Versions are not results: "Java 8", "Python 3.11", "Angular 14", "Oracle 12c", "C++17", "v2.3.1".
    .replace(VERSION_RE, ' ')
    .replace(/\bv?\d+\.\d+\.\d+\b/gi, ' ')
    .replace(/\b(?:tier|phase|sprint|stage)\s*\d\b/gi, ' ')
    // Digits glued after letters name a thing ("Route53", "D3.js", "Word2Vec", "CIFAR-10"); a metric leads with its digits.
    .replace(/(?<![\p{L}\p{N}])\p{L}+-?\d[\p{L}\p{N}]*/gu, ' ');
  return /\d/.test(unversioned) || MULTIPLIED.test(unversioned);
}
const MULTIPLIED = /\b(?:doubled|tripled|halved|quadrupled)\b/i;

/** The first two words (runs of non-space): an action verb leads, and bullets are long to split whole. */
const FIRST_TWO_WORDS = /^\s*(\S*)(?:\s+(\S+))?/;

export function actionVerbOf(text: string): string | null {
  const vocab = getVocabulary();
  const [, word0 = '', word1] = FIRST_TWO_WORDS.exec(text)!;
  const clean = (w: string | undefined) => w?.toLowerCase().replace(/[^a-z-]/g, '').replace(/^-+|-+$/g, '') ?? '';
  // "Successfully delivered", "Independently built": the verb after an adverb leads.
  if (/ly$/.test(clean(word0)) && word1 !== undefined && vocab.actionVerbs.has(clean(word1))) return clean(word1);
  const first = clean(word0);
  if (vocab.actionVerbs.has(first)) return first;
  // "Re-designed", "Co-ordinated": the same verb with a prefix hyphen.
  const solid = first.replace(/-/g, '');
  if (solid !== first && vocab.actionVerbs.has(solid)) return solid;
  // Present-tense leads of a current role: "Leads", "Manages", "Analyzes"; and "Developing", "Managing".
  const stems = [solid.replace(/s$/, ''), solid.replace(/es$/, ''), solid.replace(/ing$/, ''), solid.replace(/ing$/, 'e')];
  return stems.find((w) => w !== solid && w.length >= 3 && vocab.actionVerbs.has(w)) ?? null;
}

/**
 * First parts of compounds that keep their hyphen when a PDF line ends after them ("cloud-" +
 * "native" -> "cloud-native"). Any other word split at a line-end hyphen with a lower-case second part
 * is a hyphenated word and is joined solid ("Devel-" + "oped" -> "Developed", "scal-" + "able").
 * Short morphological prefixes (re, co, pre, de) are joined solid on purpose: a line-end "re-" splits
 * "requirements" and "research" far more often than "re-org", and "redesigned" is a correct spelling.
 */
const COMPOUND_HEADS = new Set([
  'non', 'self', 'cross', 'well', 'cloud', 'high', 'low', 'real', 'open', 'end', 'full', 'part', 'long', 'short',
  'state', 'ex', 'e', 'on', 'off', 'user', 'client', 'server', 'event', 'data', 'cost', 'front', 'back', 'third',
  'first', 'second', 'world', 'best', 'hands', 'fast', 'mission', 'time', 'test', 'team', 'large', 'small', 'fine',
  'top', 'mid', 'semi', 'anti', 'post', 'multi', 'cutting', 'customer', 'business', 'production', 'industry',
  'award', 'fault', 'latency', 'near', 'zero', 'one', 'two', 'three', 'day', 'year', 'month', 'week', 'in',
]);

/** Joins a wrapped line onto the text before it, undoing line-end hyphenation (see COMPOUND_HEADS). */
export function joinWrapped(before: string, next: string): string {
  const head = before.endsWith('-') ? lettersBefore(before, before.length - 1) : '';
  if (head && /^\p{Ll}/u.test(next)) {
    return COMPOUND_HEADS.has(head.toLowerCase()) ? before + next : before.slice(0, -1) + next;
  }
  return before + ' ' + next;
}

/**
 * The run of letters that ends at `end` (what /(\p{L}+)-$/u captures before a final hyphen), read
 * backwards: the pattern was tried at every position of a paragraph that grows line by line.
 */
function lettersBefore(s: string, end: number): string {
  let start = end;
  for (;;) {
    const last = s.slice(Math.max(0, start - 2), start);
    const m = LAST_LETTER.exec(last);
    if (!m) break;
    start -= m[0].length;
  }
  return s.slice(start, end);
}
const LAST_LETTER = /\p{L}$/u;

/** Words that cannot end a sentence: a line ending on one of them continues on the next line. */
const OPEN_ENDINGS_RE = /(?:[,;:&/+-]|\b(?:and|or|of|the|a|an|to|for|with|in|on|by|from|into|across|using|via|at|as|that|which|over|under|than|including|such|per|&))$/i;

/**
 * OPEN_ENDINGS_RE and a final past-tense word, tested on the end of the text only: both end at its
 * end, and the text is a paragraph that grows as wrapped lines join it, where a pattern anchored at
 * the end is still tried from every position.
 */
export function endsOpen(text: string): boolean {
  // The longest ending ("including") and the boundary before it fit in the last 12 characters.
  return OPEN_ENDINGS_RE.test(text.slice(-12));
}

const PAST_TENSE_END_RE = /\b\p{L}{3,}ed$/u;
export function endsInPastTense(text: string): boolean {
  if (!text.endsWith('ed')) return false;
  // From the character before the final run of letters, so every \b the pattern can use is in view.
  const runStart = text.length - lettersBefore(text, text.length).length;
  return PAST_TENSE_END_RE.test(text.slice(Math.max(0, runStart - 1)));
}

/** "Dropbox San Francisco, CA", "Acme Corp": a short line of capitalised words is a header, not prose. */
/** "Technologies: Java, Spring", "Environment: AWS": a label line under a role, not a sentence. */
const LABEL_LINE_RE = /^[\p{Lu}][\p{L} &/-]{0,30}:\s/u;

function looksLikeHeader(line: string): boolean {
  if (LABEL_LINE_RE.test(line)) return true;
  const words = line.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => /^[^\p{Ll}]/u.test(w));
}

export function weakLeadOf(text: string): string | null {
  const lower = text.trim().toLowerCase();
  return getVocabulary().weakLeads.find((w) => lower.startsWith(w + ' ') || lower === w) ?? null;
}

export function toBullet(text: string): Bullet {
  const t = collapseWhitespace(text.replace(BULLET_MARKER_RE, '')).trim();
  return { text: t, hasNumber: hasMetric(t), actionVerb: actionVerbOf(t), words: countWords(t) };
}

/** Small words a title, an employer or an award line holds in lower case. */
const ENTRY_SMALL_WORDS = new Set(['of', 'and', 'for', 'in', 'the', 'to', 'at', 'a', 'an', 'on', 'with', 'by', 'de', 'la', 'und', 'using', 'via']);

/**
 * A line that names rather than tells: an employer and place ("Google | Mountain View, CA"), a title
 * ("General Manager, Salt & Cedar Restaurant Group (Austin, TX)"), an award ("2022 | AWS Community
 * Builder"), a project name ("Image Recognition using Convolutional Neural Networks"). Such lines are
 * written in Title Case or open with a year; a bullet tells what was done in a sentence.
 */
export function isEntryLine(line: string): boolean {
  const t = line.replace(BULLET_MARKER_RE, '').trim();
  if (!t || /[-,&/]$/.test(t) || actionVerbOf(t) || weakLeadOf(t)) return false;
  if (/^(?:19|20)\d{2}\b(?!\s*%)/.test(t)) return true;
  if (/[.!?]$/.test(t) && !/\b[A-Z]{1,3}\.$/.test(t)) return false;
  const words = t.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 14) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !ENTRY_SMALL_WORDS.has(w));
  return lower.length === 0;
}

/** A short line that opens with no verb ("Everything that matters."): a tagline, not an achievement. */
const TAGLINE_MAX_WORDS = 4;
function isTagline(text: string): boolean {
  return countWords(text) <= TAGLINE_MAX_WORDS && !/\d/.test(text) && !/^\p{L}+ed\b/u.test(text) && !actionVerbOf(text) && !weakLeadOf(text);
}

const PAGE_NUMBER_RE = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;

/** Share of the section's longest line from which a line counts as wrapped at the column's edge. */
const WRAPPED_LINE_MIN_SHARE = 0.8;

/** A line that starts a new sentence-bullet: it opens with an action verb or a weak lead ("Worked on"). */
function opensBullet(line: string): boolean {
  return actionVerbOf(line) !== null || weakLeadOf(line) !== null;
}

/**
 * Bullets of one section. Marked lines start a bullet; a following unmarked line that continues the
 * sentence is joined to it (PDF lines wrap). Sections without any marker (glyphs lost in extraction)
 * take their sentence-length lines as bullets, joining a line that continues an unfinished one
 * ("... with Kotlin, Jetpack" + "Compose, and MVVM architecture ..."). Employer, title, date, award
 * and tagline lines are never bullets.
 */
export function extractBullets(lines: string[], isDateLine: (line: string) => boolean): Bullet[] {
  const marked = lines.some((l) => BULLET_MARKER_RE.test(l));
  // A wrapped line runs (almost) the full width of its column; a short one ended where its writer ended it.
  const fullWidth = WRAPPED_LINE_MIN_SHARE * Math.max(0, ...lines.map((l) => l.trim().length));
  const texts: string[] = [];
  let open = false;
  let previousLine = '';
  for (const raw of lines) {
    const line = raw.trim();
    const before = previousLine;
    previousLine = line;
    if (!line) { open = false; continue; }
    // A page number between two halves of a bullet ("... system enhancements" / "1").
    if (PAGE_NUMBER_RE.test(line)) { previousLine = before; continue; }
    if (BULLET_MARKER_RE.test(line)) {
      texts.push(line.replace(BULLET_MARKER_RE, ''));
      open = true;
      continue;
    }
    const prev = texts[texts.length - 1];
    // A line ending in a verb ("... and Firestore. Utilized") wraps mid-sentence, unless a header follows.
    const openEnded = prev !== undefined && (endsOpen(prev) || (endsInPastTense(prev) && !looksLikeHeader(line)));
    const unfinished = prev !== undefined && !/[.!?:]$/.test(prev);
    const continues = open && prev !== undefined && !isDateLine(line)
      && (/^[\p{Ll}(\d&,]/u.test(line) || openEnded || (unfinished && !looksLikeHeader(line)));
    const joins = marked || openEnded || /^[\p{Ll}(&,]/u.test(line)
      // Unmarked: a capitalised line continues an unfinished one unless it opens a sentence of its own.
      || (unfinished && before.length >= fullWidth && !opensBullet(line) && !isEntryLine(line));
    if (continues && joins) {
      texts[texts.length - 1] = joinWrapped(prev, line);
      continue;
    }
    open = false;
    if (!marked && !isDateLine(line) && !LABEL_LINE_RE.test(line) && !isEntryLine(line) && countWords(line) >= MIN_WORDS_FOR_UNMARKED_BULLET) {
      texts.push(line);
      open = true;
    }
  }
  return texts.filter((t) => !isTagline(t) && !isEntryLine(t)).map(toBullet).filter((b) => b.words >= 3);
}

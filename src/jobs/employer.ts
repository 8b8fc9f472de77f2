/**
 * The employer's own name read as a skill ("GitLab" in GitLab's sales post): named as the company,
 * or used as an employer at least twice ("GitLab's", "at GitLab", "join GitLab", "the GitLab team").
 */
import type { SkillHit } from '../skills/matcher.js';
import { foldForSearch, isAsciiPhrase } from '../text/fold.js';

/** Words after the name that make it the employer: "GitLab team", "GitLab partners", "the GitLab process". */
const EMPLOYER_WORDS = String.raw`(?:is|team|teams|team\s+members|values|handbook|employees|offers|partners|owned|process|products?|customers|community|way)`;

// The ways a post names its employer ("GitLab's", "at GitLab", "join GitLab", "GitLab team"),
// tested at one occurrence of the name (sticky: at lastIndex only). They are shared by every name:
// a pattern per name, scanned over the whole post, cost a fifth of reading a long post.
const LETTER_BEFORE = /(?<=\p{L})/uy;
const LETTER_AT = /\p{L}/uy;
const POSSESSIVE_AFTER = /['’]s\b/iuy;
const EMPLOYER_WORD_AFTER = new RegExp(String.raw`\s+${EMPLOYER_WORDS}\b`, 'iuy');
const EMPLOYER_VERB_BEFORE = /(?<=\b(?:at|join|joining|about)\s+)/iuy;
/** ".center@epfl.ch", "@example.org": the name runs on into an e-mail or web address. */
const ADDRESS_GOES_ON = /[.@][\p{L}\p{N}]/uy;

function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Is this occurrence of the name, [start, end), used as the employer? */
function usedAsEmployerAt(text: string, start: number, end: number): boolean {
  const letterBefore = sticky(LETTER_BEFORE, text, start);
  if (!letterBefore && (sticky(POSSESSIVE_AFTER, text, end) || sticky(EMPLOYER_WORD_AFTER, text, end))) return true;
  // "drop us a line at scala.center@epfl.ch": an address after "at" names no employer.
  return !sticky(LETTER_AT, text, end) && !sticky(ADDRESS_GOES_ON, text, end) && sticky(EMPLOYER_VERB_BEFORE, text, start);
}

/** Does the post use this spelling as an employer at least twice (two uses that do not overlap)? */
function usedAsEmployerTwice(post: PostIndex, surface: string): boolean {
  let passing = 0;
  let lastEnd = -1;
  for (const [start, end] of employerUses(post, surface)) {
    if (start < lastEnd) continue;
    lastEnd = end;
    if (++passing >= 2) return true;
  }
  return false;
}

/**
 * The post read once for every name: the text lower-cased (when that keeps every offset and
 * agrees with /iu matching), and the places a name used as the employer must start or end: after
 * "at"/"join"/"joining"/"about", and before "'s" or an employer word. They are bucketed by the
 * character there, so each name is checked at a handful of places instead of searched for in the
 * whole post (a post of 30 KB names ~300 spellings).
 */
interface PostIndex {
  text: string;
  folded: string | null;
  /** Where a name may start after an employer verb, by the lower-cased character there. */
  afterVerb: Map<string, number[]>;
  /** Where a name may end before "'s" or an employer word, by the lower-cased character before. */
  beforeSuffix: Map<string, number[]>;
}

function indexPost(text: string): PostIndex {
  const folded = foldForSearch(text);
  const afterVerb = new Map<string, number[]>();
  const beforeSuffix = new Map<string, number[]>();
  if (folded !== null) {
    const add = (map: Map<string, number[]>, key: string, at: number) => { const list = map.get(key); if (list) list.push(at); else map.set(key, [at]); };
    for (const m of text.matchAll(EMPLOYER_VERB)) add(afterVerb, folded[m.index + m[0].length] ?? '', m.index + m[0].length);
    for (const m of text.matchAll(EMPLOYER_SUFFIX)) if (m.index > 0) add(beforeSuffix, folded[m.index - 1]!, m.index);
  }
  return { text, folded, afterVerb, beforeSuffix };
}
// The anchors of usedAsEmployerAt, found once per post; a name never starts or ends with a space.
// (No u flag: its ASCII \b finds every place the sticky Unicode check can pass, and scans far faster.)
const EMPLOYER_VERB = /\b(?:at|join|joining|about)\s+/gi;
const EMPLOYER_SUFFIX = new RegExp(String.raw`['’]s\b|\s+${EMPLOYER_WORDS}\b`, 'giu');

/** The occurrences of the name, case-insensitively, that are used as the employer, in order. */
function employerUses(post: PostIndex, surface: string): [number, number][] {
  const { text, folded } = post;
  if (folded === null || !isAsciiPhrase(surface) || /^\s|\s$/.test(surface)) {
    // Slow path, for text whose lower case moves offsets and for non-ASCII names: every occurrence
    // (overlapping ones too: one that fails may overlap one that passes), judged one by one.
    const uses: [number, number][] = [];
    const name = new RegExp(surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    for (let m = name.exec(text); m !== null; m = name.exec(text)) {
      if (usedAsEmployerAt(text, m.index, m.index + m[0].length)) uses.push([m.index, m.index + m[0].length]);
      name.lastIndex = m.index + 1;
    }
    return uses;
  }
  // An ASCII name matches the lower-cased text where /name/giu would (the Kelvin sign lower-cases
  // to k as it folds), so an occurrence is a startsWith at an anchor.
  const needle = surface.toLowerCase();
  const starts = new Set<number>();
  for (const at of post.afterVerb.get(needle[0]!) ?? []) if (folded.startsWith(needle, at)) starts.add(at);
  for (const end of post.beforeSuffix.get(needle[needle.length - 1]!) ?? []) {
    if (end >= needle.length && folded.startsWith(needle, end - needle.length)) starts.add(end - needle.length);
  }
  return [...starts].sort((a, b) => a - b)
    .filter((at) => usedAsEmployerAt(text, at, at + needle.length))
    .map((at) => [at, at + needle.length]);
}

/** Does the post use this name as its employer at least twice ("the OONI team", "OONI's")? */
export function usedAsEmployer(text: string, name: string): boolean {
  return usedAsEmployerTwice(indexPost(text), name);
}

const SMALL_WORDS = new Set(['for', 'of', 'the', 'and', 'in', 'on', 'at', 'to', 'a', 'an']);

/** Skills that are the employer's name in this post (named as the company, or used as an employer twice). */
export function employerSkills(hits: SkillHit[], text: string, company: string | null): Set<string> {
  const out = new Set<string>();
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const companyKey = company ? key(company) : '';
  // "CfA" for Code for America: the company's initials, with or without its small words.
  const words = companyKey.split(' ').filter(Boolean);
  const initials = words.length >= 2
    ? new Set([words.map((w) => w[0]).join(''), words.filter((w) => !SMALL_WORDS.has(w)).map((w) => w[0]).join('')].filter((i) => i.length >= 2))
    : new Set<string>();
  // Each spelling is looked up once: a post names its employer on many lines.
  const employerNames = new Map<string, boolean>();
  let post: PostIndex | undefined;
  const namesEmployer = (surface: string) => {
    let known = employerNames.get(surface);
    if (known === undefined) {
      const k = key(surface);
      known = companyKey !== '' && (companyKey === k || words[0] === k || initials.has(k));
      if (!known) known = usedAsEmployerTwice(post ??= indexPost(text), surface);
      employerNames.set(surface, known);
    }
    return known;
  };
  for (const hit of hits) if (!out.has(hit.id) && namesEmployer(hit.surface)) out.add(hit.id);
  return out;
}

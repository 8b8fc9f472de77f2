import { tokenize, fold, type Token } from './tokens.js';
import type { Lexicon, SkillPhrase } from './lexicon.js';

export interface SkillHit {
  id: string;
  /** The words as written in the text ("Postgres"). */
  surface: string;
  line: number;
  start: number;
}

export interface MatchOptions {
  /** Lines (0-based) that belong to a skills section: ambiguous names count there. */
  skillLines?: ReadonlySet<number>;
}

/** Words that, right after an ambiguous name, show it is ordinary English ("Go to market"). */
const FUNCTION_WORDS = new Set([
  'to', 'the', 'a', 'an', 'on', 'of', 'in', 'into', 'ahead', 'live', 'through', 'over', 'back', 'up',
  'out', 'forward', 'beyond', 'is', 'was', 'were', 'are', 'be', 'season', 'semester', 'term', 'break',
]);

/** Words near an ambiguous name that show the text is about technology. */
const TECH_CONTEXT = new Set([
  'programming', 'language', 'languages', 'framework', 'frameworks', 'developer', 'developers', 'engineer',
  'code', 'coding', 'backend', 'frontend', 'stack', 'lang', 'library', 'libraries', 'sdk', 'api', 'apis',
  'services', 'microservices', 'written', 'using', 'built', 'tools', 'tech', 'technologies', 'proficient',
]);

const LIST_SEPARATORS = new Set([',', '|', '•', '/', ';', '·', '(', ')', ':', '', '\n', '▪', '◦', '●', '–', '-', '&']);

/**
 * Finds lexicon skills in text: longest phrase wins at each position (so "SQL Server" is not also
 * "SQL"), multi-word phrases meet their inflections through stems ("unit tests" ~ "unit testing"),
 * and ambiguous names ("Go", "R", "Swift") count only in a list or next to technical context.
 */
export function findSkills(text: string, lexicon: Lexicon, options: MatchOptions = {}): SkillHit[] {
  const tokens = tokenize(text);
  const hits: SkillHit[] = [];
  const pendingAmbiguous: { phrase: SkillPhrase; index: number; length: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = longestPhraseAt(tokens, i, lexicon, text);
    if (!phrase) { i++; continue; }
    const length = phrase.norms.length;
    if (phrase.ambiguous) pendingAmbiguous.push({ phrase, index: i, length });
    else hits.push(hitOf(phrase, tokens, i, length, text));
    i += length;
  }
  // Ambiguous names are judged after the clear ones are known, so "Go and Python" counts.
  const clearLines = new Map<number, number[]>();
  for (const h of hits) clearLines.set(h.line, [...(clearLines.get(h.line) ?? []), h.start]);
  for (const { phrase, index, length } of pendingAmbiguous) {
    if (acceptAmbiguous(phrase, tokens, index, length, text, options, clearLines)) {
      hits.push(hitOf(phrase, tokens, index, length, text));
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function hitOf(phrase: SkillPhrase, tokens: Token[], index: number, length: number, text: string): SkillHit {
  const first = tokens[index]!;
  const last = tokens[index + length - 1]!;
  return { id: phrase.id, surface: text.slice(first.start, last.end), line: first.line, start: first.start };
}

function longestPhraseAt(tokens: Token[], i: number, lexicon: Lexicon, text: string): SkillPhrase | null {
  const first = tokens[i]!;
  for (const phrase of lexicon.phrasesStartingWith(first.norm)) {
    const n = phrase.norms.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = tokens[i + k]!;
      if (k > 0 && !joined(tokens[i + k - 1]!, t, text)) ok = false;
      else if (k > 0 && t.line !== first.line && !sameSentenceAcrossLine(tokens, i + k)) ok = false;
      // Single words match exactly: plural folding would turn "canvas" into Canva.
      else if (n === 1) ok = t.norm === phrase.norms[0];
      else ok = t.norm === phrase.norms[k] || fold(t.norm) === phrase.stems[k];
    }
    if (ok) return phrase;
  }
  return null;
}

/** Words of one phrase sit next to each other: spaces, a hyphen, a slash or "&" between, never a comma. */
function joined(a: Token, b: Token, text: string): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[\s\-/&]*$/.test(gap);
}

/** Hard-wrapped pastes break phrases across lines; allow it when the next line continues in lower case. */
function sameSentenceAcrossLine(tokens: Token[], index: number): boolean {
  const t = tokens[index]!;
  return t.raw[0] !== undefined && t.raw[0] === t.raw[0].toLowerCase();
}

function acceptAmbiguous(
  phrase: SkillPhrase, tokens: Token[], index: number, length: number, text: string,
  options: MatchOptions, clearLines: Map<number, number[]>,
): boolean {
  const first = tokens[index]!;
  const last = tokens[index + length - 1]!;
  const raw = text.slice(first.start, last.end);
  if (phrase.needsCapital && raw === raw.toLowerCase()) return false;
  // Hyphen-joined to a word ("C-suite", "go-live"): part of an ordinary compound.
  if (/^-\p{L}/u.test(text.slice(last.end, last.end + 2))) return false;
  const next = tokens[index + length];
  if (next && next.line === last.line) {
    if (FUNCTION_WORDS.has(next.norm)) return false;
    if (/^\d{4}$/.test(next.norm)) return false; // "Spring 2021"
    if (/^[A-Z]{2}$/.test(next.raw) && /^,\s*$/.test(text.slice(last.end, next.start))) return false; // "Cypress, CA"
  }
  if (options.skillLines?.has(first.line)) return true;
  const before = text.slice(Math.max(0, first.start - 3), first.start).trim();
  const after = text.slice(last.end, last.end + 3).trim();
  const prevChar = before.slice(-1);
  const nextChar = after.slice(0, 1);
  const inList = LIST_SEPARATORS.has(prevChar) && LIST_SEPARATORS.has(nextChar);
  if (inList && (clearLines.has(first.line) || prevChar !== '' || nextChar !== '')) {
    // A list item next to other list items; alone on a line it needs company on that line.
    if (clearLines.has(first.line) || (prevChar !== '' && nextChar !== '' && prevChar !== '\n')) return true;
  }
  for (let k = Math.max(0, index - 4); k < Math.min(tokens.length, index + length + 4); k++) {
    const t = tokens[k]!;
    if (t.line !== first.line || (k >= index && k < index + length)) continue;
    if (TECH_CONTEXT.has(t.norm)) return true;
  }
  const clear = clearLines.get(first.line) ?? [];
  return clear.some((start) => Math.abs(start - first.start) < 60);
}

/** The distinct skill ids in hits, in order of first appearance, with the first spelling seen. */
export function distinctSkills(hits: SkillHit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of hits) if (!out.has(h.id)) out.set(h.id, h.surface);
  return out;
}

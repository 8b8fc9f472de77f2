import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** A word of the source text with where it sits, so matches can be quoted and given context. */
export interface Token {
  /** Lower-cased token ("node.js", "c++", "c#", ".net"). */
  readonly norm: string;
  /** As written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/**
 * Technical-token boundaries: `\b` breaks C++, C#, .NET and react.js, so tokens are runs of letters
 * and digits that may carry + and # and inner dots ("node.js", "asp.net"), or a leading-dot word
 * (".net"). Hyphens and slashes separate tokens, so "CI/CD" and "CI-CD" read alike.
 */
export const TOKEN_RE = /\.?[\p{L}\p{N}][\p{L}\p{N}]*(?:[+#]+)?(?:\.[\p{L}\p{N}]+[+#]*)*/gu;

/**
 * The tokens of the last few long texts tokenised: a post or a resume is tokenised by the matcher
 * and again by the keyword and stem passes, with short texts (a title, a spelling) in between.
 * The arrays and their tokens are shared, so no caller changes them.
 */
const recent: { text: string; tokens: readonly Token[] }[] = [];
const RECENT_TEXTS = 3;
const RECENT_MIN_CHARS = 200;

export function tokenize(text: string): readonly Token[] {
  if (text.length < RECENT_MIN_CHARS) return scan(text);
  for (const r of recent) if (r.text === text) return r.tokens;
  const tokens = scan(text);
  recent.unshift({ text, tokens });
  if (recent.length > RECENT_TEXTS) recent.pop();
  return tokens;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let line = 0;
  let i = 0;
  // TOKEN_RE spelled out as a scan (it is the hottest loop of every analysis): the same tokens,
  // without a Unicode-class pattern tried at every position.
  while (i < n) {
    const c = text.charCodeAt(i);
    let j: number;
    if (c === DOT) {
      const w = wordCharLength(text, i + 1);
      if (w === 0) { i++; continue; }
      j = i + 1 + w;
    } else {
      const w = wordCharLength(text, i);
      if (w === 0) { if (c === NEWLINE) line++; i++; continue; }
      j = i + w;
    }
    j = skipWordChars(text, j);
    j = skipPlusHash(text, j);
    for (let w; text.charCodeAt(j) === DOT && (w = wordCharLength(text, j + 1)) > 0;) j = skipPlusHash(text, skipWordChars(text, j + 1 + w));
    const raw = text.slice(i, j);
    tokens.push({ norm: raw.toLowerCase(), raw, start: i, end: j, line });
    i = j;
  }
  return tokens;
}

const DOT = 46;
const NEWLINE = 10;
const PLUS = 43;
const HASH = 35;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 neither. */
const bmpWordChar = new Uint8Array(0x10000);

/** The length (1, or 2 for an astral letter) of the letter or digit at i, or 0 when there is none. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // NaN: past the end
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = bmpWordChar[c]!;
  if (known === 0) bmpWordChar[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The length of the letter or digit that ends just before `end` (as wordCharLength), or 0. */
export function wordCharLengthBefore(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return wordCharLength(text, end - 2);
  }
  return end >= 1 ? wordCharLength(text, end - 1) : 0;
}

function skipWordChars(text: string, j: number): number {
  for (let w; (w = wordCharLength(text, j)) > 0;) j += w;
  return j;
}

function skipPlusHash(text: string, j: number): number {
  for (let c = text.charCodeAt(j); c === PLUS || c === HASH; c = text.charCodeAt(++j));
  return j;
}

/**
 * Words stemmed or folded before, so each is worked out once. Bounded: a process reads many
 * people's documents, and a flood of made-up words must not grow it without end.
 */
const WORD_CACHE_MAX = 50_000;
const stemCache = new Map<string, string>();
const foldCache = new Map<string, string>();

function cached(cache: Map<string, string>, norm: string, work: (norm: string) => string): string {
  let out = cache.get(norm);
  if (out === undefined) {
    out = work(norm);
    if (cache.size >= WORD_CACHE_MAX) cache.clear();
    cache.set(norm, out);
  }
  return out;
}

/** Porter stem for inflected words; tokens with digits or symbols stay as they are. */
export function stem(norm: string): string {
  if (!/^[a-z]{4,}$/.test(norm)) return norm;
  return cached(stemCache, norm, (w) => PorterStemmer.stem(w));
}

/** Singular form for a plain plural ("apis" -> "api", "databases" -> "database"), nothing cleverer. */
export function singular(norm: string): string {
  if (norm.length > 4 && norm.endsWith('ies')) return norm.slice(0, -3) + 'y';
  if (norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') && !norm.endsWith('us') && !norm.endsWith('is')) {
    return norm.slice(0, -1);
  }
  return norm;
}

/**
 * A light inflection fold for matching multi-word skills: plurals, -ing and -ed only. Porter would
 * also merge "managers" with "management" and "developers" with "development", turning job titles
 * into skills; these endings keep such words apart.
 */
export function fold(norm: string): string {
  return norm.length < 4 ? norm : cached(foldCache, norm, foldWord);
}

function foldWord(norm: string): string {
  if (!/^[a-z]{4,}$/.test(norm)) return norm;
  if (norm.endsWith('ies') && norm.length > 4) return norm.slice(0, -3) + 'y';
  if (norm.endsWith('ing') && norm.length > 5) return undouble(norm.slice(0, -3));
  if (norm.endsWith('ed') && norm.length > 4) return undouble(norm.slice(0, -2));
  if (norm.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(norm)) return norm.slice(0, -2);
  if (norm.endsWith('s') && !/(?:ss|us|sis|xis)$/.test(norm)) return norm.slice(0, -1);
  return norm.replace(/e$/, '');
}

function undouble(root: string): string {
  return /([bdgmnprt])\1$/.test(root) ? root.slice(0, -1) : root.replace(/e$/, '');
}

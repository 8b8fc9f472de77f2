import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** A word of the source text with where it sits, so matches can be quoted and given context. */
export interface Token {
  /** Lower-cased token ("node.js", "c++", "c#", ".net"). */
  norm: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  line: number;
}

/**
 * Technical-token boundaries: `\b` breaks C++, C#, .NET and react.js, so tokens are runs of letters
 * and digits that may carry + and # and inner dots ("node.js", "asp.net"), or a leading-dot word
 * (".net"). Hyphens and slashes separate tokens, so "CI/CD" and "CI-CD" read alike.
 */
const TOKEN_RE = /\.?[\p{L}\p{N}][\p{L}\p{N}]*(?:[+#]+)?(?:\.[\p{L}\p{N}]+[+#]*)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lastIndex = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    for (let i = lastIndex; i < start; i++) if (text.charCodeAt(i) === 10) line++;
    lastIndex = start;
    tokens.push({ norm: m[0].toLowerCase(), raw: m[0], start, end: start + m[0].length, line });
  }
  return tokens;
}

const stemCache = new Map<string, string>();

/** Porter stem for inflected words; tokens with digits or symbols stay as they are. */
export function stem(norm: string): string {
  if (!/^[a-z]{4,}$/.test(norm)) return norm;
  let s = stemCache.get(norm);
  if (s === undefined) {
    s = PorterStemmer.stem(norm);
    stemCache.set(norm, s);
  }
  return s;
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

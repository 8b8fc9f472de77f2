import type { Bullet } from './types.js';
import { getVocabulary } from './vocabulary.js';

export const BULLET_MARKER_RE = /^\s*(?:[•·▪◦●■□○➢►▶✓✔❖*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** Lines shorter than this in a section without bullet glyphs are titles, dates or places. */
const MIN_WORDS_FOR_UNMARKED_BULLET = 6;

/** A number that measures something; years and dates are not metrics. */
export function hasMetric(text: string): boolean {
  const cleaned = text
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:q[1-4]|h[12])\b/gi, ' ')
    .replace(/\b(?:ec2|s3|p99|p95|p50|h264|ipv[46]|web3|es6|http\/?2|oauth2|python3|vue3|angular\d+|k8s|html5|css3|l[1-3]|level\s*\d)\b/gi, ' ');
  return /\d/.test(cleaned) || /\b(?:doubled|tripled|halved|quadrupled)\b/i.test(cleaned);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function actionVerbOf(text: string): string | null {
  const vocab = getVocabulary();
  const first = text.trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z-]/g, '') ?? '';
  return vocab.actionVerbs.has(first) ? first : null;
}

export function weakLeadOf(text: string): string | null {
  const lower = text.trim().toLowerCase();
  return getVocabulary().weakLeads.find((w) => lower.startsWith(w + ' ') || lower === w) ?? null;
}

export function toBullet(text: string): Bullet {
  const t = text.replace(BULLET_MARKER_RE, '').replace(/\s+/g, ' ').trim();
  return { text: t, hasNumber: hasMetric(t), actionVerb: actionVerbOf(t), words: wordCount(t) };
}

/**
 * Bullets of one section. Marked lines start a bullet; a following unmarked line that continues the
 * sentence is joined to it (PDF lines wrap). Sections without any marker (glyphs lost in extraction)
 * take their sentence-length lines as bullets.
 */
export function extractBullets(lines: string[], isDateLine: (line: string) => boolean): Bullet[] {
  const marked = lines.some((l) => BULLET_MARKER_RE.test(l));
  const texts: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) { open = false; continue; }
    if (BULLET_MARKER_RE.test(line)) {
      texts.push(line.replace(BULLET_MARKER_RE, ''));
      open = true;
      continue;
    }
    const continues = open && texts.length > 0 && !isDateLine(line)
      && (/^[\p{Ll}(\d&,]/u.test(line) || !/[.!?]$/.test(texts[texts.length - 1]!));
    if (continues && (marked || /^[\p{Ll}(&,]/u.test(line))) {
      texts[texts.length - 1] += ' ' + line;
      continue;
    }
    open = false;
    if (!marked && !isDateLine(line) && wordCount(line) >= MIN_WORDS_FOR_UNMARKED_BULLET) {
      texts.push(line);
      open = true;
    }
  }
  return texts.map(toBullet).filter((b) => b.words >= 3);
}

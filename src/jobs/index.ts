import type { JobPost } from './types.js';
import { classifyJobLines, hasPreferredMarker } from './sections.js';
import { extractKeywords } from './keywords.js';
import { findSkills, type SkillHit } from '../skills/matcher.js';
import { getLexicon, type Lexicon } from '../skills/lexicon.js';
import { tokenize } from '../skills/tokens.js';
import { findTitleAndCompany } from './title.js';
import { maskBoilerplate, textSentences } from './boilerplate.js';
import { yearsAsked } from './years.js';
import { alternativeGroups } from './alternatives.js';

export type { JobPost } from './types.js';

/** Longest post read; beyond this it is someone pasting a book, and the tail is boilerplate anyway. */
export const MAX_JOB_POST_CHARS = 30_000;

/** Reads a pasted job post: title, company, required vs preferred skills, years asked, keywords. */
export function parseJobPost(input: string, lexicon: Lexicon = getLexicon()): JobPost {
  const text = input.slice(0, MAX_JOB_POST_CHARS);
  const lines = text.split('\n');
  const masked = maskBoilerplate(lines);
  const maskedText = masked.join('\n');
  const { kinds, hasSplit } = classifyJobLines(masked);
  // A line whose every sentence was boilerplate is boilerplate.
  masked.forEach((l, i) => { if (!l.trim() && lines[i]!.trim() && kinds[i] !== 'heading') kinds[i] = 'boilerplate'; });
  const listLines = new Set<number>();
  kinds.forEach((k, i) => { if (k === 'required' || k === 'preferred') listLines.add(i); });

  const sentences = textSentences(masked);
  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return maskedText.slice(s.start, s.end);
    }
    return masked[maskedText.slice(0, pos).split('\n').length - 1] ?? '';
  };

  const required = new Set<string>();
  const preferred = new Set<string>();
  const kept: SkillHit[] = [];
  for (const hit of findSkills(maskedText, lexicon, { skillLines: listLines })) {
    const kind = kinds[hit.line];
    if (kind === 'boilerplate' || kind === 'heading') continue;
    kept.push(hit);
    const isPreferred = kind === 'preferred' || hasPreferredMarker(sentenceAt(hit.start));
    if (isPreferred) preferred.add(hit.id);
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
  for (const id of [...required, ...preferred]) {
    const skill = lexicon.get(id);
    if (!skill) continue;
    for (const s of [skill.name, ...skill.aliases]) for (const t of tokenize(s)) excluded.add(t.norm);
  }
  const sections: string[][] = [];
  let current: string[] = [];
  masked.forEach((line, i) => {
    if (kinds[i] === 'heading') { if (current.length) sections.push(current); current = []; return; }
    if (kinds[i] !== 'boilerplate') current.push(line);
  });
  if (current.length) sections.push(current);
  const { title, company } = findTitleAndCompany(lines);
  for (const w of (title ?? '').toLowerCase().split(/\W+/)) if (w) excluded.add(w);
  // A company's words are its name, unless the post also uses them as plain words ("Northwind
  // Payments" and "our payments platform").
  const plain = new Set(tokenize(maskedText).filter((t) => t.raw === t.norm).map((t) => t.norm));
  for (const w of (company ?? '').toLowerCase().split(/\W+/)) if (w && !plain.has(w)) excluded.add(w);

  const alternatives = alternativeGroups(kept, maskedText, lexicon)
    .filter((g) => g.every((id) => required.has(id)) || g.every((id) => preferred.has(id)));

  return {
    title,
    company,
    required: [...required],
    preferred: hasSplit || preferred.size > 0 ? [...preferred] : [],
    keywords: extractKeywords(sections, excluded),
    yearsRequired,
    text,
    ...(alternatives.length ? { alternatives } : {}),
  };
}


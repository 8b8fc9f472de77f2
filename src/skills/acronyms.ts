/**
 * "Turn Marketing Qualified Leads (MQL) into Sales Qualified Leads (SQL)", "our Customer Success
 * Managers (CSMs)", "Incident Response (IR)": a text that spells an acronym out as something else
 * means that by it wherever it uses it, so the skill the lexicon knows by those letters (SQL the
 * query language, CSM the Scrum certificate, IR investor relations) is not what it names.
 */
import type { Lexicon } from './lexicon.js';

/** Words an acronym skips ("Identity and Access Management" is IAM). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'with', 'by', '&']);
/** The acronym in parentheses, a plural or possessive allowed ("(CSMs)"), and the words before it. */
const ACRONYM_IN_PARENS = /\(\s*(\p{Lu}{2,6})(?:s|'s|’s)?\s*\)/gu;
const WORDS_BEFORE = /(?:[\p{L}][\p{L}'’-]*[ \t]+){1,6}$/u;
const ACRONYM_SURFACE = /^(\p{Lu}{2,6})(?:s|'s|’s)?$/u;

/** The acronyms the text spells out, each with the words it stands for ("SQL" -> "Sales Qualified Leads"). */
export function spelledOutAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  // Found from each parenthesis back: a pattern tried at every word of a long post costs more.
  for (const m of text.matchAll(ACRONYM_IN_PARENS)) {
    const acronym = m[1]!;
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[0];
    if (!before) continue;
    const words = before.trim().split(/[ \t]+/);
    // From the last word back, the initials of the words that count (each part of "Go-To-Market").
    let initials = '';
    let from = words.length;
    while (from > 0 && initials.length < acronym.length) {
      const word = words[from - 1]!;
      from--;
      if (SMALL_WORDS.has(word.toLowerCase())) continue;
      initials = word.split('-').filter(Boolean).map((part) => part[0]!).join('') + initials;
    }
    if (initials.toUpperCase() === acronym && !out.has(acronym)) out.set(acronym, words.slice(from).join(' '));
  }
  return out;
}

/** Letters and digits only, the small words left out: "extract transform and load" is "extract, transform, load". */
const squash = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w && !SMALL_WORDS.has(w)).join('');

/**
 * Drops the hits whose words are an acronym the text spells out as something other than their
 * skill. `names(words)` gives the skills some words name (the matcher, without this rule).
 */
export function withoutRedefinedAcronyms<H extends { id: string; surface: string }>(
  hits: H[], text: string, lexicon: Lexicon, names: (words: string) => string[],
): H[] {
  if (!hits.some((h) => ACRONYM_SURFACE.test(h.surface))) return hits;
  const spelled = spelledOutAcronyms(text);
  if (spelled.size === 0) return hits;
  const meansSkill = new Map<string, boolean>();
  return hits.filter((h) => {
    const acronym = ACRONYM_SURFACE.exec(h.surface)?.[1];
    const words = acronym ? spelled.get(acronym) : undefined;
    if (words === undefined) return true;
    const key = `${acronym} ${h.id}`;
    let same = meansSkill.get(key);
    if (same === undefined) {
      const skill = lexicon.get(h.id);
      // "Structured Query Language (SQL)" is SQL: the words name it or what it implies ("Web Content
      // Accessibility Guidelines" names accessibility, which WCAG implies), or are its name or an alias.
      const spellings = new Set([skill?.name ?? '', ...(skill?.aliases ?? [])].map(squash));
      const implied = new Set(lexicon.implied(h.id));
      same = names(words).some((id) => id === h.id || implied.has(id)) || spellings.has(squash(words));
      meansSkill.set(key, same);
    }
    return same;
  });
}

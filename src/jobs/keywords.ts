import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import { tokenize, stem, type Token } from '../skills/tokens.js';
import { getJobVocabulary } from './vocabulary.js';
import { compareText } from '../text/compare.js';

/**
 * natural's TF-IDF is imported with this module, so the CLI bundle carries it in its code cache:
 * required on the first job post instead, it was compiled afresh by every `ats check --job`
 * (~17 ms), while evaluating it with the bundle costs a role-only check next to nothing.
 */
const stopwords = new Set(naturalStopwords);

/** At most this many extra keywords, so noise from a long post cannot dominate the score. */
export const MAX_JOB_KEYWORDS = 10;
/** A two-word phrase must recur to matter; a single word, being noisier, more often. */
const MIN_PHRASE_COUNT = 2;
const MIN_WORD_COUNT = 3;

/**
 * Recurring terms of a post beyond the lexicon skills, weighted by TF-IDF across the post's own
 * sections: a term repeated inside one part of the post outranks one scattered everywhere.
 * Returns lower-case words or two-word phrases with weights in 0..1.
 */
export function extractKeywords(sections: KeywordSection[], excluded: Set<string>): { term: string; weight: number }[] {
  const v = getJobVocabulary();
  const docs = sections.map((section) => candidateTerms(section, v.stopwords, excluded)).filter((d) => d.length > 0);
  const weak = new Set([...v.weakWords].map((w) => stem(w)));
  if (docs.length === 0) return [];
  const tfidf = new TfIdf();
  // Documents go in as term lists (keys are lower case already), less natural's stopwords, which
  // it drops from a document given as text: the same counts, without a string to split per call.
  for (const doc of docs) tfidf.addDocument(doc.map((t) => t.key).filter((k) => !stopwords.has(k)));
  const counts = new Map<string, { count: number; label: string; labels: Map<string, number> }>();
  for (const doc of docs) for (const t of doc) {
    const entry = counts.get(t.key) ?? { count: 0, label: t.label, labels: new Map<string, number>() };
    entry.count++;
    entry.labels.set(t.label, (entry.labels.get(t.label) ?? 0) + 1);
    counts.set(t.key, entry);
  }
  // Shown as the post most often writes it ("ingestion", not the one-off "ingest").
  for (const e of counts.values()) {
    let best = 0;
    for (const [label, n] of e.labels) if (n > best) { best = n; e.label = label; }
  }
  const scored = [...counts.entries()]
    .filter(([key, e]) => e.count >= (key.includes(' ') ? MIN_PHRASE_COUNT : MIN_WORD_COUNT))
    // "systems" or "data" alone says nothing; inside "payment systems" it does.
    .filter(([key]) => key.includes(' ') ? !key.split(' ').every((w) => weak.has(w)) : !weak.has(key))
    .map(([key, e]) => {
      let best = 0;
      for (const value of tfidf.tfidfs([key])) best = Math.max(best, value);
      return { key, label: e.label, score: best + e.count };
    })
    .sort((a, b) => b.score - a.score || compareText(a.key, b.key));
  // A phrase that carries most uses of its word stands for it: "fraud detection" rather than
  // "fraud" and "detection" apart.
  const countOf = (key: string) => counts.get(key)?.count ?? 0;
  const phrasesWith = new Map<string, typeof scored>();
  for (const p of scored) {
    if (!p.key.includes(' ')) continue;
    for (const w of new Set(p.key.split(' '))) {
      const list = phrasesWith.get(w);
      if (list) list.push(p);
      else phrasesWith.set(w, [p]);
    }
  }
  const ranked = scored.map((s) => {
    if (s.key.includes(' ')) return s;
    const phrase = phrasesWith.get(s.key)?.find((p) => countOf(p.key) * 3 >= countOf(s.key) * 2);
    return phrase ? { ...phrase, score: Math.max(phrase.score, s.score) } : s;
  }).sort((a, b) => b.score - a.score || compareText(a.key, b.key));
  // A bigram absorbs its words so "payment systems" does not also list "payment".
  const chosen: typeof scored = [];
  for (const s of ranked) {
    if (chosen.some((c) => c.key === s.key)) continue;
    if (chosen.length >= MAX_JOB_KEYWORDS) break;
    if (chosen.some((c) => c.key.split(' ').includes(s.key) || s.key.split(' ').includes(c.key))) continue;
    chosen.push(s);
  }
  const max = chosen[0]?.score ?? 1;
  return chosen.map((c) => ({ term: c.label, weight: Math.round((c.score / max) * 100) / 100 }));
}

/**
 * A section as the keyword pass reads it: its tokens, and the text the gaps between them are read
 * from. The post's own tokens serve a section with no link in it (see keywordSection).
 */
export interface KeywordSection { tokens: readonly Token[]; text: string }

/** A line that holds a link: a markdown link or an address (`keywordSection` takes them out). */
export const LINK_IN_LINE = /\]\(|\b(?:https?:\/\/|www\.)/i;

/** A section's lines tokenised with links taken out: links are addresses, not skills a screener looks for. */
export function keywordSection(lines: string[]): KeywordSection {
  const text = lines.join('\n');
  return { text, tokens: tokenize(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')) };
}

const CANDIDATE_WORD = /^[a-z][a-z-]{2,}$/;

function candidateTerms({ tokens, text }: KeywordSection, stopwords: Set<string>, excluded: Set<string>): { key: string; label: string }[] {
  const out: { key: string; label: string }[] = [];
  // Each token is asked once, as itself and as the second word of a pair.
  const ok = tokens.map((t) => CANDIDATE_WORD.test(t.norm) && !stopwords.has(t.norm) && !excluded.has(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ok[i]) continue;
    const key = stem(t.norm);
    out.push({ key, label: t.norm });
    const next = tokens[i + 1];
    if (next && ok[i + 1] && next.line === t.line && text.slice(t.end, next.start).trim() === '') {
      out.push({ key: `${key} ${stem(next.norm)}`, label: `${t.norm} ${next.norm}` });
    }
  }
  return out;
}

/** Does the text contain the keyword, by stems ("scaling" meets "scale")? */
export function textHasKeyword(textStems: Set<string>, textBigrams: Set<string>, term: string): boolean {
  const parts = term.split(' ').map((w) => stem(w));
  return parts.length === 1 ? textStems.has(parts[0]!) : textBigrams.has(parts.join(' '));
}

export function stemIndex(text: string): { stems: Set<string>; bigrams: Set<string> } {
  const tokens = tokenize(text);
  const stems = new Set<string>();
  const bigrams = new Set<string>();
  const stemmed = tokens.map((t) => stem(t.norm));
  stemmed.forEach((s, i) => {
    stems.add(s);
    const next = stemmed[i + 1];
    if (next !== undefined) bigrams.add(`${s} ${next}`);
  });
  return { stems, bigrams };
}

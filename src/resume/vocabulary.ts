import path from 'node:path';
import { z } from '../validation/zod.js';
import { readDataFile } from '../validation/data-file.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { SectionKind } from './types.js';

const vocabularySchema = z.object({
  headings: z.record(z.string(), z.array(z.string())),
  actionVerbs: z.array(z.string()),
  weakLeads: z.array(z.string()),
  titleWords: z.array(z.string()),
  /** Weak leads with the stronger verb a rewrite offers ("used" -> "Applied"). */
  strongerVerbs: z.record(z.string(), z.string()).default({}),
  regionWords: z.object({ about: z.string(), words: z.array(z.string()) }).default({ about: '', words: [] }),
});

export interface ResumeVocabulary {
  headings: Map<string, SectionKind>;
  actionVerbs: Set<string>;
  /** Longest first, so "worked on" is found before "worked". */
  weakLeads: string[];
  titleWords: Set<string>;
  strongerVerbs: Map<string, string>;
  /** ", TX Senior Developer": a region between a city's comma and a title, on one line. */
  regionBeforeTitle: RegExp;
}

let cached: ResumeVocabulary | null = null;

/** Heading names, action verbs and title words: data, so they grow without code changes. */
export function getVocabulary(): ResumeVocabulary {
  if (cached) return cached;
  const raw = readDataFile(path.join(PACKAGE_ROOT, 'data', 'resume-vocabulary.json'), import.meta.url, (data) => vocabularySchema.parse(data));
  const headings = new Map<string, SectionKind>();
  for (const [kind, names] of Object.entries(raw.headings)) for (const n of names) headings.set(n, kind as SectionKind);
  cached = {
    headings,
    actionVerbs: new Set(raw.actionVerbs.map((v) => v.toLowerCase())),
    weakLeads: raw.weakLeads.map((v) => v.toLowerCase()).sort((a, b) => b.length - a.length),
    titleWords: new Set(raw.titleWords.map((v) => v.toLowerCase())),
    strongerVerbs: new Map(Object.entries(raw.strongerVerbs).map(([k, v]) => [k.toLowerCase(), v])),
    regionBeforeTitle: new RegExp(`,\\s*(?:${raw.regionWords.words.join('|')})\\s+(?=\\p{Lu})`, 'gu'),
  };
  return cached;
}

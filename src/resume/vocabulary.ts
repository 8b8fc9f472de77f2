import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../paths.js';
import type { SectionKind } from './types.js';

const vocabularySchema = z.object({
  headings: z.record(z.string(), z.array(z.string())),
  actionVerbs: z.array(z.string()),
  weakLeads: z.array(z.string()),
  titleWords: z.array(z.string()),
});

export interface ResumeVocabulary {
  headings: Map<string, SectionKind>;
  actionVerbs: Set<string>;
  weakLeads: string[];
  titleWords: Set<string>;
}

let cached: ResumeVocabulary | null = null;

/** Heading names, action verbs and title words: data, so they grow without code changes. */
export function getVocabulary(): ResumeVocabulary {
  if (cached) return cached;
  const raw = vocabularySchema.parse(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'data', 'resume-vocabulary.json'), 'utf8')));
  const headings = new Map<string, SectionKind>();
  for (const [kind, names] of Object.entries(raw.headings)) for (const n of names) headings.set(n, kind as SectionKind);
  cached = {
    headings,
    actionVerbs: new Set(raw.actionVerbs.map((v) => v.toLowerCase())),
    weakLeads: raw.weakLeads.map((v) => v.toLowerCase()),
    titleWords: new Set(raw.titleWords.map((v) => v.toLowerCase())),
  };
  return cached;
}

import path from 'node:path';
import { z } from '../validation/zod.js';
import { readDataFile } from '../validation/data-file.js';
import { PACKAGE_ROOT } from '../paths.js';

const schema = z.object({
  requiredHeadings: z.array(z.string()),
  preferredHeadings: z.array(z.string()),
  neutralHeadings: z.array(z.string()),
  boilerplateHeadings: z.array(z.string()),
  boilerplatePhrases: z.array(z.string()),
  preferredMarkers: z.array(z.string()),
  /**
   * What makes a lead-in line that ends in a colon a wish, so the list below it is nice-to-haves
   * ("It would be good if you have ... some of the following:"); whole words. Not the learning
   * markers: "eager to learn ... Our tech stack includes:" lists the team's stack.
   */
  wishLeadInMarkers: z.array(z.string()).default([]),
  keywordStopwords: z.array(z.string()),
  /** Whole lines of page furniture ("show more", "apply now"), compared as heading keys; prefixes match too. */
  chromeLines: z.array(z.string()).default([]),
  /** Words too generic to stand alone as a keyword but fine inside a phrase ("payment systems"). */
  keywordWeakWords: z.array(z.string()).default([]),
  /** Specialties a title may name in a parenthesis ("Senior Product Engineer (Frontend)"): the job is also "Senior Frontend Engineer". */
  titleSpecialties: z.array(z.string()).default([]),
  /** Countries and regions as a post's header names them ("Austria - Remote - Fulltime"): a place, not the employer. */
  places: z.array(z.string()).default([]),
});

export type JobVocabulary = z.infer<typeof schema> & { stopwords: Set<string>; weakWords: Set<string>; placeNames: Set<string> };

let cached: JobVocabulary | null = null;

/** Job-post headings, boilerplate and stopwords: data, so they grow without code changes. */
export function getJobVocabulary(): JobVocabulary {
  if (cached) return cached;
  const raw = readDataFile(path.join(PACKAGE_ROOT, 'data', 'job-vocabulary.json'), import.meta.url, (data) => schema.parse(data));
  cached = {
    ...raw, stopwords: new Set(raw.keywordStopwords), weakWords: new Set(raw.keywordWeakWords),
    placeNames: new Set(raw.places.map((p) => p.toLowerCase())),
  };
  return cached;
}

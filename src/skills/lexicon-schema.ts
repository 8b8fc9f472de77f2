import { z } from '../validation/zod.js';

/** Categories group the lexicon for display and for readiness checks; keep the list closed. */
export const SKILL_CATEGORIES = [
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'data', 'ml', 'testing',
  'practice', 'security', 'mobile', 'design', 'product', 'tool', 'soft',
  // Beyond software (2026.12.1): the concepts of these trades. Their branded products (QuickBooks,
  // Workday, Epic, Marketo) are `tool`, so that they read as proper nouns and as employers on a header line.
  'accounting', 'finance', 'business', 'marketing', 'sales', 'hr', 'healthcare', 'education', 'office',
] as const;

export const skillEntrySchema = z.object({
  /** Stable id, kebab-case ("nodejs", "cpp", "ci-cd"). Role files and reports point at it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Display label ("Node.js"). Also matched, like an alias. */
  name: z.string().min(1),
  category: z.enum(SKILL_CATEGORIES),
  /** Other spellings that mean exactly this skill ("nodejs", "node.js"). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Spellings (name or aliases) that are ordinary words or too short to trust alone ("Go", "R",
   * "Swift", "Node"): they count only inside a skills list or next to technical context.
   */
  ambiguous: z.array(z.string().min(1)).default([]),
  /** Ids this skill implies for matching (Next.js implies React); never shown as found. */
  implies: z.array(z.string()).default([]),
  /**
   * Spellings (name or aliases) that, written in lower case, are everyday English words ("react",
   * "jest", "bash", "tailwind"). Capitalised inside a sentence they count as the skill; in lower case,
   * or first in a sentence, they count only as ambiguous spellings do.
   */
  lowercaseWords: z.array(z.string().min(1)).default([]),
  /**
   * A generic practice or everyday-work term a recruiter does not screen on (documentation, problem
   * solving, attention to detail, teamwork, time management, ownership, customer focus); it weighs a
   * small fraction of a hard skill. Every `soft` skill is generic by definition and need not be marked.
   */
  generic: z.boolean().default(false),
  /**
   * A licence, certification or professional qualification (CPA, ACCA, CISSP, a state teaching
   * licence): what a post that requires one screens on first, since it cannot be learnt on the job.
   */
  credential: z.boolean().default(false),
});

export const lexiconSchema = z.object({
  version: z.string().min(1),
  skills: z.array(skillEntrySchema).min(1),
  /**
   * Ordinary phrases that contain a skill's spelling but name no skill ("R&D", "C-suite",
   * "an agile mind", "leadership team"). The matcher reads them first and reports nothing.
   */
  ordinary: z.array(z.string().min(1)).default([]),
  /**
   * Skills a resume shows by showing all of their parts, as a recruiter reads them: full-stack
   * development is front-end and back-end work together. Each part may be met by a skill that implies it.
   */
  combinations: z.array(z.object({ id: z.string().min(1), all: z.array(z.string().min(1)).min(2) })).default([]),
  /**
   * A spelling two trades use for different things ("EMR": Amazon's big-data service, or a clinic's
   * electronic medical records): read as `from` only beside one of `near` on the same line (AWS,
   * Spark, Glue), else as `to`.
   */
  senses: z.array(z.object({
    spelling: z.string().min(1), from: z.string().min(1), to: z.string().min(1), near: z.array(z.string().min(1)).min(1),
  })).default([]),
});

export type SkillEntry = z.infer<typeof skillEntrySchema>;
export type SkillSense = z.infer<typeof lexiconSchema>['senses'][number];
export type LexiconData = z.infer<typeof lexiconSchema>;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

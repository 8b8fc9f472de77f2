import { z } from '../validation/zod.js';

/** This module, whose code a stored validated role must have been made by (see validation/data-file.ts). */
export const ROLE_SCHEMA_MODULE = import.meta.url;

/**
 * One requirement of a role: any one of `anyOf` satisfies it ("Node.js / Java / Python").
 * "SQL & NoSQL" is two requirements, one per side.
 */
export const roleRequirementSchema = z.object({
  label: z.string().min(1),
  anyOf: z.array(z.string().min(1)).min(1),
  /** 1 (nice to have) .. 3 (core). */
  weight: z.number().int().min(1).max(3),
  required: z.boolean(),
  /** Where proving it belongs, quoted in fixes: the guide's bullet that shows this skill. */
  bullet: z.string().optional(),
});

export const roleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  /** Group shown by `/ats roles` ("Engineering", "Data & AI", "Product & Design", "Security"). */
  group: z.string().min(1),
  /** Titles and aliases that resolve to this role and count as a title match on a resume. */
  titles: z.array(z.string().min(1)).min(1),
  requirements: z.array(roleRequirementSchema).min(1),
  /** ATS keywords: phrases a screener looks for beyond lexicon skills ("system design"). */
  keywords: z.array(z.string().min(1)).default([]),
  /** The guide's summary, with [placeholders] for the person's own facts. */
  summaryTemplate: z.string().min(1),
  /** Example experience bullets (action verb first, metric placeholder last). */
  bullets: z.array(z.string().min(1)).min(1),
  education: z.array(z.string().min(1)).default([]),
  /** Years below which one page is expected. */
  onePageUnderYears: z.number().default(7),
  source: z.string().min(1),
});

export type RoleRequirement = z.infer<typeof roleRequirementSchema>;
export type RoleProfile = z.infer<typeof roleSchema>;

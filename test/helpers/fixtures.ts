import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const resumePath = (name: string) => path.join(FIXTURES, 'resumes', name);
export const jobPath = (name: string) => path.join(FIXTURES, 'jobs', name);
export const resumeBytes = (name: string) => new Uint8Array(readFileSync(resumePath(name)));
export const jobBytes = (name: string) => new Uint8Array(readFileSync(jobPath(name)));
/** A fixed "today", so "Present" and total years never drift with the calendar. */
export const TODAY = new Date('2025-01-15T00:00:00Z');
/** The image-only scan has no text layer: every other fixture resume can be read and scored. */
export const SCANNED_RESUME = 'jake-image-only-scan.pdf';
/** Every readable fixture resume, so a fixture added later is covered by the "every fixture" tests. */
export const READABLE_RESUMES = readdirSync(path.join(FIXTURES, 'resumes')).filter((f) => f !== SCANNED_RESUME).sort();

/**
 * The calibration set: real (resume, job post) pairs written by others, each labelled with the band
 * a recruiter would give (test/fixtures/calibration/<set>/pairs.json). Read and scored exactly the
 * way `ats check --json --job` does, so the agreement measured here is the contract's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { analyze } from '../src/analysis/index.js';
import { bandOf } from '../src/analysis/index.js';
import { readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import type { Band } from '../src/analysis/report.js';
import { PACKAGE_ROOT } from '../src/paths.js';

export const CALIBRATION_DIR = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'calibration');
/** "Today" for the set, so "Present" and total years never drift with the calendar. */
export const CALIBRATION_TODAY = new Date('2026-12-01T00:00:00Z');

const pairSchema = z.object({
  id: z.string().min(1),
  resume: z.string().min(1),
  job: z.string().min(1),
  role: z.string().nullable().optional(),
  band: z.enum(['strong', 'close', 'needs-work']),
  why: z.string().min(1),
});
export type CalibrationPair = z.infer<typeof pairSchema> & { set: string };

export interface ScoredPair extends CalibrationPair {
  score: number;
  predicted: Band;
  /** With the post's closest role profile too (`--role` and `--job`), when the pair names one. */
  withRole: number | null;
}

export function loadPairs(dir = CALIBRATION_DIR): CalibrationPair[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name)).flatMap((d) => {
    const file = path.join(dir, d.name, 'pairs.json');
    if (!existsSync(file)) return [];
    return z.array(pairSchema).parse(JSON.parse(readFileSync(file, 'utf8'))).map((p) => ({ ...p, set: d.name }));
  });
}

export async function scorePairs(pairs: CalibrationPair[], dir = CALIBRATION_DIR): Promise<ScoredPair[]> {
  const roles = getRoles();
  const out: ScoredPair[] = [];
  for (const p of pairs) {
    const base = path.join(dir, p.set);
    const resume = await readResumeFile(new Uint8Array(readFileSync(path.join(base, p.resume))), undefined, CALIBRATION_TODAY);
    const job = await readJobPostFile(new Uint8Array(readFileSync(path.join(base, p.job))));
    const score = analyze({ resume, job }).score;
    const role = p.role ? roles.get(p.role) : undefined;
    out.push({ ...p, score, predicted: bandOf(score), withRole: role ? analyze({ resume, job, role }).score : null });
  }
  return out;
}

export interface Agreement {
  pairs: number;
  bandAgreement: number;
  /** Per post: (fitting, needs-work) pairs where the fitting resume scores higher, of all such pairs. */
  rankedRight: number;
  rankedPairs: number;
  /** Fitting resumes that score at or below a needs-work resume for the same post. */
  misranked: { job: string; fitting: string; fittingScore: number; unfit: string; unfitScore: number }[];
  confusion: Record<Band, Record<Band, number>>;
  /** Share of pairs where ATS Bot and the recruiter agree on fit (strong or close) versus needs-work. */
  fitAgreement: number;
}

const BANDS: Band[] = ['strong', 'close', 'needs-work'];

export function agreement(scored: ScoredPair[]): Agreement {
  const confusion = Object.fromEntries(BANDS.map((b) => [b, Object.fromEntries(BANDS.map((c) => [c, 0]))])) as Agreement['confusion'];
  for (const s of scored) confusion[s.band][s.predicted]++;
  const misranked: Agreement['misranked'] = [];
  let rankedPairs = 0;
  const byJob = new Map<string, ScoredPair[]>();
  for (const s of scored) byJob.set(`${s.set}/${s.job}`, [...(byJob.get(`${s.set}/${s.job}`) ?? []), s]);
  for (const [job, list] of byJob) {
    for (const fit of list.filter((s) => s.band !== 'needs-work')) {
      for (const unfit of list.filter((s) => s.band === 'needs-work')) {
        rankedPairs++;
        if (fit.score <= unfit.score) misranked.push({ job, fitting: fit.resume, fittingScore: fit.score, unfit: unfit.resume, unfitScore: unfit.score });
      }
    }
  }
  const agree = scored.filter((s) => s.band === s.predicted).length;
  const fits = (b: Band) => b !== 'needs-work';
  const fitAgree = scored.filter((s) => fits(s.band) === fits(s.predicted)).length;
  return {
    pairs: scored.length, bandAgreement: scored.length ? agree / scored.length : 0,
    rankedRight: rankedPairs - misranked.length, rankedPairs, misranked, confusion,
    fitAgreement: scored.length ? fitAgree / scored.length : 0,
  };
}

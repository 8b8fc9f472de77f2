import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, readJobPostFile, readJobPostText, readResumeFile } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import { CALIBRATION_DIR, loadPairs } from '../bench/calibration-set.js';
import { FIXTURES, TODAY } from './helpers/fixtures.js';

/**
 * Speed work must not change answers, on more inputs than the fixture resumes: every calibration
 * pair's reports (against its post and its role), every job post as read (fixtures, calibration
 * posts, and long posts made of whole fixture posts one after another), each stored as the score
 * and a SHA-256 of the canonical JSON. Re-bake only on a deliberate scoring change:
 * `UPDATE_GOLDEN=1 npx vitest run test/golden-calibration.test.ts`.
 */
const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden', 'calibration.json');
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const bytes = (file: string) => new Uint8Array(readFileSync(file));

/** Long posts: the fixture posts' text one after another, up to `chars` characters (whole lines). */
function longPost(posts: string[], chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${posts[i % posts.length]}\n\n`;
  const lines = text.split('\n');
  while (lines.join('\n').length > chars) lines.pop();
  return lines.join('\n');
}

async function current(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const jobsDir = path.join(FIXTURES, 'jobs');
  const texts: string[] = [];
  for (const f of readdirSync(jobsDir).sort()) {
    const job = await readJobPostFile(bytes(path.join(jobsDir, f)));
    texts.push(job.text);
    out[`job:${f}`] = digest(job);
  }
  for (const chars of [10_000, 30_000]) out[`job:long-${chars}`] = digest(readJobPostText(longPost(texts, chars)));
  for (const set of readdirSync(CALIBRATION_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = path.join(CALIBRATION_DIR, set, 'jobs');
    for (const f of readdirSync(dir).sort()) out[`job:${set}/${f}`] = digest(await readJobPostFile(bytes(path.join(dir, f))));
  }
  for (const p of loadPairs()) {
    const base = path.join(CALIBRATION_DIR, p.set);
    const resume = await readResumeFile(bytes(path.join(base, p.resume)), undefined, TODAY);
    const job = await readJobPostFile(bytes(path.join(base, p.job)));
    const withJob = analyze({ resume, job });
    const withRole = analyze({ resume, role: getRoles().get(p.role ?? '') ?? null });
    out[`pair:${p.set}/${p.id}`] = `${withJob.score}/${withRole.score} ${digest({ resume, withJob, withRole })}`;
  }
  return out;
}

describe('calibration pairs and job posts read exactly as the stored golden digests', () => {
  it('every report and every parsed post is unchanged', async () => {
    const now = await current();
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, JSON.stringify(now, null, 1) + '\n');
    }
    expect(existsSync(GOLDEN), 'no golden digests: bake them with UPDATE_GOLDEN=1').toBe(true);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
    const changed = Object.keys({ ...golden, ...now }).filter((k) => golden[k] !== now[k]);
    expect(changed, 'these answers changed (job-score/role-score digest)').toEqual([]);
  }, 120_000);
});

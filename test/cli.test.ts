import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resumePath, jobPath } from './helpers/fixtures.js';
import { buildPngAsPdf, buildEncryptedPdf, buildZipBombDocx, buildLargeFile, buildTruncatedPdf, buildManyPagePdf } from './helpers/bad-files.js';
import { readFileSync } from 'node:fs';

// The CLI runs from the build (npm test builds first), exactly as `npx ats` does.
const ATS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'ats.js');

function ats(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ATS, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'ats-cli-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array) => { const p = path.join(dir, name); writeFileSync(p, bytes); return p; };

describe('ats check --json: the contract', () => {
  it('prints exactly one JSON object with every contract field', async () => {
    const { code, stdout } = await ats(['check', resumePath('rm-template-single-column.pdf'), '--role', 'back-end engineer', '--job', jobPath('rm-jd-backend-engineer.txt'), '--json']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const r = JSON.parse(stdout);
    expect(typeof r.version).toBe('string');
    expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
    expect(Number.isInteger(r.readiness) && r.readiness >= 0 && r.readiness <= 100).toBe(true);
    expect(['strong', 'close', 'needs-work']).toContain(r.band);
    expect(r.target).toMatchObject({ role: 'backend-developer', job: { title: 'Senior Backend Engineer' } });
    expect(r.target.job).toHaveProperty('company');
    for (const list of ['found', 'matched']) for (const s of r.skills[list]) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'name']));
    for (const m of r.skills.missing) expect(typeof m.required).toBe('boolean');
    expect(r.skills.found.map((s: { id: string }) => s.id)).toContain('kafka');
    expect(r.contact).toMatchObject({ email: 'john.doe@email.com', phone: '+1 (415) 555-0142' });
    expect(Array.isArray(r.contact.links)).toBe(true);
    expect(typeof r.experienceYears).toBe('number');
    for (const c of r.checks) {
      expect(typeof c.id).toBe('string');
      expect(typeof c.passed).toBe('boolean');
      expect(typeof c.message).toBe('string');
      expect(c.fix === null || typeof c.fix === 'string').toBe(true);
    }
    expect(r.summary.length).toBeGreaterThan(40);
  });

  it('without a role or job, infers one and says so', async () => {
    const { code, stdout } = await ats(['check', resumePath('rm-barry-allen-frontend.pdf'), '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.target).toMatchObject({ role: 'frontend-developer', job: null, roleInferred: true });
  });

  it('prints a readable report without --json', async () => {
    const { code, stdout } = await ats(['check', resumePath('rm-john-doe-java.txt'), '--role', 'full-stack-developer']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ATS match for Full[- ]Stack Developer: \d+\/100/i);
    expect(stdout).toContain('Suggested summary');
  });
});

describe('ats check: bad input exits 2 with a typed error and no stack trace', () => {
  const cases: [string, () => string, string][] = [
    ['a PNG renamed .pdf', () => write('photo.pdf', buildPngAsPdf()), 'unsupported-type'],
    ['an encrypted PDF', () => write('locked.pdf', buildEncryptedPdf()), 'encrypted'],
    ['a truncated PDF', () => write('cut.pdf', buildTruncatedPdf(new Uint8Array(readFileSync(resumePath('rm-barry-allen-frontend.pdf'))))), 'corrupt'],
    ['a zip bomb renamed .docx', () => write('bomb.docx', buildZipBombDocx()), 'corrupt'],
    ['an empty file', () => write('empty.pdf', new Uint8Array(0)), 'empty'],
    ['an 11 MB file', () => write('huge.pdf', buildLargeFile(11 * 1024 * 1024)), 'too-large'],
    ['a 21-page PDF', () => write('long.pdf', buildManyPagePdf(21)), 'too-many-pages'],
    ['the scanned PDF', () => resumePath('jake-image-only-scan.pdf'), 'no-text'],
    ['a file that does not exist', () => path.join(dir, 'nope.pdf'), 'not-found'],
  ];
  it.each(cases)('%s', async (_label, file, expected) => {
    const { code, stdout, stderr } = await ats(['check', file(), '--json']);
    expect(code).toBe(2);
    const out = JSON.parse(stdout);
    expect(out.error.code).toBe(expected);
    expect(out.error.message.length).toBeGreaterThan(10);
    expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('an unknown role suggests the closest ones', async () => {
    const { code, stdout } = await ats(['check', resumePath('rm-john-doe-java.txt'), '--role', 'backend dev', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).target.role).toBe('backend-developer');
    const near = await ats(['check', resumePath('rm-john-doe-java.txt'), '--role', 'data person', '--json']);
    expect(near.code).toBe(2);
    expect(JSON.parse(near.stdout).error).toMatchObject({ code: 'unknown-role', message: expect.stringMatching(/Closest: .*data-scientist.*data-analyst|Closest: .*data-analyst.*data-scientist/) });
    const far = await ats(['check', resumePath('rm-john-doe-java.txt'), '--role', 'astronaut', '--json']);
    expect(far.code).toBe(2);
    expect(JSON.parse(far.stdout).error.code).toBe('unknown-role');
  });
});

describe('the bundled CLI (dist/cli/ats.cjs, which bin/ats.js runs) answers as the modules do', () => {
  const bundle = path.join(path.dirname(ATS), '..', 'dist', 'cli', 'ats.cjs');
  it('npm run build made the bundle and its code cache', () => {
    expect(readFileSync(bundle).length).toBeGreaterThan(100_000);
    expect(readFileSync(`${bundle}.cache`).length).toBeGreaterThan(100_000);
  });

  it.each([
    ['rm-barry-allen-frontend.pdf', ['--role', 'frontend-developer']],
    ['jsonresume-senior-engineer-header-table.docx', ['--job', jobPath('rm-jd-backend-engineer.txt')]],
    ['rm-john-doe-java.txt', []],
  ])('%s: the same report as analyze() in this process', async (file, args) => {
    const { code, stdout } = await ats(['check', resumePath(file), ...args, '--json']);
    expect(code).toBe(0);
    const { analyze, readJobPostFile, readResumeFile } = await import('../src/analysis/pipeline.js');
    const { getRoles } = await import('../src/roles/registry.js');
    const resume = await readResumeFile(new Uint8Array(readFileSync(resumePath(file))));
    const role = args[0] === '--role' ? getRoles().resolve(args[1]!).role : null;
    const job = args[0] === '--job' ? await readJobPostFile(new Uint8Array(readFileSync(args[1]!))) : null;
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyze({ resume, role, job }))));
  });
});

describe('ats check: a reader that stops early', () => {
  // `ats check cv.pdf | head -1`: the pipe closes before the answer is written. Unix tools end
  // quietly then; an unhandled EPIPE would print a Node stack trace and exit 1.
  it('ends with code 0 and no stack trace when stdout closes first', async () => {
    const child = spawn(process.execPath, [ATS, 'check', resumePath('rm-barry-allen-frontend.pdf'), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

/** `ats check ... --card out.png` and the console's `card <file.png>`, run from the build as people run them. */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { BANDS } from '../src/analysis/bands.js';
import { CARD_HEIGHT, CARD_WIDTH, gaugePixel } from '../src/scorecard/index.js';
import { resumePath } from './helpers/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ATS = path.join(ROOT, 'bin', 'ats.js');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'ats-card-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ats(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ATS, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function gaugeHex(file: string, score: number): string {
  const img = PNG.sync.read(readFileSync(file));
  expect([img.width, img.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  const p = gaugePixel(score / 200);
  const i = (p.y * img.width + p.x) * 4;
  return '#' + [0, 1, 2].map((k) => img.data[i + k]!.toString(16).padStart(2, '0')).join('');
}

describe('ats check --card', () => {
  it('writes the card beside the JSON report, which stays one object on stdout', async () => {
    const out = path.join(dir, 'out.png');
    const { code, stdout } = await ats(['check', resumePath('openresume-john-doe-swe.pdf'), '--role', 'backend-developer', '--json', '--card', out]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { score: number; band: keyof typeof BANDS };
    expect(gaugeHex(out, report.score)).toBe(BANDS[report.band].hex);
  });

  it('a folder that does not exist: a clear error, exit code 2', async () => {
    const { code, stderr } = await ats(['check', resumePath('rm-john-doe-java.txt'), '--card', path.join(dir, 'no', 'such', 'dir', 'x.png')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ats: Cannot write the scorecard to .*x\.png \(ENOENT\)\./);
  });
});

describe('the console: card <file.png>', () => {
  it('saves the last report\'s scorecard', async () => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', LOG_LEVEL: 'warn', WORKERS: '1', STORE_URL: 'memory',
        TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.stdin.write('card early.png\n');
    child.stdin.write(`/ats backend-developer\n${resumePath('openresume-john-doe-swe.pdf')}\ncard saved.png\nquit\n`);
    expect(await exited).toBe(0);
    expect(out).toContain('No scorecard yet');
    expect(out).toContain('Scorecard image: type card <file.png> to save it.');
    expect(out).toContain(`Scorecard saved to ${path.join(dir, 'saved.png')}`);
    expect(existsSync(path.join(dir, 'early.png'))).toBe(false);
    const score = Number(/Match score: (\d+)\/100/.exec(out)![1]);
    const band = score >= 80 ? 'strong' : score >= 60 ? 'close' : 'needs-work';
    expect(gaugeHex(path.join(dir, 'saved.png'), score)).toBe(BANDS[band].hex);
  });
});

/** `npm start` with no platform tokens: the console adapter, driven through stdin/stdout of a real process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const RESUME = path.join(ROOT, 'test', 'fixtures', 'resumes', 'rm-template-single-column.pdf');
const JOB = readFileSync(path.join(ROOT, 'test', 'fixtures', 'jobs', 'rm-jd-backend-engineer.txt'), 'utf8');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-console-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** No platform credentials, whatever the developer's shell or .env holds (dotenv never overrides). */
const PLATFORM_VARS = ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET', 'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'];

class Session {
  readonly child: ChildProcessWithoutNullStreams;
  out = '';
  err = '';
  private seen = 0;
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [MAIN], {
      cwd: tmp,
      env: { PATH: process.env.PATH ?? '', HOME: tmp, NO_COLOR: '1', LOG_LEVEL: 'warn', WORKERS: '1',
        ...Object.fromEntries(PLATFORM_VARS.map((v) => [v, ''])), ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => { this.out += d; });
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => { this.err += d; });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  send(text: string): void { this.child.stdin.write(text); }

  /** Waits for output after the last match to contain `re`; returns that output. */
  async expect(re: RegExp, timeoutMs = 25_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const fresh = this.out.slice(this.seen);
      const m = re.exec(fresh);
      if (m) { this.seen += m.index + m[0].length; return fresh.slice(0, m.index + m[0].length); }
      if (Date.now() - start > timeoutMs || this.child.exitCode !== null) {
        throw new Error(`timed out waiting for ${re}\n--- stdout ---\n${this.out}\n--- stderr ---\n${this.err}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

describe('npm start without tokens: the console', () => {
  it('the compiled entry exists (run `npm run build` first)', () => {
    expect(existsSync(MAIN), MAIN).toBe(true);
  });

  it('a malformed file URL (file://[x) is not a file: no crash, no stack trace, the next line is answered', async () => {
    const s = new Session();
    s.send('file://[x\n');
    await s.expect(/No such file: file:\/\/\[x/);
    s.send('/ats help\nquit\n');
    await s.expect(/\/ats roles/);
    expect(await s.exited).toBe(0);
    expect(s.err).not.toMatch(/ERR_INVALID_URL|at .*console/);
    expect(s.out).not.toMatch(/ERR_INVALID_URL/);
  });

  it('choose a role, send a resume by path, paste a job post, quit', async () => {
    const s = new Session();
    await s.expect(/ATS Bot console/);
    s.send('/ats backend-developer\n');
    await s.expect(/Role set: Backend Developer/);
    s.send(`${RESUME}\n`);
    const report = await s.expect(/Scoring \S+/);
    expect(report).toMatch(/analysing…/);
    expect(report).toMatch(/Match score: \d+\/100 (strong|close|needs work)/);
    expect(report).toMatch(/Target: Backend Developer/);
    expect(report).toContain('Suggested summary');
    expect(report).toContain('/ats details checks');
    s.send('/ats details checks\n');
    const checks = await s.expect(/Scoring|Why this score: \/ats details why/);
    expect(checks).toMatch(/ATS readiness checks: Backend Developer/);
    expect(checks).toContain('Email address found.');
    s.send(JOB); // a multi-line paste in one burst is one message
    await s.expect(/Job post saved/);
    await s.expect(/Target: .*\(job post\) \+ Backend Developer/);
    s.send('hello\n');
    await s.expect(/Send me your resume/);
    s.send('/no/such/resume.pdf\n');
    await s.expect(/No such file/);
    s.send('quit\n');
    expect(await s.exited).toBe(0);
    expect(s.out).not.toMatch(/"level":/); // logs go to stderr, never into the conversation
  });

  it('the default SQLite store under ./data survives a restart: a second process sees the role and job', async () => {
    expect(existsSync(path.join(tmp, 'data', 'ats-bot.sqlite'))).toBe(true);
    const s = new Session();
    s.send('/ats job\n');
    await s.expect(/Matching against/);
    s.send(`"${RESUME}"\n`);
    await s.expect(/Target: .*\(job post\) \+ Backend Developer/);
    s.send('/ats forget\n');
    await s.expect(/deleted everything/);
    s.child.stdin.end(); // Ctrl-D
    expect(await s.exited).toBe(0);
  });

  it('SIGTERM: a clean shutdown, exit code 0', async () => {
    const s = new Session({ STORE_URL: 'memory' });
    await s.expect(/ATS Bot console/);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('SIGTERM during an analysis: the work in flight finishes and is printed first', async () => {
    const s = new Session({ STORE_URL: 'memory' });
    await s.expect(/ATS Bot console/);
    s.send(`${RESUME}\n`);
    await s.expect(/analysing…/);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.out).toMatch(/Match score: \d+\/100/);
  });

  it('malformed configuration: one line naming the variable, exit code non-zero', async () => {
    const s = new Session({ MAX_FILE_MB: 'lots' });
    expect(await s.exited).not.toBe(0);
    const lines = s.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/MAX_FILE_MB/);
    expect(s.out).toBe('');
  });
});

describe('console adapter in-process', () => {
  async function run(chunks: string[], gapMs = 0) {
    const { PassThrough } = await import('node:stream');
    const { createBot } = await import('../src/bot/index.js');
    const { createConsoleAdapter } = await import('../adapters/console/index.js');
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.setEncoding('utf8').on('data', (d: string) => { out += d; });
    const bot = createBot();
    const adapter = createConsoleAdapter(bot, { input, output, color: false, userId: 'tester' });
    await adapter.start();
    for (const chunk of chunks) {
      input.write(chunk);
      if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    }
    input.end();
    await adapter.closed;
    await bot.close();
    return out;
  }

  it('a multi-line paste arriving in one burst is one message', async () => {
    const out = await run([JOB]);
    expect(out.match(/Job post saved/g)).toHaveLength(1);
    expect(out).not.toMatch(/Send me your resume \(PDF, DOCX or TXT\), paste a job post/);
  });

  it('a block between """ lines is one message even when it arrives slowly', async () => {
    const lines = JOB.split('\n');
    const out = await run(['"""\n', ...lines.map((l) => `${l}\n`), '"""\n'], 60);
    expect(out.match(/Job post saved/g)).toHaveLength(1);
  });

  it('commands and file paths are handled line by line, in order', async () => {
    const out = await run(['/ats roles\n', '/ats job\n', `${RESUME}\n`], 0);
    const roles = out.indexOf('Roles I can check against');
    const job = out.indexOf('No job post saved');
    const report = out.indexOf('Match score:');
    expect(roles).toBeGreaterThan(-1);
    expect(job).toBeGreaterThan(roles);
    expect(report).toBeGreaterThan(job);
  });
});

describe('configuration (src/config.ts)', () => {
  it('defaults from an empty environment (blank values count as unset)', async () => {
    const { loadConfig } = await import('../src/config.js');
    const c = loadConfig({ STORE_URL: '', DATA_TTL_HOURS: '', WORKERS: '' });
    expect(c.storeUrl).toBeUndefined();
    expect(c.ttlMs).toBe(72 * 3_600_000);
    expect(c.rateLimit).toEqual({ max: 10, windowMs: 600_000 });
    expect(c.limits).toEqual({ maxBytes: 10 * 1024 * 1024, maxPages: 20, timeoutMs: 15_000 });
    expect(c.workers).toBeGreaterThanOrEqual(1);
    expect(c.workers).toBeLessThanOrEqual(4);
    expect(c.logLevel).toBe('info');
    expect(c.port).toBe(3000);
  });

  it('reads every variable', async () => {
    const { loadConfig } = await import('../src/config.js');
    const c = loadConfig({ STORE_URL: 'redis://127.0.0.1:6379', DATA_TTL_HOURS: '1', RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MINUTES: '2',
      MAX_FILE_MB: '2', MAX_PAGES: '5', ANALYSIS_TIMEOUT_SECONDS: '4', WORKERS: '2', QUEUE_MAX: '7', LOG_LEVEL: 'DEBUG', PORT: '8080', HOST: '127.0.0.1', OPS_PORT: '9090', SCORECARD: 'off', LINK_RATE_LIMIT_MAX: '4' });
    expect(c).toEqual({ storeUrl: 'redis://127.0.0.1:6379', ttlMs: 3_600_000, rateLimit: { max: 3, windowMs: 120_000 },
      limits: { maxBytes: 2 * 1024 * 1024, maxPages: 5, timeoutMs: 4000 }, workers: 2, queueMax: 7, logLevel: 'debug', port: 8080, host: '127.0.0.1', opsPort: 9090, scorecard: false,
      links: { rateLimit: { max: 4, windowMs: 120_000 } } });
  });

  it.each([
    ['DATA_TTL_HOURS', 'forever'], ['RATE_LIMIT_MAX', '0'], ['MAX_PAGES', '2.5'], ['WORKERS', '-1'],
    ['LOG_LEVEL', 'loud'], ['PORT', '70000'], ['STORE_URL', 'mongodb://x'], ['SCORECARD', 'maybe'],
  ])('%s=%s: one line naming the variable', async (name, value) => {
    const { loadConfig, ConfigError } = await import('../src/config.js');
    let error: unknown;
    try { loadConfig({ [name]: value }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid ${name}\\b`));
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes a password from STORE_URL', async () => {
    const { loadConfig } = await import('../src/config.js');
    expect(() => loadConfig({ STORE_URL: 'redis:/user:hunter2@host' })).toThrow(/STORE_URL/);
    expect(() => loadConfig({ STORE_URL: 'redi://user:hunter2@host' })).not.toThrow(/hunter2/);
  });
});

/** `npm start` (dist/src/main.js) as a child process with a clean environment, all output kept. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

/** Cleared in every child, whatever the developer's shell or .env holds (dotenv never overrides). */
export const PLATFORM_VARS = ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_API_ROOT',
  'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL',
  'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'STORE_URL'];

export class BotProcess {
  readonly child: ChildProcessWithoutNullStreams;
  out = '';
  err = '';
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>, cwd: string) {
    this.child = spawn(process.execPath, [MAIN], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1', WORKERS: '1',
        ...Object.fromEntries(PLATFORM_VARS.map((v) => [v, ''])), ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => { this.out += d; });
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => { this.err += d; });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get output(): string { return `${this.out}\n${this.err}`; }

  /** Waits until stdout+stderr match `re` (or the process exits). */
  async waitFor(re: RegExp, timeoutMs = 20_000): Promise<void> {
    const start = Date.now();
    while (!re.test(this.output)) {
      if (Date.now() - start > timeoutMs || this.child.exitCode !== null) {
        throw new Error(`timed out waiting for ${re}\n--- output ---\n${this.output.slice(-4000)}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

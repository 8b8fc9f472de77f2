/**
 * A half-set or misspelt platform configuration stops `npm start` with one line naming the
 * variable, instead of silently starting the console and exiting 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { platformEnvProblem, wantedPlatforms } from '../src/platform-env.js';
import { BotProcess } from './helpers/bot-process.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-env-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('platformEnvProblem', () => {
  it('names the missing variable when a platform is half set', () => {
    expect(platformEnvProblem({ SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN is missing: SLACK_SIGNING_SECRET is set/);
    expect(platformEnvProblem({ TELEGRAM_WEBHOOK_URL: 'https://x/y', TELEGRAM_WEBHOOK_SECRET: 's' })).toMatch(/^TELEGRAM_BOT_TOKEN is missing: TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET are set/);
    expect(platformEnvProblem({ DISCORD_APPLICATION_ID: '123456789012345678' })).toMatch(/^DISCORD_TOKEN is missing/);
  });

  it('names a misspelt variable and the one it was probably meant to be', () => {
    expect(platformEnvProblem({ SLACK_BOT_TOKN: 'xoxb-1' })).toBe('SLACK_BOT_TOKN is not a variable ATS Bot reads: did you mean SLACK_BOT_TOKEN?');
    expect(platformEnvProblem({ TELEGRAM_TOKEN: '1:a' })).toMatch(/^TELEGRAM_TOKEN is not a variable ATS Bot reads/);
    expect(platformEnvProblem({ DISCORD_BOT_TOKEN: 'x' })).toMatch(/^DISCORD_BOT_TOKEN is not a variable ATS Bot reads/);
  });

  it('a full or empty configuration is fine; blank values count as unset; other tools\' variables are left alone', () => {
    expect(platformEnvProblem({})).toBeNull();
    expect(platformEnvProblem({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toBeNull();
    expect(platformEnvProblem({ SLACK_SIGNING_SECRET: '  ', TELEGRAM_BOT_TOKEN: '1:a' })).toBeNull();
    expect(platformEnvProblem({ SLACK_WEBHOOK_URL_FOR_ALERTS: 'https://hooks' })).toBeNull();
    expect(wantedPlatforms({ TELEGRAM_API_ROOT: 'http://x' })).toEqual(['telegram']);
  });
});

describe('npm start with a half-set configuration', () => {
  for (const [env, line] of [
    [{ SLACK_SIGNING_SECRET: 'secret' }, /^ats-bot: SLACK_BOT_TOKEN is missing: SLACK_SIGNING_SECRET is set/],
    [{ SLACK_BOT_TOKN: 'xoxb-1' }, /^ats-bot: SLACK_BOT_TOKN is not a variable ATS Bot reads: did you mean SLACK_BOT_TOKEN\?/],
  ] as const) {
    it(`${Object.keys(env).join(', ')} alone: exit 1 with one line naming the variable`, async () => {
      const proc = new BotProcess({ ...env, STORE_URL: 'memory' }, tmp);
      proc.child.stdin.end(); // without the check, the console would start, read EOF and exit 0
      const code = await proc.exited;
      expect(code).toBe(1);
      expect(proc.err.trim().split('\n')).toHaveLength(1);
      expect(proc.err).toMatch(line);
    });
  }
});

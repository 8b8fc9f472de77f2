/**
 * Fatal transport errors end the process with a clear message (a supervisor restarts it), after
 * retrying what a deploy causes: Telegram 409 is retried with backoff, 401 is not; an unrecoverable
 * Discord gateway close after start is fatal, not just a log line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import { silentLogger } from '../src/logger.js';
import { createTelegramAdapter } from '../adapters/telegram/index.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import { FakeTelegramApi, privateChat, textMessage } from './fakes/telegram-api.js';
import { APPLICATION_ID, TOKEN, startFakeDiscord } from './fakes/discord-api.js';
import { waitFor } from './fakes/slack-api.js';
import { BotProcess } from './helpers/bot-process.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-fatal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function telegram(conflictRetry = { attempts: 2, firstDelayMs: 50 }) {
  const api = new FakeTelegramApi({ maxHoldMs: 200 });
  await api.start();
  const core = createBot();
  const fatal: Error[] = [];
  const adapter = createTelegramAdapter(core, {
    token: api.token, apiRoot: api.apiRoot, webhook: null, pollTimeoutSeconds: 1,
    retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 }, conflictRetry,
  }, { logger: silentLogger(), onFatal: (e) => fatal.push(e) });
  return {
    api, fatal, adapter,
    async close() { await adapter.stop(); await core.close(); await api.stop(); },
  };
}

describe('Telegram long polling', () => {
  it('a 409 during a deploy is retried with backoff, and polling goes on answering', async () => {
    const t = await telegram();
    try {
      t.api.failPolling(409, 2);
      await t.adapter.start();
      const user = { id: 501, first_name: 'Ana' };
      t.api.pushUpdate(textMessage(privateChat(user), user, '/ats roles'));
      await waitFor(() => t.api.textsTo(501).length > 0, 10_000, 'an answer after the conflict');
      expect(t.fatal).toEqual([]);
      expect(t.api.callsTo('getUpdates').length).toBeGreaterThan(2);
    } finally {
      await t.close();
    }
  });

  it('a 409 that outlasts the retries is fatal, naming the conflict', async () => {
    const t = await telegram();
    try {
      t.api.failPolling(409, 100);
      await t.adapter.start();
      await waitFor(() => t.fatal.length > 0, 5_000, 'onFatal');
      expect(t.fatal[0]!.message).toMatch(/409.*another process polls/);
      expect(t.api.callsTo('getUpdates').length).toBe(3); // the first try and two retries
    } finally {
      await t.close();
    }
  });

  it('a 401 while polling (token revoked) is fatal at once', async () => {
    const t = await telegram();
    try {
      await t.adapter.start();
      t.api.failPolling(401, 100);
      await waitFor(() => t.fatal.length > 0, 5_000, 'onFatal');
      expect(t.fatal[0]!.message).toMatch(/TELEGRAM_BOT_TOKEN.*401/);
    } finally {
      await t.close();
    }
  });

  it('npm start: a revoked token ends the process non-zero with one clear line', async () => {
    const api = new FakeTelegramApi({ maxHoldMs: 200 });
    await api.start();
    const proc = new BotProcess({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, STORE_URL: 'memory', LOG_LEVEL: 'warn' }, tmp);
    try {
      await waitFor(() => api.callsTo('getUpdates').length > 0, 15_000, 'polling');
      api.failPolling(401, 1000);
      const code = await Promise.race([proc.exited, sleep(20_000).then(() => 'still running')]);
      expect(code).toBe(1);
      expect(proc.err).toMatch(/^ats-bot: Telegram rejected TELEGRAM_BOT_TOKEN while polling \(401/m);
    } finally {
      await proc.stop();
      await api.stop();
    }
  }, 30_000);
});

describe('Discord gateway', () => {
  it('an unrecoverable close after start (token reset) is fatal, with the fix named', async () => {
    const fake = await startFakeDiscord();
    const core = createBot();
    const fatal: Error[] = [];
    const adapter = createDiscordAdapter(core, { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: fake.apiUrl, restRetries: 0 },
      { logger: silentLogger(), onFatal: (e) => fatal.push(e) });
    try {
      await adapter.start();
      fake.closeGateway(4004);
      await waitFor(() => fatal.length > 0, 10_000, 'onFatal');
      expect(fatal[0]!.message).toMatch(/DISCORD_TOKEN.*4004/);
    } finally {
      await adapter.stop();
      await core.close();
      await fake.close();
    }
  });
});

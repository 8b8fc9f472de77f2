/**
 * What a Telegram test starts: the real grammY adapter (long polling) over a real core, against the
 * fake Bot API on 127.0.0.1.
 */
import type { Logger } from 'pino';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram/index.js';
import { createBot, type CreateBotOptions } from '../../src/bot/index.js';
import type { BotCore } from '../../src/bot/types.js';
import { silentLogger } from '../../src/logger.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';

export interface TelegramHarness {
  api: FakeTelegramApi;
  core: BotCore;
  adapter: TelegramAdapter;
  close(): Promise<void>;
}

export interface TelegramHarnessOptions {
  /** How long the fake holds a getUpdates poll open with nothing to send (short keeps tests quick). */
  maxHoldMs?: number;
  /** Options for the core; a generous rate limit unless given. */
  bot?: CreateBotOptions;
  /** The adapter's logger (tests that read log lines pass one that records them). */
  logger?: Logger;
}

export async function startTelegramHarness(options: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
  const api = new FakeTelegramApi({ maxHoldMs: options.maxHoldMs ?? 500 });
  await api.start();
  const core = createBot({ rateLimit: { max: 1000, windowMs: 60_000 }, ...options.bot });
  const adapter = createTelegramAdapter(core, {
    token: api.token, apiRoot: api.apiRoot, webhook: null, pollTimeoutSeconds: 1, retry: { maxRetryAttempts: 1, maxDelaySeconds: 1 },
  }, { logger: options.logger ?? silentLogger() });
  await adapter.start();
  return {
    api, core, adapter,
    async close() {
      await adapter.stop();
      await core.close();
      await api.stop();
    },
  };
}

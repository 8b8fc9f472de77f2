/**
 * What a Slack test starts: the real Bolt app in HTTP mode over a real core, against the fake Slack
 * Web API on 127.0.0.1, and a signed POST to its events URL.
 */
import { readFileSync } from 'node:fs';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.js';
import { createBot, type CreateBotOptions } from '../../src/bot/index.js';
import type { BotCore } from '../../src/bot/types.js';
import { silentLogger } from '../../src/logger.js';
import { signedHeaders, startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';

export interface SlackHarness {
  fake: FakeSlack;
  bot: BotCore;
  adapter: SlackAdapter;
  eventsUrl: string;
  /** POSTs a body to /slack/events, signed with the harness's signing secret, as Slack does. */
  post(body: string, contentType: string): Promise<Response>;
  close(): Promise<void>;
}

export interface SlackHarnessOptions {
  botToken: string;
  signingSecret: string;
  /** The bot token's scopes (the fake answers missing_scope beyond them); all methods when absent. */
  scopes?: string[];
  /** Options for the core; a silent logger and a generous rate limit unless given. */
  bot?: CreateBotOptions;
}

export async function startSlackHarness(options: SlackHarnessOptions): Promise<SlackHarness> {
  const fake = await startFakeSlack({ botToken: options.botToken, ...(options.scopes ? { scopes: options.scopes } : {}) });
  const bot = createBot({ logger: silentLogger(), rateLimit: { max: 100, windowMs: 60_000 }, ...options.bot });
  const adapter = createSlackAdapter(bot,
    { mode: 'http', botToken: options.botToken, signingSecret: options.signingSecret, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, retries: 0 },
    { logger: silentLogger() });
  await adapter.start();
  const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
  return {
    fake, bot, adapter, eventsUrl,
    post: (body, contentType) => fetch(eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...signedHeaders(options.signingSecret, body) }, body }),
    async close() {
      await adapter.stop();
      await bot.close();
      await fake.close();
    },
  };
}

/** The bot scopes slack/manifest.yml asks for (`oauth_config.scopes.bot`), so tests hold the fake to the manifest. */
export function manifestBotScopes(): string[] {
  const manifest = readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8');
  const list = /\n\s+bot:\n((?:\s+- .*\n)+)/.exec(manifest)?.[1] ?? '';
  return [...list.matchAll(/-\s+([\w:.]+)/g)].map((m) => m[1]!);
}

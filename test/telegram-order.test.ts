/**
 * Per-chat order (grammY `sequentialize`): a chat's second message is answered after its first,
 * even when the first is slow and the second is quick; other chats do not wait for it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, createInlineRunner, type AnalysisRunner } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { createTelegramAdapter, type TelegramAdapter } from '../adapters/telegram/index.js';
import { FakeTelegramApi, privateChat, textMessage } from './fakes/telegram-api.js';
import { waitFor } from './fakes/slack-api.js';

const RESUME = readFileSync(new URL('./fixtures/resumes/rm-john-doe-java.txt', import.meta.url), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let api: FakeTelegramApi;
let core: BotCore;
let adapter: TelegramAdapter;

beforeAll(async () => {
  api = new FakeTelegramApi({ maxHoldMs: 200 });
  await api.start();
  const inline = createInlineRunner();
  const slow: AnalysisRunner = { ...inline, readAndAnalyze: async (s, t) => { await sleep(1_500); return inline.readAndAnalyze(s, t); } };
  core = createBot({ runner: slow });
  adapter = createTelegramAdapter(core, { token: api.token, apiRoot: api.apiRoot, webhook: null, pollTimeoutSeconds: 1, retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 } }, { logger: silentLogger() });
  await adapter.start();
});
afterAll(async () => { await adapter.stop(); await core.close(); await api.stop(); });

describe('Telegram per-chat order', () => {
  it('a quick /ats roles after a slow resume in the same chat is answered second; another chat is not held up', async () => {
    const a = { id: 9301, first_name: 'A' };
    const b = { id: 9302, first_name: 'B' };
    api.pushUpdate(textMessage(privateChat(a), a, RESUME));
    await sleep(100);
    api.pushUpdate(textMessage(privateChat(a), a, '/ats roles'));
    api.pushUpdate(textMessage(privateChat(b), b, '/ats roles'));
    await waitFor(() => api.textsTo(9302).length > 0, 5_000, 'chat B');
    const texts = api.textsTo(9301);
    expect(texts.some((t) => /\/100/.test(t))).toBe(false); // B answered while A's analysis still runs
    await waitFor(() => api.textsTo(9301).filter((t) => !/Analysing/.test(t)).length >= 2, 10_000, 'both answers in chat A');
    const answers = api.textsTo(9301).filter((t) => !/Analysing/.test(t));
    expect(answers[0]).toMatch(/\/100/); // the report first
    expect(answers.findIndex((t) => /Roles I can check against/i.test(t))).toBeGreaterThan(0);
  }, 20_000);
});

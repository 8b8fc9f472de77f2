/**
 * Several instances on one real Redis (REDIS_TEST_URL from .ci/run, or a redis-server this test
 * starts): the rate limit is shared, a retried or replayed event is answered once, and
 * `/ats forget` on one instance is seen by the other. Adapters are real (Bolt, grammY) against fakes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, createInlineRunner, type AnalysisRunner } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { commandEvent, textEvent } from '../src/bot/testing.js';
import { silentLogger } from '../src/logger.js';
import { createStore } from '../src/store/index.js';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.js';
import { createTelegramAdapter, type TelegramAdapter } from '../adapters/telegram/index.js';
import { FakeTelegramApi, privateChat, textMessage } from './fakes/telegram-api.js';
import { signedHeaders, startFakeSlack, waitFor } from './fakes/slack-api.js';
import { freePort, HAVE_REDIS_SERVER, RedisProcess } from './helpers/redis-server.js';

const REQUIRE = Boolean(process.env.CI_REQUIRE_REDIS);
const canRun = Boolean(process.env.REDIS_TEST_URL) || HAVE_REDIS_SERVER;
if (!canRun && !REQUIRE) console.warn('scale-out.test: skipped: no REDIS_TEST_URL and no redis-server to start');

const RESUME = readFileSync(path.resolve(import.meta.dirname, 'fixtures/resumes/rm-john-doe-java.txt'), 'utf8');
const run = `${process.pid}-${Date.now()}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: RedisProcess | undefined;
let url = process.env.REDIS_TEST_URL ?? '';
const bots: BotCore[] = [];

async function instance(rateLimit = { max: 100, windowMs: 60_000 }): Promise<BotCore> {
  const bot = createBot({ store: await createStore(url), rateLimit, logger: silentLogger() });
  bots.push(bot);
  return bot;
}

beforeAll(async () => {
  if (!canRun) return;
  if (!url) {
    redis = new RedisProcess(await freePort());
    await redis.start();
    url = redis.url;
  }
});
afterAll(async () => {
  await Promise.allSettled(bots.map((b) => b.close()));
  await redis?.stop();
});

describe.skipIf(!canRun && !REQUIRE)('two instances on one Redis', () => {
  it('the rate limit is shared: each instance does not get the full limit', async () => {
    expect(url, 'Redis required (CI_REQUIRE_REDIS) but neither REDIS_TEST_URL nor redis-server is available').not.toBe('');
    const a = await instance({ max: 2, windowMs: 60_000 });
    const b = await instance({ max: 2, windowMs: 60_000 });
    const who = { userId: `rate-${run}` };
    expect((await a.handle(textEvent(RESUME, who)))[0]!.kind).toBe('report');
    expect((await b.handle(textEvent(RESUME, who)))[0]!.kind).toBe('report');
    expect((await a.handle(textEvent(RESUME, who)))[0]!.kind).toBe('rate-limited');
    expect((await b.handle(textEvent(RESUME, who)))[0]!.kind).toBe('rate-limited');
    // chatter is refunded across instances too: a third person's limit is untouched by others
    expect((await b.handle(textEvent(RESUME, { userId: `rate-other-${run}` })))[0]!.kind).toBe('report');
  });

  it('the same platform event delivered to both instances is answered once', async () => {
    const a = await instance();
    const b = await instance();
    const event = { ...commandEvent('roles', { userId: `dedupe-${run}` }), eventId: `ev-${run}` };
    const [ra, rb] = await Promise.all([a.handle(event), b.handle(event)]);
    expect([ra.length, rb.length].sort()).toEqual([0, 1]);
    expect(await a.handle(event)).toEqual([]); // a later replay, too
    expect((await a.handle({ ...event, eventId: `ev2-${run}` })).length).toBe(1);
  });

  it('/ats forget on one instance is seen by the other', async () => {
    const a = await instance();
    const b = await instance();
    const who = { userId: `forget-${run}` };
    expect((await a.handle(commandEvent('backend-developer', who)))[0]!.kind).toBe('role-chosen');
    expect(await b.chosenRole('console', who.userId)).toBe('backend-developer');
    expect((await b.handle(commandEvent('forget', who)))[0]!.kind).toBe('forget');
    expect(await a.chosenRole('console', who.userId)).toBeNull();
  });

  it('Slack: a retried and a replayed signed event reach both instances and are answered once', async () => {
    const fake = await startFakeSlack({ botToken: 'xoxb-fake1' });
    const adapters: SlackAdapter[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const adapter = createSlackAdapter(await instance(), { mode: 'http', botToken: 'xoxb-fake1', signingSecret: 'sekrit', port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, retries: 0 }, { logger: silentLogger() });
        await adapter.start();
        adapters.push(adapter);
      }
      const body = JSON.stringify({
        token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvScale${run}`, event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event: { type: 'message', channel: 'DSCALE', channel_type: 'im', user: 'USCALE', text: '/ats roles', ts: '1700000002.000100', event_ts: '1700000002.000100' },
      });
      const deliver = (adapter: SlackAdapter, retry?: number) => fetch(`http://127.0.0.1:${adapter.port}/slack/events`, {
        method: 'POST', body,
        headers: { 'content-type': 'application/json', ...signedHeaders('sekrit', body), ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}) },
      });
      const statuses = await Promise.all([deliver(adapters[0]!), deliver(adapters[1]!, 1)]);
      expect(statuses.map((r) => r.status)).toEqual([200, 200]);
      await waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.params.channel === 'DSCALE'), 10_000, 'the answer');
      expect((await deliver(adapters[0]!)).status).toBe(200); // replayed later, same signature
      await sleep(500);
      expect(fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'DSCALE')).toHaveLength(1);
    } finally {
      for (const a of adapters) await a.stop();
      await fake.close();
    }
  });

  it('Telegram webhook: an update delivered to both instances is answered once', async () => {
    const api = new FakeTelegramApi();
    await api.start();
    const adapters: TelegramAdapter[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const adapter = createTelegramAdapter(await instance(), {
          token: api.token, apiRoot: api.apiRoot, retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 },
          webhook: { url: 'https://bot.example.test/tg', secret: 'hook', port: 0, host: '127.0.0.1', path: '/tg' },
        }, { logger: silentLogger() });
        await adapter.start();
        adapters.push(adapter);
      }
      const chatId = 880000 + (process.pid % 1000);
      const user = { id: chatId, first_name: 'Sam' };
      const update = JSON.stringify({ update_id: Date.now() % 1_000_000_000, ...textMessage(privateChat(user), user, '/ats roles') });
      const post = (a: TelegramAdapter) => fetch(`http://127.0.0.1:${a.webhookPort}/tg`, {
        method: 'POST', body: update, headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'hook' },
      });
      await Promise.all(adapters.map(post));
      await waitFor(() => api.textsTo(chatId).length > 0, 10_000, 'the answer');
      await sleep(500);
      expect(api.textsTo(chatId)).toHaveLength(1);
    } finally {
      for (const a of adapters) await a.stop();
      await api.stop();
    }
  });

  it('Telegram webhook: one chat\'s messages on two instances are answered in turn (a slow resume, then a quick command)', async () => {
    const api = new FakeTelegramApi();
    await api.start();
    const adapters: TelegramAdapter[] = [];
    const inline = createInlineRunner();
    const slow: AnalysisRunner = { ...inline, readAndAnalyze: async (s, t) => { await sleep(1_500); return inline.readAndAnalyze(s, t); } };
    try {
      for (let i = 0; i < 2; i++) {
        const bot = createBot({ store: await createStore(url), runner: slow, logger: silentLogger() });
        bots.push(bot);
        const adapter = createTelegramAdapter(bot, {
          token: api.token, apiRoot: api.apiRoot, retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 },
          webhook: { url: 'https://bot.example.test/tg', secret: 'hook', port: 0, host: '127.0.0.1', path: '/tg' },
        }, { logger: silentLogger() });
        await adapter.start();
        adapters.push(adapter);
      }
      const chatId = 890000 + (process.pid % 1000);
      const user = { id: chatId, first_name: 'Ord' };
      const post = (a: TelegramAdapter, text: string, n: number) => fetch(`http://127.0.0.1:${a.webhookPort}/tg`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'hook' },
        body: JSON.stringify({ update_id: (Date.now() % 1_000_000_000) + n, ...textMessage(privateChat(user), user, text) }),
      });
      await post(adapters[0]!, RESUME, 0);
      await sleep(200);
      await post(adapters[1]!, '/ats roles', 1);
      await waitFor(() => api.textsTo(chatId).filter((t) => !/Analysing/.test(t)).length >= 2, 15_000, 'both answers');
      const answers = api.textsTo(chatId).filter((t) => !/Analysing/.test(t));
      expect(answers[0]).toMatch(/\/100/); // the resume's report first, though the other instance had the quick one
    } finally {
      for (const a of adapters) await a.stop();
      await api.stop();
    }
  });
});

/**
 * Webhook mode: the real grammY webhookCallback on the adapter's node:http server, checking the
 * secret token on every request, with the real core and the fake Bot API for the answers.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { createTelegramAdapter, type TelegramAdapter } from '../adapters/telegram/index.js';
import { FakeTelegramApi, documentMessage, privateChat, textMessage, type Json } from './fakes/telegram-api.js';

const SECRET = 'hook_Secret-42';
const PUBLIC_URL = 'https://bot.example.test/tg/hook';

let api: FakeTelegramApi;
let core: BotCore;
let adapter: TelegramAdapter;
let updateId = 1000;

beforeAll(async () => {
  api = new FakeTelegramApi();
  await api.start();
  core = createBot({ rateLimit: { max: 100, windowMs: 60_000 } });
  const warm = new Uint8Array(await readFile(new URL('./fixtures/resumes/rm-barry-allen-frontend.pdf', import.meta.url)));
  await core.handle({ platform: 'telegram', userId: 'warm-up', conversationId: 'warm-up', isDM: true, text: '',
    attachments: [{ name: 'warm.pdf', mimeType: null, size: warm.byteLength, fetch: async () => warm }] });
  adapter = createTelegramAdapter(core, {
    token: api.token, apiRoot: api.apiRoot,
    webhook: { url: PUBLIC_URL, secret: SECRET, port: 0, host: '127.0.0.1', path: '/tg/hook' },
    retry: { maxRetryAttempts: 1, maxDelaySeconds: 1 },
  }, { logger: silentLogger() });
  await adapter.start();
}, 60_000);

afterAll(async () => {
  await adapter?.stop();
  await core?.close();
  await api?.stop();
});

function post(update: Json, secret: string | null, path = '/tg/hook'): Promise<Response> {
  return fetch(`http://127.0.0.1:${adapter.webhookPort}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== null ? { 'X-Telegram-Bot-Api-Secret-Token': secret } : {}) },
    body: JSON.stringify({ update_id: ++updateId, ...update }),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Telegram adapter (webhook)', () => {
  it('registers the webhook with its secret at start, and does not poll', () => {
    const [setWebhook] = api.callsTo('setWebhook');
    expect(setWebhook?.body).toMatchObject({ url: PUBLIC_URL, secret_token: SECRET, allowed_updates: ['message', 'callback_query'] });
    expect(api.callsTo('setMyCommands')).toHaveLength(1);
    expect(api.callsTo('getUpdates')).toHaveLength(0);
    expect(adapter.webhookPort).toBeGreaterThan(0);
  });

  it('rejects a wrong or missing secret with 401 and handles nothing', async () => {
    const user = { id: 2001, first_name: 'Mallory' };
    const wrong = await post(textMessage(privateChat(user), user, '/ats roles'), 'not-the-secret');
    expect(wrong.status).toBe(401);
    const missing = await post(textMessage(privateChat(user), user, '/ats roles'), null);
    expect(missing.status).toBe(401);
    await sleep(300);
    expect(api.textsTo(user.id)).toHaveLength(0);
  });

  it('accepts the right secret and answers through the Bot API', async () => {
    const user = { id: 2002, first_name: 'Nia' };
    const res = await post(textMessage(privateChat(user), user, '/ats roles'), SECRET);
    expect(res.status).toBe(200);
    const sent = await api.waitFor((c) => c.method === 'sendMessage' && c.body.chat_id === user.id);
    expect(String(sent.body.text)).toMatch(/Roles/);
    expect(JSON.stringify(sent.body.reply_markup)).toContain('role:backend-developer');
  });

  it('answers Telegram at once and analyses afterwards', async () => {
    const user = { id: 2003, first_name: 'Oz' };
    const bytes = new Uint8Array(await readFile(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url)));
    api.addFile('hook-pdf', bytes);
    const res = await post(documentMessage(privateChat(user), user,
      { file_id: 'hook-pdf', file_name: 'cv.pdf', mime_type: 'application/pdf', file_size: bytes.byteLength }, '/ats backend-developer'), SECRET);
    expect(res.status).toBe(200);
    expect(api.calls.some((c) => c.method === 'editMessageText' && c.body.chat_id === user.id)).toBe(false);
    const report = await api.waitFor((c) => c.method === 'editMessageText' && c.body.chat_id === user.id, 30_000, 'the report');
    expect(String(report.body.text)).toMatch(/Score: \d+\/100/);
  }, 60_000);

  it('404s other paths', async () => {
    const user = { id: 2004, first_name: 'Pam' };
    const res = await post(textMessage(privateChat(user), user, '/ats roles'), SECRET, '/elsewhere');
    expect(res.status).toBe(404);
  });

  it('stops cleanly: the server closes', async () => {
    const port = adapter.webhookPort;
    await adapter.stop();
    expect(adapter.webhookPort).toBeNull();
    await expect(fetch(`http://127.0.0.1:${port}/tg/hook`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});

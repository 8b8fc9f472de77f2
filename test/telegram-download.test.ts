/**
 * Telegram's getFile serves bots at most 20 MB: a larger limit setting still refuses from the
 * metadata (no getFile call), and a refusal keeps its reason instead of "send it again".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { createTelegramAdapter, type TelegramAdapter } from '../adapters/telegram/index.js';
import { documentMessage, FakeTelegramApi, privateChat } from './fakes/telegram-api.js';
import { waitFor } from './fakes/slack-api.js';

const MB = 1024 * 1024;
let api: FakeTelegramApi;
let core: BotCore;
let adapter: TelegramAdapter;

beforeAll(async () => {
  api = new FakeTelegramApi({ maxHoldMs: 200 });
  await api.start();
  core = createBot({ limits: { maxBytes: 50 * MB } }); // MAX_FILE_MB=50
  adapter = createTelegramAdapter(core, { token: api.token, apiRoot: api.apiRoot, webhook: null, pollTimeoutSeconds: 1, retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 } }, { logger: silentLogger() });
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  await core.close();
  await api.stop();
});

describe('Telegram downloads over 20 MB', () => {
  it('announced over 20 MB: refused from the metadata, naming the 20 MB limit, without calling getFile', async () => {
    const user = { id: 7101, first_name: 'Big' };
    api.addFile('big-1', new Uint8Array(10), { size: 25 * MB });
    api.pushUpdate(documentMessage(privateChat(user), user, { file_id: 'big-1', file_name: 'cv.pdf', file_size: 25 * MB }));
    const text = await waitFor(() => api.textsTo(7101).find((t) => !/Analysing/.test(t)), 10_000, 'an answer');
    expect(text).toMatch(/larger than 20 MB.*Telegram/);
    expect(api.callsTo('getFile')).toHaveLength(0);
  });

  it('size not announced, getFile says "file is too big": the answer says too large, not "send it again"', async () => {
    const user = { id: 7102, first_name: 'Big' };
    api.addFile('big-2', new Uint8Array(10), { size: 21 * MB });
    api.pushUpdate(documentMessage(privateChat(user), user, { file_id: 'big-2', file_name: 'cv.pdf' }));
    const text = await waitFor(() => api.textsTo(7102).find((t) => !/Analysing/.test(t)), 10_000, 'an answer');
    expect(text).toMatch(/too large|larger than 20 MB/i);
    expect(text).not.toMatch(/send it again/i);
  });
});

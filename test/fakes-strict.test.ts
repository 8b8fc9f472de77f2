/** The fakes refuse what the platforms refuse, so a renderer or timing bug fails a test, not production. */
import { describe, expect, it } from 'vitest';
import { startFakeSlack } from './fakes/slack-api.js';
import { FakeTelegramApi } from './fakes/telegram-api.js';
import { atsInteraction, startFakeDiscord } from './fakes/discord-api.js';

describe('strict fakes', () => {
  it('Slack: unknown methods, invalid blocks and oversized text are errors, as in Slack', async () => {
    const fake = await startFakeSlack({ botToken: 'xoxb-s' });
    const call = async (method: string, body: unknown) => (await fetch(`${fake.apiUrl}${method}`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer xoxb-s' }, body: JSON.stringify(body),
    })).json() as Promise<{ ok: boolean; error?: string }>;
    try {
      expect(await call('chat.postMesage', { channel: 'D1', text: 'x' })).toEqual({ ok: false, error: 'unknown_method' });
      expect((await call('chat.postMessage', { channel: 'D1', text: 'x'.repeat(40_001) })).error).toBe('msg_too_long');
      const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
      expect((await call('chat.postMessage', { channel: 'D1', text: 'x', blocks: [section('y'.repeat(3001))] })).error).toBe('invalid_blocks');
      expect((await call('chat.postMessage', { channel: 'D1', text: 'x', blocks: Array.from({ length: 51 }, () => section('y')) })).error).toBe('invalid_blocks');
      expect((await call('chat.postMessage', { channel: 'D1', text: 'x', blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }] })).error).toBe('invalid_blocks');
      expect((await call('chat.postMessage', { channel: 'D1', text: 'x', blocks: [section('fine')] })).ok).toBe(true);
      const bad = await fetch(fake.responseUrl('r1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ blocks: [{ type: 'nonsense' }] }) });
      expect(bad.status).toBe(400);
    } finally {
      await fake.close();
    }
  });

  it('Telegram: text over 4096 characters and malformed HTML are refused with the Bot API\'s errors', async () => {
    const api = new FakeTelegramApi();
    await api.start();
    const send = async (body: unknown) => (await fetch(`${api.apiRoot}/bot${api.token}/sendMessage`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    })).json() as Promise<{ ok: boolean; description?: string }>;
    try {
      expect((await send({ chat_id: 1, text: 'x'.repeat(4097) })).description).toBe('Bad Request: message is too long');
      expect((await send({ chat_id: 1, text: '<b>bold', parse_mode: 'HTML' })).description).toMatch(/^Bad Request: can't parse entities/);
      expect((await send({ chat_id: 1, text: 'a < b', parse_mode: 'HTML' })).description).toMatch(/can't parse entities/);
      expect((await send({ chat_id: 1, text: `<b>${'x'.repeat(4090)}</b>`, parse_mode: 'HTML' })).ok).toBe(true); // markup does not count
    } finally {
      await api.stop();
    }
  });

  it('Discord: a second response to an interaction is 40060, a first one after 3 s is 10062', async () => {
    const fake = await startFakeDiscord();
    const callback = (i: { id: string; token: string }) => fetch(`${fake.apiUrl}/v10/interactions/${i.id}/${i.token}/callback`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 5 }),
    });
    try {
      const first = atsInteraction({ where: 'dm', options: [] });
      fake.dispatch('INTERACTION_CREATE', first);
      expect((await callback(first)).status).toBe(204);
      const again = await callback(first);
      expect(again.status).toBe(400);
      expect(((await again.json()) as { code: number }).code).toBe(40060);
      const late = atsInteraction({ where: 'dm', options: [] });
      fake.dispatch('INTERACTION_CREATE', late);
      await new Promise((r) => setTimeout(r, 3_100));
      const tooLate = await callback(late);
      expect(tooLate.status).toBe(404);
      expect(((await tooLate.json()) as { code: number }).code).toBe(10062);
    } finally {
      await fake.close();
    }
  }, 10_000);
});

/**
 * Socket Mode: the real Bolt App opens apps.connections.open on the fake Web API with the xapp
 * token, connects to the fake WebSocket, acks a slash-command envelope and answers at response_url.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.js';
import { createBot } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { startFakeSlack, waitFor, type FakeSlack } from './fakes/slack-api.js';

const BOT_TOKEN = 'xoxb-fake2';
const APP_TOKEN = 'xapp-socket-test';

let fake: FakeSlack;
let bot: BotCore;
let adapter: SlackAdapter;

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  bot = createBot({ logger: silentLogger() });
  adapter = createSlackAdapter(
    bot,
    { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 0, apiUrl: fake.apiUrl, retries: 0 },
    { logger: silentLogger() },
  );
  await adapter.start();
  await fake.socketConnected();
});

afterAll(async () => {
  // Bolt disconnects first; closing the fake first would leave a 30 s reconnect timer behind.
  await adapter?.stop();
  await bot?.close();
  await fake?.close();
});

describe('Slack Socket Mode', () => {
  it('fails to start with one line naming SLACK_APP_TOKEN when Slack rejects it', async () => {
    const wrong = createSlackAdapter(
      bot,
      { mode: 'socket', botToken: BOT_TOKEN, appToken: 'xapp-wrong', port: 0, apiUrl: fake.apiUrl, retries: 0 },
      { logger: silentLogger() },
    );
    await expect(wrong.start()).rejects.toThrow('Slack rejected SLACK_APP_TOKEN (apps.connections.open: invalid_auth)');
    await wrong.stop();
  });

  it('connects with the app token and never opens an HTTP port', () => {
    const open = fake.callsTo('apps.connections.open').filter((c) => c.authorization === `Bearer ${APP_TOKEN}`);
    expect(open).toHaveLength(1);
    expect(open[0]!.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(adapter.port).toBeUndefined();
  });

  it('acks a slash-command envelope and answers /ats backend-developer ephemerally', async () => {
    const ack = await fake.sendEnvelope('slash_commands', {
      token: 'legacy',
      team_id: 'T1',
      team_domain: 'test',
      channel_id: 'C123',
      channel_name: 'general',
      user_id: 'U1',
      user_name: 'pat',
      command: '/ats',
      text: 'backend-developer',
      api_app_id: 'A1',
      response_url: fake.responseUrl('socket-cmd'),
      trigger_id: 'trigger',
    });
    expect(ack.envelope_id).toMatch(/^env-/);

    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'socket-cmd'), 10_000, 'the response_url answer');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toMatch(/Role set: Backend/);
  });

  it('acks an events_api envelope for the App Home and publishes the view', async () => {
    const ack = await fake.sendEnvelope('events_api', {
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'EvHome',
      event_time: 1,
      event: { type: 'app_home_opened', user: 'U9', channel: 'DU9', tab: 'home', event_ts: '1.1' },
    }, false);
    expect(ack.envelope_id).toMatch(/^env-/);
    const publish = await waitFor(() => fake.callsTo('views.publish').find((c) => c.params.user_id === 'U9'), 10_000, 'views.publish');
    expect(publish.params.view.type).toBe('home');
    expect(publish.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });
});

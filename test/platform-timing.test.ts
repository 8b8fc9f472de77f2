/**
 * Platform deadlines, with a deliberately slow analysis (3.5 s, over both platforms' 3 s limit) so
 * that an ack or defer moved after the work fails here as it would in production: the Discord fake
 * answers 10062 to a first response after 3 s (and 40060 to a second one); Slack needs the HTTP
 * response to a slash command within 3 s.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, createInlineRunner, type AnalysisRunner } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import type { ChatAdapter } from '../src/bot/types.js';
import { signedHeaders, startFakeSlack, waitFor, type FakeSlack } from './fakes/slack-api.js';
import { APPLICATION_ID, TOKEN, atsInteraction, startFakeDiscord, type FakeDiscord } from './fakes/discord-api.js';

const SLOW_MS = 3_500;
const RESUME = readFileSync(new URL('./fixtures/resumes/rm-john-doe-java.txt', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function slowRunner(): AnalysisRunner {
  const inline = createInlineRunner();
  return {
    ...inline,
    analyze: async (input) => { await sleep(SLOW_MS); return inline.analyze(input); },
    readAndAnalyze: async (source, target) => { await sleep(SLOW_MS); return inline.readAndAnalyze(source, target); },
  };
}

describe('Discord: defer within 3 s even when the analysis takes longer', () => {
  let fake: FakeDiscord;
  let bot: BotCore;
  let adapter: ChatAdapter;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = createBot({ runner: slowRunner() });
    adapter = createDiscordAdapter(bot, { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: fake.apiUrl, restRetries: 0 }, { logger: silentLogger() });
    await adapter.start();
  });
  afterAll(async () => { await adapter.stop(); await bot.close(); await fake.close(); });

  it('the deferral is accepted (not 10062) and the report is edited in after the slow analysis', async () => {
    const url = fake.addFile('slow-resume.txt', RESUME, 'text/plain');
    const interaction = atsInteraction({ where: 'guild', userId: '810000000000009001', options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'resume.txt', size: RESUME.byteLength, url, contentType: 'text/plain' } },
    ] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`, 15_000);
    expect(edit.body.embeds?.[0]?.description).toMatch(/\/100/);
    const callbacks = fake.requests.filter((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callbacks).toHaveLength(1); // acknowledged once: a second would be 40060
  }, 20_000);
});

describe('Slack: the slash command is acked within 3 s even when the analysis takes longer', () => {
  let fake: FakeSlack;
  let bot: BotCore;
  let adapter: SlackAdapter;
  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-slow' });
    bot = createBot({ runner: slowRunner() });
    adapter = createSlackAdapter(bot, { mode: 'http', botToken: 'xoxb-slow', signingSecret: 'slow', port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, retries: 0 }, { logger: silentLogger() });
    await adapter.start();
  });
  afterAll(async () => { await adapter.stop(); await bot.close(); await fake.close(); });

  it('stores a resume (slow), then /ats backend-developer re-analyses: the HTTP ack comes at once', async () => {
    const post = (body: string, type: string) => fetch(`http://127.0.0.1:${adapter.port}/slack/events`, { method: 'POST', body, headers: { 'content-type': type, ...signedHeaders('slow', body) } });
    const paste = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvSlow1', event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: { type: 'message', channel: 'DSLOW', channel_type: 'im', user: 'USLOW', text: RESUME.toString('utf8'), ts: '1700000009.000100', event_ts: '1700000009.000100' } });
    let started = Date.now();
    expect((await post(paste, 'application/json')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    await waitFor(() => fake.calls.some((c) => c.params.channel === 'DSLOW' && /\/100/.test(String(c.params.text))), 15_000, 'the first report');

    const command = new URLSearchParams({ token: 't', team_id: 'T1', channel_id: 'C1', channel_name: 'general', user_id: 'USLOW', user_name: 'slow',
      command: '/ats', text: 'backend-developer', api_app_id: 'A1', response_url: fake.responseUrl('slow-cmd'), trigger_id: 'trigger-slow' }).toString();
    started = Date.now();
    const res = await post(command, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'slow-cmd' && /\/100/.test(r.raw)), 15_000, 'the report at the response_url');
    expect(answer.body.response_type).toBe('ephemeral');
  }, 30_000);
});

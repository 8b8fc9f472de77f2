/**
 * The real Bolt App (HTTP mode) with the real core, against a fake Slack Web API, receiving real
 * signed requests: slash commands, DM events, buttons and the App Home.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.js';
import { createBot } from '../src/bot/index.js';
import type { BotCore } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { signedHeaders, startFakeSlack, waitFor, type FakeSlack } from './fakes/slack-api.js';

const BOT_TOKEN = 'xoxb-fake1';
const SIGNING_SECRET = 'test-signing-secret';
const RESUME = readFileSync(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url));
const JOB_POST = readFileSync(new URL('./fixtures/jobs/rm-jd-backend-engineer.txt', import.meta.url), 'utf8');
// Slack's exact form type: Bolt compares it with ===, so no "; charset=utf-8".
const FORM = 'application/x-www-form-urlencoded';

let fake: FakeSlack;
let bot: BotCore;
let adapter: SlackAdapter;
let eventsUrl: string;

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
  bot = createBot({ logger: silentLogger(), rateLimit: { max: 100, windowMs: 60_000 } });
  adapter = createSlackAdapter(
    bot,
    { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, retries: 0 },
    { logger: silentLogger() },
  );
  await adapter.start();
  eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await bot?.close();
  await fake?.close();
});

function post(body: string, contentType: string, headers = signedHeaders(SIGNING_SECRET, body)): Promise<Response> {
  return fetch(eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
}

function slashCommand(id: string, text: string, where: { user?: string; channel?: string; channelName?: string } = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: where.channel ?? 'C123',
    channel_name: where.channelName ?? 'general',
    user_id: where.user ?? 'U1',
    user_name: 'pat',
    command: '/ats',
    text,
    api_app_id: 'A1',
    response_url: fake.responseUrl(id),
    trigger_id: `trigger-${id}`,
  }).toString();
}

let eventSeq = 0;
function eventCallback(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev${++eventSeq}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  });
}

function fileShare(user: string, file: { name: string; size: number; url: string }): string {
  const ts = `${1_700_000_000 + eventSeq}.000200`;
  return eventCallback({
    type: 'message',
    subtype: 'file_share',
    channel: `D${user}`,
    channel_type: 'im',
    user,
    text: '',
    ts,
    event_ts: ts,
    files: [{ id: 'F1', name: file.name, title: file.name, mimetype: 'application/pdf', filetype: 'pdf', size: file.size, mode: 'hosted', url_private: file.url, url_private_download: file.url }],
  });
}

function blockAction(user: string, channel: string, actionId: string, value: string, responseId: string): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'test' },
    user: { id: user, username: 'pat', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1.1', channel_id: channel, is_ephemeral: true },
    trigger_id: 'trigger',
    channel: { id: channel, name: 'general' },
    response_url: fake.responseUrl(responseId),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1.2' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Messages the app sent into one channel (new posts and edits), in order. */
const sentTo = (channel: string) =>
  fake.calls.filter((c) => (c.method === 'chat.postMessage' || c.method === 'chat.update') && c.params.channel === channel);

const textOf = (blocks: any[]): string => JSON.stringify(blocks);

describe('Slack HTTP mode', () => {
  it('fails to start with one line naming SLACK_BOT_TOKEN when Slack rejects it', async () => {
    const wrong = createSlackAdapter(
      bot,
      { mode: 'http', botToken: 'xoxb-wrong', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, retries: 0 },
      { logger: silentLogger() },
    );
    await expect(wrong.start()).rejects.toThrow('Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth)');
    expect(wrong.port).toBeUndefined();
  });

  it('acks a signed /ats backend-developer within 3 s and answers ephemerally at the response_url', async () => {
    const started = Date.now();
    const res = await post(slashCommand('cmd-role', 'backend-developer'), FORM);
    expect(res.status).toBe(200);
    const ackMs = Date.now() - started;
    expect(ackMs).toBeLessThan(3000);

    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'cmd-role'), 10_000, 'the response_url answer');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toMatch(/Role set: Backend/);
    expect(answer.body.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(answer.body.blocks[0].text.text).toMatch(/Backend/);
  });

  it('rejects a bad signature with 401 and never reaches the core', async () => {
    const body = slashCommand('cmd-forged', 'roles');
    const res = await post(body, FORM, signedHeaders('wrong-secret', body));
    expect(res.status).toBe(401);
    const stale = await post(body, FORM, signedHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 600));
    expect(stale.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.responses.find((r) => r.id === 'cmd-forged')).toBeUndefined();
  });

  it('rejects a correctly signed request dated far in the future (it could be replayed for that long)', async () => {
    const body = slashCommand('cmd-future', 'roles');
    const future = await post(body, FORM, signedHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) + 3600));
    expect(future.status).toBe(401);
    const slightlyAhead = await post(slashCommand('cmd-skew', 'roles'), FORM, signedHeaders(SIGNING_SECRET, slashCommand('cmd-skew', 'roles'), Math.floor(Date.now() / 1000) + 30));
    expect(slightlyAhead.status).toBe(200); // ordinary clock skew is fine
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.responses.find((r) => r.id === 'cmd-future')).toBeUndefined();
  });

  it('answers /ats in the bot DM as a normal message, but privately in a DM between two people', async () => {
    await post(slashCommand('cmd-dm', 'help', { user: 'U7', channel: 'DU7', channelName: 'directmessage' }), FORM);
    const inBotDm = await waitFor(() => fake.responses.find((r) => r.id === 'cmd-dm'), 10_000, 'DM answer');
    expect(inBotDm.body.response_type).toBe('in_channel');

    await post(slashCommand('cmd-other-dm', 'help', { user: 'U7', channel: 'D999', channelName: 'directmessage' }), FORM);
    const elsewhere = await waitFor(() => fake.responses.find((r) => r.id === 'cmd-other-dm'), 10_000, 'other DM answer');
    expect(elsewhere.body.response_type).toBe('ephemeral');
  });

  it('runs a button: "Choose another role" style choices come back as the core answers them', async () => {
    const res = await post(blockAction('U8', 'C123', 'ats_choice_0', '/ats roles', 'act-roles'), FORM);
    expect(res.status).toBe(200);
    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'act-roles'), 10_000, 'button answer');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.replace_original).toBe(false);
    const buttons = answer.body.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements);
    expect(buttons.map((b: any) => b.value)).toContain('/ats backend-developer');
  });

  it('downloads a resume shared in the DM with the bearer token and answers with the report blocks', async () => {
    const url = fake.addFile('resume-u2.pdf', RESUME, 'application/pdf');
    const res = await post(fileShare('U2', { name: 'resume.pdf', size: RESUME.byteLength, url }), 'application/json');
    expect(res.status).toBe(200);

    const report = await waitFor(() => sentTo('DU2').find((c) => c.method === 'chat.update'), 20_000, 'the report');
    expect(fake.downloads).toContainEqual({ path: '/files/resume-u2.pdf', authorization: `Bearer ${BOT_TOKEN}` });
    // "Reading…" first, then edited into the report.
    expect(sentTo('DU2')[0]).toMatchObject({ method: 'chat.postMessage', params: { text: 'Reading resume.pdf…' } });
    expect(report.params.ts).toBeTruthy();

    const blocks: any[] = report.params.blocks;
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(blocks[0].text.text).toMatch(/^ATS check: /);
    const score = blocks.find((b) => b.type === 'section' && /Match score: \d+\/100/.test(b.text?.text ?? ''));
    expect(score.text.text).toMatch(/Strong match|Close|Needs work/);
    const summary = blocks.find((b) => b.type === 'section' && /Suggested summary\*\n```[\s\S]+```$/.test(b.text?.text ?? ''));
    expect(summary).toBeDefined();
    expect(blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements).map((e: any) => e.text.text)).toContain('Choose another role');
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(report.params.text).toMatch(/Match score \d+\/100/);
  });

  it('the report offers the details as buttons; pressing one answers with that part, privately', async () => {
    // U2's resume is stored by the previous test.
    const report = sentTo('DU2').find((c) => c.method === 'chat.update')!;
    const buttons = report.params.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements);
    const details = buttons.find((b: any) => b.value === '/ats details skills');
    expect(details).toBeDefined();
    expect(buttons.map((b: any) => b.value)).toEqual(expect.arrayContaining(['/ats details checks', '/ats details why']));
    const res = await post(blockAction('U2', 'C123', details.action_id, details.value, 'act-details'), FORM);
    expect(res.status).toBe(200);
    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'act-details'), 20_000, 'the details');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.blocks[0].text.text).toMatch(/^Skills: /);
    expect(textOf(answer.body.blocks)).toContain('Missing skills, costliest first');
    for (const b of answer.body.blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('keeps a report private in a channel: one ephemeral answer, no public note', async () => {
    // U2's resume is stored by the previous test; choosing a role analyses it at once.
    await post(slashCommand('cmd-report', 'data-scientist', { user: 'U2' }), FORM);
    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'cmd-report'), 20_000, 'the report');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.blocks[0].text.text).toMatch(/^ATS check: Data Scientist/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.responses.filter((r) => r.id === 'cmd-report')).toHaveLength(1);
  });

  it('refuses an oversize file from its metadata without downloading it', async () => {
    const url = fake.addFile('huge-u3.pdf', RESUME, 'application/pdf');
    await post(fileShare('U3', { name: 'huge.pdf', size: bot.maxUploadBytes + 1, url }), 'application/json');
    const answer = await waitFor(() => sentTo('DU3')[0], 10_000, 'the refusal');
    expect(answer.params.text).toMatch(/too large/i);
    expect(fake.downloads.some((d) => d.path === '/files/huge-u3.pdf')).toBe(false);
  });

  it('names the missing files:read scope when Slack serves its login page instead of the file', async () => {
    const url = fake.addFile('resume-u4.pdf', RESUME, 'application/pdf');
    fake.serveLoginPage(true);
    try {
      await post(fileShare('U4', { name: 'resume.pdf', size: RESUME.byteLength, url }), 'application/json');
      const answer = await waitFor(() => sentTo('DU4').find((c) => /login page/.test(c.params.text ?? '')), 10_000, 'the login-page error');
      expect(answer.params.text).toMatch(/files:read/);
    } finally {
      fake.serveLoginPage(false);
    }
  });

  it('escapes <!channel> and <@U123> from a pasted job post on the wire', async () => {
    const text = `Senior Backend Engineer <!channel> <@U123> & friends\nAcme Corp\n\n${JOB_POST}`;
    await post(eventCallback({ type: 'message', channel: 'DU5', channel_type: 'im', user: 'U5', text, ts: '1700000100.000100', event_ts: '1700000100.000100' }), 'application/json');
    const answer = await waitFor(() => sentTo('DU5').find((c) => c.params.blocks), 20_000, 'the job-post answer');
    expect(answer.params.text).toMatch(/Job post saved/);
    const wire = sentTo('DU5').map((c) => c.raw).join('\n');
    const decoded = sentTo('DU5').map((c) => JSON.stringify(c.params)).join('\n');
    expect(decoded).toContain('&lt;!channel&gt;');
    expect(decoded).toContain('&lt;@U123&gt;');
    expect(decoded).not.toMatch(/<!channel>|<@U123>/);
    expect(wire).not.toMatch(/<!channel>|<@U123>|%3C!channel%3E|%3C%40U123%3E/i);
  });

  it('escapes a file name in the "Reading…" note', async () => {
    const url = fake.addFile('evil-u6.pdf', RESUME, 'application/pdf');
    await post(fileShare('U6', { name: '<!channel>.pdf', size: RESUME.byteLength, url }), 'application/json');
    const note = await waitFor(() => sentTo('DU6')[0], 20_000, 'the progress note');
    expect(note.params.text).toBe('Reading &lt;!channel&gt;.pdf…');
    await waitFor(() => sentTo('DU6').find((c) => c.method === 'chat.update'), 20_000, 'the report');
  });

  it('shows the role chosen earlier with /ats in the App Home', async () => {
    await post(slashCommand('cmd-role-u7', 'data analyst', { user: 'U7' }), FORM);
    await waitFor(() => fake.responses.find((r) => r.id === 'cmd-role-u7'), 10_000, 'the role answer');
    const opened = eventCallback({ type: 'app_home_opened', user: 'U7', channel: 'DU7', tab: 'home', event_ts: '1700000300.000100' });
    expect((await post(opened, 'application/json')).status).toBe(200);
    const publish = await waitFor(() => fake.callsTo('views.publish').find((c) => c.params.user_id === 'U7'), 10_000, 'views.publish');
    expect(textOf(publish.params.view.blocks)).toContain('*Your role:* Data Analyst');
  });

  it('publishes the App Home with the stored job post and a Forget me button that forgets', async () => {
    const opened = eventCallback({ type: 'app_home_opened', user: 'U5', channel: 'DU5', tab: 'home', event_ts: '1700000200.000100' });
    expect((await post(opened, 'application/json')).status).toBe(200);
    const publish = await waitFor(() => fake.callsTo('views.publish').find((c) => c.params.user_id === 'U5'), 10_000, 'views.publish');
    const view = publish.params.view;
    expect(view.type).toBe('home');
    expect(textOf(view.blocks)).toMatch(/Your job post:\* Matching against: /);
    expect(textOf(view.blocks)).toContain('&lt;!channel&gt;');
    const forget = view.blocks.flatMap((b: any) => b.elements ?? []).find((e: any) => e.action_id === 'home_forget');
    expect(forget).toMatchObject({ type: 'button', style: 'danger' });
    expect(view.blocks.find((b: any) => b.accessory?.action_id === 'home_role')).toBeDefined();

    const before = fake.callsTo('views.publish').length;
    await post(blockAction('U5', 'DU5', 'home_forget', '/ats forget', 'unused'), FORM);
    const confirmation = await waitFor(() => sentTo('DU5').find((c) => /deleted everything/.test(c.params.text ?? '')), 10_000, 'forget confirmation');
    expect(confirmation.method).toBe('chat.postMessage');
    const republished = await waitFor(() => fake.callsTo('views.publish').slice(before).find((c) => c.params.user_id === 'U5'), 10_000, 'home refresh');
    expect(textOf(republished.params.view.blocks)).toMatch(/No job post saved/);
  });
});

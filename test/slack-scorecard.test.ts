/**
 * The scorecard on Slack: the real Bolt app (HTTP mode) uploads it with files.uploadV2 against the
 * fake, which runs Slack's three-step external upload and checks the manifest's scopes.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_IN_DM_HINT } from '../adapters/slack/upload.js';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/scorecard/index.js';
import { startFakeSlack, waitFor, type FakeSlack } from './fakes/slack-api.js';
import { manifestBotScopes, startSlackHarness, type SlackHarness } from './helpers/slack-harness.js';

const BOT_TOKEN = 'xoxb-card';
const SIGNING_SECRET = 'card-signing-secret';
const RESUME = readFileSync(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url));
const FORM = 'application/x-www-form-urlencoded';

let slack: SlackHarness;
let fake: FakeSlack;
let seq = 0;

beforeAll(async () => {
  slack = await startSlackHarness({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, scopes: manifestBotScopes(), bot: { scorecard: true } });
  fake = slack.fake;
});

afterAll(async () => {
  await slack?.close();
});

const post = (body: string, contentType: string) => slack.post(body, contentType);

function fileShare(user: string, url: string): string {
  const ts = `${1_700_000_000 + ++seq}.000200`;
  return JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvCard${seq}`, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'message', subtype: 'file_share', channel: `D${user}`, channel_type: 'im', user, text: '', ts, event_ts: ts,
      files: [{ id: `F${seq}`, name: 'resume.pdf', title: 'resume.pdf', mimetype: 'application/pdf', filetype: 'pdf', size: RESUME.byteLength, mode: 'hosted', url_private: url, url_private_download: url }] },
  });
}

function slashCommand(id: string, user: string, text: string, channel = 'C123'): string {
  return new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: channel, channel_name: 'general', user_id: user, user_name: 'pat',
    command: '/ats', text, api_app_id: 'A1', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
  }).toString();
}

const pngSize = (bytes: Uint8Array) => { const p = PNG.sync.read(Buffer.from(bytes)); return [p.width, p.height]; };

describe('slack: the scorecard upload', () => {
  it('the manifest asks for files:write (files.uploadV2 needs it)', () => {
    expect(manifestBotScopes()).toEqual(expect.arrayContaining(['files:write', 'chat:write', 'files:read', 'im:write']));
  });

  it('a resume in the bot\'s DM: the report, then the card uploaded into that DM', async () => {
    const url = fake.addFile('card-dm.pdf', RESUME, 'application/pdf');
    expect((await post(fileShare('UCARD1', url), 'application/json')).status).toBe(200);
    const upload = await waitFor(() => fake.uploads.find((u) => u.completed?.channelId === 'DUCARD1'), 30_000, 'the card upload');
    expect(upload.filename).toBe('ats-scorecard.png');
    expect(upload.bytes!.byteLength).toBe(upload.length);
    expect(pngSize(upload.bytes!)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(upload.altText).toMatch(/^Scorecard: match \d+\/100 \((strong|close|needs work)\), ATS readiness \d+\/100, for /);
    // The three steps in order, after the report itself.
    const methods = fake.calls.map((c) => c.method);
    const report = fake.calls.findIndex((c) => c.method === 'chat.update' && c.params.channel === 'DUCARD1' && /Score|score/.test(JSON.stringify(c.params.blocks)));
    expect(report).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('files.getUploadURLExternal', report)).toBeGreaterThan(report);
    expect(methods.indexOf('files.completeUploadExternal', report)).toBeGreaterThan(methods.indexOf('files.getUploadURLExternal', report));
  });

  it('/ats <role> in a channel: the ephemeral report says the card is in the DM, and the card never lands in the channel', async () => {
    const before = fake.uploads.length;
    await post(slashCommand('card-channel', 'UCARD1', 'frontend-developer'), FORM);
    const answer = await waitFor(() => fake.responses.find((r) => r.id === 'card-channel' && /Score|score/.test(JSON.stringify(r.body.blocks))), 30_000, 'the report');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.body.blocks)).toContain(CARD_IN_DM_HINT);
    const fresh = fake.uploads.slice(before).filter((u) => u.completed);
    expect(fresh.map((u) => u.completed!.channelId)).toEqual(['DUCARD1']);
  });

  it('details come without a card', async () => {
    const before = fake.uploads.length;
    await post(slashCommand('card-details', 'UCARD1', 'details skills'), FORM);
    await waitFor(() => fake.responses.find((r) => r.id === 'card-details'), 30_000, 'the details');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.uploads.length).toBe(before);
  });
});

describe('an app installed without files:write', () => {
  it('the report still arrives, without the "in our DM" line, and nothing is uploaded', async () => {
    const old = await startSlackHarness({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET,
      scopes: manifestBotScopes().filter((s) => s !== 'files:write'), bot: { scorecard: true } });
    const narrow = old.fake;
    try {
      const url = narrow.addFile('old.pdf', RESUME, 'application/pdf');
      const body = fileShare('UOLD', url);
      await old.post(body, 'application/json');
      await waitFor(() => narrow.calls.find((c) => c.method === 'files.getUploadURLExternal'), 30_000, 'the refused upload');
      const report = narrow.calls.find((c) => c.method === 'chat.update' && c.params.channel === 'DUOLD');
      expect(JSON.stringify(report?.params.blocks)).toMatch(/Score|score/);
      const form = new URLSearchParams({ token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C9', channel_name: 'general', user_id: 'UOLD',
        user_name: 'pat', command: '/ats', text: 'frontend-developer', api_app_id: 'A1', response_url: narrow.responseUrl('old-channel'), trigger_id: 'trigger-old' }).toString();
      await old.post(form, FORM);
      const answer = await waitFor(() => narrow.responses.find((r) => r.id === 'old-channel' && /Score|score/.test(JSON.stringify(r.body.blocks))), 30_000, 'the channel report');
      expect(JSON.stringify(answer.body.blocks)).not.toContain(CARD_IN_DM_HINT);
      expect(narrow.uploads.filter((u) => u.completed)).toEqual([]);
    } finally {
      await old.close();
    }
  });
});

describe('the fake runs Slack\'s upload rules', () => {
  it('without files:write: missing_scope; a length of 0: invalid_arguments; completing an id never uploaded: file_not_found', async () => {
    const narrow = await startFakeSlack({ botToken: BOT_TOKEN, scopes: ['chat:write'] });
    const wide = await startFakeSlack({ botToken: BOT_TOKEN, scopes: ['files:write'] });
    try {
      const client = (f: FakeSlack) => new webApi.WebClient(BOT_TOKEN, { slackApiUrl: f.apiUrl, retryConfig: { retries: 0 } });
      await expect(client(narrow).filesUploadV2({ channel_id: 'DX', file: Buffer.from('x'), filename: 'a.png' })).rejects.toMatchObject({ data: { error: 'missing_scope' } });
      await expect(client(wide).files.getUploadURLExternal({ filename: 'a.png', length: 0 })).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
      const issued = await client(wide).files.getUploadURLExternal({ filename: 'a.png', length: 3 });
      await expect(client(wide).files.completeUploadExternal({ files: [{ id: issued.file_id! }] })).rejects.toMatchObject({ data: { error: 'file_not_found' } });
    } finally {
      await narrow.close();
      await wide.close();
    }
  });
});

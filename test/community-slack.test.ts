/**
 * Community channels on Slack: the real Bolt app (HTTP mode, signed requests) and the real core
 * against the fake Web API, which answers users.info with Slack's admin flags, refuses methods the
 * manifest's scopes do not cover (missing_scope), and refuses chat.delete of a person's message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type FakeSlack } from './fakes/slack-api.js';
import { resumeBytes } from './helpers/fixtures.js';
import { manifestBotScopes, startSlackHarness, type SlackHarness } from './helpers/slack-harness.js';

const BOT_TOKEN = 'xoxb-fake3';
const SIGNING_SECRET = 'test-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const RESUME = resumeBytes('rm-john-doe-java.txt');
const REVIEW = 'C0REVIEW';
const GENERAL = 'C0GENERAL';
const MANIFEST_SCOPES = manifestBotScopes();

let slack: SlackHarness;
let fake: FakeSlack;
let seq = 0;

beforeAll(async () => {
  slack = await startSlackHarness({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, scopes: MANIFEST_SCOPES });
  fake = slack.fake;
});

afterAll(async () => {
  await slack?.close();
});

async function post(body: string, contentType: string): Promise<void> {
  const res = await slack.post(body, contentType);
  expect(res.status).toBe(200);
}

/** `/ats <text>` in a channel; resolves with the ephemeral answer's text and blocks. */
async function slash(user: string, text: string, channel = REVIEW): Promise<string> {
  const id = `cmd-${++seq}`;
  await post(new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'club', channel_id: channel, channel_name: 'resume-review', user_id: user, user_name: 'pat',
    command: '/ats', text, api_app_id: 'A1', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
  }).toString(), FORM);
  const answer = await waitFor(() => fake.responses.find((r) => r.id === id), 15_000, `the answer to /ats ${text}`);
  expect(answer.body.response_type).toBe('ephemeral');
  return JSON.stringify(answer.body);
}

function shareFile(user: string, channel: string): { ts: string; fileUrl: string } {
  const ts = `${1_800_000_000 + ++seq}.000300`;
  const fileUrl = fake.addFile(`cv-${seq}.txt`, RESUME, 'text/plain');
  void post(JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvC${seq}`, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'message', subtype: 'file_share', channel, channel_type: 'channel', user, text: '', ts, event_ts: ts,
      files: [{ id: `F${seq}`, name: 'cv.txt', title: 'cv.txt', mimetype: 'text/plain', filetype: 'text', size: RESUME.byteLength, mode: 'hosted', url_private: fileUrl, url_private_download: fileUrl }] },
  }), 'application/json');
  return { ts, fileUrl };
}
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('Slack community channels', () => {
  it('a member is refused; users.info is asked on each admin command', async () => {
    for (const text of ['channel review on', 'channel role backend-developer', 'stats']) {
      const before = fake.callsTo('users.info').length;
      const answer = await slash('U0MEMBER', text);
      expect(answer).toContain('Only admins can do that');
      expect(answer).toContain('workspace admins and owners');
      expect(fake.callsTo('users.info').slice(before).map((c) => c.params.user)).toEqual(['U0MEMBER']);
    }
  });

  it('a workspace admin or owner may; demoted, the same person is refused at once', async () => {
    fake.setUser('U0ADMIN', { is_admin: true });
    fake.setUser('U0OWNER', { is_owner: true });
    expect(await slash('U0ADMIN', 'channel review on')).toContain('This is a review channel now');
    expect(await slash('U0OWNER', 'channel role backend-developer')).toContain('Default role: Backend Developer');
    fake.setUser('U0ADMIN', {});
    expect(await slash('U0ADMIN', 'channel review off')).toContain('Only admins can do that');
    expect(await slash('U0ANYONE', 'channel')).toContain('on: drop a resume here');
  });

  it('a resume shared in the review channel: the report in the DM, a ✅ on the message, an ephemeral reminder; never deleted', async () => {
    fake.setUser('U0ADMIN', { is_admin: true });
    await slash('U0ADMIN', 'channel review on');
    const before = fake.calls.length;
    const { ts } = shareFile('U0MEMBER', REVIEW);
    const reminder = await waitFor(() => fake.calls.slice(before).find((c) => c.method === 'chat.postEphemeral'), 15_000, 'the reminder');
    expect(reminder.params).toMatchObject({ channel: REVIEW, user: 'U0MEMBER' });
    expect(reminder.params.text).toMatch(/Everyone here can still see the file you posted/);
    const report = fake.calls.slice(before).find((c) => c.method === 'chat.postMessage' && c.params.channel === 'DU0MEMBER');
    expect(JSON.stringify(report?.params.blocks)).toMatch(/\/100/);
    expect(fake.reactions).toContain(`${REVIEW}/${ts}/white_check_mark`);
    // Nothing posted in the channel for everyone, and no attempt at a delete Slack would refuse.
    const inChannel = fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage' && c.params.channel === REVIEW);
    expect(inChannel).toEqual([]);
    expect(fake.callsTo('chat.delete')).toEqual([]);
  });

  it('outside a review channel a shared file is not downloaded and nothing is said', async () => {
    const before = fake.calls.length;
    const downloads = fake.downloads.length;
    shareFile('U0MEMBER', GENERAL);
    await settle();
    expect(fake.calls.slice(before).map((c) => c.method)).toEqual([]);
    expect(fake.downloads.length).toBe(downloads);
  });

  it('/ats stats for an admin: ephemeral, nothing until five people', async () => {
    fake.setUser('U0ADMIN', { is_admin: true });
    expect(await slash('U0ADMIN', 'stats')).toContain('Not enough people yet');
  });

  it('the manifest asks for what these calls need', () => {
    for (const scope of ['users:read', 'reactions:write', 'channels:history', 'groups:history']) expect(MANIFEST_SCOPES).toContain(scope);
  });
});

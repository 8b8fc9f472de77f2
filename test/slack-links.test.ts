/**
 * Links on Slack: the real Bolt app (HTTP mode) and core against the fake Slack API, with the link
 * reader pointed at the fake ATS APIs on 127.0.0.1. Slack wraps links as <https://x|label> or
 * <https://x> and encodes & as &amp;: the adapter hands the core the link as typed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkReader } from '../src/links/index.js';
import { waitFor, type FakeSlack } from './fakes/slack-api.js';
import type { FakeWeb } from './fakes/web.js';
import { POSTING_LINKS, startFakeAts } from './helpers/fake-ats.js';
import { startSlackHarness, type SlackHarness } from './helpers/slack-harness.js';

const BOT_TOKEN = 'xoxb-fake1';
const SIGNING_SECRET = 'test-signing-secret';
const RESUME = readFileSync(new URL('./fixtures/resumes/rm-john-doe-java.txt', import.meta.url), 'utf8');
const FORM = 'application/x-www-form-urlencoded';

let slack: SlackHarness;
let fake: FakeSlack;
let web: FakeWeb;

beforeAll(async () => {
  web = await startFakeAts();
  slack = await startSlackHarness({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET,
    bot: { rateLimit: { max: 1000, windowMs: 60_000 }, linkReader: createLinkReader({ seam: web.seam }) } });
  fake = slack.fake;
});

afterAll(async () => {
  await slack?.close();
  await web?.close();
});

const post = (body: string, contentType: string) => slack.post(body, contentType);

let seq = 0;
function dm(user: string, text: string): string {
  const ts = `${1_700_000_000 + ++seq}.000100`;
  return JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvL${seq}`,
    event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts, event_ts: ts },
  });
}

function slash(id: string, user: string, text: string): string {
  return new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: `D${user}`, channel_name: 'directmessage',
    user_id: user, user_name: 'pat', command: '/ats', text, api_app_id: 'A1', response_url: fake.responseUrl(id), trigger_id: `t-${id}`,
  }).toString();
}

const sentTo = (channel: string) => fake.calls
  .filter((c) => (c.method === 'chat.postMessage' || c.method === 'chat.update') && c.params.channel === channel)
  .map((c) => String(c.params.text ?? '') + JSON.stringify(c.params.blocks ?? []));

/** How Slack delivers a link someone pasted: wrapped, with & encoded. */
const slackLink = (url: string) => `<${url.replace(/&/g, '&amp;')}|${url.replace(/^https:\/\//, '').replace(/&/g, '&amp;')}>`;

let nextUser = 0;
describe('Slack: a link is a job post', () => {
  it.each(Object.entries(POSTING_LINKS))('%s: a wrapped link in a DM and /ats job <url> store the post and answer the match', async (provider, link) => {
    const user = `UL${++nextUser}`;
    await post(dm(user, RESUME), 'application/json');
    await waitFor(() => sentTo(`D${user}`).find((t) => /ATS check/.test(t)), 20_000, 'the resume report');

    await post(dm(user, `thoughts on my resume for ${slackLink(link)}?`), 'application/json');
    await waitFor(() => sentTo(`D${user}`).find((t) => /ATS check: .*Backend Engineer/.test(t)), 20_000, 'the report against the post');
    const all = sentTo(`D${user}`).join('\n');
    expect(all).toContain('Job post saved: Backend Engineer');
    expect(all).toContain(`I read this post from ${provider} (${new URL(link).hostname})`);

    const id = `link-${nextUser}`;
    await post(slash(id, user, `job <${link.replace(/&/g, '&amp;')}>`), FORM);
    const answers = await waitFor(() => {
      const got = fake.responses.filter((r) => r.id === id);
      return got.some((r) => /ATS check: .*Backend Engineer/.test(String(r.body.text))) ? got : undefined;
    }, 20_000, 'the /ats job answers');
    expect(answers.map((r) => String(r.body.text)).join('\n')).toContain('Job post saved: Backend Engineer');
  });

  it('a link whose query has & arrives whole (Greenhouse embed form)', async () => {
    const user = `UL${++nextUser}`;
    await post(dm(user, slackLink('https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345')), 'application/json');
    const saved = await waitFor(() => sentTo(`D${user}`).find((t) => /Job post saved/.test(t)), 20_000, 'the saved post');
    expect(saved).toContain('Backend Engineer');
  });
});

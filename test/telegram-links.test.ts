/**
 * Links on Telegram: the real grammY bot and core against the fake Bot API, with the link reader
 * pointed at the fake ATS APIs on 127.0.0.1. Telegram passes links as plain text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkReader } from '../src/links/index.js';
import { FakeTelegramApi, privateChat, textMessage, type FakeUser, type RecordedCall } from './fakes/telegram-api.js';
import type { FakeWeb } from './fakes/web.js';
import { POSTING_LINKS, startFakeAts } from './helpers/fake-ats.js';
import { startTelegramHarness, type TelegramHarness } from './helpers/telegram-harness.js';

const RESUME = readFileSync(new URL('./fixtures/resumes/rm-john-doe-java.txt', import.meta.url), 'utf8');

let telegram: TelegramHarness;
let api: FakeTelegramApi;
let web: FakeWeb;

beforeAll(async () => {
  web = await startFakeAts();
  telegram = await startTelegramHarness({ bot: { linkReader: createLinkReader({ seam: web.seam }) } });
  api = telegram.api;
}, 60_000);

afterAll(async () => {
  await telegram?.close();
  await web?.close();
});

async function answers(chatId: number, from: number, until: (texts: string[]) => boolean): Promise<string[]> {
  const pick = () => api.calls.slice(from).filter((c: RecordedCall) =>
    (c.method === 'sendMessage' || c.method === 'editMessageText') && c.body.chat_id === chatId && c.body.text !== '⏳ Analysing…')
    .map((c) => String(c.body.text));
  await api.waitFor(() => until(pick()), 45_000, `answers to ${chatId}`);
  return pick();
}

let nextUser = 3000;
describe('Telegram: a link is a job post', { timeout: 60_000 }, () => {
  it.each(Object.entries(POSTING_LINKS))('%s: a link in a DM and /ats job <url> store the post and answer the match', async (provider, link) => {
    const person: FakeUser = { id: ++nextUser, first_name: 'Lin', username: `lin${nextUser}` };
    let from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(person), person, RESUME));
    await answers(person.id, from, (t) => t.some((x) => /ATS check/.test(x)));

    from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(person), person, `is my resume good for ${link} ?`));
    let got = await answers(person.id, from, (t) => t.some((x) => /ATS check: .*Backend Engineer/.test(x)));
    expect(got.join('\n')).toContain('Job post saved: Backend Engineer');
    expect(got.join('\n')).toContain(`I read this post from ${provider} (${new URL(link).hostname})`);

    from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(person), person, `/ats job ${link}`));
    got = await answers(person.id, from, (t) => t.some((x) => /ATS check: .*Backend Engineer/.test(x)));
    expect(got.join('\n')).toContain('Job post saved: Backend Engineer');
  });

  it('a link to a private address gets its own answer', async () => {
    const person: FakeUser = { id: ++nextUser, first_name: 'Mo' };
    const from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(person), person, 'https://169.254.169.254/latest/meta-data/'));
    const [reply] = await answers(person.id, from, (t) => t.length > 0);
    expect(reply).toContain("I can't open that link");
  });
});

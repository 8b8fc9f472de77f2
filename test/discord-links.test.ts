/**
 * Links on Discord: the real discord.js client and core against the fake Discord, with the link
 * reader pointed at the fake ATS APIs on 127.0.0.1. A link in a DM and the `job:` option of /ats
 * store the post and answer the match.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import type { BotCore, ChatAdapter } from '../src/bot/types.js';
import { silentLogger } from '../src/logger.js';
import { createLinkReader } from '../src/links/index.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import { APPLICATION_ID, TOKEN, atsInteraction, dmMessage, snowflake, startFakeDiscord, type FakeDiscord } from './fakes/discord-api.js';
import type { FakeWeb } from './fakes/web.js';
import { POSTING_LINKS, startFakeAts } from './helpers/fake-ats.js';

const RESUME = readFileSync(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url));

let fake: FakeDiscord;
let web: FakeWeb;
let bot: BotCore;
let adapter: ChatAdapter;

beforeAll(async () => {
  web = await startFakeAts();
  fake = await startFakeDiscord();
  bot = createBot({ rateLimit: { max: 1000, windowMs: 60_000 }, linkReader: createLinkReader({ seam: web.seam }) });
  adapter = createDiscordAdapter(bot, { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: fake.apiUrl, restRetries: 0 }, { logger: silentLogger() });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await bot?.close();
  await fake?.close();
  await web?.close();
});

let userSeq = 0;
const newUser = () => `82000000000000${String(++userSeq).padStart(4, '0')}`;

describe('Discord: a link is a job post', () => {
  it.each(Object.entries(POSTING_LINKS))('%s: a link in a DM and /ats job:<url> store the post and answer the match', async (provider, link) => {
    const userId = newUser();
    const channelId = snowflake();
    const url = fake.addFile(`resume-${userId}.pdf`, RESUME, 'application/pdf');
    const upload = dmMessage({ userId, channelId, attachments: [{ filename: 'resume.pdf', size: RESUME.byteLength, url }] });
    fake.dispatch('MESSAGE_CREATE', upload);
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body.message_reference?.message_id === upload.id);

    const message = dmMessage({ userId, channelId, content: `how does my resume do for ${link}` });
    fake.dispatch('MESSAGE_CREATE', message);
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body.message_reference?.message_id === message.id);
    const embeds = sent.body.embeds as { title?: string; description?: string }[];
    expect(embeds[0]!.title).toMatch(/^Job post saved: Backend Engineer/);
    expect(JSON.stringify(embeds[0])).toContain(`I read this post from ${provider} (${new URL(link).hostname})`);
    expect(embeds.some((e) => /^ATS check: .*Backend Engineer/.test(e.title ?? ''))).toBe(true);

    const interaction = atsInteraction({ where: 'dm', userId, options: [{ name: 'job', type: 3, value: link }] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`);
    const titles = (edit.body.embeds as { title?: string }[]).map((e) => e.title ?? '');
    expect(titles[0]).toMatch(/^Job post saved: Backend Engineer/);
    expect(titles.some((t) => /^ATS check: .*Backend Engineer/.test(t))).toBe(true);
  });
});

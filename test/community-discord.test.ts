/**
 * Community channels on Discord: the real discord.js adapter and the real core against the fake
 * gateway and REST API, which apply Discord's rules: member permissions in the interaction,
 * Manage Messages to delete another member's message, 50007 when DMs are closed, and no
 * attachments in server messages without Message Content unless the bot is mentioned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createBot } from '../src/bot/index.js';
import type { BotCore, ChatAdapter } from '../src/bot/types.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import {
  APPLICATION_ID, GUILD_CHANNEL_ID, GUILD_ID, PERMISSION, TOKEN, atsInteraction, guildMessage, startFakeDiscord,
  type FakeDiscord, type OptionSpec, type RecordedRequest,
} from './fakes/discord-api.js';
import { resumeBytes } from './helpers/fixtures.js';

const RESUME = resumeBytes('rm-john-doe-java.txt');
const OTHER_CHANNEL_ID = '700000000000000003';
const ADMIN = PERMISSION.ViewChannel | PERMISSION.ManageGuild;
const CHANNEL_MANAGER = PERMISSION.ViewChannel | PERMISSION.ManageChannels;
const MEMBER = PERMISSION.ViewChannel | PERMISSION.SendMessages;

let fake: FakeDiscord;
let bot: BotCore;
let adapter: ChatAdapter;
const logs: string[] = [];
let users = 0;
const newUser = () => `82000000000000${String(++users).padStart(4, '0')}`;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD_ID, channels: [{ id: GUILD_CHANNEL_ID, name: 'resume-review' }, { id: OTHER_CHANNEL_ID, name: 'general' }] }] });
  bot = createBot({ rateLimit: { max: 1000, windowMs: 60_000 } });
  adapter = createDiscordAdapter(bot, { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: fake.apiUrl, restRetries: 0 },
    { logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }) });
  await adapter.start();
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  await bot?.close();
  await fake?.close();
});

/** Runs `/ats` with these options in the server and returns the ephemeral answer's text. */
async function slash(userId: string, permissions: bigint, options: OptionSpec[]): Promise<string> {
  const interaction = atsInteraction({ where: 'guild', userId, permissions, options });
  fake.dispatch('INTERACTION_CREATE', interaction);
  const callback = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  expect(callback.body.data?.flags).toBe(64); // ephemeral
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`);
  return JSON.stringify(edit.body);
}
const action = (value: string, role?: string): OptionSpec[] => [
  { name: 'action', type: 3, value }, ...(role ? [{ name: 'role', type: 3 as const, value: role }] : []),
];

function drop(userId: string, channelId = GUILD_CHANNEL_ID, mentionsBot = true) {
  const url = fake.addFile(`cv-${userId}.txt`, RESUME, 'text/plain');
  return guildMessage({ guildId: GUILD_ID, channelId, userId, mentionsBot, content: mentionsBot ? '<@900000000000000001>' : '',
    attachments: [{ filename: 'cv.txt', size: RESUME.byteLength, url, contentType: 'text/plain' }] });
}
const channelPosts = (channelId: string, from: number) => fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
const since = (from: number, pred: (r: RecordedRequest) => boolean) => fake.requests.findIndex((r, i) => i >= from && pred(r));
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('Discord community channels', { timeout: 60_000 }, () => {
  it('a member without Manage Server / Manage Channels is refused every admin action', async () => {
    const member = newUser();
    for (const value of ['channel review on', 'channel review off', 'stats']) {
      const answer = await slash(member, MEMBER, action(value));
      expect(answer).toContain('Only admins can do that');
      expect(answer).toContain('Manage Server or Manage Channels');
    }
    expect(await slash(member, MEMBER, action('channel role', 'backend-developer'))).toContain('Only admins can do that');
  });

  it('Manage Server or Manage Channels may; permissions are read from each interaction, so a demoted admin is refused', async () => {
    const admin = newUser();
    expect(await slash(admin, ADMIN, action('channel review on'))).toContain('This is a review channel now');
    expect(await slash(admin, CHANNEL_MANAGER, action('channel role', 'backend-developer'))).toContain('Default role: Backend Developer');
    expect(await slash(admin, MEMBER, action('channel review off'))).toContain('Only admins can do that');
    const shown = await slash(newUser(), MEMBER, action('channel'));
    expect(shown).toContain('on: drop a resume here');
    expect(shown).toContain('Backend Developer');
  });

  it('a drop in the review channel: downloaded, deleted with Manage Messages, the report by DM, a note in the channel', async () => {
    await slash(newUser(), ADMIN, action('channel review on'));
    fake.setBotPermissions(GUILD_CHANNEL_ID, MEMBER | PERMISSION.ManageMessages);
    const member = newUser();
    const from = fake.requests.length;
    const message = drop(member);
    fake.dispatchGuildMessage(message);
    const note = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${GUILD_CHANNEL_ID}/messages` && fake.requests.indexOf(r) >= from);
    expect(note.body.content).toBe(`<@${member}> I removed your file from the channel and answered you privately.`);
    expect(note.body.allowed_mentions).toEqual({ users: [member] });
    expect(note.body.embeds ?? []).toEqual([]);
    expect(fake.deleted).toContain(`${GUILD_CHANNEL_ID}/${message.id}`);
    const openDm = since(from, (r) => r.method === 'POST' && r.path === '/users/@me/channels' && r.body?.recipient_id === member);
    expect(openDm).toBeGreaterThanOrEqual(0);
    const report = fake.requests.slice(openDm).find((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== `/channels/${GUILD_CHANNEL_ID}/messages`);
    expect(JSON.stringify(report?.body.embeds)).toMatch(/\/100/);
    expect(fake.cdnRequests).toContain(`cv-${member}.txt`);
    expect(since(from, (r) => r.method === 'DELETE')).toBeLessThan(since(from, (r) => r.path === '/users/@me/channels'));
  });

  it('without Manage Messages Discord refuses the delete (50013): the member is reminded that others see the file', async () => {
    await slash(newUser(), ADMIN, action('channel review on'));
    fake.setBotPermissions(GUILD_CHANNEL_ID, MEMBER);
    const member = newUser();
    const from = fake.requests.length;
    const message = drop(member);
    fake.dispatchGuildMessage(message);
    const note = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${GUILD_CHANNEL_ID}/messages` && fake.requests.indexOf(r) >= from);
    expect(note.body.content).toMatch(/can still see the file you posted/);
    expect(fake.deleted).not.toContain(`${GUILD_CHANNEL_ID}/${message.id}`);
    expect(since(from, (r) => r.method === 'DELETE')).toBeGreaterThanOrEqual(0);
  });

  it('DMs closed (50007): the channel hears how to open them, and nothing of the report', async () => {
    await slash(newUser(), ADMIN, action('channel review on'));
    fake.setBotPermissions(GUILD_CHANNEL_ID, MEMBER | PERMISSION.ManageMessages);
    const member = newUser();
    fake.closeDms(member);
    const from = fake.requests.length;
    fake.dispatchGuildMessage(drop(member));
    const note = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${GUILD_CHANNEL_ID}/messages` && fake.requests.indexOf(r) >= from);
    expect(note.body.content).toMatch(/can't send you direct messages/);
    await settle();
    expect(JSON.stringify(channelPosts(GUILD_CHANNEL_ID, from).map((r) => r.body))).not.toMatch(/\/100|John|Doe|Java/);
  });

  it('outside review channels, and without the bot mentioned (no Message Content), a posted file is left alone', async () => {
    const from = fake.requests.length;
    const cdn = fake.cdnRequests.length;
    fake.dispatchGuildMessage(drop(newUser(), OTHER_CHANNEL_ID));
    const blank = fake.dispatchGuildMessage(drop(newUser(), GUILD_CHANNEL_ID, false));
    expect(blank?.attachments).toEqual([]);
    await settle();
    expect(fake.requests.slice(from).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(fake.cdnRequests.length).toBe(cdn);
  });

  it('/ats action:stats for an admin: ephemeral, nothing until five people', async () => {
    expect(await slash(newUser(), ADMIN, action('stats'))).toContain('Not enough people yet');
  });

  it('logs no resume text', () => {
    expect(logs.join('\n')).not.toMatch(/John Doe|Java Developer/);
  });
});

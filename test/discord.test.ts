/**
 * The real discord.js Client (our adapter) and the real core, against a fake Discord on 127.0.0.1:
 * gateway dispatches in, REST requests recorded and asserted on the wire.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createBot } from '../src/bot/index.js';
import type { BotCore, ChatAdapter } from '../src/bot/types.js';
import { createDiscordAdapter, registerCommands, type DiscordConfig } from '../adapters/discord/index.js';
import { embedLength, BAND_COLOR } from '../adapters/discord/render.js';
import {
  APPLICATION_ID, GUILD_ID, TOKEN, atsInteraction, buttonInteraction, dmMessage, snowflake, startFakeDiscord,
  type FakeDiscord, type RecordedRequest,
} from './fakes/discord-api.js';

const RESUME = readFileSync(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url));
const JOB_POST = readFileSync(new URL('./fixtures/jobs/rm-jd-backend-engineer.txt', import.meta.url), 'utf8');
/** The suggested summary of the first report: built from the resume, so it must never reach a log line. */
let reportSummary = '';

let fake: FakeDiscord;
let bot: BotCore;
let adapter: ChatAdapter;
let config: DiscordConfig;
const logLines: string[] = [];

/** Each test is its own person, so stored resumes and job posts don't leak between tests. */
let userSeq = 0;
const newUser = () => `81000000000000${String(++userSeq).padStart(4, '0')}`;

function callbackOf(interaction: { id: string; token: string }) {
  return fake.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
}
function originalEditOf(interaction: { token: string }) {
  return fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`);
}
function scoreOf(description: string): number {
  const m = /\*\*(\d+)\/100\*\*/.exec(description);
  if (!m) throw new Error(`no score in: ${description.slice(0, 200)}`);
  return Number(m[1]);
}
function bandOf(score: number): keyof typeof BAND_COLOR {
  return score >= 80 ? 'strong' : score >= 60 ? 'close' : 'needs-work';
}
/** Every request that creates or edits a message. */
function messageRequests(): RecordedRequest[] {
  return fake.requests.filter((r) =>
    (r.method === 'PATCH' && r.path.startsWith('/webhooks/')) ||
    (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) ||
    (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)));
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  const logger = pino({ level: 'debug' }, new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } }));
  bot = createBot({ rateLimit: { max: 1000, windowMs: 60_000 }, logger });
  config = { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: fake.apiUrl, restRetries: 0 };
  adapter = createDiscordAdapter(bot, config, { logger });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await bot?.close();
  await fake?.close();
});

describe('Discord adapter against a fake gateway and REST API', () => {
  it('identifies with the token and the Guilds + DirectMessages + GuildMessages intents, no privileged MessageContent', () => {
    expect(fake.identify?.token).toBe(TOKEN);
    expect(fake.identify?.intents).toBe(1 | 4096 | 512);
  });

  it('defers /ats role:backend-developer resume:<pdf> ephemerally in a server, then edits in the report embed', async () => {
    const url = fake.addFile('guild-resume.pdf', RESUME, 'application/pdf');
    const interaction = atsInteraction({ where: 'guild', userId: newUser(), options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'resume.pdf', size: RESUME.byteLength, url } },
    ] });
    const dispatched = Date.now();
    fake.dispatch('INTERACTION_CREATE', interaction);

    const callback = await callbackOf(interaction);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(callback.at - dispatched).toBeLessThan(3000); // Discord's deadline for the first response
    expect(callback.headers.authorization).toBeUndefined();

    const edit = await originalEditOf(interaction);
    // Interaction webhooks are authorised by their token alone: discord.js sends no Authorization header.
    expect(edit.headers.authorization).toBeUndefined();
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    const [embed] = edit.body.embeds;
    expect(embed.title).toMatch(/Backend Developer/);
    const score = scoreOf(embed.description);
    expect(embed.color).toBe(BAND_COLOR[bandOf(score)]);
    // A senior backend engineer's resume against the backend role is not a weak match.
    expect(score).toBeGreaterThanOrEqual(60);
    const names = edit.body.embeds.flatMap((e: any) => (e.fields ?? []).map((f: any) => f.name));
    expect(names).toContain('Suggested summary');
    const summary = edit.body.embeds.flatMap((e: any) => e.fields ?? []).find((f: any) => f.name === 'Suggested summary');
    expect(summary.value).toMatch(/^```\n[\s\S]+\n```$/);
    reportSummary = summary.value.slice(4, -4);
    expect(fake.cdnRequests).toContain('guild-resume.pdf');
    expect(callback.at).toBeLessThanOrEqual(edit.at);
  });

  it('the report names the details as Discord commands; /ats action:details skills answers with that part, within the embed limits', async () => {
    const userId = newUser();
    const url = fake.addFile('details-resume.pdf', RESUME, 'application/pdf');
    const first = atsInteraction({ where: 'guild', userId, options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'resume.pdf', size: RESUME.byteLength, url } },
    ] });
    fake.dispatch('INTERACTION_CREATE', first);
    const report = await originalEditOf(first);
    const values = report.body.embeds.flatMap((e: any) => e.fields ?? []).map((f: any) => f.value).join('\n');
    expect(values).toContain('`/ats action:details skills`');

    const ask = atsInteraction({ where: 'guild', userId, options: [{ name: 'action', type: 3, value: 'details skills' }] });
    fake.dispatch('INTERACTION_CREATE', ask);
    const details = await originalEditOf(ask);
    expect(details.body.embeds[0].title).toMatch(/^Skills: Backend Developer/);
    const names = details.body.embeds.flatMap((e: any) => (e.fields ?? []).map((f: any) => f.name));
    expect(names).toContain('Matched');
    for (const e of details.body.embeds) expect(embedLength(e)).toBeLessThanOrEqual(6000);
  });

  it('the report carries details buttons; pressing one is deferred in 3 s and answers with that part, privately in a server', async () => {
    const userId = newUser();
    const url = fake.addFile('button-resume.pdf', RESUME, 'application/pdf');
    const first = atsInteraction({ where: 'guild', userId, options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'resume.pdf', size: RESUME.byteLength, url } },
    ] });
    fake.dispatch('INTERACTION_CREATE', first);
    const report = await originalEditOf(first);
    const buttons = (report.body.components ?? []).flatMap((row: any) => row.components);
    expect(buttons.map((b: any) => b.custom_id)).toEqual(expect.arrayContaining(['ats:details skills', 'ats:details checks', 'ats:details bullets', 'ats:details why']));
    for (const b of buttons) expect(b).toMatchObject({ type: 2, style: 2 });
    expect(buttons.length).toBeLessThanOrEqual(25);

    const press = buttonInteraction({ where: 'guild', userId, customId: 'ats:details checks' });
    const pressed = Date.now();
    fake.dispatch('INTERACTION_CREATE', press);
    const callback = await callbackOf(press);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(callback.at - pressed).toBeLessThan(3000);
    const details = await originalEditOf(press);
    expect(details.body.embeds[0].title).toMatch(/^ATS readiness checks/);
    for (const e of details.body.embeds) expect(embedLength(e)).toBeLessThanOrEqual(6000);
  });

  it('answers role autocomplete with the matching roles (callback type 8)', async () => {
    const interaction = atsInteraction({ where: 'guild', type: 4, userId: newUser(), options: [
      { name: 'role', type: 3, value: 'back', focused: true },
    ] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await callbackOf(interaction);
    expect(callback.body.type).toBe(8);
    const choices: { name: string; value: string }[] = callback.body.data.choices;
    expect(choices.map((c) => c.value)).toContain('backend-developer');
    for (const c of choices) expect(`${c.name} ${c.value}`.toLowerCase()).toContain('back');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('offers every role when nothing is typed yet, at most 25', async () => {
    const interaction = atsInteraction({ where: 'dm', type: 4, userId: newUser(), options: [
      { name: 'role', type: 3, value: '', focused: true },
    ] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await callbackOf(interaction);
    expect(callback.body.data.choices.length).toBe(Math.min(25, bot.roles().length));
  });

  it('answers a resume PDF dropped in the bot\'s DM with the report embed, as a reply, after typing', async () => {
    const url = fake.addFile('dm-resume.pdf', RESUME, 'application/pdf');
    const userId = newUser();
    const channelId = snowflake();
    const message = dmMessage({ userId, channelId, attachments: [{ filename: 'my resume.pdf', size: RESUME.byteLength, url }] });
    fake.dispatch('MESSAGE_CREATE', message);
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
    expect(sent.body.message_reference?.message_id).toBe(message.id);
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = sent.body.embeds;
    expect(embed.color).toBe(BAND_COLOR[bandOf(scoreOf(embed.description))]);
    expect(fake.cdnRequests).toContain('dm-resume.pdf');
    expect(fake.requests.some((r) => r.path === `/channels/${channelId}/typing`)).toBe(true);
  });

  it('reads a long paste that Discord turned into message.txt as the job post, then matches the stored resume', async () => {
    const userId = newUser();
    const channelId = snowflake();
    const resumeUrl = fake.addFile(`resume-${userId}.pdf`, RESUME, 'application/pdf');
    fake.dispatch('MESSAGE_CREATE', dmMessage({ userId, channelId, attachments: [{ filename: 'resume.pdf', size: RESUME.byteLength, url: resumeUrl }] }));
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

    const bytes = Buffer.from(JOB_POST, 'utf8');
    const url = fake.addFile(`message-${userId}.txt`, bytes, 'text/plain; charset=utf-8');
    const message = dmMessage({ userId, channelId, attachments: [{ filename: 'message.txt', size: bytes.byteLength, url, contentType: 'text/plain; charset=utf-8' }] });
    fake.dispatch('MESSAGE_CREATE', message);
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body.message_reference?.message_id === message.id);
    const titles: string[] = sent.body.embeds.map((e: any) => e.title);
    expect(titles[0]).toMatch(/^Job post saved/);
    expect(titles.some((t) => /^ATS check: .*job post/.test(t))).toBe(true);
  });

  it('runs job + role + resume of one /ats in order and shows one report, against both', async () => {
    const url = fake.addFile('combo.pdf', RESUME, 'application/pdf');
    const interaction = atsInteraction({ where: 'guild', userId: newUser(), options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'resume.pdf', size: RESUME.byteLength, url } },
      { name: 'job', type: 3, value: JOB_POST.slice(0, 6000) },
    ] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await originalEditOf(interaction);
    const titles: string[] = edit.body.embeds.map((e: any) => e.title).filter(Boolean);
    expect(titles[0]).toMatch(/^Job post saved/);
    const reports = titles.filter((t) => t.startsWith('ATS check'));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/job post\) \+ Backend Developer/);
    expect(titles.some((t) => t.startsWith('Role set'))).toBe(false);
  });

  it('never lets a pasted job post ping @everyone or a role (allowed_mentions parse [] on the wire)', async () => {
    const job = `@everyone @here <@&700000000000000009> hiring now!\n\n${JOB_POST}`;
    const interaction = atsInteraction({ where: 'guild', userId: newUser(), options: [{ name: 'job', type: 3, value: job }] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await originalEditOf(interaction);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    expect(edit.body.embeds[0].title).toMatch(/Job post saved/);

    const channelId = snowflake();
    const message = dmMessage({ userId: newUser(), channelId, content: job });
    fake.dispatch('MESSAGE_CREATE', message);
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    // And every message the bot has sent in this file so far.
    for (const r of messageRequests()) expect(r.body.allowed_mentions?.parse).toEqual([]);
  });

  it('refuses an oversize attachment from its announced size, before any download', async () => {
    const url = fake.addFile('huge.pdf', RESUME, 'application/pdf');
    const size = bot.maxUploadBytes + 1;
    const interaction = atsInteraction({ where: 'guild', userId: newUser(), options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'huge.pdf', size, url } },
    ] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await originalEditOf(interaction);
    expect(edit.body.embeds[0].title).toMatch(/too large/i);

    const channelId = snowflake();
    fake.dispatch('MESSAGE_CREATE', dmMessage({ userId: newUser(), channelId, attachments: [{ filename: 'huge.pdf', size: 25 * 1024 * 1024, url }] }));
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
    expect(sent.body.embeds[0].title).toMatch(/too large/i);
    expect(fake.cdnRequests).not.toContain('huge.pdf');
  });

  it('in the bot\'s DM, /ats is deferred without the ephemeral flag; action:roles lists roles as Discord commands', async () => {
    const interaction = atsInteraction({ where: 'dm', userId: newUser(), options: [{ name: 'action', type: 3, value: 'roles' }] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await callbackOf(interaction);
    expect(callback.body.type).toBe(5);
    expect((callback.body.data?.flags ?? 0) & 64).toBe(0);
    const edit = await originalEditOf(interaction);
    const values = edit.body.embeds.flatMap((e: any) => e.fields ?? []).map((f: any) => f.value).join('\n');
    expect(values).toContain('`/ats role:backend-developer`');
    expect(edit.body.embeds[0].footer.text).toContain('/ats role:<role>');
  });

  it('a user-installed /ats in someone else\'s DM is private too (ephemeral)', async () => {
    const interaction = atsInteraction({ where: 'private-channel', userId: newUser(), options: [{ name: 'action', type: 3, value: 'roles' }] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await callbackOf(interaction);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    await originalEditOf(interaction);
  });

  it('/ats with no option answers with help, including how the options map on Discord', async () => {
    const interaction = atsInteraction({ where: 'guild', userId: newUser(), options: [] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await originalEditOf(interaction);
    const titles = edit.body.embeds.map((e: any) => e.title);
    expect(titles).toContain('On Discord');
  });

  it('tells the user what to do on Missing Permissions (50013) and keeps serving', async () => {
    const userId = newUser();
    const first = atsInteraction({ where: 'guild', userId, options: [{ name: 'action', type: 3, value: 'help' }] });
    fake.failNext({ method: 'PATCH', path: new RegExp(`/webhooks/\\d+/${first.token}/messages/@original`), status: 403, code: 50013, message: 'Missing Permissions' });
    fake.dispatch('INTERACTION_CREATE', first);
    const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${APPLICATION_ID}/${first.token}`);
    expect(followUp.body.content).toMatch(/permission/i);
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.allowed_mentions.parse).toEqual([]);

    const second = atsInteraction({ where: 'guild', userId, options: [{ name: 'action', type: 3, value: 'help' }] });
    fake.dispatch('INTERACTION_CREATE', second);
    const edit = await originalEditOf(second);
    expect(edit.body.embeds.length).toBeGreaterThan(0);
    expect(logLines.some((l) => l.includes('"discordCode":50013'))).toBe(true);
  });

  it('survives DMs being closed (50007): logs ids and the code, then answers the next DM', async () => {
    const channelId = snowflake();
    const userId = newUser();
    fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${channelId}/messages$`), status: 403, code: 50007, message: 'Cannot send messages to this user' });
    const lost = dmMessage({ userId, channelId, content: '/ats help' });
    fake.dispatch('MESSAGE_CREATE', lost);
    await waitForLog((l) => l.includes('"discordCode":50007') && l.includes(lost.id as string));
    fake.dispatch('MESSAGE_CREATE', dmMessage({ userId, channelId, content: '/ats help' }));
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && Array.isArray(r.body.embeds));
    expect(sent.body.embeds[0].title).toMatch(/ATS Bot/);
  });

  it('logs carry ids and codes, never resume or job-post text', () => {
    const all = logLines.join('');
    expect(all).not.toContain('hiring now');
    expect(all).not.toContain(JOB_POST.split('\n').find((l) => l.trim().length > 30)!.trim());
    expect(reportSummary.length).toBeGreaterThan(20);
    expect(all).not.toContain(reportSummary.slice(0, 40));
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('itok-');
  });
});

describe('starting', () => {
  async function startAgainst(options: Parameters<typeof startFakeDiscord>[0]): Promise<string> {
    const fake2 = await startFakeDiscord(options);
    const bot2 = createBot();
    const adapter2 = createDiscordAdapter(bot2, { ...config, apiUrl: fake2.apiUrl }, { logger: pino({ level: 'silent' }), readyTimeoutMs: 10_000 });
    try {
      await adapter2.start();
      return 'started';
    } catch (err) {
      return (err as Error).message;
    } finally {
      await adapter2.stop();
      await bot2.close();
      await fake2.close();
    }
  }

  it('fails with one clear line when Discord refuses the intents (gateway close 4014)', async () => {
    expect(await startAgainst({ closeOnIdentify: 4014 })).toMatch(/^Discord refused the requested gateway intents .*Privileged Gateway Intents/);
  });

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    expect(await startAgainst({ rejectToken: true })).toMatch(/^Discord rejected DISCORD_TOKEN/);
    expect(await startAgainst({ closeOnIdentify: 4004 })).toMatch(/^Discord rejected DISCORD_TOKEN/);
  });
});

describe('stopping', () => {
  it('lets an answer in progress finish before the client goes away', async () => {
    const fake2 = await startFakeDiscord();
    const bot2 = createBot();
    const adapter2 = createDiscordAdapter(bot2, { ...config, apiUrl: fake2.apiUrl }, { logger: pino({ level: 'silent' }) });
    try {
      await adapter2.start();
      const url = fake2.addFile('late.pdf', RESUME, 'application/pdf');
      const channelId = snowflake();
      fake2.dispatch('MESSAGE_CREATE', dmMessage({ userId: newUser(), channelId, attachments: [{ filename: 'late.pdf', size: RESUME.byteLength, url }] }));
      await fake2.waitForRequest((r) => r.path === `/channels/${channelId}/typing`);
      await adapter2.stop();
      expect(fake2.requests.some((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`)).toBe(true);
    } finally {
      await adapter2.stop();
      await bot2.close();
      await fake2.close();
    }
  });
});

describe('npm run discord:register', () => {
  it('PUTs the /ats definition to the guild when DISCORD_GUILD_ID is set, globally otherwise', async () => {
    const guild = await registerCommands({ ...config, guildId: GUILD_ID });
    expect(guild.scope).toBe('guild');
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toHaveLength(1);
    const [ats] = put.body;
    expect(ats).toMatchObject({
      name: 'ats', type: 1, contexts: [0, 1, 2], integration_types: [0, 1],
      options: [
        { name: 'role', type: 3, autocomplete: true, required: false },
        { name: 'resume', type: 11, required: false },
        { name: 'job', type: 3, required: false, max_length: 6000 },
        { name: 'action', type: 3, required: false },
      ],
    });
    expect(ats.options[3].choices.map((c: any) => c.value)).toEqual(['help', 'roles', 'job', 'job clear', 'forget', 'details skills', 'details checks', 'details bullets', 'details why',
      'channel', 'channel review on', 'channel review off', 'channel role', 'stats']);

    const global = await registerCommands(config);
    expect(global.scope).toBe('global');
    expect(global.commands.map((c) => c.name)).toEqual(['ats']);
    await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${APPLICATION_ID}/commands`);

    const cleared = await registerCommands({ ...config, guildId: GUILD_ID }, { clear: true });
    expect(cleared.commands).toEqual([]);
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${GUILD_ID}/commands`));
    expect(puts.at(-1)!.body).toEqual([]);
  });
});

async function waitForLog(pred: (line: string) => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!logLines.some(pred)) {
    if (Date.now() > deadline) throw new Error('expected log line not seen');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The scorecard on Discord: the real discord.js client and core against the fake (multipart uploads). */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST } from 'discord.js';
import { createBot } from '../src/bot/index.js';
import type { BotCore, ChatAdapter } from '../src/bot/types.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/scorecard/index.js';
import { APPLICATION_ID, TOKEN, atsInteraction, dmMessage, startFakeDiscord, type FakeDiscord, type RecordedRequest } from './fakes/discord-api.js';

const RESUME = readFileSync(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url));
let fake: FakeDiscord;
let bot: BotCore;
let adapter: ChatAdapter;
let userSeq = 0;
const newUser = () => `82000000000000${String(++userSeq).padStart(4, '0')}`;

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = createBot({ rateLimit: { max: 1000, windowMs: 60_000 }, scorecard: true });
  adapter = createDiscordAdapter(bot, { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: fake.apiUrl, restRetries: 0 });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await bot?.close();
  await fake?.close();
});

function cardIn(request: RecordedRequest) {
  const [file] = request.body.files;
  const png = PNG.sync.read(Buffer.from(file.bytes));
  return { file, size: [png.width, png.height] };
}

describe('discord: the scorecard upload', () => {
  it('in a server: the ephemeral interaction reply carries the PNG, shown as the report embed\'s image', async () => {
    const url = fake.addFile('card-resume.pdf', RESUME, 'application/pdf');
    const interaction = atsInteraction({ where: 'guild', userId: newUser(), options: [
      { name: 'role', type: 3, value: 'backend-developer' },
      { name: 'resume', type: 11, attachment: { filename: 'resume.pdf', size: RESUME.byteLength, url } },
    ] });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } }); // the whole answer is ephemeral, card included
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`, 45_000);
    expect(String(edit.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    const { file, size } = cardIn(edit);
    expect(file).toMatchObject({ field: 'files[0]', filename: 'ats-scorecard.png' });
    expect(size).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const [embed] = edit.body.embeds;
    expect(embed.image).toEqual({ url: 'attachment://ats-scorecard.png' });
    const score = /\*\*(\d+)\/100\*\*/.exec(embed.description)![1];
    expect(edit.body.attachments).toEqual([expect.objectContaining({ id: '0', description: expect.stringMatching(new RegExp(`^Scorecard: match ${score}/100 `)) })]);
  });

  it('a resume dropped in the bot\'s DM: the reply message carries the card', async () => {
    const url = fake.addFile('dm-card-resume.pdf', RESUME, 'application/pdf');
    const message = dmMessage({ userId: newUser(), attachments: [{ filename: 'resume.pdf', size: RESUME.byteLength, url, contentType: 'application/pdf' }] });
    fake.dispatch('MESSAGE_CREATE', message);
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === message.id, 45_000);
    expect(cardIn(sent).size).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(sent.body.embeds[0].image).toEqual({ url: 'attachment://ats-scorecard.png' });
  });

  it('details are answered without a card', async () => {
    const ask = atsInteraction({ where: 'guild', userId: `82000000000000${String(userSeq).padStart(4, '0')}`, options: [{ name: 'action', type: 3, value: 'details skills' }] });
    fake.dispatch('INTERACTION_CREATE', ask);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${ask.token}/messages/@original`, 45_000);
    expect(String(edit.headers['content-type'])).toMatch(/^application\/json/);
    expect(edit.body.embeds[0].image).toBeUndefined();
  });
});

describe('the fake enforces Discord\'s upload rules', () => {
  const rest = () => new REST({ api: fake.apiUrl, retries: 0 }).setToken(TOKEN);
  const file = (n: number, bytes = 10) => ({ name: `f${n}.png`, data: Buffer.alloc(bytes) });

  it('more than 10 files in one message: 400 Invalid Form Body', async () => {
    await expect(rest().post('/channels/1/messages', { body: { content: 'x' }, files: Array.from({ length: 11 }, (_, n) => file(n)) })).rejects.toThrow(/Invalid Form Body/);
  });

  it('a file over 10 MiB: 413', async () => {
    await expect(rest().post('/channels/1/messages', { body: { content: 'x' }, files: [file(0, 10 * 1024 * 1024 + 1)] })).rejects.toMatchObject({ status: 413 });
  });

  it('within the rules: the message comes back with its attachment', async () => {
    const sent = await rest().post('/channels/1/messages', { body: { content: 'x', attachments: [{ id: 0, description: 'alt' }] }, files: [file(0)] }) as { attachments: unknown[] };
    expect(sent.attachments).toEqual([expect.objectContaining({ filename: 'f0.png', size: 10, description: 'alt' })]);
  });
});

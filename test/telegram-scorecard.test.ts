/** The scorecard as a Telegram photo: the real grammY adapter against the fake Bot API (multipart sendPhoto). */
import { readFile } from 'node:fs/promises';
import { Api, InputFile } from 'grammy';
import { PNG } from 'pngjs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoCaption } from '../adapters/telegram/photo.js';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/scorecard/index.js';
import { FakeTelegramApi, documentMessage, privateChat, type FakeChat, type FakeUser, type RecordedCall } from './fakes/telegram-api.js';
import { uploadedPhoto } from './fakes/telegram-media.js';
import { startTelegramHarness, type TelegramHarness } from './helpers/telegram-harness.js';

const RATE = { max: 1000, windowMs: 60_000 };
let telegram: TelegramHarness;
let api: FakeTelegramApi;
let resume: Uint8Array;
const logs: string[] = [];

beforeAll(async () => {
  resume = new Uint8Array(await readFile(new URL('./fixtures/resumes/rm-template-single-column.pdf', import.meta.url)));
  telegram = await startTelegramHarness({ bot: { rateLimit: RATE, scorecard: true }, logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }) });
  api = telegram.api;
}, 60_000);

afterAll(async () => {
  await telegram?.close();
});

let fileCounter = 0;
function sendResume(chat: FakeChat, user: FakeUser, caption?: string): number {
  const fileId = `card-${++fileCounter}`;
  api.addFile(fileId, resume);
  const from = api.calls.length;
  api.pushUpdate(documentMessage(chat, user, { file_id: fileId, file_name: 'resume.pdf', mime_type: 'application/pdf', file_size: resume.byteLength }, caption));
  return from;
}

const after = (from: number, pick: (c: RecordedCall) => boolean) => api.calls.slice(from).filter(pick);
const reportText = (c: RecordedCall) => (c.method === 'sendMessage' || c.method === 'editMessageText') && /Score: \d+\/100/.test(String(c.body.text));

describe('telegram: the scorecard photo', () => {
  it('in a DM: the report text, then the card as a PNG photo with the short caption', async () => {
    const user = { id: 501, first_name: 'Ada' };
    const from = sendResume(privateChat(user), user);
    const photo = await api.waitFor((c) => c.method === 'sendPhoto' && api.calls.indexOf(c) >= from, 45_000, 'sendPhoto');
    expect(photo.body.chat_id).toBe(String(user.id));
    expect(photo.body.photo).toMatch(/^attach:\/\//); // grammY uploads the bytes as a named part
    const file = uploadedPhoto(photo.body)!;
    const png = PNG.sync.read(Buffer.from(file.bytes));
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const text = after(from, reportText);
    expect(text).toHaveLength(1);
    expect(api.calls.indexOf(text[0]!)).toBeLessThan(api.calls.indexOf(photo));
    const score = /Score: (\d+)\/100/.exec(String(text[0]!.body.text))?.[1];
    expect(photo.body.caption).toMatch(new RegExp(`^Scorecard: match ${score}/100 \\((strong|close|needs work)\\), ATS readiness \\d+/100, for .+\\.$`));
    expect(photo.result).toMatchObject({ photo: [{ width: CARD_WIDTH, height: CARD_HEIGHT }] });
  });

  it('in a group: the card goes to the person\'s DM with the report, never to the group', async () => {
    const user = { id: 502, first_name: 'Bo' };
    const group: FakeChat = { id: -1009, type: 'supergroup', title: 'Career Club' };
    const from = sendResume(group, user, '/ats backend-developer'); // in groups the bot reads only its commands
    await api.waitFor((c) => c.method === 'sendPhoto' && api.calls.indexOf(c) >= from, 45_000, 'sendPhoto');
    await api.waitFor((c) => c.method === 'sendMessage' && c.body.chat_id === group.id && api.calls.indexOf(c) >= from, 10_000, 'group notice');
    const photos = after(from, (c) => c.method === 'sendPhoto');
    expect(photos.map((p) => p.body.chat_id)).toEqual([String(user.id)]);
  });

  it('a refused photo is logged; the report text still arrived', async () => {
    const user = { id: 503, first_name: 'Cy' };
    api.failFor('sendPhoto', user.id, 400, 'Bad Request: IMAGE_PROCESS_FAILED');
    const from = sendResume(privateChat(user), user);
    await api.waitFor((c) => c.method === 'sendPhoto' && api.calls.indexOf(c) >= from, 45_000, 'sendPhoto');
    await api.waitFor(() => logs.some((l) => l.includes('scorecard photo not delivered')), 5_000, 'log line');
    expect(after(from, reportText)).toHaveLength(1);
    api.clearFailures();
  });

  it('captions are the card\'s one line, cut at Telegram\'s 1024 characters', () => {
    const long = { png: new Uint8Array(), name: 'x.png', alt: `Scorecard: ${'x'.repeat(2000)}` };
    expect([...photoCaption(long)]).toHaveLength(1024);
    expect(photoCaption({ ...long, alt: 'short' })).toBe('short');
  });
});

describe('the fake Bot API enforces sendPhoto\'s rules', () => {
  const client = () => new Api(api.token, { apiRoot: api.apiRoot });
  const card = async () => new Uint8Array(await readFile(new URL('../docs/scorecard-strong.png', import.meta.url)).catch(() => Buffer.from(PNG.sync.write(new PNG({ width: 40, height: 20 })))));

  it('a caption over 1024 characters is refused', async () => {
    await expect(client().sendPhoto(600, new InputFile(await card(), 'c.png'), { caption: 'x'.repeat(1025) })).rejects.toThrow(/caption is too long/);
  });

  it('a file that is not an image is refused; a 20:1 strip is accepted, 30:1 is not', async () => {
    await expect(client().sendPhoto(600, new InputFile(new Uint8Array([1, 2, 3]), 'c.png'))).rejects.toThrow(/IMAGE_PROCESS_FAILED/);
    const strip = (w: number, h: number) => new InputFile(PNG.sync.write(new PNG({ width: w, height: h })), 's.png');
    await expect(client().sendPhoto(600, strip(20, 1))).resolves.toMatchObject({ photo: [{ width: 20, height: 1 }] });
    await expect(client().sendPhoto(600, strip(30, 1))).rejects.toThrow(/PHOTO_INVALID_DIMENSIONS/);
  });
});

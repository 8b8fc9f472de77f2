/**
 * The real grammY bot (long polling through @grammyjs/runner) and the real core, against the fake
 * Bot API server. Expected answers come from the same core called directly with the same input,
 * rendered by the adapter's renderer: the wire must carry exactly that, in the right chat.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import type { BotCore, InboundEvent, Reply } from '../src/bot/types.js';
import { pino } from 'pino';
import { BOT_COMMANDS, createTelegramAdapter, type TelegramAdapter } from '../adapters/telegram/index.js';
import { bandLabel, escapeHtml, renderReply } from '../adapters/telegram/render.js';
import { choiceButton } from '../adapters/telegram/keyboard.js';
import {
  FakeTelegramApi, FAKE_BOT_USERNAME, assertTelegramHtml, callbackQuery, documentMessage, privateChat, textMessage,
  type FakeChat, type FakeUser, type Json, type RecordedCall,
} from './fakes/telegram-api.js';

const FIXTURES = new URL('./fixtures/resumes/', import.meta.url);
const RATE = { max: 1000, windowMs: 60_000 };

let api: FakeTelegramApi;
let core: BotCore;
let reference: BotCore;
let adapter: TelegramAdapter;
let backendPdf: Uint8Array;
let frontendPdf: Uint8Array;
let refUsers = 0;
/** Every log line the adapter writes, to check that no resume or job text is logged. */
const logs: string[] = [];
const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });

beforeAll(async () => {
  backendPdf = new Uint8Array(await readFile(new URL('rm-template-single-column.pdf', FIXTURES)));
  frontendPdf = new Uint8Array(await readFile(new URL('rm-barry-allen-frontend.pdf', FIXTURES)));
  api = new FakeTelegramApi({ maxHoldMs: 500 });
  await api.start();
  core = createBot({ rateLimit: RATE });
  reference = createBot({ rateLimit: RATE });
  // Warm up the parsers and the lexicon once, so each test measures the adapter, not module loading.
  await reference.handle({ platform: 'telegram', userId: 'warm-up', conversationId: 'warm-up', isDM: true, text: '', attachments: [pdf(backendPdf)] });
  adapter = createTelegramAdapter(core, {
    token: api.token, apiRoot: api.apiRoot, webhook: null,
    pollTimeoutSeconds: 1, retry: { maxRetryAttempts: 1, maxDelaySeconds: 1 },
  }, { logger });
  await adapter.start();
}, 60_000);

afterAll(async () => {
  await adapter?.stop();
  await core?.close();
  await reference?.close();
  await api?.stop();
});

/** What the adapter should send for these core events: the core's replies, rendered. */
async function expected(events: Omit<InboundEvent, 'platform' | 'userId' | 'conversationId'>[]): Promise<{ replies: Reply[]; texts: string[] }> {
  const userId = `ref-${++refUsers}`;
  let replies: Reply[] = [];
  for (const event of events) {
    replies = await reference.handle({ platform: 'telegram', userId, conversationId: userId, ...event });
  }
  const roleIds = new Set(reference.roles().map((r) => r.id));
  const texts = replies.flatMap((r) => renderReply(r, { button: (o) => choiceButton(o, roleIds) }).map((m) => m.html));
  return { replies, texts };
}

function pdf(bytes: Uint8Array, name = 'resume.pdf') {
  return { name, mimeType: 'application/pdf', size: bytes.byteLength, fetch: async () => bytes };
}

/** Messages (sent or edited in) to `chatId` after call index `from`, once `count` of them arrived. */
async function answers(chatId: number, from: number, count: number): Promise<RecordedCall[]> {
  const pick = () => api.calls.slice(from).filter((c) =>
    (c.method === 'sendMessage' || c.method === 'editMessageText') && c.body.chat_id === chatId && c.body.text !== '⏳ Analysing…');
  await api.waitFor(() => pick().length >= count, 45_000, `${count} message(s) to ${chatId}`);
  return pick();
}

function scoreOf(replies: Reply[]) {
  const block = replies.flatMap((r) => r.blocks).find((b) => b.type === 'score');
  if (block?.type !== 'score') throw new Error('no score block in the expected replies');
  return block;
}

function missingSkills(replies: Reply[]): string[] {
  const block = replies.flatMap((r) => r.blocks).find((b) => b.type === 'section' && /missing skills|top gaps/i.test(b.heading));
  return block?.type === 'section' ? block.items ?? [] : [];
}

let nextFile = 1;
function upload(bytes: Uint8Array, size = bytes.byteLength): string {
  const fileId = `file-${nextFile++}`;
  api.addFile(fileId, bytes, { size });
  return fileId;
}

const user = (id: number, first_name = 'Ada'): FakeUser => ({ id, first_name, username: `user${id}` });

describe('Telegram adapter (long polling)', { timeout: 60_000 }, () => {
  it('registers its commands and clears any webhook at start', () => {
    const commands = api.callsTo('setMyCommands')[0]?.body.commands as { command: string; description: string }[];
    expect(commands.map((c) => c.command)).toEqual(BOT_COMMANDS.map((c) => c.command));
    for (const c of commands) expect(c.description.length).toBeGreaterThan(10);
    expect(api.callsTo('deleteWebhook')).toHaveLength(1);
    expect(api.callsTo('getMe')).toHaveLength(1);
  });

  let seniorScore = 0;

  it('/ats backend-developer, then a PDF in a DM: "analysing…", then the report edited into it', async () => {
    const ada = user(1001);
    const backend = core.roles().find((r) => r.id === 'backend-developer');
    expect(backend).toBeDefined();
    let from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(ada), ada, '/ats backend-developer'));
    const [chosen] = await answers(ada.id, from, 1);
    expect(chosen!.body.text).toContain(`Role set: ${escapeHtml(backend!.title)}`);

    const fileId = upload(backendPdf);
    const want = await expected([
      { isDM: true, text: 'backend-developer', command: { name: 'ats', args: 'backend-developer' }, attachments: [] },
      { isDM: true, text: '', attachments: [pdf(backendPdf)] },
    ]);
    from = api.calls.length;
    api.pushUpdate(documentMessage(privateChat(ada), ada, { file_id: fileId, file_name: 'resume.pdf', mime_type: 'application/pdf', file_size: backendPdf.byteLength }));
    const got = await answers(ada.id, from, want.texts.length);

    expect(got.map((c) => c.body.text)).toEqual(want.texts);
    const score = scoreOf(want.replies);
    seniorScore = score.score;
    const text = got.map((c) => String(c.body.text)).join('\n');
    expect(text).toContain(`<b>Score: ${Math.round(score.score)}/100</b> · ${bandLabel(score.band)}`);
    expect(text).toContain(`Target: ${escapeHtml(backend!.title)}`);
    expect(text).toMatch(/<b>Suggested summary<\/b>\n<pre>[^<]+<\/pre>/);

    // Progress first: typing, the placeholder, then the first chunk edited into the placeholder.
    const calls = api.calls.slice(from);
    const typing = calls.findIndex((c) => c.method === 'sendChatAction' && c.body.chat_id === ada.id && c.body.action === 'typing');
    const placeholder = calls.findIndex((c) => c.method === 'sendMessage' && c.body.text === '⏳ Analysing…');
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(placeholder).toBeGreaterThan(typing);
    expect(got[0]!.method).toBe('editMessageText');
    expect(got[0]!.body.message_id).toBe((calls[placeholder]!.result as Json).message_id);
    expect(got[0]!.body.parse_mode).toBe('HTML');
    // Downloaded through getFile and the file path.
    expect(api.callsTo('getFile').some((c) => c.body.file_id === fileId)).toBe(true);
    expect(api.downloads).toContain(`documents/${fileId}`);
  });

  it('the report fits one message with the details as buttons; a tap answers with that part, within the limit', async () => {
    const di = user(1011, 'Di');
    const fileId = upload(backendPdf);
    let from = api.calls.length;
    api.pushUpdate(documentMessage(privateChat(di), di, { file_id: fileId, file_name: 'cv.pdf', mime_type: 'application/pdf', file_size: backendPdf.byteLength }));
    const got = await answers(di.id, from, 1);
    expect(got).toHaveLength(1);
    const keyboard = (got[0]!.body.reply_markup as Json).inline_keyboard as { text: string; callback_data: string }[][];
    const data = keyboard.flat().map((b) => b.callback_data);
    expect(data).toEqual(expect.arrayContaining(['ats:details skills', 'ats:details checks', 'ats:details why']));
    const message = got[0]!.result as Json;

    from = api.calls.length;
    api.pushUpdate(callbackQuery(di, message, 'ats:details skills'));
    const [skills] = await answers(di.id, from, 1);
    expect(String(skills!.body.text)).toMatch(/^<b>Skills: /);
    expect(String(skills!.body.text)).toContain('<b>Missing skills, costliest first</b>');
    expect(String(skills!.body.text).length).toBeLessThanOrEqual(4096);

    from = api.calls.length;
    api.pushUpdate(callbackQuery(di, message, 'ats:details checks'));
    const [checks] = await answers(di.id, from, 1);
    expect(String(checks!.body.text)).toContain('Email address found.');
    expect(String(checks!.body.text).length).toBeLessThanOrEqual(4096);
  });

  it('a PDF with "/ats backend-developer" as its caption: the junior front-end resume, with its missing skills', async () => {
    const bo = user(1002, 'Bo');
    const want = await expected([
      { isDM: true, text: 'backend-developer', command: { name: 'ats', args: 'backend-developer' }, attachments: [pdf(frontendPdf)] },
    ]);
    const fileId = upload(frontendPdf);
    const from = api.calls.length;
    api.pushUpdate(documentMessage(privateChat(bo), bo,
      { file_id: fileId, file_name: 'barry.pdf', mime_type: 'application/pdf', file_size: frontendPdf.byteLength }, '/ats backend-developer'));
    const got = await answers(bo.id, from, want.texts.length);
    expect(got.map((c) => c.body.text)).toEqual(want.texts);
    const text = got.map((c) => String(c.body.text)).join('\n');
    const score = scoreOf(want.replies);
    expect(text).toContain(bandLabel(score.band));
    // A junior front-end resume matches a backend role less than a senior backend engineer's does.
    expect(score.score).toBeLessThan(seniorScore);
    const missing = missingSkills(want.replies);
    expect(missing.length).toBeGreaterThan(0);
    for (const item of missing) expect(text).toContain(`• ${escapeHtml(item)}`);
  });

  it('a bare /ats shows help and the roles as buttons; a tap chooses the role', async () => {
    const cy = user(1003, 'Cy');
    let from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(cy), cy, '/ats'));
    const got = await answers(cy.id, from, 1);
    const last = got[got.length - 1]!;
    const keyboard = (last.body.reply_markup as Json | undefined)?.inline_keyboard as { text: string; callback_data: string }[][];
    const buttons = keyboard.flat();
    expect(buttons.map((b) => b.callback_data)).toEqual(core.roles().map((r) => `role:${r.id}`));
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    const backend = core.roles().find((r) => r.id === 'backend-developer')!;
    from = api.calls.length;
    api.pushUpdate(callbackQuery(cy, last.result as Json, 'role:backend-developer'));
    const answered = await api.waitFor((c) => c.method === 'answerCallbackQuery' && api.calls.indexOf(c) >= from);
    expect(answered.body.text).toBe(`Role: ${backend.title}`);
    const [chosen] = await answers(cy.id, from, 1);
    expect(chosen!.body.text).toContain(`Role set: ${backend.title}`);
  });

  it('/ats roles lists the roles as buttons', async () => {
    const di = user(1004, 'Di');
    const from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(di), di, '/ats roles'));
    const want = await expected([{ isDM: true, text: 'roles', command: { name: 'ats', args: 'roles' }, attachments: [] }]);
    const got = await answers(di.id, from, want.texts.length);
    const data = got.flatMap((c) => ((c.body.reply_markup as Json | undefined)?.inline_keyboard ?? []) as { callback_data: string }[][]).flat();
    expect(data.map((b) => b.callback_data)).toContain('role:backend-developer');
  });

  it('in a group, answers privately and only says so in the group', async () => {
    const group: FakeChat = { id: -100_500, type: 'supergroup' };
    const eve = user(1005, 'Eve <3 & co');
    const fileId = upload(backendPdf);
    const want = await expected([
      { isDM: false, text: 'backend-developer', command: { name: 'ats', args: 'backend-developer' }, attachments: [pdf(backendPdf)] },
    ]);
    const roleIds = new Set(core.roles().map((r) => r.id));
    const privateTexts = want.replies.filter((r) => r.audience === 'private')
      .flatMap((r) => renderReply(r, { button: (o) => choiceButton(o, roleIds) }).map((m) => m.html));
    const from = api.calls.length;
    api.pushUpdate(documentMessage(group, eve, { file_id: fileId, file_name: 'cv.pdf', mime_type: 'application/pdf', file_size: backendPdf.byteLength },
      `/ats@${FAKE_BOT_USERNAME} backend-developer`));
    const dm = await answers(eve.id, from, privateTexts.length);
    expect(dm.map((c) => c.body.text)).toEqual(privateTexts);
    expect(privateTexts.join('\n')).toContain('Score:');

    const [notice] = await answers(group.id, from, 1);
    expect(notice!.body.text).toMatch(/privately/);
    expect(notice!.body.text).toContain(`<a href="tg://user?id=${eve.id}">Eve &lt;3 &amp; co</a>`);
    expect((notice!.body.reply_parameters as Json).message_id).toBeTypeOf('number');
    await new Promise((r) => setTimeout(r, 200));
    const groupTexts = api.textsTo(group.id);
    expect(groupTexts.join('\n')).not.toContain('Score:');
    expect(groupTexts.some((t) => t.includes('Analysing'))).toBe(false);
  });

  it('in a group, when the DM is refused (403), posts a deep link to start the chat instead', async () => {
    const group: FakeChat = { id: -100_501, type: 'supergroup' };
    const fay = user(1006, 'Fay');
    api.failFor('sendMessage', fay.id, 403, "Forbidden: bot can't initiate conversation with a user");
    const fileId = upload(backendPdf);
    const from = api.calls.length;
    api.pushUpdate(documentMessage(group, fay, { file_id: fileId, file_name: 'cv.pdf', mime_type: 'application/pdf', file_size: backendPdf.byteLength },
      '/ats backend-developer'));
    const [notice] = await answers(group.id, from, 1);
    const link = `https://t.me/${FAKE_BOT_USERNAME}?start=ats`;
    expect(notice!.body.text).toContain(link);
    expect((notice!.body.reply_markup as Json).inline_keyboard).toEqual([[{ text: 'Open a chat with me', url: link }]]);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.textsTo(group.id).join('\n')).not.toContain('Score:');
    // The bot tried the DM (and logged the refusal) without crashing: it still answers others.
    expect(api.calls.slice(from).some((c) => c.method === 'sendMessage' && c.body.chat_id === fay.id)).toBe(true);

    // Following the deep link: /start ats in the DM gets the help and the role picker.
    api.clearFailures();
    const next = api.calls.length;
    api.pushUpdate(textMessage(privateChat(fay), fay, '/start ats'));
    const got = await answers(fay.id, next, 1);
    expect(got[0]!.body.text).toMatch(/ATS/);
    expect((got[got.length - 1]!.body.reply_markup as Json).inline_keyboard).toBeDefined();
  });

  it('refuses a 25 MB document from its metadata, before any getFile or download', async () => {
    const gus = user(1007, 'Gus');
    const size = 25 * 1024 * 1024;
    const want = await expected([{ isDM: true, text: '', attachments: [{ ...pdf(backendPdf), size }] }]);
    const from = api.calls.length;
    const downloads = api.downloads.length;
    api.pushUpdate(documentMessage(privateChat(gus), gus, { file_id: 'huge-file', file_name: 'big.pdf', mime_type: 'application/pdf', file_size: size }));
    const got = await answers(gus.id, from, want.texts.length);
    expect(got.map((c) => c.body.text)).toEqual(want.texts);
    expect(want.replies[0]?.errorCode).toBe('too-large');
    expect(api.callsTo('getFile').some((c) => c.body.file_id === 'huge-file')).toBe(false);
    expect(api.downloads.length).toBe(downloads);
  });

  it('a PNG named .pdf gets the friendly error', async () => {
    const hal = user(1008, 'Hal');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(7)]);
    const fileId = upload(png);
    const want = await expected([{ isDM: true, text: '', attachments: [{ ...pdf(png), name: 'resume.pdf' }] }]);
    expect(want.replies[0]?.kind).toBe('error');
    const from = api.calls.length;
    api.pushUpdate(documentMessage(privateChat(hal), hal, { file_id: fileId, file_name: 'resume.pdf', mime_type: 'application/pdf', file_size: png.byteLength }));
    const got = await answers(hal.id, from, want.texts.length);
    expect(got.map((c) => c.body.text)).toEqual(want.texts);
    expect(got[0]!.body.text).not.toContain('Score:');
    expect(got[0]!.body.text).toContain(`<b>${escapeHtml(want.replies[0]!.title)}</b>`);
  });

  it('escapes HTML in a pasted job post and in an echoed role name', async () => {
    const ivy = user(1009, 'Ivy');
    const post = [
      'Senior Backend Engineer <script>alert("x")</script> at Acme & Sons',
      'We are hiring a backend engineer to build <b>scalable</b> APIs in Node.js & PostgreSQL for our platform team.',
      'Requirements:',
      '- 5+ years of experience with Node.js, TypeScript & PostgreSQL',
      '- Experience with Docker, Kubernetes & AWS <img src=x onerror=alert(1)>',
      '- Designing REST APIs & microservices',
      'Nice to have:',
      '- Redis, Kafka & <i>GraphQL</i>',
    ].join('\n');
    const want = await expected([{ isDM: true, text: post, attachments: [] }]);
    let from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(ivy), ivy, post));
    const got = await answers(ivy.id, from, want.texts.length);
    expect(got.map((c) => c.body.text)).toEqual(want.texts);
    for (const c of got) assertTelegramHtml(String(c.body.text));
    const all = got.map((c) => String(c.body.text)).join('\n');
    expect(all).not.toMatch(/<script|<img|<b>scalable/);

    from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(ivy), ivy, '/ats <script>alert(1)</script> & <b>x</b>'));
    const [unknown] = await answers(ivy.id, from, 1);
    assertTelegramHtml(String(unknown!.body.text));
    expect(unknown!.body.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
  });

  it('waits out a 429 flood limit and delivers (auto-retry)', async () => {
    const kit = user(1011, 'Kit');
    api.floodOnce('sendMessage', kit.id, 1);
    const from = api.calls.length;
    api.pushUpdate(textMessage(privateChat(kit), kit, '/ats roles'));
    await answers(kit.id, from, 2); // the refused attempt, then the retry
    const attempts = api.calls.slice(from).filter((c) => c.method === 'sendMessage' && c.body.chat_id === kit.id);
    expect(attempts[0]!.body.text).toBe(attempts[1]!.body.text);
  });

  it('stays quiet on group chatter and on commands for other bots', async () => {
    const group: FakeChat = { id: -100_502, type: 'group' };
    const jo = user(1010, 'Jo');
    api.pushUpdate(textMessage(group, jo, 'hello everyone, any tips for my resume?'));
    api.pushUpdate(textMessage(group, jo, '/ats@some_other_bot backend-developer'));
    const from = api.calls.length;
    api.pushUpdate(textMessage(group, jo, '/ats roles'));
    await answers(group.id, from, 1);
    // Only the /ats roles answer (help and roles are fine to post in a group).
    expect(api.textsTo(group.id)).toHaveLength(1);
  });

  it('sends only valid Telegram HTML, with link previews off, everywhere', () => {
    const sent = api.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
    expect(sent.length).toBeGreaterThan(10);
    for (const c of sent) {
      if (c.body.parse_mode !== 'HTML') {
        expect(c.body.text).toBe('⏳ Analysing…');
        continue;
      }
      assertTelegramHtml(String(c.body.text));
      expect(String(c.body.text).length).toBeLessThan(4096);
      expect(c.body.link_preview_options).toEqual({ is_disabled: true });
    }
  });

  it('logs ids and codes, never resume or job-post text', () => {
    const all = logs.join('');
    expect(all).toContain('"adapter":"telegram"');
    expect(all).toMatch(/"code":403/);
    for (const secretish of ['Acme', 'scalable', 'fraud detection', 'SENIOR SOFTWARE ENGINEER', api.token]) {
      expect(all).not.toContain(secretish);
    }
  });

  it('stops cleanly: no more polling after stop()', async () => {
    await adapter.stop();
    const polls = api.callsTo('getUpdates').length;
    await new Promise((r) => setTimeout(r, 700));
    expect(api.callsTo('getUpdates').length).toBe(polls);
  });
});

/**
 * Community channels on Telegram: the real grammY adapter and the real core against the fake Bot
 * API, which applies Telegram's rules: getChatMember statuses, deleteMessage only for an admin bot
 * with can_delete_messages, privacy mode (a bot that is no admin never sees group documents), 403
 * for a private chat the person never started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { FakeTelegramApi, FAKE_BOT_ID, documentMessage, textMessage, type FakeChat, type FakeUser, type RecordedCall } from './fakes/telegram-api.js';
import { resumeBytes } from './helpers/fixtures.js';
import { startTelegramHarness, type TelegramHarness } from './helpers/telegram-harness.js';

const RESUME = resumeBytes('rm-john-doe-java.txt');
let telegram: TelegramHarness;
let api: FakeTelegramApi;
const logs: string[] = [];
let files = 0;
let chats = 0;

beforeAll(async () => {
  telegram = await startTelegramHarness({ maxHoldMs: 300, logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }) });
  api = telegram.api;
}, 60_000);

afterAll(async () => {
  await telegram?.close();
});

const person = (id: number, first_name: string): FakeUser => ({ id, first_name });
function newGroup(): FakeChat { return { id: -200_000 - ++chats, type: 'supergroup', title: 'Career Club' }; }
function resumeDrop(group: FakeChat, from: FakeUser) {
  const fileId = `resume-${++files}`;
  api.addFile(fileId, RESUME);
  return { fileId, update: documentMessage(group, from, { file_id: fileId, file_name: 'cv.txt', mime_type: 'text/plain', file_size: RESUME.byteLength }) };
}
const textsAfter = (from: number, chatId: number) => api.calls.slice(from)
  .filter((c) => (c.method === 'sendMessage' || c.method === 'editMessageText') && c.body.chat_id === chatId).map((c) => String(c.body.text));
async function waitText(from: number, chatId: number, pattern: RegExp): Promise<string> {
  const call = await api.waitFor((c: RecordedCall) => api.calls.indexOf(c) >= from && c.method === 'sendMessage' && c.body.chat_id === chatId && pattern.test(String(c.body.text)), 30_000, `a message to ${chatId} matching ${pattern}`);
  return String(call.body.text);
}
const settle = () => new Promise((r) => setTimeout(r, 300));

async function makeReviewGroup(admin: FakeUser, bot: { deletes: boolean }): Promise<FakeChat> {
  const group = newGroup();
  api.setMember(group.id, admin.id, 'creator');
  api.setMember(group.id, FAKE_BOT_ID, 'administrator', { can_delete_messages: bot.deletes });
  const from = api.calls.length;
  api.pushUpdate(textMessage(group, admin, '/ats channel review on'));
  await waitText(from, admin.id, /This is a review channel now/);
  return group;
}

describe('Telegram community channels', { timeout: 60_000 }, () => {
  it('a member is refused /ats channel review on and /ats stats; getChatMember is asked each time', async () => {
    const group = newGroup();
    const member = person(3001, 'Mia');
    api.setMember(group.id, member.id, 'member');
    for (const text of ['/ats channel review on', '/ats stats']) {
      const from = api.calls.length;
      api.pushUpdate(textMessage(group, member, text));
      expect(await waitText(from, member.id, /Only admins can do that/)).toContain('administrators');
      const asked = api.calls.slice(from).filter((c) => c.method === 'getChatMember');
      expect(asked.map((c) => [c.body.chat_id, c.body.user_id])).toEqual([[group.id, member.id]]);
    }
  });

  it('an admin sets the channel; once demoted, the same admin is refused', async () => {
    const admin = person(3002, 'Ada');
    const group = await makeReviewGroup(admin, { deletes: true });
    let from = api.calls.length;
    api.pushUpdate(textMessage(group, admin, '/ats channel role backend-developer'));
    await waitText(from, admin.id, /Default role: Backend Developer/);
    api.setMember(group.id, admin.id, 'member');
    from = api.calls.length;
    api.pushUpdate(textMessage(group, admin, '/ats channel review off'));
    await waitText(from, admin.id, /Only admins can do that/);
    from = api.calls.length;
    api.pushUpdate(textMessage(group, person(3003, 'Max'), '/ats channel'));
    await waitText(from, 3003, /Review channel/);
    expect(textsAfter(from, 3003).join('\n')).toMatch(/on: drop a resume here/);
  });

  it('a drop in a review group: downloaded, deleted, the report in private, a short notice in the group', async () => {
    const admin = person(3004, 'Bea');
    const member = person(3005, 'Cal');
    const group = await makeReviewGroup(admin, { deletes: true });
    const { update } = resumeDrop(group, member);
    const from = api.calls.length;
    api.pushUpdate(update);
    const report = await waitText(from, member.id, /Score:/);
    expect(report).toMatch(/Score:/);
    const notice = await waitText(from, group.id, /removed your file/);
    expect(notice).toContain(`tg://user?id=${member.id}`);
    const messageId = update.message.message_id as number;
    expect(api.deleted).toContain(`${group.id}:${messageId}`);
    // The delete came after the download, before the report went out.
    const index = (p: (c: RecordedCall) => boolean) => api.calls.findIndex((c, i) => i >= from && p(c));
    expect(index((c) => c.method === 'getFile')).toBeLessThan(index((c) => c.method === 'deleteMessage'));
    expect(index((c) => c.method === 'deleteMessage')).toBeLessThan(index((c) => c.method === 'sendMessage' && c.body.chat_id === member.id && /Score:/.test(String(c.body.text))));
    await settle();
    const groupTexts = textsAfter(from, group.id).join('\n');
    expect(groupTexts).not.toMatch(/Score:|John|Doe|Java/);
  });

  it('a bot without the right to delete: Telegram refuses deleteMessage, the member is reminded in the group', async () => {
    const admin = person(3006, 'Dee');
    const member = person(3007, 'Eli');
    const group = await makeReviewGroup(admin, { deletes: false });
    const { update } = resumeDrop(group, member);
    const from = api.calls.length;
    api.pushUpdate(update);
    await waitText(from, member.id, /Score:/);
    const notice = await waitText(from, group.id, /can still see the file/);
    expect(notice).toContain(`tg://user?id=${member.id}`);
    expect(api.calls.slice(from).some((c) => c.method === 'deleteMessage')).toBe(true);
    expect(api.deleted).not.toContain(`${group.id}:${update.message.message_id as number}`);
  });

  it('a member who never started the bot (403): told in the group how to get the report, nothing of it shown', async () => {
    const admin = person(3008, 'Fin');
    const member = person(3009, 'Gus');
    const group = await makeReviewGroup(admin, { deletes: true });
    api.failFor('sendMessage', member.id, 403);
    const { update } = resumeDrop(group, member);
    const from = api.calls.length;
    api.pushUpdate(update);
    const notice = await waitText(from, group.id, /start a chat with me/);
    expect(notice).toContain('t.me/');
    await settle();
    expect(textsAfter(from, group.id).join('\n')).not.toMatch(/Score:|John|Doe|Java/);
    api.clearFailures();
  });

  it('outside a review group a dropped file is neither downloaded nor answered; privacy mode hides it from a bot that is no admin', async () => {
    const group = newGroup();
    api.setMember(group.id, FAKE_BOT_ID, 'administrator', { can_delete_messages: true });
    const member = person(3010, 'Hal');
    const { update } = resumeDrop(group, member);
    const from = api.calls.length;
    api.pushUpdate(update);
    await settle();
    await settle();
    const after = api.calls.slice(from).map((c) => c.method).filter((m) => m !== 'getUpdates');
    expect(after).toEqual([]);

    const hidden = newGroup();
    const withheld = api.withheld.length;
    api.pushUpdate(resumeDrop(hidden, member).update);
    expect(api.withheld.length).toBe(withheld + 1);
  });

  it('/ats stats for an admin: private, and nothing until five people checked', async () => {
    const admin = person(3011, 'Ivy');
    const group = await makeReviewGroup(admin, { deletes: true });
    const from = api.calls.length;
    api.pushUpdate(textMessage(group, admin, '/ats stats'));
    await waitText(from, admin.id, /Not enough people yet/);
    await settle();
    expect(textsAfter(from, group.id).join('\n')).not.toMatch(/Not enough/);
  });

  it('logs no resume text', () => {
    expect(logs.join('\n')).not.toMatch(/John Doe|Java Developer/);
  });
});

/**
 * Community channels on the real core (inline runner, real fixtures), no adapter: the admin
 * commands and their permission checks, review-channel drops, and the anonymous stats with their
 * k-anonymity floor, community scope and TTL.
 */
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import { blocksOf, commandEvent, memoryAttachment, textOf } from '../src/bot/testing.js';
import type { InboundAttachment, InboundEvent, Reply } from '../src/bot/types.js';
import { K_ANONYMITY_FLOOR } from '../src/community/index.js';
import { resumeBytes } from './helpers/fixtures.js';

const JAVA = 'rm-john-doe-java.txt';
const PYTHON = 'rm-john-smith-python-ml.txt';

function setup(options: { ttlMs?: number } = {}) {
  const map = new Map<string, unknown>();
  let clock = Date.UTC(2026, 11, 1, 9);
  const bot = createBot({ store: new Keyv({ store: map }), now: () => clock, rateLimit: { max: 1000, windowMs: 60_000 }, ...options });
  const advance = (ms: number) => { clock += ms; };
  return { bot, map, advance };
}

interface Where { userId?: string; communityId?: string; conversationId?: string; admin?: boolean | (() => Promise<boolean>) }

function inChannel(event: InboundEvent, where: Where = {}): InboundEvent {
  const admin = where.admin;
  return {
    ...event,
    platform: 'slack',
    userId: where.userId ?? 'member-1',
    isDM: false,
    communityId: where.communityId ?? 'T-club',
    conversationId: where.conversationId ?? 'C-reviews',
    ...(admin === undefined ? {} : { isAdmin: typeof admin === 'function' ? admin : async () => admin }),
  };
}

const cmd = (args: string, where: Where = {}) => inChannel(commandEvent(args), where);

function drop(file: InboundAttachment, where: Where & { hide?: () => Promise<boolean> } = {}): InboundEvent {
  return { ...inChannel({ platform: 'slack', userId: '', conversationId: '', isDM: false, text: '', attachments: [file] }, where), ...(where.hide ? { hideMessage: where.hide } : {}) };
}

const only = (replies: Reply[]) => { expect(replies).toHaveLength(1); return replies[0]!; };
const field = (reply: Reply, label: string) => blocksOf(reply, 'fields').flatMap((b) => b.fields).find((f) => f.label.startsWith(label))?.value;

describe('/ats channel and /ats stats: admin rights, asked every time', () => {
  it('in a DM there is no channel to set up', async () => {
    const { bot } = setup();
    for (const args of ['channel', 'channel review on', 'stats']) {
      const reply = only(await bot.handle(commandEvent(args, { platform: 'slack' })));
      expect(reply.errorCode).toBe('not-in-channel');
    }
  });

  it('a member is refused every admin command, and nothing changes', async () => {
    const { bot, map } = setup();
    for (const admin of [false, undefined]) {
      for (const args of ['channel review on', 'channel role backend-developer', 'stats', 'channel review off']) {
        const reply = only(await bot.handle(cmd(args, admin === undefined ? {} : { admin })));
        expect(reply.errorCode).toBe('not-admin');
        expect(reply.audience).toBe('private');
        expect(textOf(reply)).toContain('workspace admins and owners');
      }
    }
    expect([...map.keys()].filter((k) => k.includes(':channel:'))).toEqual([]);
    // Anyone may see what the channel is set to.
    const shown = only(await bot.handle(cmd('channel', { admin: false })));
    expect(shown.kind).toBe('community');
    expect(field(shown, 'Review channel')).toBe('off');
  });

  it('an admin turns review mode on, sets the role; members see it; off again keeps nothing', async () => {
    const { bot, map } = setup();
    const on = only(await bot.handle(cmd('channel review on', { admin: true })));
    expect(on.title).toBe('This is a review channel now');
    const role = only(await bot.handle(cmd('channel role backend developer', { admin: true })));
    expect(role.title).toBe('Default role: Backend Developer');
    const seen = only(await bot.handle(cmd('channel', { userId: 'member-2' })));
    expect(field(seen, 'Review channel')).toMatch(/^on/);
    expect(field(seen, 'Default role')).toBe('Backend Developer');
    // Another channel of the same community is untouched.
    expect(field(only(await bot.handle(cmd('channel', { conversationId: 'C-general' }))), 'Review channel')).toBe('off');
    await bot.handle(cmd('channel review off', { admin: true }));
    await bot.handle(cmd('channel role none', { admin: true }));
    expect([...map.keys()].filter((k) => k.includes(':channel:'))).toEqual([]);
  });

  it('a demoted admin is refused at once: the platform is asked on every command', async () => {
    const { bot } = setup();
    let isAdmin = true;
    let asked = 0;
    const admin = async () => { asked++; return isAdmin; };
    expect(only(await bot.handle(cmd('channel review on', { admin }))).kind).toBe('community');
    expect(only(await bot.handle(cmd('stats', { admin }))).kind).toBe('community');
    isAdmin = false;
    expect(only(await bot.handle(cmd('channel review off', { admin }))).errorCode).toBe('not-admin');
    expect(only(await bot.handle(cmd('stats', { admin }))).errorCode).toBe('not-admin');
    expect(asked).toBe(4);
    expect(field(only(await bot.handle(cmd('channel'))), 'Review channel')).toMatch(/^on/);
  });

  it('a platform that cannot answer the admin question: refused, nothing changed, told to retry', async () => {
    const { bot } = setup();
    const reply = only(await bot.handle(cmd('channel review on', { admin: async () => { throw new Error('HTTP 500'); } })));
    expect(reply.errorCode).toBe('admin-check-failed');
    expect(field(only(await bot.handle(cmd('channel'))), 'Review channel')).toBe('off');
  });

  it('an unknown role offers channel-role commands; a bad sub-command shows the usage', async () => {
    const { bot } = setup();
    const unknown = only(await bot.handle(cmd('channel role underwater basket weaver', { admin: true })));
    expect(unknown.errorCode).toBe('unknown-role');
    for (const o of blocksOf(unknown, 'choices').flatMap((b) => b.options)) expect(o.command).toMatch(/^\/ats channel role [a-z0-9-]+$/);
    const usage = only(await bot.handle(cmd('channel review maybe', { admin: true })));
    expect(usage.kind).toBe('hint');
    expect(textOf(usage)).toContain('/ats channel review on');
  });
});

describe('review channels', () => {
  async function reviewChannel(bot: ReturnType<typeof setup>['bot'], role?: string) {
    await bot.handle(cmd('channel review on', { admin: true }));
    if (role) await bot.handle(cmd(`channel role ${role}`, { admin: true }));
  }

  it('outside a review channel a dropped file is not read and nothing is said', async () => {
    const { bot } = setup();
    const file = memoryAttachment(JAVA, resumeBytes(JAVA));
    let hidden = 0;
    expect(await bot.handle(drop(file, { hide: async () => { hidden++; return true; } }))).toEqual([]);
    expect(file.fetched()).toBe(0);
    expect(hidden).toBe(0);
  });

  it('a drop: downloaded, then hidden, the report private, the channel gets only an ack', async () => {
    const { bot } = setup();
    await reviewChannel(bot);
    const order: string[] = [];
    const bytes = resumeBytes(JAVA);
    const file: InboundAttachment = { name: JAVA, mimeType: 'text/plain', size: bytes.byteLength, fetch: async () => { order.push('fetch'); return bytes; } };
    const replies = await bot.handle(drop(file, { hide: async () => { order.push('hide'); return true; } }));
    expect(order).toEqual(['fetch', 'hide']);
    expect(replies.map((r) => [r.kind, r.audience])).toEqual([['report', 'private'], ['ack', 'conversation']]);
    const ack = replies[1]!;
    expect(ack.title).toBe('I removed your file from the channel and answered you privately.');
    // Nothing of the resume in what the channel sees.
    expect(textOf(ack)).not.toMatch(/John|Doe|Java|score/i);
  });

  it('where the platform cannot hide it, the member is reminded that others can see the file', async () => {
    const { bot } = setup();
    await reviewChannel(bot);
    const replies = await bot.handle(drop(memoryAttachment(JAVA, resumeBytes(JAVA))));
    expect(replies.at(-1)!.title).toMatch(/Everyone here can still see the file you posted/);
    const refused = await bot.handle(drop(memoryAttachment(JAVA, resumeBytes(JAVA)), { userId: 'member-2', hide: async () => false }));
    expect(refused.at(-1)!.title).toMatch(/can still see/);
  });

  it('a file that is not a resume is still hidden and answered privately', async () => {
    const { bot } = setup();
    await reviewChannel(bot);
    let hidden = 0;
    const replies = await bot.handle(drop(memoryAttachment('notes.pdf', new TextEncoder().encode('%PDF-1.4 broken')), { hide: async () => { hidden++; return true; } }));
    expect(hidden).toBe(1);
    expect(replies.map((r) => [r.kind, r.audience])).toEqual([['error', 'private'], ['ack', 'conversation']]);
  });

  it('settings live under the TTL, which every drop starts again: only an idle review channel turns back', async () => {
    const hour = 3_600_000;
    const { bot, advance } = setup({ ttlMs: 24 * hour });
    await reviewChannel(bot);
    await bot.handle(cmd('channel review on', { admin: true, conversationId: 'C-idle' }));
    advance(20 * hour);
    expect((await bot.handle(drop(memoryAttachment(JAVA, resumeBytes(JAVA))))).at(-1)!.kind).toBe('ack');
    advance(20 * hour);
    expect(field(only(await bot.handle(cmd('channel'))), 'Review channel')).toMatch(/^on/);
    expect(field(only(await bot.handle(cmd('channel', { conversationId: 'C-idle' }))), 'Review channel')).toBe('off');
  });

  it('the channel’s default role is used when the member chose none, never over their own choice', async () => {
    const { bot } = setup();
    await reviewChannel(bot, 'data-scientist');
    const [report] = await bot.handle(drop(memoryAttachment(JAVA, resumeBytes(JAVA))));
    expect(report!.kind).toBe('report');
    expect(textOf(report!)).toContain('Data Scientist');
    expect(report!.hints[0]).toMatch(/this channel’s default role/);
    // Later details in a DM run against the same role.
    expect(await bot.chosenRole('slack', 'member-1')).toBe('data-scientist');

    await bot.handle(inChannel(commandEvent('backend-developer'), { userId: 'member-2', conversationId: 'D-member-2' }));
    const [own] = await bot.handle(drop(memoryAttachment(JAVA, resumeBytes(JAVA)), { userId: 'member-2' }));
    expect(blocksOf(own!, 'score')[0]!.target).toMatch(/Backend Developer/);
    expect(textOf(own!)).not.toContain('default role');
  });
});

describe('/ats stats: anonymous, k-anonymous, one community, under the TTL', () => {
  const people = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `person-${from + i}`);

  async function checks(bot: ReturnType<typeof setup>['bot'], users: string[], where: Where = {}, resume = JAVA) {
    for (const userId of users) {
      const [report] = await bot.handle(inChannel({ ...commandEvent('backend-developer'), attachments: [memoryAttachment(resume, resumeBytes(resume))] }, { ...where, userId }));
      expect(report!.kind).toBe('report');
    }
  }
  const stats = async (bot: ReturnType<typeof setup>['bot'], where: Where = {}) => only(await bot.handle(cmd('stats', { admin: true, ...where })));

  it(`${K_ANONYMITY_FLOOR - 1} people: no numbers at all; the ${K_ANONYMITY_FLOOR}th: stats`, async () => {
    const { bot } = setup();
    await checks(bot, people(4));
    const none = await stats(bot);
    expect(none.title).toBe('Not enough people yet for stats');
    expect(textOf(none)).not.toMatch(/\b4\b/);
    await checks(bot, people(1, 4), {}, PYTHON);
    const some = await stats(bot);
    expect(some.title).toBe('This community’s resume checks');
    expect(field(some, 'People')).toBe('5');
    expect(field(some, 'Checks')).toBe('5');
    const roles = blocksOf(some, 'section').find((s) => s.heading.startsWith('Median'))!.items!;
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatch(/^Backend Developer: \d+ \(5 people\)$/);
    const missing = blocksOf(some, 'section').find((s) => s.heading.startsWith('Most common missing'))!.items!;
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(m).toMatch(/ \((1 person|[2-5] people)\)$/);
    expect(textOf(some)).not.toMatch(/person-\d|John|Doe|Smith/);
  });

  it('one person checking 10 times counts once toward the floor (and ten times as checks)', async () => {
    const { bot } = setup();
    await checks(bot, people(3));
    await checks(bot, Array(10).fill('repeater'));
    expect((await stats(bot)).title).toBe('Not enough people yet for stats');
    await checks(bot, ['newcomer']);
    const some = await stats(bot);
    expect(field(some, 'People')).toBe('5');
    expect(field(some, 'Checks')).toBe('14');
  });

  it('the median is one score per person, and a role under the floor is not shown', async () => {
    const { bot } = setup();
    await checks(bot, people(3), {}, JAVA);
    await checks(bot, people(2, 3), {}, PYTHON);
    for (let i = 0; i < 6; i++) await checks(bot, ['person-3'], {}, PYTHON); // outvoting the others would need more people
    // Two people also check against another role: counted in People, not shown as a role.
    for (const userId of ['person-0', 'person-1']) {
      await bot.handle(inChannel({ ...commandEvent('data-scientist'), attachments: [memoryAttachment(JAVA, resumeBytes(JAVA))] }, { userId }));
    }
    const some = await stats(bot);
    const roles = blocksOf(some, 'section').find((s) => s.heading.startsWith('Median'))!.items!;
    const javaScore = blocksOf(only(await bot.handle(commandEvent('backend-developer', { platform: 'slack', userId: 'solo', attachments: [memoryAttachment(JAVA, resumeBytes(JAVA))] }))), 'score')[0]!.score;
    expect(roles).toEqual([`Backend Developer: ${javaScore} (5 people)`]);
    expect(textOf(some)).toContain('1 role with fewer than 5 people is not shown.');
  });

  it('stats belong to one community: another sees none of them', async () => {
    const { bot } = setup();
    await checks(bot, people(5), { communityId: 'T-club' });
    await checks(bot, people(2), { communityId: 'T-other' });
    expect(field(await stats(bot, { communityId: 'T-club' }), 'People')).toBe('5');
    expect((await stats(bot, { communityId: 'T-other' })).title).toBe('Not enough people yet for stats');
    // The same ids on another platform are other people, in another community.
    expect((await stats(bot, { communityId: 'T-club', conversationId: 'C-x' })).title).toBe('This community’s resume checks');
  });

  it('checks in a DM count for no community', async () => {
    const { bot } = setup();
    for (const userId of people(5)) {
      await bot.handle(commandEvent('backend-developer', { platform: 'slack', userId, attachments: [memoryAttachment(JAVA, resumeBytes(JAVA))] }));
    }
    expect((await stats(bot)).title).toBe('Not enough people yet for stats');
  });

  it('kept under the bot’s TTL: past it, the numbers are gone; the window says so', async () => {
    const { bot, advance } = setup({ ttlMs: 24 * 3_600_000 });
    await checks(bot, people(5));
    const some = await stats(bot);
    expect(field(some, 'Checks in the last 24 hours')).toBe('5');
    advance(24 * 3_600_000);
    expect((await stats(bot)).title).toBe('Not enough people yet for stats');
  });

  it('/ats forget takes the person out of every community’s numbers', async () => {
    const { bot } = setup();
    await checks(bot, people(5), { communityId: 'T-club' });
    await checks(bot, ['person-0'], { communityId: 'T-other' });
    await bot.handle(commandEvent('forget', { platform: 'slack', userId: 'person-0' }));
    expect((await stats(bot, { communityId: 'T-club' })).title).toBe('Not enough people yet for stats');
    await checks(bot, ['person-9'], { communityId: 'T-club' });
    expect(field(await stats(bot, { communityId: 'T-club' }), 'People')).toBe('5');
  });

  it('no user id is stored in clear, and nothing of a resume but missing skill names', async () => {
    const { bot, map } = setup();
    await checks(bot, people(5));
    const community = [...map.entries()].filter(([k]) => k.includes('community'));
    expect(community.length).toBeGreaterThan(0);
    const dump = JSON.stringify(community);
    expect(dump).not.toMatch(/person-\d/);
    expect(dump).not.toMatch(/John|Doe|john\.doe|@/);
  });
});

describe('the key people are hashed with', () => {
  it('generated once and kept under the TTL when COMMUNITY_HASH_KEY is unset; never stored when it is set', async () => {
    const generated = setup();
    for (const userId of ['a', 'b', 'c', 'd', 'e']) {
      await generated.bot.handle(inChannel({ ...commandEvent('backend-developer'), attachments: [memoryAttachment(JAVA, resumeBytes(JAVA))] }, { userId }));
    }
    expect([...generated.map.keys()].filter((k) => k.endsWith('community:hash-key'))).toHaveLength(1);

    const map = new Map<string, unknown>();
    const bot = createBot({ store: new Keyv({ store: map }), communityHashKey: 'x'.repeat(40), rateLimit: { max: 1000, windowMs: 60_000 } });
    for (const userId of ['a', 'b', 'c', 'd', 'e']) {
      await bot.handle(inChannel({ ...commandEvent('backend-developer'), attachments: [memoryAttachment(JAVA, resumeBytes(JAVA))] }, { userId }));
    }
    expect([...map.keys()].filter((k) => k.includes('hash-key'))).toEqual([]);
    expect(JSON.stringify([...map.values()])).not.toContain('x'.repeat(40));
    expect(field(only(await bot.handle(cmd('stats', { admin: true }))), 'People')).toBe('5');
  });

  it('COMMUNITY_HASH_KEY: at least 32 characters, and a bad one is never echoed', async () => {
    const { loadConfig, ConfigError } = await import('../src/config.js');
    expect(loadConfig({ COMMUNITY_HASH_KEY: 'k'.repeat(32) }).communityHashKey).toBe('k'.repeat(32));
    expect(loadConfig({ COMMUNITY_HASH_KEY: '' }).communityHashKey).toBeUndefined();
    expect(() => loadConfig({ COMMUNITY_HASH_KEY: 'short-secret' })).toThrow(ConfigError);
    expect(() => loadConfig({ COMMUNITY_HASH_KEY: 'short-secret' })).not.toThrow(/short-secret/);
  });
});

/**
 * Community state on one real Redis shared by two instances (REDIS_TEST_URL, or a redis-server this
 * test starts): channel settings set on one are used by the other, checks landing on both at once
 * are all counted (the shared lock), and one person seen by both instances is one person (one hash key).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import type { BotCore, InboundEvent } from '../src/bot/types.js';
import { blocksOf, commandEvent, memoryAttachment } from '../src/bot/testing.js';
import { silentLogger } from '../src/logger.js';
import { createStore } from '../src/store/index.js';
import { freePort, HAVE_REDIS_SERVER, RedisProcess } from './helpers/redis-server.js';
import { resumeBytes } from './helpers/fixtures.js';
import { createCommunity } from '../src/community/index.js';
import { sharedStateFor } from '../src/store/shared.js';
import { UserStore } from '../src/store/user-store.js';
import type { Report } from '../src/analysis/report.js';

const REQUIRE = Boolean(process.env.CI_REQUIRE_REDIS);
const canRun = Boolean(process.env.REDIS_TEST_URL) || HAVE_REDIS_SERVER;
if (!canRun && !REQUIRE) console.warn('community-scale-out.test: skipped: no REDIS_TEST_URL and no redis-server to start');

const RESUME = 'rm-john-doe-java.txt';
const run = `${process.pid}-${Date.now()}`;
let redis: RedisProcess | undefined;
let url = process.env.REDIS_TEST_URL ?? '';
const bots: BotCore[] = [];

async function instance(): Promise<BotCore> {
  const bot = createBot({ store: await createStore(url), rateLimit: { max: 1000, windowMs: 60_000 }, logger: silentLogger() });
  bots.push(bot);
  return bot;
}

beforeAll(async () => {
  if (!canRun || url) return;
  redis = new RedisProcess(await freePort());
  await redis.start();
  url = redis.url;
});
afterAll(async () => {
  await Promise.allSettled(bots.map((b) => b.close()));
  await redis?.stop();
});

const where = (communityId: string, userId: string, admin = false): Partial<InboundEvent> => ({
  platform: 'discord', isDM: false, communityId, conversationId: `${communityId}-reviews`, userId, isAdmin: async () => admin,
});
const check = (bot: BotCore, communityId: string, userId: string) =>
  bot.handle({ ...commandEvent('backend-developer'), ...where(communityId, userId), attachments: [memoryAttachment(RESUME, resumeBytes(RESUME))] });
const field = (bot: BotCore, communityId: string, label: string) => bot.handle({ ...commandEvent('stats'), ...where(communityId, 'admin', true) })
  .then((r) => blocksOf(r[0]!, 'fields').flatMap((b) => b.fields).find((f) => f.label.startsWith(label))?.value);

describe.skipIf(!canRun && !REQUIRE)('community state on one Redis, two instances', { timeout: 60_000 }, () => {
  it('checks landing on both instances at once are all counted; a person seen by both counts once', async () => {
    expect(url, 'Redis required (CI_REQUIRE_REDIS) but neither REDIS_TEST_URL nor redis-server is available').not.toBe('');
    const [a, b] = [await instance(), await instance()];
    const community = `guild-${run}`;
    const people = Array.from({ length: 8 }, (_, i) => `p${i}-${run}`);
    const replies = await Promise.all(people.map((p, i) => check(i % 2 === 0 ? a : b, community, p)));
    expect(replies.map((r) => r[0]!.kind)).toEqual(people.map(() => 'report'));
    await check(b, community, people[0]!); // the same person, this time on the other instance
    expect(await field(a, community, 'People')).toBe('8');
    expect(await field(b, community, 'Checks')).toBe('9');
  });

  it('forty checks recorded at once through two stores: none lost (the writes take turns under the shared lock)', async () => {
    const stores = [await createStore(url), await createStore(url)];
    const communities = stores.map((keyv) => createCommunity({
      keyv, shared: sharedStateFor(keyv), users: new UserStore(keyv, 3_600_000), ttlMs: 3_600_000, now: Date.now, storeTimeoutMs: 3_000, log: silentLogger(), hashKey: 'k'.repeat(32),
    }));
    const community = `guild-race-${run}`;
    const report = { score: 61, target: { role: 'backend-developer', roleTitle: 'Backend Developer', roleInferred: false, job: null },
      skills: { missing: [{ id: 'kubernetes', name: 'Kubernetes' }] } } as unknown as Report;
    await Promise.all(Array.from({ length: 40 }, (_, i) => communities[i % 2]!.recordCheck(
      { ...commandEvent(''), ...where(community, `racer-${i}-${run}`) } as InboundEvent, report)));
    const [stats] = await communities[0]!.command({ ...commandEvent('stats'), ...where(community, 'admin', true) } as InboundEvent, 'stats', '');
    expect(blocksOf(stats!, 'fields').flatMap((b) => b.fields).find((f) => f.label === 'People')?.value).toBe('40');
    expect(blocksOf(stats!, 'section').find((s) => s.heading.startsWith('Median'))?.items).toEqual(['Backend Developer: 61 (40 people)']);
    await Promise.all(stores.map((s) => s.disconnect()));
  });

  it('review mode set on one instance is used by the other', async () => {
    const [a, b] = [await instance(), await instance()];
    const community = `guild-review-${run}`;
    await a.handle({ ...commandEvent('channel review on'), ...where(community, 'admin', true) });
    let hidden = 0;
    const drop: InboundEvent = { ...where(community, `member-${run}`), platform: 'discord', userId: `member-${run}`, conversationId: `${community}-reviews`,
      isDM: false, text: '', attachments: [memoryAttachment(RESUME, resumeBytes(RESUME))], hideMessage: async () => { hidden++; return true; } };
    const replies = await b.handle(drop);
    expect(replies.map((r) => r.kind)).toEqual(['report', 'ack']);
    expect(hidden).toBe(1);
  });
});

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, UserStore, userKey, USER_KEYS } from '../src/store/index.js';

const HOUR = 3_600_000;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('createStore', () => {
  it('memory: namespaced per platform and user, forget removes every key of that person only', async () => {
    const map = new Map<string, unknown>();
    const { default: Keyv } = await import('keyv');
    const users = new UserStore(new Keyv({ store: map }), 72 * HOUR);
    await users.set('telegram', '42', 'role', 'backend-developer');
    await users.set('telegram', '42', 'job', { title: 'T', company: null, required: [], preferred: [], keywords: [], yearsRequired: null, text: 'x' });
    await users.set('slack', '42', 'role', 'data-scientist');
    expect([...map.keys()].some((k) => k.includes(userKey('telegram', '42', 'role')))).toBe(true);
    expect(await users.get('slack', '42', 'role')).toBe('data-scientist');
    await users.forget('telegram', '42');
    expect([...map.keys()].filter((k) => k.includes('user:telegram:42:'))).toEqual([]);
    expect(await users.get('slack', '42', 'role')).toBe('data-scientist');
  });

  it('keys cannot collide through the user id', () => {
    expect(userKey('slack', 'a:role', 'job')).not.toBe(userKey('slack', 'a', 'role'));
    expect(USER_KEYS).toContain('resume');
  });

  it('everything expires after the TTL, by the injected clock', async () => {
    let now = 1_000_000;
    const users = new UserStore(await createStore('memory'), 2 * HOUR, () => now);
    await users.set('discord', 'u', 'role', 'backend-developer');
    now += 2 * HOUR - 1;
    expect(await users.get('discord', 'u', 'role')).toBe('backend-developer');
    now += 1;
    expect(await users.get('discord', 'u', 'role')).toBeUndefined();
  });

  it('SQLite default: a file under the data dir that survives a restart', async () => {
    const dataDir = path.join(tmp, 'data');
    const first = new UserStore(await createStore(undefined, { dataDir }), 72 * HOUR);
    await first.set('telegram', '7', 'role', 'backend-developer');
    await first.close();
    expect(existsSync(path.join(dataDir, 'ats-bot.sqlite'))).toBe(true);

    const second = new UserStore(await createStore('', { dataDir }), 72 * HOUR);
    expect(await second.get('telegram', '7', 'role')).toBe('backend-developer');
    await second.forget('telegram', '7');
    expect(await second.get('telegram', '7', 'role')).toBeUndefined();
    await second.close();
  });

  it('sqlite://path uses that file', async () => {
    const file = path.join(tmp, 'nested', 'x.sqlite');
    const users = new UserStore(await createStore(`sqlite://${file}`), HOUR);
    await users.set('slack', 'U1', 'role', 'data-scientist');
    await users.close();
    expect(existsSync(file)).toBe(true);
  });

  it('refuses an unknown URL scheme with a message naming STORE_URL', async () => {
    await expect(createStore('mongodb://x')).rejects.toThrow(/STORE_URL/);
  });
});

const REDIS_URL = process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6390';
const REQUIRE_REDIS = Boolean(process.env.CI_REQUIRE_REDIS);

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

const redisUp = await reachable(REDIS_URL);
if (!redisUp && !REQUIRE_REDIS) {
  console.warn(`store.test: skipping the Redis test: nothing answers at ${REDIS_URL} (set REDIS_TEST_URL, or CI_REQUIRE_REDIS=1 to make this a failure).`);
}

describe('Redis store', () => {
  it.skipIf(!redisUp && !REQUIRE_REDIS)(`round-trips, shares state between instances, expires and forgets (${REDIS_URL})`, async () => {
    expect(redisUp, `Redis required (CI_REQUIRE_REDIS) but unreachable at ${REDIS_URL}`).toBe(true);
    const user = `test-${process.pid}-${Date.now()}`;
    const a = new UserStore(await createStore(REDIS_URL), HOUR);
    const b = new UserStore(await createStore(REDIS_URL), HOUR);
    try {
      await a.set('slack', user, 'role', 'backend-developer');
      expect(await b.get('slack', user, 'role')).toBe('backend-developer');
      await b.forget('slack', user);
      expect(await a.get('slack', user, 'role')).toBeUndefined();

      const short = new UserStore(await createStore(REDIS_URL), 300);
      await short.set('slack', user, 'role', 'x');
      await new Promise((r) => setTimeout(r, 500));
      expect(await b.get('slack', user, 'role')).toBeUndefined();
      await short.close();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

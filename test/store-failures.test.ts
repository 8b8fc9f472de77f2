/**
 * Store failures reach the person: a write or delete that did not happen is never confirmed, and a
 * store that does not answer is reported within the time limit, then used again once it is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Keyv from 'keyv';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/index.js';
import { commandEvent, textOf } from '../src/bot/testing.js';
import { createStore } from '../src/store/index.js';
import { freePort, HAVE_REDIS_SERVER, RedisProcess } from './helpers/redis-server.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-store-fail-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A keyv store adapter (Map-like) whose writes or deletes fail the way keyv adapters do. */
function failingStore(mode: { set?: 'false' | 'throw'; delete?: 'false' | 'throw'; hang?: boolean }) {
  const map = new Map<string, unknown>();
  const hang = () => new Promise<never>(() => {});
  return {
    map,
    store: {
      get: async (k: string) => (mode.hang ? hang() : map.get(k)),
      set: async (k: string, v: unknown) => {
        if (mode.hang) return hang();
        if (mode.set === 'throw') throw Object.assign(new Error('SQLITE_READONLY: attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
        if (mode.set === 'false') return false;
        map.set(k, v);
        return true;
      },
      delete: async (k: string) => {
        if (mode.delete === 'throw') throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        if (mode.delete === 'false') return false;
        return map.delete(k);
      },
      clear: async () => map.clear(),
    },
  };
}

describe('store failures reach the person', () => {
  it('a failed write is "I couldn\'t save that, nothing was changed", never "Role set"', async () => {
    for (const set of ['false', 'throw'] as const) {
      const { store } = failingStore({ set });
      const bot = createBot({ store: new Keyv({ store }) });
      const [reply, ...rest] = await bot.handle(commandEvent('backend-developer'));
      expect(rest).toEqual([]);
      expect(reply!.errorCode, set).toBe('store-write-failed');
      expect(textOf(reply!)).toMatch(/couldn't save.*Nothing was changed.*try again/is);
      expect(textOf(reply!)).not.toMatch(/Role set/);
      await bot.close();
    }
  });

  it('/ats forget never says "Done" when the delete failed (thrown or answered false)', async () => {
    for (const del of ['false', 'throw'] as const) {
      const { store, map } = failingStore({ delete: del });
      const bot = createBot({ store: new Keyv({ store }) });
      expect((await bot.handle(commandEvent('backend-developer')))[0]!.kind).toBe('role-chosen');
      const [reply] = await bot.handle(commandEvent('forget'));
      expect(reply!.kind, del).toBe('error');
      expect(reply!.errorCode).toBe('store-delete-failed');
      expect(textOf(reply!)).not.toMatch(/Done/);
      expect(map.size).toBe(1); // and indeed it is still there
      await bot.close();
    }
  });

  it('/ats forget on a person with nothing stored is still "Done" (false from delete means "nothing there")', async () => {
    const bot = createBot({ store: new Keyv({ store: new Map() }) });
    expect((await bot.handle(commandEvent('forget')))[0]!.kind).toBe('forget');
  });

  it('SQLite whose directory was deleted under it: forget says it could not delete', async () => {
    const dir = path.join(tmp, 'gone');
    const bot = createBot({ store: await createStore(`sqlite://${path.join(dir, 'ats.sqlite')}`) });
    expect((await bot.handle(commandEvent('backend-developer')))[0]!.kind).toBe('role-chosen');
    rmSync(dir, { recursive: true, force: true }); // the rollback journal cannot be created any more
    const [reply] = await bot.handle(commandEvent('forget'));
    expect(reply!.errorCode).toBe('store-delete-failed');
    expect(textOf(reply!)).not.toMatch(/Done/);
    const [again] = await bot.handle(commandEvent('data-scientist'));
    expect(again!.errorCode).toBe('store-write-failed');
    await bot.close().catch(() => {});
  });

  it('a store that never answers: "storage is unavailable" within the time limit', async () => {
    const { store } = failingStore({ hang: true });
    const bot = createBot({ store: new Keyv({ store }), storeTimeoutMs: 200 });
    const started = Date.now();
    const [reply] = await bot.handle(commandEvent('backend-developer'));
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(reply!.errorCode).toBe('store-unavailable');
    expect(textOf(reply!)).toMatch(/unavailable.*try again shortly/is);
  });
});

describe.skipIf(!HAVE_REDIS_SERVER && !process.env.CI_REQUIRE_REDIS)('Redis going away mid-conversation (a real redis-server, stopped and started)', () => {
  it('answers "storage is unavailable" quickly while Redis is down, and recovers by itself', async () => {
    const redis = new RedisProcess(await freePort());
    await redis.start();
    const bot = createBot({ store: await createStore(redis.url), storeTimeoutMs: 1_000 });
    try {
      expect((await bot.handle(commandEvent('backend-developer', { userId: 'r1' })))[0]!.kind).toBe('role-chosen');
      await redis.stop();
      const started = Date.now();
      const [down] = await bot.handle(commandEvent('data-scientist', { userId: 'r1' }));
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(down!.errorCode).toBe('store-unavailable');
      const [forget] = await bot.handle(commandEvent('forget', { userId: 'r1' }));
      expect(forget!.kind).not.toBe('forget');

      await redis.start();
      let back: string | undefined;
      for (let i = 0; i < 50 && back !== 'role-chosen'; i++) {
        await new Promise((r) => setTimeout(r, 200));
        back = (await bot.handle(commandEvent('data-scientist', { userId: 'r1' })))[0]!.kind;
      }
      expect(back).toBe('role-chosen');
      expect(await bot.chosenRole('console', 'r1')).toBe('data-scientist');
    } finally {
      await bot.close().catch(() => {});
      await redis.stop();
    }
  }, 30_000);
});

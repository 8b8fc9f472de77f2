/**
 * State every instance must agree on, beyond keyv's get/set: "has this platform event been
 * handled?" (SET NX with a TTL) and per-person rate-limit windows. In process memory for the
 * embedded and memory stores (one process), in Redis when the store is Redis (several instances).
 */
import type Keyv from 'keyv';

export type RateDecision = { allowed: true; id: string } | { allowed: false; retryAfterMs: number };

export interface SharedState {
  /** True the first time `key` is claimed within `ttlMs`; false for every repeat, on any instance. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Records one use of `key` at `now` unless `max` fall within the window ending at `now`. */
  take(key: string, now: number, max: number, windowMs: number): Promise<RateDecision>;
  /** Gives back the use recorded as `id` (the text was chatter, or the queue was full). */
  refund(key: string, id: string): Promise<void>;
  /**
   * Tries once to take a lock on `key` for at most `ttlMs` (it frees itself if the holder dies).
   * Returns its release function, or null when someone else holds it.
   */
  tryLock(key: string, ttlMs: number): Promise<(() => Promise<void>) | null>;
}

/** One process: Maps, swept as they are used so they stay small. */
export function memorySharedState(): SharedState {
  const claims = new Map<string, number>();
  const locks = new Map<string, number>();
  const hits = new Map<string, { at: number; id: string }[]>();
  let seq = 0;
  let ops = 0;
  const sweep = (now: number) => {
    if (++ops % 1000 !== 0) return;
    for (const [k, until] of claims) if (until <= Date.now()) claims.delete(k);
    for (const [k, list] of hits) if (list.every((h) => h.at <= now - 24 * 3_600_000)) hits.delete(k);
  };
  return {
    async claim(key, ttlMs) {
      const now = Date.now();
      sweep(now);
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    async take(key, now, max, windowMs) {
      sweep(now);
      const recent = (hits.get(key) ?? []).filter((h) => h.at > now - windowMs);
      hits.set(key, recent);
      if (recent.length >= max) return { allowed: false, retryAfterMs: recent[0]!.at + windowMs - now };
      const id = String(++seq);
      recent.push({ at: now, id });
      return { allowed: true, id };
    },
    async refund(key, id) {
      const list = hits.get(key);
      const i = list?.findIndex((h) => h.id === id) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
    },
    async tryLock(key, ttlMs) {
      const now = Date.now();
      const until = locks.get(key);
      if (until !== undefined && until > now) return null;
      const mine = now + ttlMs;
      locks.set(key, mine);
      return async () => { if (locks.get(key) === mine) locks.delete(key); };
    },
  };
}

/** The subset of the node-redis client used here. */
interface RedisClient {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  zRem(key: string, member: string): Promise<number>;
}

/** Deletes the lock only if it is still ours (it may have expired and been taken by another). */
const UNLOCK_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Sliding window as a sorted set of timestamps, checked and added to in one script so two
 * instances cannot both take the last slot. Returns {1, 0} when allowed, {0, oldest} when not.
 */
const TAKE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2])}
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, 0}`;

const PREFIX = 'ats-bot:';

export function redisSharedState(client: RedisClient): SharedState {
  let seq = 0;
  const instance = Math.random().toString(36).slice(2, 10);
  return {
    async claim(key, ttlMs) {
      return (await client.set(PREFIX + key, '1', { NX: true, PX: Math.max(1, Math.round(ttlMs)) })) === 'OK';
    },
    async take(key, now, max, windowMs) {
      const id = `${now}-${instance}-${++seq}`;
      const [ok, oldest] = await client.eval(TAKE_SCRIPT, {
        keys: [PREFIX + key],
        arguments: [String(now), String(Math.round(windowMs)), String(max), id],
      }) as [number, number];
      return ok === 1 ? { allowed: true, id } : { allowed: false, retryAfterMs: Math.max(0, oldest + windowMs - now) };
    },
    async refund(key, id) {
      await client.zRem(PREFIX + key, id);
    },
    async tryLock(key, ttlMs) {
      const token = `${instance}-${++seq}`;
      const ok = await client.set(PREFIX + key, token, { NX: true, PX: Math.max(1, Math.round(ttlMs)) });
      if (ok !== 'OK') return null;
      return async () => { await client.eval(UNLOCK_SCRIPT, { keys: [PREFIX + key], arguments: [token] }); };
    },
  };
}

/** Redis-backed when the keyv store is @keyv/redis (its client is reused), else in memory. */
export function sharedStateFor(keyv: Keyv): SharedState {
  const client = (keyv.store as { client?: Partial<RedisClient> } | undefined)?.client;
  if (client && typeof client.eval === 'function' && typeof client.set === 'function') return redisSharedState(client as RedisClient);
  return memorySharedState();
}

import type Keyv from 'keyv';
import type { Platform } from '../bot/types.js';
import type { Resume } from '../resume/types.js';
import type { JobPost } from '../jobs/types.js';

/** Every key kept about one person: fixed names, so `forget` needs no index. */
export const USER_KEYS = ['resume', 'role', 'job', 'last-report'] as const;
export type UserKey = (typeof USER_KEYS)[number];

/** What the next report compares against to say what changed ("iterating is the point"). */
export interface ReportSnapshot {
  score: number;
  readiness: number;
  target: string;
  skills: { id: string; name: string }[];
  passing: string[];
  /** Check id -> the check's message, to name checks that now pass. */
  checks: { id: string; message: string; passed: boolean }[];
}

interface Values {
  resume: Resume;
  role: string;
  job: JobPost;
  'last-report': ReportSnapshot;
}

/** Stored alongside each value: when it was written, checked against the injectable clock. */
export interface StoredRecord<T> { v: T; at: number }

export function userKey(platform: Platform, userId: string, name: UserKey): string {
  return `user:${platform}:${encodeURIComponent(userId)}:${name}`;
}

/**
 * The person-scoped view of the keyv store. Every value carries a timestamp and expires after
 * `ttlMs` by the bot's clock (so a fake clock works with any backend); keyv's own TTL removes the
 * entry from the backend too.
 */
export class UserStore {
  constructor(
    private readonly keyv: Keyv,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get<K extends UserKey>(platform: Platform, userId: string, name: K): Promise<Values[K] | undefined> {
    const key = userKey(platform, userId, name);
    const record = (await this.keyv.get(key)) as StoredRecord<Values[K]> | undefined;
    if (!record || typeof record !== 'object' || !('at' in record)) return undefined;
    if (this.now() - record.at >= this.ttlMs) {
      await this.keyv.delete(key);
      return undefined;
    }
    return record.v;
  }

  async set<K extends UserKey>(platform: Platform, userId: string, name: K, value: Values[K]): Promise<void> {
    const record: StoredRecord<Values[K]> = { v: value, at: this.now() };
    await this.keyv.set(userKey(platform, userId, name), record, this.ttlMs);
  }

  async delete(platform: Platform, userId: string, name: UserKey): Promise<void> {
    await this.keyv.delete(userKey(platform, userId, name));
  }

  /** Removes everything kept about one person, at once. */
  async forget(platform: Platform, userId: string): Promise<void> {
    await this.keyv.deleteMany(USER_KEYS.map((name) => userKey(platform, userId, name)));
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}

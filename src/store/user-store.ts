import type Keyv from 'keyv';
import type { Platform } from '../bot/types.js';
import type { Resume } from '../resume/types.js';
import type { JobPost } from '../jobs/types.js';
import { StoreError, withDeadline } from './errors.js';

/** No store call may hold a person's request longer than this (Redis down, a locked file). */
export const DEFAULT_STORE_TIMEOUT_MS = 3_000;

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
 * entry from the backend too. Every call has a time limit and every failure throws StoreError:
 * keyv's default is to emit errors and answer `false`/`undefined`, which would let the bot say
 * "done" about a write or delete that never happened.
 */
export class UserStore {
  private readonly timeoutMs: number;

  constructor(
    private readonly keyv: Keyv,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    options: { timeoutMs?: number } = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
    keyv.throwOnErrors = true;
  }

  async get<K extends UserKey>(platform: Platform, userId: string, name: K): Promise<Values[K] | undefined> {
    const key = userKey(platform, userId, name);
    const record = await withDeadline('read', this.timeoutMs, () => this.keyv.get(key)) as StoredRecord<Values[K]> | undefined;
    if (!record || typeof record !== 'object' || !('at' in record)) return undefined;
    if (this.now() - record.at >= this.ttlMs) {
      await this.deleteKeys('delete', [key]);
      return undefined;
    }
    return record.v;
  }

  async set<K extends UserKey>(platform: Platform, userId: string, name: K, value: Values[K]): Promise<void> {
    const record: StoredRecord<Values[K]> = { v: value, at: this.now() };
    const ok = await withDeadline('write', this.timeoutMs, () => this.keyv.set(userKey(platform, userId, name), record, this.ttlMs));
    if (!ok) throw new StoreError('write', 'failed', 'set-returned-false');
  }

  async delete(platform: Platform, userId: string, name: UserKey): Promise<void> {
    await this.deleteKeys('delete', [userKey(platform, userId, name)]);
  }

  /** Removes everything kept about one person, at once; throws unless it is really gone. */
  async forget(platform: Platform, userId: string): Promise<void> {
    await this.deleteKeys('delete', USER_KEYS.map((name) => userKey(platform, userId, name)));
  }

  /**
   * keyv answers `false` both for "nothing was there" and (without throwOnErrors, or in some
   * adapters) for "the delete failed": on `false`, read back to tell the two apart.
   */
  private async deleteKeys(op: 'delete', keys: string[]): Promise<void> {
    const ok = await withDeadline(op, this.timeoutMs, () => (keys.length === 1 ? this.keyv.delete(keys[0]!) : this.keyv.deleteMany(keys)));
    if (ok) return;
    const left = await withDeadline(op, this.timeoutMs, () => Promise.all(keys.map((k) => this.keyv.get(k))));
    if (left.some((v) => v !== undefined)) throw new StoreError(op, 'failed', 'delete-returned-false');
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}

/**
 * The community's view of the bot's keyv store: values stamped with the bot's clock and expired
 * by the bot's TTL (so a fake clock works with every backend), every call under a time limit,
 * every failure a StoreError — the same rules as src/store/user-store.ts, for keys that belong
 * to a channel or a community rather than to one person.
 */
import type Keyv from 'keyv';
import type { Platform } from '../bot/types.js';
import { StoreError, withDeadline } from '../store/errors.js';
import type { StoredRecord } from '../store/user-store.js';

export class CommunityRecords {
  constructor(
    private readonly keyv: Keyv,
    readonly ttlMs: number,
    readonly now: () => number,
    readonly timeoutMs: number,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    const record = await withDeadline('read', this.timeoutMs, () => this.keyv.get(key)) as StoredRecord<T> | undefined;
    if (!record || typeof record !== 'object' || !('at' in record)) return undefined;
    if (this.now() - record.at >= this.ttlMs) {
      await this.delete(key);
      return undefined;
    }
    return record.v;
  }

  /** Writes `value` stamped now: its TTL starts again (settings in use and fresh aggregates stay). */
  async set<T>(key: string, value: T): Promise<void> {
    const record: StoredRecord<T> = { v: value, at: this.now() };
    const ok = await withDeadline('write', this.timeoutMs, () => this.keyv.set(key, record, this.ttlMs));
    if (!ok) throw new StoreError('write', 'failed', 'set-returned-false');
  }

  async delete(key: string): Promise<void> {
    const ok = await withDeadline('delete', this.timeoutMs, () => this.keyv.delete(key));
    if (ok) return;
    // keyv answers false both for "nothing there" and for some failures: read back to tell them apart.
    const left = await withDeadline('delete', this.timeoutMs, () => this.keyv.get(key));
    if (left !== undefined) throw new StoreError('delete', 'failed', 'delete-returned-false');
  }
}

const part = (s: string) => encodeURIComponent(s);

/** Keys, in one place: a channel's settings, a community's aggregates, a hashed person's communities. */
export const communityKeys = {
  channel: (platform: Platform, communityId: string, conversationId: string) => `community:${platform}:${part(communityId)}:channel:${part(conversationId)}`,
  stats: (platform: Platform, communityId: string) => `community:${platform}:${part(communityId)}:stats`,
  memberOf: (personHash: string) => `community-member:${personHash}`,
  hashKey: () => 'community:hash-key',
} as const;

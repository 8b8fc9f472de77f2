/**
 * People are counted, never named: a keyed hash (HMAC-SHA256) of platform and user id stands for
 * each person in the aggregates, so a copy of the store holds no id in clear. The key comes from
 * COMMUNITY_HASH_KEY, or is generated once and kept in the store (then a store dump alone cannot
 * be joined back to ids only if that variable is set; see docs/community.md).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Platform } from '../bot/types.js';
import type { SharedState } from '../store/shared.js';
import { withCommunityLock } from './lock.js';
import { communityKeys, type CommunityRecords } from './records.js';

export interface PersonHash {
  /** Stands for one person on one platform, under one key. */
  hash: string;
  /** Names the key the hash was made with: aggregates made under another key are dropped, not mixed. */
  keyId: string;
}

export class PersonHasher {
  constructor(
    private readonly records: CommunityRecords,
    private readonly shared: SharedState,
    private readonly configuredKey?: string,
  ) {}

  async hash(platform: Platform, userId: string): Promise<PersonHash> {
    const key = await this.key();
    return { hash: hmac(key, platform, userId), keyId: idOf(key) };
  }

  /** The person's hash under the key in use, or null when no key exists yet (then nothing was ever counted). Never writes. */
  async existingHash(platform: Platform, userId: string): Promise<PersonHash | null> {
    const key = this.configuredKey ?? await this.records.get<string>(communityKeys.hashKey());
    return key ? { hash: hmac(key, platform, userId), keyId: idOf(key) } : null;
  }

  /** The current key's id, to read aggregates made with it. */
  async keyId(): Promise<string> {
    return idOf(await this.key());
  }

  /**
   * Read from the store every time (never cached), and stamped again on use, so every instance
   * hashes with the same key and the key outlives every aggregate made with it.
   */
  private async key(): Promise<string> {
    if (this.configuredKey) return this.configuredKey;
    const keyName = communityKeys.hashKey();
    return withCommunityLock(this.shared, keyName, this.records.timeoutMs, async () => {
      const stored = await this.records.get<string>(keyName);
      const key = stored ?? randomBytes(32).toString('hex');
      await this.records.set(keyName, key);
      return key;
    });
  }
}

function idOf(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function hmac(key: string, platform: Platform, userId: string): string {
  return createHmac('sha256', key).update(`${platform}:${userId}`).digest('hex').slice(0, 32);
}

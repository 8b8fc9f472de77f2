/**
 * What an admin set for one channel: review mode on or off, and the default role members are
 * checked against when they chose none. Kept under the bot's TTL like everything else; using the
 * channel (a resume dropped in it) starts the TTL again, so only an idle channel falls back to normal.
 */
import type { Platform } from '../bot/types.js';
import type { SharedState } from '../store/shared.js';
import { withCommunityLock } from './lock.js';
import { communityKeys, type CommunityRecords } from './records.js';

export interface ChannelSettings {
  review: boolean;
  /** A role id from roles/, or null for "infer it from the resume". */
  role: string | null;
}

export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = { review: false, role: null };

export interface ChannelRef { platform: Platform; communityId: string; conversationId: string }

export class ChannelSettingsStore {
  constructor(private readonly records: CommunityRecords, private readonly shared: SharedState) {}

  async get(ref: ChannelRef): Promise<ChannelSettings> {
    return (await this.records.get<ChannelSettings>(this.key(ref))) ?? DEFAULT_CHANNEL_SETTINGS;
  }

  /**
   * Applies `change` and stores the result (in turn with other instances, so two admins changing
   * review mode and role at once keep both); back to the defaults means nothing is kept at all.
   */
  async update(ref: ChannelRef, change: Partial<ChannelSettings>): Promise<ChannelSettings> {
    const key = this.key(ref);
    return withCommunityLock(this.shared, key, this.records.timeoutMs, async () => {
      const next = { ...(await this.get(ref)), ...change };
      if (!next.review && next.role === null) await this.records.delete(key);
      else await this.records.set(key, next);
      return next;
    });
  }

  /** Rewrites the settings as they are now, which starts their TTL again. */
  async touch(ref: ChannelRef): Promise<void> {
    await this.update(ref, {});
  }

  private key(ref: ChannelRef): string {
    return communityKeys.channel(ref.platform, ref.communityId, ref.conversationId);
  }
}

/**
 * Career-community channels, platform-neutral: admin commands (/ats channel ..., /ats stats),
 * review channels (a resume dropped in the channel is hidden where the platform allows and
 * answered privately), and anonymous per-community aggregates. The core (src/bot) calls in here;
 * adapters only supply communityId, isAdmin and hideMessage on the InboundEvent.
 */
import type Keyv from 'keyv';
import type { Logger } from 'pino';
import type { Report } from '../analysis/report.js';
import type { InboundAttachment, InboundEvent, Reply } from '../bot/types.js';
import { getRoles } from '../roles/registry.js';
import { isStoreError } from '../store/errors.js';
import type { SharedState } from '../store/shared.js';
import type { UserStore } from '../store/user-store.js';
import { CommunityStats } from './aggregates.js';
import { ChannelSettingsStore, type ChannelRef } from './channel-settings.js';
import { PersonHasher } from './person-hash.js';
import { CommunityRecords } from './records.js';
import * as C from './replies.js';

export { K_ANONYMITY_FLOOR } from './aggregates.js';

export interface CommunityOptions {
  keyv: Keyv;
  shared: SharedState;
  users: UserStore;
  ttlMs: number;
  now: () => number;
  storeTimeoutMs: number;
  log: Logger;
  /** COMMUNITY_HASH_KEY: the key people are hashed with; generated and stored when absent. */
  hashKey?: string;
}

export interface Community {
  /** `/ats channel ...` and `/ats stats`. */
  command(ev: InboundEvent, sub: 'channel' | 'stats', args: string): Promise<Reply[]>;
  /**
   * A file dropped in a community channel without a command: null outside review channels (the
   * core's own behaviour stays); else hidden after download and answered by `analyse`, plus the ack.
   */
  drop(ev: InboundEvent, file: InboundAttachment, analyse: (file: InboundAttachment) => Promise<Reply[]>): Promise<Reply[] | null>;
  /** Counts one report in the event's community (best effort: a failure is logged, never the person's problem). */
  recordCheck(ev: InboundEvent, report: Report): Promise<void>;
  /** Part of /ats forget: the person's entries leave every community's aggregates. */
  forget(ev: InboundEvent): Promise<void>;
}

export function createCommunity(options: CommunityOptions): Community {
  const { users, log } = options;
  const records = new CommunityRecords(options.keyv, options.ttlMs, options.now, options.storeTimeoutMs);
  const channels = new ChannelSettingsStore(records, options.shared);
  const stats = new CommunityStats(records, options.shared);
  const hasher = new PersonHasher(records, options.shared, options.hashKey);
  const idsOf = (ev: InboundEvent) => ({ platform: ev.platform, userId: ev.userId, conversationId: ev.conversationId, communityId: ev.communityId });

  const channelOf = (ev: InboundEvent): ChannelRef | null =>
    ev.isDM || ev.communityId === undefined ? null : { platform: ev.platform, communityId: ev.communityId, conversationId: ev.conversationId };

  /** Asked of the platform on every admin command: a demoted admin is refused at once. */
  async function refusal(ev: InboundEvent): Promise<Reply | null> {
    let admin = false;
    try {
      admin = ev.isAdmin ? await ev.isAdmin() : false;
    } catch (error) {
      log.warn({ ...idsOf(ev), code: 'admin-check-failed', errorName: (error as Error)?.name }, 'admin check failed');
      return C.adminCheckFailedReply();
    }
    if (admin) return null;
    log.info({ ...idsOf(ev), code: 'not-admin' }, 'admin command refused');
    return C.notAdminReply(ev.platform);
  }

  const roleTitle = (id: string | null) => (id ? getRoles().get(id)?.title ?? id : null);

  async function channelCommand(ev: InboundEvent, ref: ChannelRef, args: string): Promise<Reply[]> {
    const [first = '', ...rest] = args.split(/\s+/).filter(Boolean);
    const sub = first.toLowerCase();
    const value = rest.join(' ');
    if (sub === '') {
      const settings = await channels.get(ref);
      return [C.channelReply('This channel', settings, roleTitle(settings.role))];
    }
    const refused = await refusal(ev);
    if (refused) return [refused];
    if (sub === 'review' && /^(on|off)$/i.test(value)) {
      const settings = await channels.update(ref, { review: value.toLowerCase() === 'on' });
      log.info({ ...idsOf(ev), review: settings.review }, 'review channel set');
      return [C.channelReply(settings.review ? 'This is a review channel now' : 'Review mode is off', settings, roleTitle(settings.role))];
    }
    if (sub === 'role' && value !== '') {
      if (/^(none|clear|off)$/i.test(value)) {
        const settings = await channels.update(ref, { role: null });
        return [C.channelReply('Default role cleared', settings, null)];
      }
      const found = getRoles().resolve(value);
      if (!found.role) return [C.unknownChannelRoleReply(value.slice(0, 60), found.suggestions)];
      const settings = await channels.update(ref, { role: found.role.id });
      log.info({ ...idsOf(ev), role: found.role.id }, 'channel role set');
      return [C.channelReply(`Default role: ${found.role.title}`, settings, found.role.title)];
    }
    return [C.channelUsageReply()];
  }

  /** Members who chose no role and pasted no post get the channel's role, as if they had chosen it. */
  async function applyDefaultRole(ev: InboundEvent, roleId: string): Promise<string | null> {
    const [role, job] = await Promise.all([users.get(ev.platform, ev.userId, 'role'), users.get(ev.platform, ev.userId, 'job')]);
    if (role !== undefined || job !== undefined || !getRoles().get(roleId)) return null;
    await users.set(ev.platform, ev.userId, 'role', roleId);
    return roleTitle(roleId);
  }

  async function hideSafely(ev: InboundEvent): Promise<boolean> {
    if (!ev.hideMessage) return false;
    try {
      return await ev.hideMessage();
    } catch (error) {
      log.warn({ ...idsOf(ev), code: 'hide-failed', errorName: (error as Error)?.name }, 'could not hide a dropped file');
      return false;
    }
  }

  return {
    async command(ev, sub, args) {
      const ref = channelOf(ev);
      if (!ref) return [C.notInCommunityReply()];
      if (sub === 'channel') return channelCommand(ev, ref, args.trim());
      const refused = await refusal(ev);
      if (refused) return [refused];
      const summary = await stats.summary(ref, await hasher.keyId());
      return [C.statsReply(summary)];
    },

    async drop(ev, file, analyse) {
      const ref = channelOf(ev);
      if (!ref) return null;
      const settings = await channels.get(ref);
      if (!settings.review) return [];
      await channels.touch(ref);
      const defaulted = settings.role ? await applyDefaultRole(ev, settings.role) : null;
      // Hidden as soon as the bytes are in, before the analysis; or at the end if it was never downloaded.
      let hidden: boolean | null = null;
      const downloadThenHide: InboundAttachment = {
        ...file,
        fetch: async () => {
          const bytes = await file.fetch();
          hidden = await hideSafely(ev);
          return bytes;
        },
      };
      const replies = await analyse(downloadThenHide);
      hidden ??= await hideSafely(ev);
      if (defaulted) {
        const report = replies.find((r) => r.kind === 'report');
        report?.hints.unshift(`Checked against ${defaulted}, this channel’s default role: /ats <role> to choose another.`);
      }
      log.info({ ...idsOf(ev), hidden, kinds: replies.map((r) => r.kind) }, 'review channel drop');
      return [...replies, C.dropAckReply(hidden)];
    },

    async recordCheck(ev, report) {
      if (ev.isDM || ev.communityId === undefined) return;
      try {
        const person = await hasher.hash(ev.platform, ev.userId);
        await stats.record({ platform: ev.platform, communityId: ev.communityId }, person, report);
      } catch (error) {
        if (!isStoreError(error)) throw error;
        log.warn({ ...idsOf(ev), code: 'store-error', op: error.op, reason: error.reason }, 'community check not counted');
      }
    },

    async forget(ev) {
      const person = await hasher.existingHash(ev.platform, ev.userId);
      if (person) await stats.forget(person);
    },
  };
}

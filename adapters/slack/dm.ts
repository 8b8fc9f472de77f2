/**
 * Which channel is the bot's own DM with a person. A slash command in a DM between two people also
 * says channel_name "directmessage", and someone's report must not land there for both to read, so
 * the adapter asks Slack (conversations.open, cached) instead of trusting the name.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

const MAX_CACHED = 10_000;

export interface BotDms {
  /** The bot's DM channel with the person, or null when Slack won't say. */
  channelFor(client: webApi.WebClient, userId: string): Promise<string | null>;
  /** True only for the bot's own DM with this person. */
  isBotDm(client: webApi.WebClient, userId: string, channelId: string | undefined): Promise<boolean>;
}

export function createBotDms(logger: Logger): BotDms {
  const cache = new Map<string, string>();
  const channelFor = async (client: webApi.WebClient, userId: string): Promise<string | null> => {
    const cached = cache.get(userId);
    if (cached) return cached;
    try {
      const opened = await client.conversations.open({ users: userId });
      const id = opened.channel?.id;
      if (!id) return null;
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(userId, id);
      return id;
    } catch (error) {
      logger.warn({ userId, code: (error as { code?: string }).code }, 'conversations.open failed');
      return null;
    }
  };
  return {
    channelFor,
    async isBotDm(client, userId, channelId) {
      if (!channelId?.startsWith('D')) return false;
      return (await channelFor(client, userId)) === channelId;
    },
  };
}

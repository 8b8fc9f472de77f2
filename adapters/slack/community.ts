/**
 * Slack channels as community channels. Admin rights: workspace admins and owners (users.info
 * is_admin / is_owner / is_primary_owner, asked on every admin command). Channel managers are not
 * readable with a bot token (only through Enterprise Grid admin APIs), so they are not admins here.
 * A resume shared in a review channel: a bot token cannot delete another person's message, so the
 * file stays; the report goes to the person's DM with the bot, the member gets an ephemeral
 * reminder that others can see the file, and the message a ✅ reaction.
 */
import type { types, webApi } from '@slack/bolt';
import type { BotCore, InboundEvent, Reply } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';
import type { BotDms } from './dm.js';
import { fileShareEvent } from './events.js';
import { renderReply } from './render.js';

type Client = webApi.WebClient;

/** The reaction a review-channel drop gets: seen and answered, nothing more. */
export const DROP_REACTION = 'white_check_mark';

export function communityHooks(client: Client, teamId: string | undefined, userId: string): Pick<InboundEvent, 'communityId' | 'isAdmin'> {
  if (!teamId) return {};
  return {
    communityId: teamId,
    isAdmin: async () => {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    },
  };
}

export interface ChannelDropDeps {
  bot: BotCore;
  dms: BotDms;
  logger: Logger;
  download: (url: string) => Promise<Uint8Array>;
  translate: (reply: Reply) => Reply;
}

/** A file shared in a channel the bot is in: the core answers [] unless it is a review channel. */
export async function answerChannelDrop(
  client: Client,
  message: types.FileShareMessageEvent,
  where: { teamId: string | undefined; eventId: string | undefined },
  deps: ChannelDropDeps,
): Promise<void> {
  if (!where.teamId) return;
  const event: InboundEvent = {
    ...fileShareEvent(message, deps.download),
    text: '', // the core never reads channel chatter, only the file
    communityId: where.teamId,
    ...(where.eventId ? { eventId: where.eventId } : {}),
  };
  const replies = await deps.bot.handle(event);
  if (replies.length === 0) return;
  const { channel, user } = message;
  const thread = message.thread_ts ? { thread_ts: message.thread_ts } : {};
  const dm = await deps.dms.channelFor(client, user);
  for (const reply of replies.filter((r) => r.audience === 'private')) {
    const rendered = renderReply(deps.translate(reply));
    // The DM keeps the report; only when Slack won't open one does it go ephemeral in the channel.
    if (dm) await client.chat.postMessage({ channel: dm, ...rendered });
    else await client.chat.postEphemeral({ channel, user, ...thread, ...rendered });
  }
  try {
    await client.reactions.add({ channel, timestamp: message.ts, name: DROP_REACTION });
  } catch (error) {
    deps.logger.warn({ userId: user, code: (error as { data?: { error?: string } }).data?.error }, 'slack reaction not added');
  }
  const ack = replies.find((r) => r.kind === 'ack');
  if (ack) await client.chat.postEphemeral({ channel, user, ...thread, text: ack.title });
}

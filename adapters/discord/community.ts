/**
 * Server channels as community channels: admin rights from the interaction's member permissions
 * (Manage Server or Manage Channels, as Discord computes them for that channel at that moment), and
 * resumes dropped in a review channel: deleted with Manage Messages after the download, the report
 * sent by DM, a one-line note in the channel (or, with DMs closed, how to open them).
 */
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { BotCore, InboundEvent, Reply } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';
import { classifyDiscordError } from './errors.js';
import type { DiscordMessage } from './render.js';
import { interactionIsBotDM, messageEvent } from './translate.js';

const ADMIN_PERMISSIONS = [PermissionFlagsBits.ManageGuild, PermissionFlagsBits.ManageChannels];

export function interactionCommunity(i: ChatInputCommandInteraction | ButtonInteraction): Pick<InboundEvent, 'communityId' | 'isAdmin'> {
  if (!i.guildId || interactionIsBotDM(i)) return {};
  return { communityId: i.guildId, isAdmin: async () => i.memberPermissions?.any(ADMIN_PERMISSIONS) ?? false };
}

export interface DropDeps {
  bot: BotCore;
  log: Logger;
  render: (replies: Reply[]) => DiscordMessage[];
}

/** A file posted in a server channel: the core answers [] unless the channel is a review channel. */
export async function answerGuildDrop(m: Message<true>, deps: DropDeps): Promise<void> {
  const { bot, log } = deps;
  const ids = { messageId: m.id, userId: m.author.id, guildId: m.guildId, channelId: m.channelId };
  const event: InboundEvent = {
    ...messageEvent(m, bot.maxUploadBytes),
    text: '', // the core never reads server chatter, only the file
    eventId: m.id,
    communityId: m.guildId,
    hideMessage: async () => {
      try {
        await m.delete();
        return true;
      } catch (err) {
        const c = classifyDiscordError(err);
        if (c.failure !== 'missing-permissions') throw err;
        log.info({ ...ids, discordCode: c.discordCode }, 'no Manage Messages: dropped file stays visible');
        return false;
      }
    },
  };
  const replies = await bot.handle(event);
  if (replies.length === 0) return;
  const ack = replies.find((r) => r.kind === 'ack');
  let note = ack?.title ?? 'I answered you in a direct message.';
  try {
    for (const msg of deps.render(replies.filter((r) => r.audience === 'private'))) {
      await m.author.send({ embeds: msg.embeds, allowedMentions: { parse: [] }, ...(msg.components ? { components: msg.components } : {}) });
    }
  } catch (err) {
    const c = classifyDiscordError(err);
    log.warn({ ...ids, failure: c.failure, discordCode: c.discordCode }, 'report DM not delivered');
    note = c.failure === 'dms-closed'
      ? "I can't send you direct messages, so your report did not go out. Allow DMs from this server's members (Server menu -> Privacy Settings), then post your file again. Nothing of it was shown here."
      : "I couldn't send you a direct message just now. Please post your file again in a moment.";
  }
  // A plain channel message: the original may be gone, so it cannot be a reply to it.
  await m.channel.send({ content: `<@${m.author.id}> ${note}`, allowedMentions: { users: [m.author.id] } });
}

/**
 * Discord events -> the core's InboundEvents. A slash command with several options becomes a short,
 * ordered sequence of the core's own commands, so the core needs no Discord-specific entry point.
 */
import { ChannelType, InteractionContextType, type ButtonInteraction, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { InboundEvent } from '../../src/bot/types.js';
import { OPTION } from './commands.js';
import { toInboundAttachment } from './download.js';

/** The bot's own DM, as opposed to a server channel or someone else's (user-installed app) DM. */
export function interactionIsBotDM(i: ChatInputCommandInteraction | ButtonInteraction): boolean {
  if (i.context !== null && i.context !== undefined) return i.context === InteractionContextType.BotDM;
  return i.guildId === null && i.channel?.type === ChannelType.DM;
}

/**
 * `/ats action:… job:… role:… resume:…` -> events, in the order a person would have typed them:
 * the action, then the job post (stored as the target), then the role with the resume (chosen and
 * analysed). No option at all is `/ats`, the core's help.
 */
export function interactionEvents(i: ChatInputCommandInteraction, maxUploadBytes: number): InboundEvent[] {
  const base = {
    platform: 'discord' as const,
    conversationId: i.channelId ?? `dm:${i.user.id}`,
    userId: i.user.id,
    isDM: interactionIsBotDM(i),
  };
  const action = i.options.getString(OPTION.action)?.trim() ?? '';
  const job = i.options.getString(OPTION.job)?.trim() ?? '';
  const role = i.options.getString(OPTION.role)?.trim() ?? '';
  const resume = i.options.getAttachment(OPTION.resume);
  const attachments = resume ? [toInboundAttachment(resume, maxUploadBytes)] : [];

  const events: InboundEvent[] = [];
  const command = (args: string, withFiles = false): InboundEvent => ({
    ...base, text: args, command: { name: 'ats', args }, attachments: withFiles ? attachments : [],
  });
  // `action:channel role role:<role>` sets the channel's default role: the role is not the person's choice.
  if (action.toLowerCase() === 'channel role') return [command(role ? `channel role ${role}` : action)];
  if (action) events.push(command(action));
  // `/ats job <text>` makes the core read the text as a job post, whatever it looks like.
  if (job) events.push(command(`job ${job}`));
  if (role) events.push(command(role, true));
  else if (resume) events.push({ ...base, text: '', attachments });
  if (events.length === 0) events.push(command(''));
  return events;
}

/** A details button under a report ("ats:details skills") -> that `/ats details ...` command. */
export function buttonEvent(i: ButtonInteraction): InboundEvent {
  const args = i.customId.slice(i.customId.indexOf(':') + 1);
  return {
    platform: 'discord', conversationId: i.channelId ?? `dm:${i.user.id}`, userId: i.user.id, isDM: interactionIsBotDM(i),
    text: `/ats ${args}`, command: { name: 'ats', args }, attachments: [],
  };
}

/** A DM message: a file, a pasted job post or resume, or `/ats …` typed as text (the core parses it). */
export function messageEvent(m: Message, maxUploadBytes: number): InboundEvent {
  return {
    platform: 'discord',
    conversationId: m.channelId,
    userId: m.author.id,
    isDM: m.channel.type === ChannelType.DM,
    text: m.content ?? '',
    attachments: [...m.attachments.values()].map((a) => toInboundAttachment(a, maxUploadBytes)),
  };
}

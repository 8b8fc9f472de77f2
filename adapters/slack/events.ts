/**
 * Slack payloads -> the core's InboundEvent. Translation only: nothing here decides what to answer.
 */
import type { SlashCommand, types } from '@slack/bolt';
import type { InboundAttachment, InboundEvent } from '../../src/bot/types.js';
import { decodeSlackText } from './mrkdwn.js';

export const COMMAND_NAME = 'ats';

/** A DM with the bot: Slack names the channel "directmessage" and its id starts with D. */
export function isDirectMessage(channelId: string | undefined, channelName?: string): boolean {
  return channelName === 'directmessage' || (channelId?.startsWith('D') ?? false);
}

export function slashCommandEvent(command: SlashCommand): InboundEvent {
  const args = decodeSlackText(command.text ?? '').trim();
  return {
    platform: 'slack',
    conversationId: command.channel_id,
    userId: command.user_id,
    isDM: isDirectMessage(command.channel_id, command.channel_name),
    text: args,
    command: { name: command.command.replace(/^\//, ''), args },
    attachments: [],
  };
}

/** A button's value ("/ats roles", "/ats backend-developer") as the command it stands for. */
export function commandFromString(value: string): { name: string; args: string } | null {
  const match = /^\/?([a-z][\w-]*)(?:\s+([\s\S]*))?$/i.exec(value.trim());
  if (!match?.[1]) return null;
  return { name: match[1].toLowerCase(), args: (match[2] ?? '').trim() };
}

export function commandEvent(
  command: { name: string; args: string },
  where: { userId: string; conversationId: string; isDM: boolean },
): InboundEvent {
  return { platform: 'slack', ...where, text: command.args, command, attachments: [] };
}

export function directTextEvent(message: { channel: string; user: string; text?: string }): InboundEvent {
  return {
    platform: 'slack',
    conversationId: message.channel,
    userId: message.user,
    isDM: true,
    text: decodeSlackText(message.text ?? ''),
    attachments: [],
  };
}

type SlackFile = NonNullable<types.FileShareMessageEvent['files']>[number];

export function fileShareEvent(
  message: types.FileShareMessageEvent,
  download: (url: string) => Promise<Uint8Array>,
): InboundEvent {
  return {
    platform: 'slack',
    conversationId: message.channel,
    userId: message.user,
    isDM: message.channel_type === 'im',
    text: decodeSlackText(message.text ?? ''),
    attachments: (message.files ?? []).flatMap((file) => attachment(file, download)),
  };
}

function attachment(file: SlackFile, download: (url: string) => Promise<Uint8Array>): InboundAttachment[] {
  const url = file.url_private_download ?? file.url_private;
  // External files (Google Drive links and such) have no private URL we could fetch.
  if (!url) return [];
  return [
    {
      name: file.name ?? file.title ?? 'file',
      mimeType: file.mimetype || null,
      size: typeof file.size === 'number' ? file.size : null,
      fetch: () => download(url),
    },
  ];
}

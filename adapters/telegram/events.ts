/**
 * Telegram updates -> InboundEvent. Translation only: no decisions about content.
 * Commands are read from a bot_command entity at offset 0, as grammY's bot.command does, but for
 * captions too (a document sent with "/ats backend-developer" as its caption).
 */
import type { CallbackQuery, Message, MessageEntity } from 'grammy/types';
import type { InboundAttachment, InboundEvent } from '../../src/bot/types.js';

export interface ParsedCommand {
  name: string;
  args: string;
  /** `/ats@OtherBot` is addressed to another bot in the group. */
  forUs: boolean;
  /** Written as `/cmd@ThisBot`. */
  addressed: boolean;
}

export type FileFetcher = (fileId: string, size: number | null) => Promise<Uint8Array>;

/** /start (also the deep link `?start=ats`) and /help lead to the same place as /ats and /ats help. */
const COMMAND_ALIASES = {
  ats: null,
  start: '',
  help: 'help',
} as const satisfies Record<string, string | null>;

export function parseCommand(text: string, entities: readonly MessageEntity[] | undefined, botUsername: string): ParsedCommand | null {
  const entity = entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity) return null;
  const token = text.substring(1, entity.length);
  const at = token.indexOf('@');
  const name = (at < 0 ? token : token.slice(0, at)).toLowerCase();
  const target = at < 0 ? null : token.slice(at + 1).toLowerCase();
  const forUs = target === null || target === botUsername.toLowerCase();
  return { name, args: text.substring(entity.length).trim(), forUs, addressed: target !== null && forUs };
}

/** Maps Telegram-only commands onto the core's /ats. */
function toCoreCommand(parsed: ParsedCommand): { name: string; args: string } {
  const alias = (COMMAND_ALIASES as Record<string, string | null>)[parsed.name];
  if (alias === undefined || alias === null) return { name: parsed.name, args: parsed.args };
  return { name: 'ats', args: alias };
}

function attachmentsOf(message: Message, fetchFile: FileFetcher): InboundAttachment[] {
  const doc = message.document;
  if (doc) {
    const size = doc.file_size ?? null;
    return [{
      name: doc.file_name ?? 'document',
      mimeType: doc.mime_type ?? null,
      size,
      fetch: () => fetchFile(doc.file_id, size),
    }];
  }
  // A photo of a resume: the core answers that it needs the file itself.
  const photo = message.photo?.[message.photo.length - 1];
  if (photo) {
    const size = photo.file_size ?? null;
    return [{ name: 'photo.jpg', mimeType: 'image/jpeg', size, fetch: () => fetchFile(photo.file_id, size) }];
  }
  return [];
}

/**
 * The event for a message, or null when the bot should stay quiet: messages from bots, commands
 * for other bots, and in groups anything that is not one of our commands.
 */
export function messageToEvent(message: Message, botUsername: string, fetchFile: FileFetcher): InboundEvent | null {
  const from = message.from;
  if (!from || from.is_bot) return null;
  const isDM = message.chat.type === 'private';
  const text = message.text ?? message.caption ?? '';
  const parsed = parseCommand(text, message.entities ?? message.caption_entities, botUsername);
  if (parsed && !parsed.forUs) return null;
  // In groups only our own commands count (/ats, or any /cmd@ThisBot), and documents, which the
  // core reads only in a review group (it answers nothing elsewhere).
  const groupDrop = !isDM && !parsed && message.document !== undefined;
  if (!isDM && !groupDrop && (!parsed || !(parsed.name in COMMAND_ALIASES || parsed.addressed))) return null;
  const command = parsed ? toCoreCommand(parsed) : undefined;
  return {
    platform: 'telegram',
    conversationId: String(message.chat.id),
    userId: String(from.id),
    isDM,
    text: command ? command.args : text,
    ...(command ? { command } : {}),
    attachments: attachmentsOf(message, fetchFile),
  };
}

/** A tap on one of our inline buttons, as the /ats command it stands for. */
export function callbackToEvent(query: CallbackQuery, command: { name: string; args: string }): InboundEvent | null {
  const chat = query.message?.chat;
  if (!chat) return null;
  return {
    platform: 'telegram',
    conversationId: String(chat.id),
    userId: String(query.from.id),
    isDM: chat.type === 'private',
    text: command.args,
    command,
    attachments: [],
  };
}

/**
 * Sends rendered replies where they belong. In a group, 'private' replies go to the person's own
 * chat and the group only gets a short notice ("sent you a DM"), or, when Telegram refuses the DM
 * (the person never started the bot), a deep link to start it.
 */
import type { Api } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { Reply } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';
import { cannotDirectMessage, errorFields, isParseError } from './errors.js';
import { escapeHtml, type TelegramMessage } from './render.js';
import { sendScorecardPhoto } from './photo.js';

export interface DeliveryTarget {
  chatId: number;
  isDM: boolean;
  user: { id: number; first_name: string };
  /** The message that asked; group answers reply to it. */
  replyTo?: number;
  /** The "Analysing…" message in this chat, edited into the first message of the answer. */
  placeholderId?: number;
}

export interface DeliveryOptions {
  botUsername: string;
  log: Logger;
  /** Renders one reply; `last` marks the last reply of the answer (where the role picker goes). */
  render: (reply: Reply, last: boolean) => TelegramMessage[];
}

export function deepLink(botUsername: string): string {
  return `https://t.me/${botUsername}?start=ats`;
}

const NO_PREVIEW = { is_disabled: true } as const;

/** One message: edits `editMessageId` when given (falls back to sending), resends as plain text if our HTML is refused. */
export async function sendMessage(
  api: Api,
  chatId: number,
  message: TelegramMessage,
  options: { editMessageId?: number; replyTo?: number; log?: Logger } = {},
): Promise<void> {
  const markup = message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard } } : {};
  if (options.editMessageId !== undefined) {
    try {
      await api.editMessageText(chatId, options.editMessageId, message.html, { parse_mode: 'HTML', link_preview_options: NO_PREVIEW, ...markup });
      return;
    } catch (error) {
      options.log?.warn({ chatId, ...errorFields(error) }, 'telegram: edit failed, sending instead');
    }
  }
  const reply = options.replyTo !== undefined ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {};
  try {
    await api.sendMessage(chatId, message.html, { parse_mode: 'HTML', link_preview_options: NO_PREVIEW, ...markup, ...reply });
  } catch (error) {
    if (!isParseError(error)) throw error;
    options.log?.error({ chatId, ...errorFields(error) }, 'telegram: HTML refused, sending plain text');
    await api.sendMessage(chatId, htmlToPlain(message.html), { link_preview_options: NO_PREVIEW, ...markup, ...reply });
  }
}

export function htmlToPlain(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function mention(user: { id: number; first_name: string }): string {
  return `<a href="tg://user?id=${user.id}">${escapeHtml(user.first_name)}</a>`;
}

export async function deliverReplies(api: Api, replies: Reply[], target: DeliveryTarget, options: DeliveryOptions): Promise<void> {
  const { log } = options;
  let placeholder = target.placeholderId;
  let dm: 'none' | 'sent' | 'refused' | 'failed' = 'none';
  const acks: Reply[] = [];

  for (const [index, reply] of replies.entries()) {
    const messages = options.render(reply, index === replies.length - 1);
    if (!target.isDM && reply.kind === 'ack') {
      acks.push(reply); // "sent you your results privately": only true once the DM went through
      continue;
    }
    if (!target.isDM && reply.audience === 'private') {
      if (dm === 'refused') continue;
      try {
        for (const message of messages) await sendMessage(api, target.user.id, message, { log });
        if (dm === 'none') dm = 'sent';
        if (reply.image) await sendScorecardPhoto(api, target.user.id, reply.image, log);
      } catch (error) {
        dm = cannotDirectMessage(error) ? 'refused' : 'failed';
        log.warn({ chatId: target.chatId, userId: target.user.id, ...errorFields(error) }, 'telegram: private reply not delivered');
      }
      continue;
    }
    let delivered = true;
    for (const message of messages) {
      try {
        await sendMessage(api, target.chatId, message, {
          log,
          ...(placeholder !== undefined ? { editMessageId: placeholder } : {}),
          ...(!target.isDM && target.replyTo !== undefined ? { replyTo: target.replyTo } : {}),
        });
        placeholder = undefined;
      } catch (error) {
        log.warn({ chatId: target.chatId, ...errorFields(error) }, 'telegram: reply not delivered');
        delivered = false;
        break;
      }
    }
    // Only 'private' replies carry a card in a group, and those went to the DM above.
    if (reply.image && delivered) await sendScorecardPhoto(api, target.chatId, reply.image, log);
  }
  if (target.isDM || dm === 'none') return;
  await groupNotice(api, target, dm, acks, options);
}

async function groupNotice(api: Api, target: DeliveryTarget, dm: 'sent' | 'refused' | 'failed', acks: Reply[], options: DeliveryOptions): Promise<void> {
  let message: TelegramMessage;
  if (dm === 'sent') {
    const ack = acks[0]?.title ?? 'I answered you in a private chat.';
    message = { html: `📬 ${mention(target.user)}: ${escapeHtml(ack)}` };
  } else if (dm === 'refused') {
    const link = deepLink(options.botUsername);
    const keyboard: InlineKeyboardButton[][] = [[{ text: 'Open a chat with me', url: link }]];
    message = {
      html: `${mention(target.user)}, I can't message you until you start a chat with me: open ${escapeHtml(link)}, press Start, then send it again. Your results stay private.`,
      keyboard,
    };
  } else {
    message = { html: `${mention(target.user)}, I couldn't send you a direct message just now. Please try again in a moment.` };
  }
  try {
    await sendMessage(api, target.chatId, message, { log: options.log, ...(target.replyTo !== undefined ? { replyTo: target.replyTo } : {}) });
  } catch (error) {
    options.log.warn({ chatId: target.chatId, ...errorFields(error) }, 'telegram: group notice not delivered');
  }
}

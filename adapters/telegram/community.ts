/**
 * Community hooks for group chats: who is an admin (getChatMember, asked on every admin command)
 * and hiding a resume dropped in a review group (deleteMessage, which Telegram allows only when
 * the bot is an administrator with the right to delete messages, for messages under 48 hours old).
 */
import { GrammyError, type Api } from 'grammy';
import type { InboundEvent } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';
import { errorFields } from './errors.js';

/** Telegram's statuses for the people who run a group. */
const ADMIN_STATUSES = new Set(['creator', 'administrator']);

export function groupHooks(
  api: Api,
  where: { chatId: number; userId: number; messageId?: number },
  log: Logger,
): Pick<InboundEvent, 'communityId' | 'isAdmin' | 'hideMessage'> {
  const { chatId, userId, messageId } = where;
  return {
    communityId: String(chatId),
    isAdmin: async () => ADMIN_STATUSES.has((await api.getChatMember(chatId, userId)).status),
    ...(messageId !== undefined ? {
      hideMessage: async () => {
        try {
          return await api.deleteMessage(chatId, messageId);
        } catch (error) {
          // 400 "message can't be deleted": the bot is not an admin with that right; the member is reminded instead.
          if (error instanceof GrammyError && error.error_code === 400) {
            log.info({ chatId, ...errorFields(error) }, 'telegram: cannot delete a dropped file');
            return false;
          }
          throw error;
        }
      },
    } : {}),
  };
}

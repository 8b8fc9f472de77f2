/**
 * The scorecard as a Telegram photo with a short caption. Captions are capped at 1024 characters
 * (Bot API sendPhoto), so the caption is the card's one-line summary, never the report text.
 */
import { InputFile, type Api } from 'grammy';
import type { ReplyImage } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';
import { errorFields } from './errors.js';

export const TELEGRAM_CAPTION_MAX_CHARS = 1024;

export function photoCaption(image: ReplyImage): string {
  const chars = [...image.alt];
  return chars.length <= TELEGRAM_CAPTION_MAX_CHARS ? image.alt : `${chars.slice(0, TELEGRAM_CAPTION_MAX_CHARS - 1).join('')}…`;
}

/** Sends the card; a refused photo is logged and skipped: the report text has already gone out. */
export async function sendScorecardPhoto(api: Api, chatId: number, image: ReplyImage, log: Logger): Promise<boolean> {
  try {
    await api.sendPhoto(chatId, new InputFile(image.png, image.name), { caption: photoCaption(image) });
    return true;
  } catch (error) {
    log.warn({ chatId, ...errorFields(error) }, 'telegram: scorecard photo not delivered');
    return false;
  }
}

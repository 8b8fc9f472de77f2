/** Telegram failures, classified in one place; log fields carry codes and ids, never message text. */
import { GrammyError, HttpError } from 'grammy';

/** The person has not started a chat with the bot (403), blocked it (403), or is unknown to it (400). */
export function cannotDirectMessage(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  return error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description));
}

/** Our HTML was rejected: resend as plain text rather than drop the message. */
export function isParseError(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && /can't parse entities/i.test(error.description);
}

export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) {
    return { method: error.method, code: error.error_code, description: error.description };
  }
  if (error instanceof HttpError) return { error: 'HttpError', message: error.message };
  // Other messages may quote input (a parser's complaint about a line): the name is enough.
  if (error instanceof Error) return { error: error.name };
  return { error: typeof error };
}

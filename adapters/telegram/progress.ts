/** "Analysing…": the typing action (renewed, since it fades after ~5 s) and, in a DM, a placeholder message. */
import type { Api } from 'grammy';
import type { Logger } from '../../src/logger.js';
import { errorFields } from './errors.js';

const TYPING_RENEW_MS = 4_500;
export const PLACEHOLDER_TEXT = '⏳ Analysing…';

export class Progress {
  /** The placeholder's message id, for the first chunk of the answer to be edited into. */
  placeholderId: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly api: Api,
    private readonly chatId: number,
    private readonly withPlaceholder: boolean,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    if (this.stopped || this.timer) return;
    this.timer = setInterval(() => void this.typing(), TYPING_RENEW_MS);
    this.timer.unref();
    await this.typing();
    if (!this.withPlaceholder || this.stopped) return;
    try {
      const message = await this.api.sendMessage(this.chatId, PLACEHOLDER_TEXT);
      this.placeholderId = message.message_id;
    } catch (error) {
      this.log.warn({ chatId: this.chatId, ...errorFields(error) }, 'telegram: placeholder not sent');
    }
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async typing(): Promise<void> {
    try {
      await this.api.sendChatAction(this.chatId, 'typing');
    } catch (error) {
      this.log.debug({ chatId: this.chatId, ...errorFields(error) }, 'telegram: typing action failed');
    }
  }
}

/** Telegram adapter (grammY): the public entry used by main.ts. */
export { telegramConfigFromEnv, DEFAULT_WEBHOOK_PORT } from './config.js';
export type { TelegramConfig, TelegramWebhookConfig } from './config.js';
export { createTelegramAdapter, BOT_COMMANDS } from './adapter.js';
export type { TelegramAdapter } from './adapter.js';

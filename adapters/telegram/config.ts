/** Telegram settings from the environment, validated once at start with one-line errors. */

export interface TelegramWebhookConfig {
  /** Public URL Telegram posts updates to (registered with setWebhook at start). */
  url: string;
  /** Checked against X-Telegram-Bot-Api-Secret-Token on every request (wrong -> 401). */
  secret: string;
  /** Local port of the HTTP server (PORT); 0 picks a free one (tests). */
  port: number;
  /** Local interface to bind; all interfaces when unset. */
  host?: string;
  /** Path the server accepts updates on: the path of `url`. */
  path: string;
}

export interface TelegramConfig {
  token: string;
  /** Bot API root without a trailing slash; default https://api.telegram.org (tests point it at a fake). */
  apiRoot?: string;
  /** null: long polling. */
  webhook: TelegramWebhookConfig | null;
  /** Seconds a getUpdates long poll waits for updates (default 30). */
  pollTimeoutSeconds?: number;
  /** Flood control (429) and transient failures: see @grammyjs/auto-retry. */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
  /**
   * Long polling answered 409 (another consumer with this token, e.g. the old instance during a
   * rolling deploy): retried this many times with doubling waits from `firstDelayMs`, then fatal.
   */
  conflictRetry?: { attempts: number; firstDelayMs: number };
}

export const DEFAULT_WEBHOOK_PORT = 8080;

const TOKEN_PATTERN = /^\d+:[A-Za-z0-9_-]+$/;
/** Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and - in a webhook secret token. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

/** null when TELEGRAM_BOT_TOKEN is unset or empty; throws a one-line Error naming the variable when malformed. */
export function telegramConfigFromEnv(env: NodeJS.ProcessEnv): TelegramConfig | null {
  const token = env.TELEGRAM_BOT_TOKEN?.trim();
  if (!token) return null;
  if (!TOKEN_PATTERN.test(token)) {
    throw new Error('TELEGRAM_BOT_TOKEN is malformed: expected the "123456789:AA..." token BotFather gave you');
  }
  const config: TelegramConfig = { token, webhook: null };

  const apiRoot = env.TELEGRAM_API_ROOT?.trim();
  if (apiRoot) config.apiRoot = httpUrl('TELEGRAM_API_ROOT', apiRoot).replace(/\/+$/, '');

  const webhookUrl = env.TELEGRAM_WEBHOOK_URL?.trim();
  if (webhookUrl) {
    const url = new URL(httpUrl('TELEGRAM_WEBHOOK_URL', webhookUrl));
    const secret = env.TELEGRAM_WEBHOOK_SECRET?.trim();
    if (!secret) {
      throw new Error('TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set (1-256 characters: A-Z a-z 0-9 _ -)');
    }
    if (!SECRET_PATTERN.test(secret)) {
      throw new Error('TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - (Telegram rejects others)');
    }
    config.webhook = { url: url.href, secret, port: port(env.PORT), host: env.HOST?.trim() || '0.0.0.0', path: url.pathname || '/' };
  }
  return config;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an http(s) URL, got "${value.slice(0, 80)}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must be an http(s) URL, got protocol "${url.protocol}"`);
  }
  return value;
}

function port(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return DEFAULT_WEBHOOK_PORT;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, got "${text.slice(0, 20)}"`);
  return n;
}

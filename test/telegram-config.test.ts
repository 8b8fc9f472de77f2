import { describe, expect, it } from 'vitest';
import { telegramConfigFromEnv } from '../adapters/telegram/index.js';

const TOKEN = '123456789:AAH-abc_DEF';

describe('telegramConfigFromEnv', () => {
  it('is null without a token (unset or empty)', () => {
    expect(telegramConfigFromEnv({})).toBeNull();
    expect(telegramConfigFromEnv({ TELEGRAM_BOT_TOKEN: '  ' })).toBeNull();
  });

  it('defaults to long polling', () => {
    expect(telegramConfigFromEnv({ TELEGRAM_BOT_TOKEN: TOKEN })).toEqual({ token: TOKEN, webhook: null });
  });

  it('reads webhook mode, the port and the path', () => {
    const config = telegramConfigFromEnv({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: 's3cret_-X',
      PORT: '3001',
    });
    expect(config?.webhook).toEqual({ url: 'https://bot.example.org/telegram/hook', secret: 's3cret_-X', port: 3001, host: '0.0.0.0', path: '/telegram/hook' });
    expect(telegramConfigFromEnv({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.org/h', TELEGRAM_WEBHOOK_SECRET: 's', HOST: '127.0.0.1' })?.webhook?.host).toBe('127.0.0.1');
  });

  it('defaults PORT to 8080 in webhook mode', () => {
    const config = telegramConfigFromEnv({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.example/', TELEGRAM_WEBHOOK_SECRET: 'abc' });
    expect(config?.webhook?.port).toBe(8080);
  });

  it('strips a trailing slash from TELEGRAM_API_ROOT (grammY refuses one)', () => {
    expect(telegramConfigFromEnv({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9000/' })?.apiRoot).toBe('http://127.0.0.1:9000');
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.example/hook', TELEGRAM_WEBHOOK_SECRET: 'has space' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'ftp://x.example/hook', TELEGRAM_WEBHOOK_SECRET: 'abc' }, 'TELEGRAM_WEBHOOK_URL'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'bot.example.org', TELEGRAM_WEBHOOK_SECRET: 'abc' }, 'TELEGRAM_WEBHOOK_URL'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://x.example/', TELEGRAM_WEBHOOK_SECRET: 'abc', PORT: 'eighty' }, 'PORT'],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'localhost:9000' }, 'TELEGRAM_API_ROOT'],
  ])('throws one line naming the variable: %j', (env, variable) => {
    let message = '';
    try {
      telegramConfigFromEnv(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(variable);
    expect(message).not.toContain('\n');
  });
});

/** Discord settings read from the environment; one clear line naming the variable on a bad value. */
import { ConfigError } from '../../src/config.js';

export interface DiscordConfig {
  /** Bot token (Developer Portal -> Bot -> Reset Token). */
  token: string;
  /** Application id (a snowflake), used for command registration and interaction webhooks. */
  applicationId: string;
  /** Register commands to this guild only (instant, for testing) instead of globally. */
  guildId: string | null;
  /** REST API root, e.g. "https://discord.com/api"; a local fake in tests. */
  apiUrl: string | null;
  /** REST retries on 5xx/network errors (discord.js default 3; 0 in tests so failures are fast). */
  restRetries: number;
  /**
   * DISCORD_MESSAGE_CONTENT: ask for the privileged Message Content intent, so a resume posted in a
   * review channel is seen without mentioning the bot (enable it in the Developer Portal first).
   */
  messageContent?: boolean;
}

const SNOWFLAKE = /^\d{17,20}$/;

function snowflake(env: NodeJS.ProcessEnv, name: string, required: boolean): string | null {
  const raw = env[name]?.trim();
  if (!raw) {
    if (required) throw new ConfigError(`${name} is required when DISCORD_TOKEN is set (the application id from the Discord Developer Portal, General Information).`);
    return null;
  }
  if (!SNOWFLAKE.test(raw)) throw new ConfigError(`${name} must be a Discord id (17-20 digits), got "${raw.slice(0, 40)}".`);
  return raw;
}

/** null when DISCORD_TOKEN is unset (the adapter stays off); throws on a missing or malformed id. */
export function discordConfigFromEnv(env: NodeJS.ProcessEnv): DiscordConfig | null {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) return null;
  const applicationId = snowflake(env, 'DISCORD_APPLICATION_ID', true) as string;
  const guildId = snowflake(env, 'DISCORD_GUILD_ID', false);
  const apiUrl = env.DISCORD_API_URL?.trim() || null;
  if (apiUrl !== null && !/^https?:\/\/[^/]/.test(apiUrl)) {
    throw new ConfigError(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got "${apiUrl.slice(0, 60)}".`);
  }
  const content = env.DISCORD_MESSAGE_CONTENT?.trim().toLowerCase() ?? '';
  if (content !== '' && !['true', 'false', '1', '0', 'on', 'off'].includes(content)) {
    throw new ConfigError(`DISCORD_MESSAGE_CONTENT must be true or false, got "${content.slice(0, 20)}".`);
  }
  return { token, applicationId, guildId, apiUrl: apiUrl?.replace(/\/+$/, '') ?? null, restRetries: 3, messageContent: ['true', '1', 'on'].includes(content) };
}

/**
 * Discord API failures -> one coded shape, in this one function. Logs get only these fields: the raw
 * error carries the request body (report text) and a URL with the interaction token.
 */
import { DiscordAPIError, DiscordjsErrorCodes, GatewayCloseCodes, HTTPError, RESTJSONErrorCodes } from 'discord.js';

export type DiscordFailure =
  | 'missing-permissions'
  | 'dms-closed'
  | 'unknown-interaction'
  | 'rate-limited'
  | 'api-error'
  | 'network'
  | 'internal';

export interface ClassifiedError {
  failure: DiscordFailure;
  /** Discord's JSON error code (50013, 50007, …) when the API sent one. */
  discordCode: number | null;
  status: number | null;
}

export function classifyDiscordError(err: unknown): ClassifiedError {
  if (err instanceof DiscordAPIError) {
    const discordCode = typeof err.code === 'number' ? err.code : null;
    const failure: DiscordFailure =
      discordCode === RESTJSONErrorCodes.MissingPermissions || discordCode === RESTJSONErrorCodes.MissingAccess
        ? 'missing-permissions'
        : discordCode === RESTJSONErrorCodes.CannotSendMessagesToThisUser || discordCode === RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds
          ? 'dms-closed'
          : discordCode === RESTJSONErrorCodes.UnknownInteraction
            ? 'unknown-interaction'
            : err.status === 429
              ? 'rate-limited'
              : 'api-error';
    return { failure, discordCode, status: err.status };
  }
  if (err instanceof HTTPError) return { failure: err.status === 429 ? 'rate-limited' : 'network', discordCode: null, status: err.status };
  const name = err instanceof Error ? err.name : '';
  if (name === 'AbortError' || name === 'TimeoutError' || name === 'ConnectTimeoutError') return { failure: 'network', discordCode: null, status: null };
  return { failure: 'internal', discordCode: null, status: null };
}

/** What the person can do about it, when there is something; null when nobody can be told. */
export function userMessageFor(failure: DiscordFailure, where: 'server' | 'dm'): string | null {
  switch (failure) {
    case 'missing-permissions':
      return where === 'server'
        ? "I couldn't post the answer here: I'm missing a permission in this channel (Send Messages or Embed Links). Ask a server admin to allow it, or run /ats in a DM with me."
        : "I couldn't post the answer in this conversation. Try /ats in a DM with me.";
    case 'dms-closed':
      return "I can't send you direct messages. Allow DMs from this server's members (Server menu -> Privacy Settings -> Direct Messages) or open a DM with me, then try again.";
    case 'rate-limited':
      return 'Discord is rate-limiting me right now. Please try again in a minute.';
    case 'api-error':
    case 'network':
    case 'internal':
      return 'Something went wrong while sending the answer. Please try again.';
    case 'unknown-interaction':
      return null;
  }
}

/** Why the gateway will not reconnect, as one line a person can act on. */
export function gatewayCloseMessage(code: number): string {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return 'Discord rejected DISCORD_TOKEN (gateway close 4004): reset the bot token in the Developer Portal (Bot -> Reset Token) and update it.';
    case GatewayCloseCodes.DisallowedIntents:
      return 'Discord refused the requested gateway intents (gateway close 4014): the bot asks for no privileged intent unless DISCORD_MESSAGE_CONTENT is on (then enable Message Content in the Developer Portal, Bot -> Privileged Gateway Intents, or turn the variable off).';
    default:
      return `Discord closed the gateway connection with code ${code} and it will not reconnect.`;
  }
}

/** What @discordjs/ws rejects login with for the unrecoverable gateway closes (plain Errors). */
const CLOSE_BY_MESSAGE: Record<string, number> = {
  'Authentication failed': GatewayCloseCodes.AuthenticationFailed,
  'Used disallowed intents': GatewayCloseCodes.DisallowedIntents,
};

/** start() failures as one actionable line: a rejected token or intent is named; anything else passes through. */
export function startupError(err: unknown, closeCode: number | null): Error {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === DiscordjsErrorCodes.TokenInvalid || (err instanceof DiscordAPIError && err.status === 401)) {
    return new Error('Discord rejected DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot -> Reset Token).');
  }
  const close = closeCode ?? (err instanceof Error ? CLOSE_BY_MESSAGE[err.message] : undefined);
  if (close !== undefined) return new Error(gatewayCloseMessage(close));
  return err instanceof Error ? err : new Error(String(err));
}

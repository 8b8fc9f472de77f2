/**
 * Slack settings from the environment. Socket Mode when SLACK_APP_TOKEN is set (no public URL
 * needed); otherwise HTTP mode, where Slack POSTs signed requests to PORT.
 */

export interface SlackConfig {
  mode: 'http' | 'socket';
  /** xoxb-… bot token: Web API calls and file downloads. */
  botToken: string;
  /** HTTP mode: verifies every request's x-slack-signature. */
  signingSecret?: string;
  /** Socket Mode: xapp-… app-level token with connections:write. */
  appToken?: string;
  /** HTTP mode: where the receiver listens (0 picks a free port). */
  port: number;
  host?: string;
  /** Web API base URL ending in "/" (SLACK_API_URL; tests point it at a local fake). */
  apiUrl?: string;
  /** Web API retries; undefined keeps Bolt's default, tests use 0. */
  retries?: number;
}

const DEFAULT_PORT = 3000;
/** Every interface, as a container needs; HOST=127.0.0.1 keeps it to loopback behind a local proxy. */
const DEFAULT_HOST = '0.0.0.0';

/** Null when Slack is not configured at all; throws a one-line Error naming the bad variable. */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv): SlackConfig | null {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  if (botToken === undefined && appToken === undefined) return null;

  if (botToken === undefined) {
    throw new Error('SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-…) from "OAuth & Permissions"');
  }
  if (!botToken.startsWith('xoxb-')) {
    throw new Error('SLACK_BOT_TOKEN is malformed: expected a bot token starting with xoxb-');
  }
  const apiUrl = parseApiUrl(value(env, 'SLACK_API_URL'));
  const port = parsePort(value(env, 'PORT'));
  const host = value(env, 'HOST') ?? DEFAULT_HOST;

  if (appToken !== undefined) {
    if (!appToken.startsWith('xapp-')) {
      throw new Error('SLACK_APP_TOKEN is malformed: expected an app-level token starting with xapp- (scope connections:write)');
    }
    return { mode: 'socket', botToken, appToken, port, host, ...(apiUrl ? { apiUrl } : {}) };
  }

  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  if (signingSecret === undefined) {
    throw new Error('SLACK_SIGNING_SECRET is missing: HTTP mode needs the signing secret from "Basic Information" (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (/\s/.test(signingSecret)) {
    throw new Error('SLACK_SIGNING_SECRET is malformed: it must not contain spaces');
  }
  return { mode: 'http', botToken, signingSecret, port, host, ...(apiUrl ? { apiUrl } : {}) };
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new Error(`PORT is malformed: expected a number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseApiUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SLACK_API_URL is malformed: expected an http(s) URL such as https://slack.com/api/, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SLACK_API_URL is malformed: expected an http(s) URL, got "${raw}"`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

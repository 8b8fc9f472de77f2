/**
 * Builds the Bolt App for a SlackConfig: HTTP receiver (signature-verified) or Socket Mode, one
 * Web API base URL and retry policy for every client Bolt creates.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { safeSdkText } from '../shared/sdk-log.js';
import type { SlackConfig } from './config.js';

export function createBoltApp(config: SlackConfig, logger: Logger): App {
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...(config.retries !== undefined ? { retryConfig: { retries: config.retries } } : {}),
  };
  const common = {
    token: config.botToken,
    logger: boltLogger(logger),
    clientOptions,
    // auth.test runs in start(), so a bad token fails there with a clear message.
    deferInitialization: true,
  };
  if (config.mode === 'socket') {
    return new App({
      ...common,
      socketMode: true,
      appToken: config.appToken,
      // SocketModeReceiver hands only installerOptions.clientOptions to its client (apps.connections.open).
      installerOptions: { clientOptions },
    });
  }
  const app = new App({ ...common, signingSecret: config.signingSecret, port: config.port });
  rejectFutureTimestamps(app);
  return app;
}

/** Slack signs with the current time; more than this ahead of our clock is a forged or stored request. */
export const MAX_FUTURE_SKEW_SEC = 5 * 60;

/**
 * Bolt refuses signed requests older than 5 minutes but accepts any future timestamp, so a request
 * signed for tomorrow could be replayed all day. The HTTP receiver reads its `requestListener`
 * property per request (Bolt has no hook before verification): wrap it to refuse those first.
 */
function rejectFutureTimestamps(app: App): void {
  const receiver = (app as unknown as { receiver?: { requestListener?: (req: IncomingMessage, res: ServerResponse) => void } }).receiver;
  const inner = receiver?.requestListener;
  if (!receiver || !inner) return;
  receiver.requestListener = (req, res) => {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(ts) && ts > Date.now() / 1000 + MAX_FUTURE_SKEW_SEC) {
      res.writeHead(401).end();
      return;
    }
    inner(req, res);
  };
}

/**
 * Bolt's logger interface on top of pino; Bolt's chatty info lines go to debug. Every line passes
 * through safeSdkText: at debug Bolt and the WebClient would otherwise log message bodies.
 */
function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-bolt' });
  let level = LogLevel.INFO;
  const text = safeSdkText;
  return {
    debug: (...msg) => log.debug(text(msg)),
    info: (...msg) => log.debug(text(msg)),
    warn: (...msg) => log.warn(text(msg)),
    error: (...msg) => log.error(text(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

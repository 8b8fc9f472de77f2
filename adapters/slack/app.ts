/**
 * Builds the Bolt App for a SlackConfig: HTTP receiver (signature-verified) or Socket Mode, one
 * Web API base URL and retry policy for every client Bolt creates.
 */
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
  return new App({ ...common, signingSecret: config.signingSecret, port: config.port });
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

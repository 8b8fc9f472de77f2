/**
 * ATS Bot on Slack (Bolt): HTTP mode with signed requests on PORT, or Socket Mode. Translation only;
 * the core (src/bot) decides every answer.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotCore, ChatAdapter } from '../../src/bot/types.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createBoltApp } from './app.js';
import type { SlackConfig } from './config.js';
import { createBotDms } from './dm.js';
import { registerHandlers } from './handlers.js';

export { slackConfigFromEnv, type SlackConfig } from './config.js';
export { renderReply, type SlackMessage } from './render.js';
export { escapeMrkdwn } from './mrkdwn.js';

export interface SlackAdapter extends ChatAdapter {
  readonly name: 'slack';
  /** HTTP mode: the port the receiver listens on once started (useful with PORT=0). */
  readonly port: number | undefined;
}

export interface SlackAdapterDeps {
  logger?: Logger;
  /** Shown on the App Home tab. */
  botName?: string;
}

export function createSlackAdapter(bot: BotCore, config: SlackConfig, deps: SlackAdapterDeps = {}): SlackAdapter {
  const logger = (deps.logger ?? createLogger()).child({ platform: 'slack' });
  const app = createBoltApp(config, logger);
  const inFlight = new Set<Promise<unknown>>();
  let server: Server | undefined;
  let started = false;

  registerHandlers(app, {
    bot,
    logger,
    botName: deps.botName ?? 'ATS Bot',
    dms: createBotDms(logger),
    download: { botToken: config.botToken, extraHosts: config.apiUrl ? [new URL(config.apiUrl).host] : [] },
    track(work) {
      inFlight.add(work);
      void work.then(
        () => inFlight.delete(work),
        () => inFlight.delete(work),
      );
      return work;
    },
  });

  return {
    name: 'slack',
    connected: () => started,
    get port() {
      const address = server?.address();
      return address && typeof address === 'object' ? (address as AddressInfo).port : undefined;
    },
    async start() {
      if (started) return;
      try {
        await app.init();
      } catch (error) {
        throw startError('SLACK_BOT_TOKEN', 'auth.test', error);
      }
      // Loads the role registry now rather than inside the first command (and fails early if it can't).
      bot.roles();
      if (config.mode === 'http') {
        try {
          server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
        } catch (error) {
          throw new Error(`Slack could not listen on PORT ${config.port}: ${(error as Error).message}`);
        }
      } else {
        try {
          await app.start();
        } catch (error) {
          throw startError('SLACK_APP_TOKEN', 'apps.connections.open', error);
        }
      }
      started = true;
      logger.info({ mode: config.mode, ...(server ? { port: (server.address() as AddressInfo).port } : {}) }, 'slack adapter started');
    },
    async stop() {
      if (!started) return;
      started = false;
      // Stop taking events first, then let answers already being worked on go out.
      await app.stop();
      server = undefined;
      await Promise.allSettled([...inFlight]);
      logger.info('slack adapter stopped');
    },
  };
}

/** One line: Slack's error code ("invalid_auth") names the token; anything else is the network. */
function startError(variable: string, method: string, error: unknown): Error {
  const code = (error as { data?: { error?: string } }).data?.error;
  return new Error(code ? `Slack rejected ${variable} (${method}: ${code})` : `Could not reach Slack for ${method}: ${(error as Error).message}`);
}

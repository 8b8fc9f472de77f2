/**
 * `npm start`: every chat adapter whose credentials are set, or the console adapter when none is.
 * Platform adapters are imported only when configured, so an unconfigured SDK is never loaded.
 */
import dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { createStore } from './store/index.js';
import { createBot } from './bot/index.js';
import { createPoolRunner } from './bot/analysis-runner.js';
import type { BotCore, ChatAdapter } from './bot/types.js';
import { platformEnvProblem, wantedPlatforms, PLATFORM_ENV, type PlatformName } from './platform-env.js';

/** Extra time the pool gives a task beyond the documents layer's own limit, whose message is friendlier. */
const TASK_GRACE_MS = 2_000;
/** Waiting longer than this for in-flight work at shutdown is giving up. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

/** `onFatal`: the adapter's transport is gone for good (revoked token, lasting conflict). */
type AdapterFactory = (bot: BotCore, logger: Logger, onFatal: (error: Error) => void) => Promise<ChatAdapter | null>;

/** One entry per platform: read its config (null = not configured; throws = misconfigured), then build. */
const PLATFORMS: Record<PlatformName, AdapterFactory> = {
  async telegram(bot, logger, onFatal) {
    const m = await import('../adapters/telegram/index.js');
    const config = m.telegramConfigFromEnv(process.env);
    return config ? m.createTelegramAdapter(bot, config, { logger, onFatal }) : null;
  },
  async slack(bot, logger) {
    const m = await import('../adapters/slack/index.js');
    const config = m.slackConfigFromEnv(process.env);
    return config ? m.createSlackAdapter(bot, config, { logger }) : null;
  },
  async discord(bot, logger, onFatal) {
    const m = await import('../adapters/discord/index.js');
    const config = m.discordConfigFromEnv(process.env);
    return config ? m.createDiscordAdapter(bot, config, { logger, onFatal }) : null;
  },
};

function fail(message: string): never {
  process.stderr.write(`ats-bot: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const problem = platformEnvProblem(process.env);
  if (problem) fail(problem);
  const logger = createLogger(config.logLevel);
  // A platform's module is only loaded when one of its variables is set.
  const wanted = wantedPlatforms(process.env);

  let store;
  try {
    store = await createStore(config.storeUrl, { onError: (error) => logger.error({ code: 'store-error', errorName: (error as Error)?.name, errorCode: (error as { code?: unknown })?.code }, 'store error') });
  } catch (error) {
    fail(`Invalid STORE_URL: ${(error as Error).message}`);
  }
  const runner = createPoolRunner({ threads: config.workers, timeoutMs: config.limits.timeoutMs + TASK_GRACE_MS });
  // prom-client is loaded only when the ops endpoints are wanted.
  const ops = config.opsPort === undefined ? null : await import('./ops/index.js');
  let queue = () => ({ queued: 0, running: 0 });
  const metrics = ops?.createMetrics(() => queue());
  const links = config.links ? await import('./links/index.js') : null;
  const bot = createBot({
    store, ttlMs: config.ttlMs, rateLimit: config.rateLimit, runner, logger, limits: config.limits, maxQueued: config.queueMax, scorecard: config.scorecard,
    ...(metrics ? { metrics } : {}),
    ...(links && config.links ? { linkReader: links.createLinkReader({ logger, readPage: (html, now) => runner.readPage(html, now) }), linkRateLimit: config.links.rateLimit } : {}),
    ...(config.communityHashKey ? { communityHashKey: config.communityHashKey } : {}),
  });
  queue = () => bot.queue();

  let shutdown: (reason: string, code?: number) => Promise<void> = async (_reason, code = 1) => { process.exit(code); };
  const onFatal = (error: Error) => {
    process.stderr.write(`ats-bot: ${error.message}\n`);
    void shutdown('fatal-transport-error', 1);
  };
  const adapters: ChatAdapter[] = [];
  for (const platform of wanted) {
    let adapter: ChatAdapter | null;
    try {
      adapter = await PLATFORMS[platform](bot, logger, onFatal);
    } catch (error) {
      await bot.close();
      fail((error as Error).message);
    }
    if (!adapter) {
      await bot.close();
      fail(`${PLATFORM_ENV[platform].required} is missing: ${platform} variables are set without it`);
    }
    adapters.push(adapter);
  }

  let consoleDone: Promise<void> | null = null;
  if (adapters.length === 0) {
    const { createConsoleAdapter } = await import('../adapters/console/index.js');
    const adapter = createConsoleAdapter(bot, { input: process.stdin, output: process.stdout });
    consoleDone = adapter.closed;
    adapters.push(adapter);
  }

  let opsServer: { port: number; close(): Promise<void> } | undefined;
  if (ops && metrics && config.opsPort !== undefined) {
    try {
      opsServer = await ops.startOpsServer({
        port: config.opsPort, host: config.host, registry: metrics.registry,
        checks: [
          { name: 'store', check: async () => { await bot.ping(); return true; } },
          ...adapters.map((a) => ({ name: a.name, check: () => (a.connected ? a.connected() : true) })),
        ],
      });
      logger.info({ port: opsServer.port, host: config.host }, 'ops endpoints listening');
    } catch (error) {
      await bot.close();
      fail(`could not listen on OPS_PORT ${config.opsPort}: ${(error as Error).message}`);
    }
  }

  let stopping: Promise<void> | null = null;
  shutdown = (reason: string, code = 0) => {
    if (stopping) return stopping;
    logger.info({ reason }, 'shutting down');
    stopping = (async () => {
      const force = setTimeout(() => { logger.error({ code: 'shutdown-timeout' }, 'shutdown timed out'); process.exit(1); }, SHUTDOWN_TIMEOUT_MS);
      force.unref();
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await opsServer?.close();
      await bot.close(); // waits for in-flight work, then closes the pool and the store
      clearTimeout(force);
      process.exit(code);
    })();
    return stopping;
  };
  process.on('SIGINT', () => { if (stopping) process.exit(130); void shutdown('SIGINT'); });
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  for (const adapter of adapters) {
    try {
      await adapter.start();
      logger.info({ adapter: adapter.name }, 'adapter started');
    } catch (error) {
      logger.error({ adapter: adapter.name, errorName: (error as Error)?.name }, 'adapter failed to start');
      process.stderr.write(`ats-bot: ${adapter.name} adapter failed to start: ${(error as Error).message}\n`);
      await shutdown('start-failed', 1);
    }
  }
  if (consoleDone) {
    await consoleDone;
    await shutdown('console closed');
  }
}

main().catch((error: unknown) => {
  fail(`unexpected error at start: ${(error as Error)?.message ?? String(error)}`);
});

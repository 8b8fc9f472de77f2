/**
 * The grammY wiring: transport (long polling with @grammyjs/runner, or a webhook server), per-chat
 * ordering, flood control, and the two handlers (messages, inline-button taps) that translate,
 * call the core and deliver. Nothing here computes an answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, Bot, Context, GrammyError, webhookCallback } from 'grammy';
import type { CallbackQuery, Message, User } from 'grammy/types';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { autoRetry } from '@grammyjs/auto-retry';
import { hydrateFiles, type FileApiFlavor } from '@grammyjs/files';
import type { BotCore, ChatAdapter, InboundEvent, Reply } from '../../src/bot/types.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { TelegramConfig } from './config.js';
import { deliverReplies, type DeliveryTarget } from './deliver.js';
import { createFileFetcher } from './download.js';
import { groupHooks } from './community.js';
import { errorFields } from './errors.js';
import { callbackToEvent, messageToEvent } from './events.js';
import { choiceButton, commandFromCallbackData, roleKeyboard } from './keyboard.js';
import { Progress } from './progress.js';
import { renderReply } from './render.js';

export interface TelegramAdapter extends ChatAdapter {
  /** The webhook server's port once started (useful with PORT=0), else null. */
  readonly webhookPort: number | null;
}

/** Registered with setMyCommands at start, so Telegram's "/" menu lists them. */
export const BOT_COMMANDS = [
  { command: 'ats', description: 'Check your resume: /ats <role>, /ats roles, /ats job, /ats forget' },
  { command: 'help', description: 'What ATS Bot does and how to use it' },
] as const;

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
/** Telegram waits 10 s for a webhook answer; work continues after the answer anyway. */
const WEBHOOK_ANSWER_MS = 9_000;
/** How long stop() waits for answers already being worked on. */
const STOP_GRACE_MS = 10_000;
/** 409 retries: 2, 4, 8, 16, 32 s, about a minute in all, longer than a rolling deploy's overlap. */
const DEFAULT_CONFLICT_RETRY = { attempts: 5, firstDelayMs: 2_000 } as const;
const CONFLICT_MEMORY_MS = 10 * 60_000;

export interface TelegramAdapterDeps {
  logger?: Logger;
  /**
   * Transport failures the adapter cannot recover from (token revoked, polling conflict that
   * outlasted its retries): the process should end non-zero so a supervisor restarts it.
   */
  onFatal?: (error: Error) => void;
}

type TelegramBot = Bot<Context, FileApiFlavor<Api>>;

export function createTelegramAdapter(core: BotCore, config: TelegramConfig, deps: TelegramAdapterDeps = {}): TelegramAdapter {
  const log = (deps.logger ?? createLogger()).child({ adapter: 'telegram' });
  const bot: TelegramBot = new Bot<Context, FileApiFlavor<Api>>(config.token, {
    client: config.apiRoot ? { apiRoot: config.apiRoot } : {},
  });
  bot.api.config.use(autoRetry({
    maxRetryAttempts: config.retry?.maxRetryAttempts ?? 3,
    maxDelaySeconds: config.retry?.maxDelaySeconds ?? 60,
  }));
  bot.api.config.use(hydrateFiles(bot.token, config.apiRoot ? { apiRoot: config.apiRoot } : {}));
  const fetchFile = createFileFetcher(bot.api, core.maxUploadBytes);

  // Every update runs as a tracked task: errors are logged (never thrown into grammY or the
  // process), stop() can wait for answers in progress, and webhook requests are answered at once.
  const inflight = new Set<Promise<void>>();
  bot.use(async (ctx, next) => {
    const task = next().catch((error: unknown) => {
      log.error({ updateId: ctx.update.update_id, chatId: ctx.chat?.id, ...errorFields(error) }, 'telegram: update failed');
    });
    inflight.add(task);
    void task.finally(() => inflight.delete(task));
    if (!config.webhook) await task; // with the runner, the sink bounds concurrency
  });
  // A tap is acknowledged before waiting for the chat's turn, so the button stops spinning at once.
  bot.on('callback_query:data', async (ctx, next) => {
    await answerTap(ctx.callbackQuery, ctx.callbackQuery.data);
    await next();
  });
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  bot.on('message', (ctx) => onMessage(ctx.message, ctx.me.username, ctx.update.update_id));
  bot.on('callback_query:data', (ctx) => onCallback(ctx.callbackQuery, ctx.callbackQuery.data, ctx.update.update_id));
  bot.catch((error) => log.error({ updateId: error.ctx.update.update_id, ...errorFields(error.error) }, 'telegram: handler error'));

  // update_id: Telegram resends an update until one webhook answer succeeds; another instance may get it.
  async function onMessage(message: Message, botUsername: string, updateId: number): Promise<void> {
    const event = messageToEvent(message, botUsername, fetchFile);
    if (!event || !message.from) return;
    event.eventId = String(updateId);
    if (!event.isDM) Object.assign(event, groupHooks(bot.api, { chatId: message.chat.id, userId: message.from.id, messageId: message.message_id }, log));
    await converse(event, { chatId: message.chat.id, isDM: event.isDM, user: message.from, replyTo: message.message_id });
  }

  async function answerTap(query: CallbackQuery, data: string): Promise<void> {
    const command = commandFromCallbackData(data);
    const role = command ? core.roles().find((r) => r.id === command.args) : undefined;
    try {
      await bot.api.answerCallbackQuery(query.id, role ? { text: `Role: ${role.title}` } : {});
    } catch (error) {
      log.warn({ userId: query.from.id, ...errorFields(error) }, 'telegram: answerCallbackQuery failed');
    }
  }

  async function onCallback(query: CallbackQuery, data: string, updateId: number): Promise<void> {
    const command = commandFromCallbackData(data);
    const event = command ? callbackToEvent(query, command) : null;
    const message = query.message;
    if (!event || !message) return;
    event.eventId = String(updateId);
    if (!event.isDM) Object.assign(event, groupHooks(bot.api, { chatId: message.chat.id, userId: query.from.id }, log));
    await converse(event, { chatId: message.chat.id, isDM: event.isDM, user: query.from, replyTo: message.message_id });
  }

  /**
   * Webhook updates of one chat may land on different instances: hold the chat's shared lock from
   * handling to delivery so they are answered in turn. (Polling has one consumer: sequentialize suffices.)
   */
  async function converse(event: InboundEvent, target: DeliveryTarget & { user: User }): Promise<void> {
    if (!config.webhook) return answer(event, target);
    return core.exclusive('telegram', String(target.chatId), () => answer(event, target));
  }

  async function answer(event: InboundEvent, target: DeliveryTarget & { user: User }): Promise<void> {
    const started = Date.now();
    const progress = new Progress(bot.api, target.chatId, target.isDM, log);
    let replies: Reply[];
    try {
      replies = await core.handle(event, { onProgress: () => progress.start() });
    } catch (error) {
      // The core promises not to throw; if it does, the person still gets an answer.
      log.error({ chatId: target.chatId, userId: target.user.id, ...errorFields(error) }, 'telegram: core failed');
      replies = [{ kind: 'error', audience: 'conversation', title: 'Sorry, something went wrong on my side', blocks: [], hints: [], errorCode: 'internal' }];
    } finally {
      progress.stop();
    }
    const roleIds = new Set(core.roles().map((r) => r.id));
    // A bare /ats (or /start) shows the roles as buttons, unless the core already offered choices.
    const picker = event.command?.name === 'ats' && event.command.args === '' && event.attachments.length === 0
      && !replies.some((r) => r.blocks.some((b) => b.type === 'choices'));
    await deliverReplies(bot.api, replies, { ...target, ...(progress.placeholderId !== undefined ? { placeholderId: progress.placeholderId } : {}) }, {
      botUsername: bot.botInfo.username,
      log,
      render: (reply, last) => renderReply(reply, {
        button: (option) => choiceButton(option, roleIds),
        ...(picker && last ? { extraRows: roleKeyboard(core.roles()) } : {}),
      }),
    });
    log.info({
      chatId: target.chatId, userId: target.user.id, dm: target.isDM, command: event.command?.name,
      attachments: event.attachments.length, replies: replies.map((r) => r.errorCode ?? r.kind), ms: Date.now() - started,
    }, 'telegram: answered');
  }

  let runner: RunnerHandle | undefined;
  let server: Server | undefined;

  async function startWebhook(webhook: NonNullable<TelegramConfig['webhook']>): Promise<void> {
    const callback = webhookCallback(bot, 'http', {
      secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: WEBHOOK_ANSWER_MS,
    });
    const http = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'POST' || path !== webhook.path) {
        res.writeHead(404).end();
        return;
      }
      callback(req, res).catch((error: unknown) => {
        log.warn({ ...errorFields(error) }, 'telegram: webhook request failed');
        if (!res.headersSent) res.writeHead(400).end();
      });
    });
    server = http;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(webhook.port, webhook.host, () => {
        http.off('error', reject);
        resolve();
      });
    });
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ port: (http.address() as AddressInfo).port, path: webhook.path }, 'telegram: webhook mode');
  }

  let stopping = false;
  let conflicts = 0;
  let lastConflict = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  const conflictRetry = config.conflictRetry ?? DEFAULT_CONFLICT_RETRY;

  async function startPolling(): Promise<void> {
    await bot.api.deleteWebhook();
    poll();
    log.info({}, 'telegram: long polling');
  }

  /**
   * The runner gives up on 401 and 409 (and retries everything else itself). 409 is retried here
   * with backoff, since during a deploy the old instance stops polling within seconds; 401, or a
   * conflict that outlasts the retries, is fatal: polling has stopped, and a process that looks
   * healthy while answering nobody is worse than one that exits.
   */
  function poll(): void {
    const handle = run(bot, {
      runner: { silent: true, fetch: { timeout: config.pollTimeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] } },
    });
    runner = handle;
    handle.task()?.catch((error: unknown) => {
      if (stopping) return;
      const code = error instanceof GrammyError ? error.error_code : undefined;
      if (Date.now() - lastConflict > CONFLICT_MEMORY_MS) conflicts = 0; // a new deploy, hours later, gets every retry again
      if (code === 409) lastConflict = Date.now();
      if (code === 409 && conflicts < conflictRetry.attempts) {
        const delay = conflictRetry.firstDelayMs * 2 ** conflicts++;
        log.warn({ code, attempt: conflicts, delayMs: delay }, 'telegram: another getUpdates consumer, retrying');
        retryTimer = setTimeout(() => { if (!stopping) poll(); }, delay);
        return;
      }
      log.error({ ...errorFields(error) }, 'telegram: polling stopped');
      deps.onFatal?.(new Error(code === 401
        ? 'Telegram rejected TELEGRAM_BOT_TOKEN while polling (401 Unauthorized): the token was revoked or changed'
        : code === 409
          ? `Telegram polling conflict (409) persisted after ${conflictRetry.attempts} retries: another process polls with this TELEGRAM_BOT_TOKEN (run one polling instance, or use TELEGRAM_WEBHOOK_URL)`
          : `Telegram polling stopped: ${code !== undefined ? `error ${code}` : (error as Error)?.name ?? 'unknown error'}`));
    });
  }

  return {
    name: 'telegram',
    connected: () => (runner ? runner.isRunning() : server?.listening ?? false),
    get webhookPort() {
      const address = server?.address();
      return address && typeof address === 'object' ? address.port : null;
    },
    async start() {
      await bot.init(); // getMe: the username for /ats@BotName and the deep link
      try {
        await bot.api.setMyCommands([...BOT_COMMANDS]);
      } catch (error) {
        log.warn({ ...errorFields(error) }, 'telegram: setMyCommands failed');
      }
      if (config.webhook) await startWebhook(config.webhook);
      else await startPolling();
      log.info({ bot: bot.botInfo.username }, 'telegram: started');
    },
    async stop() {
      stopping = true;
      clearTimeout(retryTimer);
      const handle = runner;
      runner = undefined;
      if (handle?.isRunning()) await handle.stop();
      const http = server;
      server = undefined;
      if (http) {
        http.closeAllConnections();
        await new Promise<void>((resolve) => http.close(() => resolve()));
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inflight]),
        new Promise<void>((resolve) => { timer = setTimeout(resolve, STOP_GRACE_MS); }),
      ]);
      clearTimeout(timer);
    },
  };
}

/**
 * Bolt listeners: every one acks at once, hands the core an InboundEvent, and renders its replies
 * (response_url for slash commands and buttons, chat.postMessage in the bot's DM, views.publish).
 */
import type { App, RespondFn, webApi } from '@slack/bolt';
import type { BotCore, InboundEvent, Reply } from '../../src/bot/types.js';
import type { Logger } from '../../src/logger.js';
import type { BotDms } from './dm.js';
import { answerChannelDrop, communityHooks } from './community.js';
import { downloadSlackFile, SlackDownloadError, type DownloadOptions } from './download.js';
import { COMMAND_NAME, commandEvent, commandFromString, directTextEvent, fileShareEvent, slashCommandEvent } from './events.js';
import { HOME_FORGET_ACTION, HOME_ROLE_ACTION, homeView } from './home.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { CHOICE_ACTION_PREFIX, renderReply } from './render.js';
import { CARD_IN_DM_HINT, scorecardOf, uploadScorecard } from './upload.js';

export interface HandlerContext {
  bot: BotCore;
  logger: Logger;
  botName: string;
  dms: BotDms;
  download: Omit<DownloadOptions, 'maxBytes'>;
  /** Registers work so stop() can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
}

type Client = webApi.WebClient;

export function registerHandlers(app: App, ctx: HandlerContext): void {
  const { bot, logger, dms } = ctx;

  app.command(`/${COMMAND_NAME}`, async ({ command, ack, respond, client }) => {
    await ack();
    const event = slashCommandEvent(command);
    // Slack does not retry slash commands, but a replayed signed request carries the same trigger_id.
    if (command.trigger_id) event.eventId = `command:${command.trigger_id}`;
    event.isDM = event.isDM && (await dms.isBotDm(client, command.user_id, command.channel_id));
    if (!event.isDM) Object.assign(event, communityHooks(client, command.team_id, command.user_id));
    await ctx.track(answerWithRespond(event, respond, client));
  });

  app.action(new RegExp(`^${CHOICE_ACTION_PREFIX}`), async ({ ack, body, action, respond, client }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const command = commandFromString(action.value ?? '');
    const channelId = body.channel?.id;
    if (!command || !channelId) return;
    const isDM = await dms.isBotDm(client, body.user.id, channelId);
    const event = commandEvent(command, { userId: body.user.id, conversationId: channelId, isDM });
    if (!isDM) Object.assign(event, communityHooks(client, body.team?.id ?? body.user.team_id, body.user.id));
    await ctx.track(answerWithRespond(event, respond, client));
  });

  app.message(async ({ message, body, client }) => {
    // Slack retries an event it thinks we missed (x-slack-retry-num) with the same event_id.
    const eventId = typeof (body as { event_id?: unknown }).event_id === 'string' ? (body as { event_id: string }).event_id : undefined;
    if ((message.channel_type === 'channel' || message.channel_type === 'group') && message.subtype === 'file_share') {
      if ((message as { bot_id?: string }).bot_id) return; // another app's upload is nobody's resume
      const teamId = (body as { team_id?: string }).team_id;
      let failure: SlackDownloadError | undefined;
      const download = async (url: string) => {
        try {
          return await downloadSlackFile(url, { ...ctx.download, maxBytes: bot.maxUploadBytes });
        } catch (error) {
          if (error instanceof SlackDownloadError) failure = error;
          throw error;
        }
      };
      await ctx.track(answerChannelDrop(client, message, { teamId, eventId }, { bot, dms, logger, download, translate: (r) => translateDownloadFailure(r, failure) }));
      return;
    }
    if (message.channel_type !== 'im') return;
    if (message.subtype === 'file_share') {
      let failure: SlackDownloadError | undefined;
      const event = fileShareEvent(message, async (url) => {
        try {
          return await downloadSlackFile(url, { ...ctx.download, maxBytes: bot.maxUploadBytes });
        } catch (error) {
          if (error instanceof SlackDownloadError) failure = error;
          throw error;
        }
      });
      if (eventId) event.eventId = eventId;
      const label = event.attachments[0]?.name ?? 'your file';
      const thread = message.thread_ts ? { thread_ts: message.thread_ts } : {};
      await ctx.track(answerInDm(client, event, `Reading ${escapeMrkdwn(label)}…`, thread, (reply) => translateDownloadFailure(reply, failure)));
      if (failure) logger.warn({ userId: event.userId, code: failure.code }, 'slack file download failed');
      return;
    }
    if (message.subtype === undefined && !message.bot_id && message.text) {
      const thread = message.thread_ts ? { thread_ts: message.thread_ts } : {};
      const event = directTextEvent(message);
      if (eventId) event.eventId = eventId;
      await ctx.track(answerInDm(client, event, 'Reading your message…', thread));
    }
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await ctx.track(publishHome(client, event.user));
  });

  app.action(HOME_FORGET_ACTION, async ({ ack, body, client }) => {
    await ack();
    await ctx.track(homeCommand(client, body.user.id, 'forget'));
  });

  app.action(HOME_ROLE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    if (action.type !== 'static_select') return;
    await ctx.track(homeCommand(client, body.user.id, action.selected_option.value));
  });

  app.error(async (error) => {
    logger.error({ code: error.code, errorName: error.name }, 'slack listener failed');
  });

  /** Slash commands and buttons: ephemeral in channels, a normal message in the bot's DM. */
  async function answerWithRespond(event: InboundEvent, respond: RespondFn, client: Client): Promise<void> {
    const replies = await bot.handle(event);
    const card = scorecardOf(replies);
    // In a channel the card goes to the DM first, so the ephemeral report can say where it is.
    const dm = card && !event.isDM ? await dms.channelFor(client, event.userId) : null;
    const inDm = card && dm ? await uploadScorecard(client, dm, card, logger) : false;
    for (const reply of replies) {
      // The public "sent privately" note is for platforms that DM; here the answer is already private.
      if (!event.isDM && reply.kind === 'ack') continue;
      const shown = inDm && reply.image ? { ...reply, hints: [CARD_IN_DM_HINT, ...reply.hints] } : reply;
      await respond({ response_type: event.isDM ? 'in_channel' : 'ephemeral', replace_original: false, ...renderReply(shown) });
    }
    if (card && event.isDM) await uploadScorecard(client, event.conversationId, card, logger);
  }

  /**
   * In the bot's DM (in the thread the person used, if any): a "Reading…" note when slow work
   * starts, then edited into the first answer.
   */
  async function answerInDm(
    client: Client,
    event: InboundEvent,
    progressText: string,
    thread: { thread_ts?: string },
    translate = (r: Reply) => r,
  ): Promise<void> {
    const channel = event.conversationId;
    let placeholder: string | undefined;
    const replies = await bot.handle(event, {
      onProgress: async () => {
        placeholder = (await client.chat.postMessage({ channel, ...thread, text: progressText })).ts;
      },
    });
    for (const [i, reply] of replies.entries()) {
      const message = renderReply(translate(reply));
      if (i === 0 && placeholder) await client.chat.update({ channel, ts: placeholder, ...message });
      else await client.chat.postMessage({ channel, ...thread, ...message });
    }
    const card = scorecardOf(replies);
    if (card) await uploadScorecard(client, channel, card, logger, thread);
  }

  /** The Home tab's buttons run the core's commands; answers go to the bot's DM, then Home refreshes. */
  async function homeCommand(client: Client, userId: string, args: string): Promise<void> {
    const channel = (await dms.channelFor(client, userId)) ?? userId;
    const replies = await bot.handle(commandEvent({ name: COMMAND_NAME, args }, { userId, conversationId: channel, isDM: true }));
    for (const reply of replies) await client.chat.postMessage({ channel, ...renderReply(reply) });
    const card = scorecardOf(replies);
    if (card) await uploadScorecard(client, channel, card, logger);
    const chosen = replies.some((r) => r.kind === 'role-chosen' || r.kind === 'report') && args !== 'forget' ? args : undefined;
    await publishHome(client, userId, chosen);
  }

  async function publishHome(client: Client, userId: string, roleId?: string): Promise<void> {
    const channel = (await dms.channelFor(client, userId)) ?? userId;
    const [job] = await bot.handle(commandEvent({ name: COMMAND_NAME, args: 'job' }, { userId, conversationId: channel, isDM: true }));
    if (!job) return;
    const stored = roleId ?? (await bot.chosenRole('slack', userId)) ?? undefined;
    const view = homeView({ botName: ctx.botName, roles: bot.roles(), job, ...(stored ? { roleId: stored } : {}) });
    await client.views.publish({ user_id: userId, view });
  }
}

/** The core only knows "download failed"; Slack's reasons (login page: missing files:read) are named here. */
function translateDownloadFailure(reply: Reply, failure: SlackDownloadError | undefined): Reply {
  if (!failure || reply.errorCode !== 'download-failed') return reply;
  const title =
    failure.code === 'login-page' ? 'Slack sent a login page instead of your file'
    : failure.code === 'too-large' ? 'That file is too large'
    : "I couldn't download that file";
  return { ...reply, title, blocks: [{ type: 'text', text: failure.message }], errorCode: `slack-${failure.code}` };
}

/**
 * Wiring: a discord.js Client on the gateway, `/ats` interactions and DM messages handed to the core,
 * replies rendered as embeds. Nothing here computes an answer.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  ChannelType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageMentionOptions,
} from 'discord.js';
import type { BotCore, ChatAdapter, Reply } from '../../src/bot/types.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { COMMAND_NAME, OPTION } from './commands.js';
import type { DiscordConfig } from './config.js';
import { classifyDiscordError, gatewayCloseMessage, startupError, userMessageFor, type ClassifiedError } from './errors.js';
import { DETAILS_BUTTON_PREFIX, renderReplies, type DiscordMessage, type RenderContext } from './render.js';
import { buttonEvent, interactionEvents, interactionIsBotDM, messageEvent } from './translate.js';
import { roleChoices } from './autocomplete.js';
import { discordUsageReply } from './usage.js';
import { attachScorecard, filesOf } from './scorecard.js';
import { answerGuildDrop, interactionCommunity } from './community.js';

/** Nothing a user pasted may ping anyone: set as the client default and on every message. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface DiscordAdapterDeps {
  logger?: Logger;
  /** How long start() waits for the gateway's READY. */
  readyTimeoutMs?: number;
  /** How long stop() lets in-flight answers finish before closing the connection. */
  stopGraceMs?: number;
  /** The gateway closed for good after start (token reset, intents revoked): end the process. */
  onFatal?: (error: Error) => void;
}

/**
 * Several events from one slash command may each answer with a report: only the last one counts, and
 * "role set, now send your resume" is dropped when the resume came along. The core's public "sent you
 * your results privately" ack is noise here: interaction replies are already ephemeral.
 */
export function combineReplies(replies: Reply[]): Reply[] {
  const lastReport = replies.map((r) => r.kind).lastIndexOf('report');
  return replies.filter((r, i) =>
    r.kind !== 'ack' && (r.kind !== 'report' || i === lastReport) && !(r.kind === 'role-chosen' && lastReport >= 0));
}

export function createDiscordAdapter(bot: BotCore, config: DiscordConfig, deps: DiscordAdapterDeps = {}): ChatAdapter {
  const log = (deps.logger ?? createLogger()).child({ adapter: 'discord' });
  const client = new Client({
    // No MessageContent: Discord delivers content and attachments of DMs with the bot without that
    // privileged intent, so the bot starts without a portal toggle (and without approval at 100 servers).
    // GuildMessages (not privileged) brings files posted in server channels, for review channels. Without
    // MessageContent Discord blanks their attachments unless the post mentions the bot (docs/community.md).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages,
      ...(config.messageContent ? [GatewayIntentBits.MessageContent] : [])],
    // Without Partials.Channel, messageCreate never fires for a DM channel that is not cached yet.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), retries: config.restRetries },
  });
  /** The core's roles, or none if they cannot be listed (rendering and autocomplete must still work). */
  const safeRoles = (): ReturnType<BotCore['roles']> => {
    try {
      return bot.roles();
    } catch (err) {
      log.error({ failure: classifyDiscordError(err).failure }, 'bot.roles() failed');
      return [];
    }
  };
  const render = (replies: Reply[]): DiscordMessage[] => {
    const context: RenderContext = { roleIds: new Set(safeRoles().map((r) => r.id)) };
    return attachScorecard(renderReplies(replies, context), replies, context);
  };

  function logFailure(msg: string, err: unknown, ids: Record<string, string | null>): ClassifiedError {
    const c = classifyDiscordError(err);
    // Ids and codes only: the raw error holds the message body and a tokenised URL.
    log.warn({ ...ids, failure: c.failure, discordCode: c.discordCode, status: c.status }, msg);
    return c;
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const choices = focused.name === OPTION.role ? roleChoices(safeRoles(), String(focused.value)) : [];
    try {
      await i.respond(choices);
    } catch (err) {
      logFailure('autocomplete response failed', err, { interactionId: i.id, userId: i.user.id });
    }
  }

  async function onCommand(i: ChatInputCommandInteraction | ButtonInteraction): Promise<void> {
    const started = Date.now();
    const isDM = interactionIsBotDM(i);
    const ids = { interactionId: i.id, userId: i.user.id, guildId: i.guildId, channelId: i.channelId };
    const ephemeral = isDM ? undefined : MessageFlags.Ephemeral;
    try {
      // Discord allows 3 s for the first response; analysis can take longer, so defer at once.
      await i.deferReply(ephemeral ? { flags: ephemeral } : {});
    } catch (err) {
      logFailure('deferReply failed', err, ids);
      return;
    }
    let replies: Reply[] = [];
    let messages: DiscordMessage[] = [];
    try {
      // One interaction may carry several events (role, job, resume): each gets its own id under the interaction's.
      const events = i.isButton() ? [buttonEvent(i)] : interactionEvents(i, bot.maxUploadBytes);
      const community = interactionCommunity(i);
      for (const [n, event] of events.entries()) {
        replies.push(...(await bot.handle({ ...event, ...community, eventId: `${i.id}:${n}` })));
      }
      replies = combineReplies(replies);
      if (replies.some((r) => r.kind === 'help')) replies.push(discordUsageReply());
      messages = render(replies);
    } catch (err) {
      // The core is not supposed to throw; if anything does, the person still gets an answer.
      log.error({ ...ids, failure: classifyDiscordError(err).failure }, 'could not build an answer to an interaction');
      messages = [];
    }
    try {
      const [first, ...rest] = messages;
      if (!first) {
        await i.editReply({ content: userMessageFor('internal', 'dm') ?? '', allowedMentions: NO_MENTIONS });
      } else {
        await i.editReply({ embeds: first.embeds, allowedMentions: NO_MENTIONS, ...(first.components ? { components: first.components } : {}), ...filesOf(first) });
        for (const m of rest) await i.followUp({ embeds: m.embeds, allowedMentions: NO_MENTIONS, ...(m.components ? { components: m.components } : {}), ...(ephemeral ? { flags: ephemeral } : {}), ...filesOf(m) });
      }
      log.info({ ...ids, kinds: replies.map((r) => r.kind), messages: messages.length, ms: Date.now() - started }, 'interaction answered');
    } catch (err) {
      const c = logFailure('interaction reply failed', err, ids);
      const text = userMessageFor(c.failure, isDM ? 'dm' : 'server');
      if (text) {
        await i
          .followUp({ content: text, allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: ephemeral } : {}) })
          .catch((e: unknown) => logFailure('could not tell the user either', e, ids));
      }
    }
  }

  async function onMessage(m: Message): Promise<void> {
    // The bot's DMs, and files posted in server channels (answered only in review channels); bots are ignored.
    if (m.author.bot) return;
    if (m.inGuild()) {
      if (m.attachments.size > 0) await answerGuildDrop(m, { bot, log, render });
      return;
    }
    if (m.channel.type !== ChannelType.DM) return;
    if (!m.content.trim() && m.attachments.size === 0) return;
    const started = Date.now();
    const ids = { messageId: m.id, userId: m.author.id, channelId: m.channelId };
    const channel = m.channel;
    let replies: Reply[] = [];
    let messages: DiscordMessage[];
    try {
      // Every instance on shard 0 receives the same DM: the message id lets exactly one answer it.
      replies = await bot.handle({ ...messageEvent(m, bot.maxUploadBytes), eventId: m.id }, {
        onProgress: () => channel.sendTyping().catch((err: unknown) => void logFailure('sendTyping failed', err, ids)),
      });
      if (replies.some((r) => r.kind === 'help')) replies.push(discordUsageReply());
      messages = render(replies);
    } catch (err) {
      log.error({ ...ids, failure: classifyDiscordError(err).failure }, 'could not build an answer to a DM');
      messages = [{ embeds: [{ color: 0xe74c3c, title: userMessageFor('internal', 'dm') ?? 'Something went wrong' }] }];
    }
    try {
      for (const [n, msg] of messages.entries()) {
        if (n === 0) {
          // A reply quotes the file it answers; if the original is gone, post without the quote.
          await m.reply({ embeds: msg.embeds, allowedMentions: NO_MENTIONS, ...(msg.components ? { components: msg.components } : {}), ...filesOf(msg) }).catch(async (err: unknown) => {
            const c = classifyDiscordError(err);
            if (c.failure === 'dms-closed' || c.failure === 'missing-permissions') throw err;
            await channel.send({ embeds: msg.embeds, allowedMentions: NO_MENTIONS, ...(msg.components ? { components: msg.components } : {}), ...filesOf(msg) });
          });
        } else {
          await channel.send({ embeds: msg.embeds, allowedMentions: NO_MENTIONS, ...(msg.components ? { components: msg.components } : {}), ...filesOf(msg) });
        }
      }
      log.info({ ...ids, kinds: replies.map((r) => r.kind), messages: messages.length, ms: Date.now() - started }, 'DM answered');
    } catch (err) {
      // In a DM there is nowhere else to tell the person (DMs closed or the bot blocked): log and go on.
      logFailure('DM reply failed', err, ids);
    }
  }

  // Handlers in progress, so stop() can let them answer before the client goes away.
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  function track(work: Promise<void>, onError: (err: unknown) => void): void {
    const tracked = work.catch(onError);
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  }

  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (!accepting) return;
    const run = i.isAutocomplete() && i.commandName === COMMAND_NAME
      ? onAutocomplete(i)
      : (i.isChatInputCommand() && i.commandName === COMMAND_NAME) || (i.isButton() && i.customId.startsWith(DETAILS_BUTTON_PREFIX))
        ? onCommand(i)
        : null;
    if (run) track(run, (err) => void logFailure('interaction handler failed', err, { interactionId: i.id }));
  });
  client.on(Events.MessageCreate, (m: Message) => {
    if (!accepting) return;
    track(onMessage(m), (err) => void logFailure('message handler failed', err, { messageId: m.id }));
  });
  client.on(Events.Error, (err) => logFailure('client error', err, {}));
  client.on(Events.ShardError, (err, shardId) => logFailure('gateway error', err, { shardId: String(shardId) }));

  return {
    name: 'discord',
    connected: () => client.isReady(),
    async start() {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      let closeCode: number | null = null;
      const ready = new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error('Discord gateway did not become ready in time')), deps.readyTimeoutMs ?? 30_000);
        client.once(Events.ClientReady, (c) => {
          log.info({ botUserId: c.user.id, applicationId: c.application.id }, 'Discord gateway ready');
          resolve();
        });
        // Unrecoverable closes (bad token, intent not enabled): fail start() with the fix, not a timeout.
        // discord.js emits ShardDisconnect only for closes it will not reconnect from.
        client.on(Events.ShardDisconnect, (event) => {
          closeCode = event.code;
          if (!settled) {
            reject(new Error(gatewayCloseMessage(event.code)));
            return;
          }
          if (!accepting) return; // our own stop()
          log.error({ closeCode: event.code }, 'gateway closed for good');
          deps.onFatal?.(new Error(gatewayCloseMessage(event.code)));
        });
      });
      try {
        await client.login(config.token);
        await ready;
      } catch (err) {
        ready.catch(() => undefined);
        await client.destroy();
        throw startupError(err, closeCode);
      } finally {
        settled = true;
        clearTimeout(timer);
      }
    },
    async stop() {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => { timer = setTimeout(resolve, deps.stopGraceMs ?? 10_000); });
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      await client.destroy();
      log.info('Discord client stopped');
    },
  };
}

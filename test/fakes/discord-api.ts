/**
 * A fake Discord for adapter tests: REST API + gateway + attachment CDN on one 127.0.0.1 port.
 * Every request is recorded (method, decoded path, headers, parsed body) so tests assert on the wire.
 * Only what the ATS adapter uses is implemented; unknown routes answer 404 like Discord.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { readMultipart, isUpload } from './multipart.js';
import { uploadRejection, uploadedAttachments, type DiscordUpload } from './discord-uploads.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, URL-decoded (discord.js sends `%40original`). */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface InjectedFailure {
  method: string;
  path: RegExp;
  status: number;
  code: number;
  message: string;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export const BOT_USER = { id: '900000000000000001', username: 'ATS Bot', discriminator: '0', global_name: null, avatar: null, bot: true };
export const APPLICATION_ID = '900000000000000002';
export const TOKEN = 'fake-bot-token';

export interface FakeDiscord {
  apiUrl: string;
  requests: RecordedRequest[];
  /** Requests for CDN files (attachment downloads). */
  cdnRequests: string[];
  identify: any | null;
  heartbeats: number;
  /** Serves `bytes` at a CDN URL, as Discord does for attachments. */
  addFile(name: string, bytes: Uint8Array, contentType?: string): string;
  failNext(failure: InjectedFailure): void;
  /** Sends a gateway DISPATCH (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void;
  /** Closes every gateway connection with `code` (4004 token reset, 4014 intents revoked). */
  closeGateway(code: number): void;
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /**
   * Dispatches a server-channel MESSAGE_CREATE as Discord would for this bot's intents: nothing
   * without GuildMessages; without the privileged MessageContent, content and attachments empty
   * unless the message mentions the bot. Returns what was sent (null when withheld).
   */
  dispatchGuildMessage(message: Record<string, any>): Record<string, any> | null;
  /** The bot's permission bits in a server channel (Discord computes them from roles and overwrites). */
  setBotPermissions(channelId: string, bits: bigint): void;
  /** The person has closed DMs from server members: messages to their DM channel get 50007. */
  closeDms(userId: string): void;
  /** Messages the bot deleted, as `${channelId}/${messageId}`. */
  readonly deleted: string[];
  close(): Promise<void>;
}

/** Permission and intent bits the fake checks (discord.com/developers/docs/topics/permissions). */
export const PERMISSION = { ManageChannels: 1n << 4n, ManageGuild: 1n << 5n, ViewChannel: 1n << 10n, SendMessages: 1n << 11n, ManageMessages: 1n << 13n } as const;
export const INTENT = { Guilds: 1, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;

let snowflakeSeq = 0n;
export function snowflake(): string {
  return (1_300_000_000_000_000_000n + ++snowflakeSeq).toString();
}

function messageObject(channelId: string, body: any): Record<string, unknown> {
  return {
    id: snowflake(), channel_id: channelId, author: BOT_USER, content: body?.content ?? '', embeds: body?.embeds ?? [],
    attachments: uploadedAttachments(body, snowflake), components: [], timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
    mention_everyone: false, mentions: [], mention_roles: [], pinned: false, type: 0, flags: body?.flags ?? 0,
  };
}

/** How long Discord waits for an interaction's first response. */
export const INTERACTION_DEADLINE_MS = 3_000;

export interface FakeDiscordOptions {
  /** Close the gateway with this code instead of READY (4004 bad token, 4014 disallowed intents). */
  closeOnIdentify?: number;
  /** Answer GET /gateway/bot with 401, as Discord does for a wrong token. */
  rejectToken?: boolean;
  /** Servers the bot is in: announced in READY and sent as GUILD_CREATE, so their channels are cached. */
  guilds?: { id: string; channels: { id: string; name: string }[] }[];
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const cdnRequests: string[] = [];
  const files = new Map<string, { bytes: Uint8Array; type: string }>();
  const failures: InjectedFailure[] = [];
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let base = '';
  const state = { identify: null as any, heartbeats: 0 };
  const dispatchedAt = new Map<string, number>();
  const acknowledged = new Set<string>();
  const botPermissions = new Map<string, bigint>();
  /** Messages that exist, by channel: dispatched ones with their author. */
  const messages = new Map<string, string>();
  const dmChannels = new Map<string, string>();
  const closedDms = new Set<string>();
  const deleted: string[] = [];

  function route(req: RecordedRequest): { status: number; body?: unknown } {
    const failure = failures.find((f) => f.method === req.method && f.path.test(req.path));
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
      return { status: failure.status, body: { message: failure.message, code: failure.code } };
    }
    const { method, path } = req;
    let m: RegExpExecArray | null;
    const refused = uploadRejection(req.body);
    if (refused) return refused;
    if (method === 'GET' && path === '/gateway/bot' && options.rejectToken) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, body: { url: base.replace('http', 'ws'), shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path))) {
      // Discord's rules: the first response within 3 s of the interaction (else 10062), and only one.
      const id = m[1]!;
      if (acknowledged.has(id)) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      const at = dispatchedAt.get(id);
      if (at !== undefined && req.at - at > INTERACTION_DEADLINE_MS) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
      acknowledged.add(id);
      return { status: 204 };
    }
    if (method === 'PATCH' && (m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      return { status: 200, body: messageObject(snowflake(), req.body) };
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return { status: 200, body: messageObject(snowflake(), req.body) };
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const recipient = dmChannels.get(m[1]!);
      if (recipient && closedDms.has(recipient)) return { status: 403, body: { message: 'Cannot send messages to this user', code: 50007 } };
      return { status: 200, body: messageObject(m[1]!, req.body) };
    }
    if (method === 'DELETE' && (m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      // Discord: deleting another member's message needs Manage Messages in that channel.
      const key = `${m[1]}/${m[2]}`;
      const author = messages.get(key);
      if (author === undefined) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
      if (author !== BOT_USER.id && ((botPermissions.get(m[1]!) ?? 0n) & PERMISSION.ManageMessages) === 0n) {
        return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
      }
      messages.delete(key);
      deleted.push(key);
      return { status: 204 };
    }
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) return { status: 204 };
    if (method === 'POST' && path === '/users/@me/channels') {
      const id = snowflake();
      dmChannels.set(id, String(req.body?.recipient_id));
      return { status: 200, body: { id, type: 1, recipients: [{ id: req.body?.recipient_id, username: 'someone', discriminator: '0' }] } };
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(req.body) ? req.body : [];
      return { status: 200, body: list.map((c: any) => ({ ...c, id: snowflake(), application_id: APPLICATION_ID, version: snowflake() })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (url.pathname.startsWith('/cdn/')) {
        const name = decodeURIComponent(url.pathname.slice('/cdn/'.length));
        cdnRequests.push(name);
        const file = files.get(name);
        if (!file) { res.writeHead(404).end(); return; }
        res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.byteLength }).end(Buffer.from(file.bytes));
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      if ((req.headers['content-type'] ?? '').includes('application/json') && raw) body = JSON.parse(raw);
      // Uploads: the JSON in a payload_json part, each file in a files[n] part (discord.js sends that shape).
      if ((req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
        const parts = readMultipart(req, Buffer.concat(chunks));
        const files: DiscordUpload[] = Object.entries(parts).filter(([, v]) => isUpload(v)).map(([field, v]) => ({ field, ...(v as Exclude<typeof v, string>) }));
        body = { ...(typeof parts.payload_json === 'string' ? JSON.parse(parts.payload_json) : {}), files };
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, '')),
        query: url.searchParams,
        headers: req.headers,
        body,
        at: Date.now(),
      };
      requests.push(recorded);
      const out = route(recorded);
      if (out.body === undefined) { res.writeHead(out.status).end(); return; }
      res.writeHead(out.status, { 'content-type': 'application/json' }).end(JSON.stringify(out.body));
    });
  });

  const wss = new WebSocketServer({ server });
  const send = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    send(ws, { op: 10, d: { heartbeat_interval: 45_000 } });
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as { op: number; d: any };
      if (msg.op === 1) { state.heartbeats++; send(ws, { op: 11 }); }
      if (msg.op === 2 && options.closeOnIdentify) {
        state.identify = msg.d;
        ws.close(options.closeOnIdentify, 'closed by the fake');
        return;
      }
      if (msg.op === 2) {
        state.identify = msg.d;
        send(ws, { op: 0, t: 'READY', s: ++seq, d: {
          v: 10, user: BOT_USER, guilds: (options.guilds ?? []).map((g) => ({ id: g.id, unavailable: true })), session_id: 'fake-session', resume_gateway_url: base.replace('http', 'ws'),
          shard: [0, 1], application: { id: APPLICATION_ID, flags: 0 },
        } });
        for (const g of options.guilds ?? []) send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guildObject(g) });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api`,
    requests,
    cdnRequests,
    get identify() { return state.identify; },
    get heartbeats() { return state.heartbeats; },
    addFile(name, bytes, contentType = 'application/octet-stream') {
      files.set(name, { bytes, type: contentType });
      return `${base}/cdn/${encodeURIComponent(name)}`;
    },
    failNext(failure) { failures.push({ ...failure }); },
    deleted,
    setBotPermissions(channelId, bits) { botPermissions.set(channelId, bits); },
    closeDms(userId) { closedDms.add(userId); },
    dispatchGuildMessage(message) {
      const intents = Number(state.identify?.intents ?? 0);
      messages.set(`${message.channel_id}/${message.id}`, String(message.author?.id));
      if ((intents & INTENT.GuildMessages) === 0) return null;
      const mentioned = (message.mentions ?? []).some((u: { id: string }) => u.id === BOT_USER.id);
      const sent = (intents & INTENT.MessageContent) !== 0 || mentioned ? message : { ...message, content: '', attachments: [], embeds: [], components: [] };
      for (const ws of sockets) send(ws, { op: 0, t: 'MESSAGE_CREATE', s: ++seq, d: sent });
      return sent;
    },
    dispatch(t, d) {
      if (t === 'INTERACTION_CREATE') dispatchedAt.set(String((d as { id: unknown }).id), Date.now());
      for (const ws of sockets) send(ws, { op: 0, t, s: ++seq, d });
    },
    closeGateway(code) {
      for (const ws of sockets) ws.close(code, 'closed by the fake');
    },
    async waitForRequest(pred, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = requests.find(pred);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching request within ${timeoutMs} ms; saw: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- payload builders: what Discord sends on the gateway ----

export const USER = { id: '800000000000000001', username: 'jobseeker', discriminator: '0', global_name: 'Job Seeker', avatar: null };
export const GUILD_ID = '700000000000000001';
export const GUILD_CHANNEL_ID = '700000000000000002';
export const DM_CHANNEL_ID = '600000000000000001';

export interface AttachmentSpec { id?: string; filename: string; size: number; url: string; contentType?: string }

function attachmentObject(a: AttachmentSpec): Record<string, unknown> {
  return { id: a.id ?? snowflake(), filename: a.filename, size: a.size, url: a.url, proxy_url: a.url, content_type: a.contentType ?? 'application/pdf' };
}

export type OptionSpec =
  | { name: string; type: 3; value: string; focused?: boolean }
  | { name: string; type: 11; attachment: AttachmentSpec };

/** An INTERACTION_CREATE payload for `/ats …` (type 2) or its autocomplete (type 4). */
/** 'private-channel': a user-installed /ats in someone else's DM (interaction context 2). */
export function atsInteraction(opts: { where: 'guild' | 'dm' | 'private-channel'; options: OptionSpec[]; type?: 2 | 4; id?: string; userId?: string; permissions?: bigint }): { id: string; token: string; [key: string]: unknown } {
  const user = { ...USER, id: opts.userId ?? USER.id };
  const attachments: Record<string, unknown> = {};
  const options = opts.options.map((o) => {
    if (o.type === 11) {
      const a = attachmentObject(o.attachment);
      attachments[a.id as string] = a;
      return { name: o.name, type: 11, value: a.id };
    }
    return { name: o.name, type: 3, value: o.value, ...(o.focused ? { focused: true } : {}) };
  });
  const common = {
    id: opts.id ?? snowflake(), application_id: APPLICATION_ID, type: opts.type ?? 2, token: `itok-${snowflake()}`, version: 1,
    data: { id: '900000000000000100', name: 'ats', type: 1, options, ...(Object.keys(attachments).length ? { resolved: { attachments } } : {}) },
    app_permissions: '2248473465835073', locale: 'en-US', entitlements: [], attachment_size_limit: 10_485_760,
  };
  if (opts.where === 'guild') {
    return { ...common, guild_id: GUILD_ID, guild_locale: 'en-US', channel_id: GUILD_CHANNEL_ID,
      channel: { id: GUILD_CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'resume-help', position: 0, permission_overwrites: [] },
      member: { user, roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: String(opts.permissions ?? PERMISSION.ViewChannel) },
      authorizing_integration_owners: { '0': GUILD_ID }, context: 0 };
  }
  if (opts.where === 'private-channel') {
    const channelId = snowflake();
    return { ...common, channel_id: channelId, channel: { id: channelId, type: 1, recipients: [user] }, user,
      authorizing_integration_owners: { '1': user.id }, context: 2 };
  }
  return { ...common, channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1, recipients: [user] }, user,
    authorizing_integration_owners: { '0': '0' }, context: 1 };
}

/**
 * A button pressed under one of the bot's messages (INTERACTION_CREATE type 3, component type 2),
 * shaped as Discord sends it: the custom id and the message the button sits on.
 */
export function buttonInteraction(opts: { where: 'guild' | 'dm'; customId: string; userId?: string; id?: string }): { id: string; token: string; [key: string]: unknown } {
  const base = atsInteraction({ where: opts.where, options: [], id: opts.id, userId: opts.userId });
  const channelId = base.channel_id as string;
  return {
    ...base, type: 3,
    data: { custom_id: opts.customId, component_type: 2 },
    message: { ...messageObject(channelId, { content: '' }), flags: opts.where === 'guild' ? 64 : 0 },
  };
}

/** A MESSAGE_CREATE in the bot's DM; `channel_type: 1` is what lets discord.js emit it for an uncached channel. */
export function dmMessage(opts: { content?: string; attachments?: AttachmentSpec[]; id?: string; userId?: string; channelId?: string }): { id: string; [key: string]: unknown } {
  return {
    id: opts.id ?? snowflake(), channel_id: opts.channelId ?? DM_CHANNEL_ID, channel_type: 1, author: { ...USER, id: opts.userId ?? USER.id }, content: opts.content ?? '',
    attachments: (opts.attachments ?? []).map(attachmentObject), embeds: [], components: [], mentions: [], mention_roles: [],
    mention_everyone: false, pinned: false, tts: false, type: 0, flags: 0, timestamp: new Date().toISOString(), edited_timestamp: null,
  };
}

function guildObject(g: { id: string; channels: { id: string; name: string }[] }): Record<string, unknown> {
  return {
    id: g.id, name: 'Career Club', icon: null, owner_id: '800000000000009999', afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, premium_tier: 0, features: [],
    roles: [{ id: g.id, name: '@everyone', permissions: String(PERMISSION.ViewChannel | PERMISSION.SendMessages), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [], stickers: [], members: [], channels: g.channels.map((c, position) => ({ id: c.id, type: 0, name: c.name, guild_id: g.id, position, permission_overwrites: [] })),
    threads: [], presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
    member_count: 10, large: false, unavailable: false, joined_at: '2025-01-01T00:00:00.000Z', preferred_locale: 'en-US',
  };
}

/** A MESSAGE_CREATE in a server channel, as Discord shapes it (guild_id, member); `mentionsBot` adds the bot to mentions. */
export function guildMessage(opts: { guildId: string; channelId: string; userId: string; content?: string; attachments?: AttachmentSpec[]; mentionsBot?: boolean; id?: string }): Record<string, any> {
  return {
    id: opts.id ?? snowflake(), channel_id: opts.channelId, guild_id: opts.guildId, author: { ...USER, id: opts.userId },
    member: { roles: [], joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    content: opts.content ?? '', attachments: (opts.attachments ?? []).map(attachmentObject), embeds: [], components: [],
    mentions: opts.mentionsBot ? [BOT_USER] : [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, type: 0, flags: 0,
    timestamp: new Date().toISOString(), edited_timestamp: null,
  };
}

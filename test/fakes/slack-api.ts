/**
 * A fake Slack on 127.0.0.1 for adapter tests: the Web API under /api/, response_url endpoints
 * under /response/, private file downloads under /files/ (bearer token checked, like Slack), and a
 * Socket Mode WebSocket at /socket that apps.connections.open points to. Every call is recorded.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { KNOWN_METHODS, METHOD_SCOPES, slackMessageError } from './slack-rules.js';
import { SlackFileUploads, UPLOAD_METHODS, type SlackUpload } from './slack-files.js';

export interface ApiCall {
  method: string;
  /** Form fields or JSON body; `blocks`, `view` and `attachments` are parsed from their JSON strings. */
  params: Record<string, any>;
  /** The body as sent (form-encoded or JSON). */
  raw: string;
  authorization: string | undefined;
}

export interface ResponseUrlCall {
  id: string;
  body: Record<string, any>;
  raw: string;
}

export interface DownloadCall {
  path: string;
  authorization: string | undefined;
}

export interface FakeSlackOptions {
  botToken: string;
  appToken?: string;
  botUserId?: string;
  /** The bot token's scopes: when given, a method needing another scope (file uploads: files:write) answers missing_scope, as Slack does. */
  scopes?: string[];
}

/** What users.info says about a person: Slack's admin flags. */
export interface FakeSlackUser { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean }

export interface FakeSlack {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** SLACK_API_URL for the adapter: http://127.0.0.1:PORT/api/ */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponseUrlCall[];
  readonly downloads: DownloadCall[];
  /** Files uploaded through files.getUploadURLExternal + the upload URL + files.completeUploadExternal. */
  readonly uploads: SlackUpload[];
  /** Everything the app sent back over the Socket Mode connection (acks). */
  readonly socketMessages: Record<string, any>[];
  callsTo(method: string): ApiCall[];
  /** A fresh response_url for one slash command or action. */
  responseUrl(id: string): string;
  /** Serves bytes at /files/<name> to requests with the bot token; returns the url_private_download. */
  addFile(name: string, bytes: Uint8Array, contentType?: string): string;
  /** Makes every download answer Slack's HTML login page, as Slack does without files:read. */
  serveLoginPage(on: boolean): void;
  /** Sets a person's workspace role as users.info reports it (default: a plain member). */
  setUser(userId: string, flags: FakeSlackUser): void;
  /** Reactions added, as `${channel}/${timestamp}/${name}`. */
  readonly reactions: string[];
  /** Socket Mode: resolves once the app has connected and received hello. */
  socketConnected(): Promise<void>;
  /** Socket Mode: sends an envelope and resolves with the app's ack for it. */
  sendEnvelope(type: string, payload: Record<string, any>, acceptsResponsePayload?: boolean): Promise<Record<string, any>>;
  close(): Promise<void>;
}

const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in to your workspace</body></html>';
const JSON_FIELDS = ['blocks', 'view', 'attachments'];

export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlCall[] = [];
  const downloads: DownloadCall[] = [];
  const socketMessages: Record<string, any>[] = [];
  const files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  let loginPage = false;
  const people = new Map<string, FakeSlackUser>();
  const reactions: string[] = [];
  let ts = 1_700_000_000;
  let envelopes = 0;
  let socket: WebSocket | undefined;
  const connectWaiters: (() => void)[] = [];
  const ackWaiters = new Map<string, (ack: Record<string, any>) => void>();

  const fileUploads = new SlackFileUploads(() => `http://127.0.0.1:${port()}`);
  const server: Server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorization = req.headers.authorization;
    if (url.pathname.startsWith('/files/')) {
      downloads.push({ path: url.pathname, authorization });
      const file = files.get(decodeURIComponent(url.pathname.slice('/files/'.length)));
      if (loginPage || authorization !== `Bearer ${options.botToken}`) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LOGIN_PAGE);
        return;
      }
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.byteLength }).end(file.bytes);
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      const out = fileUploads.receive(decodeURIComponent(url.pathname.slice('/upload/'.length)), req, await readBytes(req));
      res.writeHead(out.status, { 'content-type': 'text/plain' }).end(out.text);
      return;
    }
    const body = await readBody(req);
    if (url.pathname.startsWith('/response/')) {
      const parsed = JSON.parse(body || '{}');
      const invalid = slackMessageError(parsed);
      // Slack answers a bad response_url payload with 400 and the error; nothing is posted.
      if (invalid) { res.writeHead(400, { 'content-type': 'text/plain' }).end(invalid); return; }
      responses.push({ id: url.pathname.slice('/response/'.length), body: parsed, raw: body });
      json(res, { ok: true });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const params = parseParams(body, req.headers['content-type']);
      calls.push({ method, params, raw: body, authorization });
      json(res, answer(method, params, authorization));
      return;
    }
    res.writeHead(404).end();
  }

  function answer(method: string, params: Record<string, any>, authorization: string | undefined): Record<string, any> {
    if (!KNOWN_METHODS.has(method) && !UPLOAD_METHODS.has(method)) return { ok: false, error: 'unknown_method' };
    const expected = method === 'apps.connections.open' ? options.appToken : options.botToken;
    if (authorization !== `Bearer ${expected}`) return { ok: false, error: 'invalid_auth' };
    const scope = METHOD_SCOPES[method];
    if (options.scopes && scope && !options.scopes.includes(scope)) return { ok: false, error: 'missing_scope', needed: scope };
    if (UPLOAD_METHODS.has(method)) {
      if (options.scopes && !options.scopes.includes('files:write')) return { ok: false, error: 'missing_scope', needed: 'files:write', provided: options.scopes.join(',') };
      return fileUploads.answer(method, params);
    }
    if (method.startsWith('chat.') || method === 'views.publish') {
      const invalid = slackMessageError(params, method === 'views.publish' ? 'view' : 'message');
      if (invalid) return { ok: false, error: invalid };
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'ats', team_id: 'T1', user_id: options.botUserId ?? 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
      case 'chat.update':
        return { ok: true, channel: params.channel, ts: params.ts ?? `${ts++}.000100`, message: { text: params.text } };
      case 'chat.postEphemeral':
        if (!params.user || !params.channel) return { ok: false, error: 'invalid_arguments' };
        return { ok: true, message_ts: `${ts++}.000100` };
      case 'chat.delete':
        // A bot token deletes only the bot's own messages; another person's is cant_delete_message.
        return { ok: false, error: 'cant_delete_message' };
      case 'users.info': {
        if (typeof params.user !== 'string' || !/^[UW]/.test(params.user)) return { ok: false, error: 'user_not_found' };
        const flags = people.get(params.user) ?? {};
        return { ok: true, user: { id: params.user, team_id: 'T1', name: 'person', deleted: false, is_bot: false,
          is_admin: flags.is_admin ?? false, is_owner: flags.is_owner ?? false, is_primary_owner: flags.is_primary_owner ?? false } };
      }
      case 'reactions.add': {
        if (!params.channel || !params.timestamp) return { ok: false, error: 'invalid_arguments' };
        if (!params.name) return { ok: false, error: 'no_reaction' };
        const key = `${params.channel}/${params.timestamp}/${params.name}`;
        if (reactions.includes(key)) return { ok: false, error: 'already_reacted' };
        reactions.push(key);
        return { ok: true };
      }
      case 'conversations.open':
        // The bot's DM with a person is "D" + their user id in this fake.
        return { ok: true, channel: { id: `D${params.users}` } };
      case 'views.publish':
        return { ok: true, view: { id: 'V1', ...(params.view ?? {}) } };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port()}/socket` };
      default:
        return { ok: true };
    }
  }

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, any>;
      socketMessages.push(message);
      const waiter = ackWaiters.get(message.envelope_id);
      if (waiter) {
        ackWaiters.delete(message.envelope_id);
        waiter(message);
      }
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    for (const resolve of connectWaiters.splice(0)) resolve();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port()}`;

  return {
    origin,
    apiUrl: `${origin}/api/`,
    calls,
    responses,
    downloads,
    uploads: fileUploads.uploads,
    socketMessages,
    callsTo: (method) => calls.filter((call) => call.method === method),
    responseUrl: (id) => `${origin}/response/${id}`,
    addFile(name, bytes, contentType = 'application/octet-stream') {
      files.set(name, { bytes, contentType });
      return `${origin}/files/${encodeURIComponent(name)}`;
    },
    serveLoginPage(on) {
      loginPage = on;
    },
    setUser(userId, flags) {
      people.set(userId, flags);
    },
    reactions,
    socketConnected: () => (socket ? Promise.resolve() : new Promise((resolve) => connectWaiters.push(resolve))),
    sendEnvelope(type, payload, acceptsResponsePayload = true) {
      if (!socket) return Promise.reject(new Error('no Socket Mode connection'));
      const envelope_id = `env-${++envelopes}`;
      const acked = new Promise<Record<string, any>>((resolve) => ackWaiters.set(envelope_id, resolve));
      socket.send(JSON.stringify({ envelope_id, type, accepts_response_payload: acceptsResponsePayload, payload }));
      return acked;
    },
    async close() {
      // The app disconnects first (its stop()); closing the server then ends what is left.
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until check() returns a value other than undefined/false, or fails after timeoutMs. */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseParams(body: string, contentType: string | undefined): Record<string, any> {
  if (!body) return {};
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, any>;
  const params: Record<string, any> = Object.fromEntries(new URLSearchParams(body));
  for (const field of JSON_FIELDS) {
    if (typeof params[field] === 'string') params[field] = JSON.parse(params[field] as string);
  }
  return params;
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Headers Slack would add: x-slack-signature = v0=HMAC-SHA256(secret, "v0:ts:body"). */
export function signedHeaders(signingSecret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

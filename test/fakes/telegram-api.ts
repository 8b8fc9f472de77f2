/**
 * A fake Telegram Bot API server on 127.0.0.1 for wire-level tests of the grammY adapter.
 * It answers the methods the adapter uses, long-polls getUpdates, serves files at
 * /file/bot<token>/<file_path>, and records every call (method + JSON body) so tests assert on the wire.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { photoRejection, pngSize, readMultipart, uploadedPhoto } from './telegram-media.js';

export interface RecordedCall {
  method: string;
  body: Json;
  /** What the fake answered (for sendMessage: the Message, to build a callback_query on it). */
  result?: unknown;
}

interface StoredFile {
  bytes: Uint8Array;
  path: string;
  /** Size announced by getFile (defaults to the real size). */
  size: number;
}

interface Waiter {
  resolve: () => void;
}

export const FAKE_BOT_USERNAME = 'ats_test_bot';
export const FAKE_BOT_ID = 7000001;

/** JSON payloads as the tests build them; loose on purpose (Bot API objects are large). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export class FakeTelegramApi {
  readonly token: string;
  readonly calls: RecordedCall[] = [];
  /** Every file download requested (file paths). */
  readonly downloads: string[] = [];
  private readonly server: Server;
  private readonly updates: Json[] = [];
  private readonly files = new Map<string, StoredFile>();
  private readonly failures = new Map<string, { code: number; description: string; times: number; retryAfter?: number }>();
  private waiters: Waiter[] = [];
  /** Chat members by `${chatId}:${userId}`: status and rights, as getChatMember answers. */
  private readonly members = new Map<string, Json>();
  /** Messages that exist, by `${chatId}:${messageId}` (pushed in updates or sent by the bot). */
  private readonly messages = new Set<string>();
  /** Messages the bot deleted, as `${chatId}:${messageId}`. */
  readonly deleted: string[] = [];
  /** Updates Telegram never delivered: group chatter while privacy mode hides it from the bot. */
  readonly withheld: Json[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 100;
  private confirmedOffset = 0;
  private port = 0;
  private closed = false;

  constructor(options: { token?: string; maxHoldMs?: number } = {}) {
    this.token = options.token ?? '123456:TEST-token_abc';
    this.maxHoldMs = options.maxHoldMs ?? 1000;
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
    });
  }

  private readonly maxHoldMs: number;

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Sets a person's (or the bot's, FAKE_BOT_ID) status in a chat: 'creator', 'administrator' (with
   * rights such as can_delete_messages), 'member', 'restricted', 'left' or 'kicked'. Default: member.
   */
  setMember(chatId: number, userId: number, status: string, rights: Json = {}): void {
    this.members.set(`${chatId}:${userId}`, { status, ...rights });
  }

  /**
   * Queues an update (update_id assigned here) and wakes a pending getUpdates. Privacy mode, as
   * Telegram applies it: in groups a bot that is not an administrator gets commands and replies to
   * it, never other messages (core.telegram.org/bots/features#privacy-mode).
   */
  pushUpdate(update: Json): number {
    const id = this.nextUpdateId++;
    const message = update.message as Json | undefined;
    if (message) this.messages.add(`${message.chat.id}:${message.message_id}`);
    if (message && message.chat.type !== 'private' && !this.seesInGroup(message)) {
      this.withheld.push(update);
      return id;
    }
    this.updates.push({ update_id: id, ...update });
    this.wakeAll();
    return id;
  }

  /** Makes a file available to getFile and the download path. */
  addFile(fileId: string, bytes: Uint8Array, options: { size?: number; path?: string } = {}): void {
    this.files.set(fileId, {
      bytes,
      path: options.path ?? `documents/${fileId}`,
      size: options.size ?? bytes.byteLength,
    });
  }

  /** Makes `method` to `chatId` fail, e.g. sendMessage 403 "bot can't initiate conversation". */
  failFor(method: string, chatId: number, code = 403, description = "Forbidden: bot can't initiate conversation with a user"): void {
    this.failures.set(`${method}:${chatId}`, { code, description, times: Infinity });
  }

  /** Answers the next `method` to `chatId` with 429 Too Many Requests (retry_after seconds), once. */
  floodOnce(method: string, chatId: number, retryAfter = 1): void {
    this.failures.set(`${method}:${chatId}`, { code: 429, description: `Too Many Requests: retry after ${retryAfter}`, times: 1, retryAfter });
  }

  /**
   * Answers the next `times` getUpdates with an error, as Telegram does while another instance
   * polls with the same token (409 Conflict) or after the token was revoked (401).
   */
  failPolling(code: 409 | 401, times = 1): void {
    const description = code === 409
      ? 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'
      : 'Unauthorized';
    this.failures.set('getUpdates:undefined', { code, description, times });
  }

  private seesInGroup(message: Json): boolean {
    const status = this.members.get(`${message.chat.id}:${FAKE_BOT_ID}`)?.status;
    if (status === 'administrator' || status === 'creator') return true;
    const entities = (message.entities ?? message.caption_entities ?? []) as Json[];
    return entities.some((e) => e.type === 'bot_command' && e.offset === 0) || message.reply_to_message?.from?.id === FAKE_BOT_ID;
  }

  clearFailures(): void {
    this.failures.clear();
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Text of every sendMessage/editMessageText to `chatId`, in order. */
  textsTo(chatId: number): string[] {
    return this.calls
      .filter((c) => (c.method === 'sendMessage' || c.method === 'editMessageText') && c.body.chat_id === chatId)
      .map((c) => String(c.body.text));
  }

  /** Resolves with the first call matching `predicate`, polling the log until `timeoutMs`. */
  async waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 10_000, what = 'call'): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.calls.map((c) => c.method).join(', ');
        throw new Error(`timed out waiting for ${what}; calls so far: ${seen}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.resolve();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const filePrefix = `/file/bot${this.token}/`;
    if (url.pathname.startsWith(filePrefix)) {
      const path = decodeURIComponent(url.pathname.slice(filePrefix.length));
      this.downloads.push(path);
      const file = [...this.files.values()].find((f) => f.path === path);
      if (!file) return void res.writeHead(404).end('Not Found');
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.bytes);
      return;
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return void res.writeHead(404).end('Not Found');
    const [, token, method = ''] = match;
    const body = await readJson(req);
    const call: RecordedCall = { method, body };
    this.calls.push(call);
    if (token !== this.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const key = `${method}:${String(body.chat_id)}`;
    const failure = this.failures.get(key);
    if (failure) {
      if (--failure.times <= 0) this.failures.delete(key);
      return send(res, failure.code, {
        ok: false, error_code: failure.code, description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
    }
    if (method === 'sendPhoto') {
      const rejected = photoRejection(body);
      if (rejected) return send(res, 400, { ok: false, error_code: 400, description: rejected });
    }
    // Telegram's own rules for message text: at most 4096 characters, and well-formed HTML.
    if ((method === 'sendMessage' || method === 'editMessageText') && typeof body.text === 'string') {
      const rejected = textRejection(body.text, body.parse_mode);
      if (rejected) return send(res, 400, { ok: false, error_code: 400, description: rejected });
    }
    const result = await this.answer(method, body, res);
    if (result === undefined) {
      return send(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
    if (result instanceof ApiFailure) {
      return send(res, result.code, { ok: false, error_code: result.code, description: result.description });
    }
    call.result = result;
    send(res, 200, { ok: true, result });
  }

  private async answer(method: string, body: Json, res: ServerResponse): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return {
          id: FAKE_BOT_ID, is_bot: true, first_name: 'ATS Bot', username: FAKE_BOT_USERNAME,
          can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
        };
      case 'getUpdates':
        return this.getUpdates(body, res);
      case 'getFile': {
        const file = this.files.get(String(body.file_id));
        if (!file) return new ApiFailure(400, 'Bad Request: invalid file_id');
        // The Bot API serves bots files of at most 20 MB.
        if (file.size > 20 * 1024 * 1024) return new ApiFailure(400, 'Bad Request: file is too big');
        return { file_id: body.file_id, file_unique_id: `u-${String(body.file_id)}`, file_size: file.size, file_path: file.path };
      }
      case 'sendMessage':
        return this.message(body);
      case 'sendPhoto': {
        const photo = uploadedPhoto(body)!;
        const size = pngSize(photo.bytes)!;
        const { text: _text, ...message } = this.message(body);
        return { ...message, photo: [{ file_id: `photo-${message.message_id}`, file_unique_id: `up-${message.message_id}`, file_size: photo.bytes.byteLength, ...size }],
          ...(body.caption ? { caption: String(body.caption) } : {}) };
      }
      case 'getChatMember': {
        const member = this.members.get(`${String(body.chat_id)}:${String(body.user_id)}`) ?? { status: 'member' };
        return { ...member, user: { id: Number(body.user_id), is_bot: Number(body.user_id) === FAKE_BOT_ID, first_name: 'Member' } };
      }
      case 'deleteMessage': {
        // Telegram: in a group the bot deletes others' messages only as an administrator with can_delete_messages.
        const key = `${String(body.chat_id)}:${String(body.message_id)}`;
        if (!this.messages.has(key)) return new ApiFailure(400, 'Bad Request: message to delete not found');
        const bot = this.members.get(`${String(body.chat_id)}:${FAKE_BOT_ID}`);
        const allowed = Number(body.chat_id) > 0 || bot?.status === 'creator' || (bot?.status === 'administrator' && bot.can_delete_messages === true);
        if (!allowed) return new ApiFailure(400, "Bad Request: message can't be deleted");
        this.messages.delete(key);
        this.deleted.push(key);
        return true;
      }
      case 'editMessageText':
        return { ...this.message(body), message_id: body.message_id, edit_date: now() };
      case 'sendChatAction':
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
        return true;
      default:
        return undefined;
    }
  }

  private message(body: Json): Json {
    const chatId = Number(body.chat_id);
    const messageId = this.nextMessageId++;
    this.messages.add(`${chatId}:${messageId}`);
    return {
      message_id: messageId,
      date: now(),
      chat: chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Group' } : { id: chatId, type: 'private', first_name: 'User' },
      from: { id: FAKE_BOT_ID, is_bot: true, first_name: 'ATS Bot', username: FAKE_BOT_USERNAME },
      text: String(body.text ?? ''),
    };
  }

  private async getUpdates(body: Json, res: ServerResponse): Promise<Json[]> {
    const offset = typeof body.offset === 'number' ? body.offset : 0;
    if (offset > this.confirmedOffset) this.confirmedOffset = offset;
    // Updates below the offset are confirmed: Telegram forgets them.
    while (this.updates.length > 0 && (this.updates[0]?.update_id ?? 0) < this.confirmedOffset) this.updates.shift();
    const limit = typeof body.limit === 'number' ? body.limit : 100;
    const pending = () => this.updates.filter((u) => (u.update_id as number) >= offset).slice(0, limit);
    if (pending().length === 0 && !this.closed) {
      const holdMs = Math.min(this.maxHoldMs, (typeof body.timeout === 'number' ? body.timeout : 0) * 1000);
      if (holdMs > 0) {
        await new Promise<void>((resolve) => {
          const waiter: Waiter = { resolve: () => { clearTimeout(timer); resolve(); } };
          const timer = setTimeout(() => {
            this.waiters = this.waiters.filter((w) => w !== waiter);
            resolve();
          }, holdMs);
          this.waiters.push(waiter);
          // The runner aborts its long poll on stop: forget the waiter.
          res.once('close', () => {
            this.waiters = this.waiters.filter((w) => w !== waiter);
            waiter.resolve();
          });
        });
      }
    }
    return pending();
  }
}

class ApiFailure {
  constructor(readonly code: number, readonly description: string) {}
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  // Uploads (sendPhoto with an InputFile) arrive as multipart/form-data, everything else as JSON.
  if (String(req.headers['content-type']).startsWith('multipart/form-data')) return readMultipart(req, Buffer.concat(chunks)) as Json;
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Json) : {};
  } catch {
    return { raw };
  }
}

// ---- Update builders: what Telegram would send ----------------------------------------------

export interface FakeUser { id: number; first_name: string; username?: string }
export interface FakeChat { id: number; type: 'private' | 'group' | 'supergroup'; title?: string }

export function privateChat(user: FakeUser): FakeChat {
  return { id: user.id, type: 'private' };
}

let messageCounter = 1;

/** A text message; a leading `/command` gets its bot_command entity, as Telegram adds it. */
export function textMessage(chat: FakeChat, from: FakeUser, text: string): Json {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return {
    message: {
      message_id: messageCounter++,
      date: now(),
      chat: chatJson(chat),
      from: { is_bot: false, ...from },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

export function documentMessage(
  chat: FakeChat,
  from: FakeUser,
  doc: { file_id: string; file_name: string; mime_type?: string; file_size?: number },
  caption?: string,
): Json {
  const command = caption ? /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(caption) : null;
  return {
    message: {
      message_id: messageCounter++,
      date: now(),
      chat: chatJson(chat),
      from: { is_bot: false, ...from },
      document: { file_unique_id: `u-${doc.file_id}`, ...doc },
      ...(caption ? { caption } : {}),
      ...(command ? { caption_entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

/** A tap on an inline keyboard button under `message` (as returned by sendMessage). */
export function callbackQuery(from: FakeUser, message: Json, data: string): Json {
  return {
    callback_query: {
      id: `cb-${messageCounter++}`,
      from: { is_bot: false, ...from },
      chat_instance: 'ci-1',
      message,
      data,
    },
  };
}

function chatJson(chat: FakeChat): Json {
  return chat.type === 'private'
    ? { id: chat.id, type: 'private', first_name: 'User' }
    : { id: chat.id, type: chat.type, title: chat.title ?? 'Career Club' };
}

// ---- Checking what was sent ---------------------------------------------------------------

const ALLOWED_TAGS = new Set(['b', 'i', 'u', 's', 'a', 'code', 'pre']);

/**
 * Throws unless `html` is what Telegram's HTML parse mode accepts: only its tags, balanced, and no
 * bare <, > or & outside tags and entities (so user text cannot inject markup).
 */
/** What Telegram answers for a text it will not send, or null. Length counts the text without markup. */
export function textRejection(text: string, parseMode: unknown): string | null {
  if (parseMode === 'HTML') {
    try {
      assertTelegramHtml(text);
    } catch (error) {
      return `Bad Request: can't parse entities: ${(error as Error).message}`;
    }
  }
  const visible = parseMode === 'HTML'
    ? text.replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot);/g, '_')
    : text;
  if ([...visible].length > 4096) return 'Bad Request: message is too long';
  if (visible.trim() === '') return 'Bad Request: message text is empty';
  return null;
}

export function assertTelegramHtml(html: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-z]+)(\s[^<>]*)?>/g;
  let last = 0;
  const checkText = (text: string) => {
    if (/[<>]/.test(text)) throw new Error(`bare < or > in text: ${JSON.stringify(text.slice(0, 80))}`);
    const amp = /&(?!(?:amp|lt|gt|quot);)/.exec(text);
    if (amp) throw new Error(`bare & in text: ${JSON.stringify(text.slice(Math.max(0, amp.index - 20), amp.index + 20))}`);
  };
  for (const m of html.matchAll(tag)) {
    checkText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, name = ''] = m;
    if (!ALLOWED_TAGS.has(name)) throw new Error(`tag <${name}> is not Telegram HTML`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else stack.push(name);
  }
  checkText(html.slice(last));
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

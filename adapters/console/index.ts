/**
 * The local console adapter: a prompt on stdin/stdout that talks to the same bot core as the chat
 * platforms. A line is a command (`/ats ...`), a path to a file (sent as if uploaded), `quit`, or
 * text; text lines arriving within PASTE_GAP_MS of each other are one message (a multi-line paste),
 * and a block between two lines of `"""` is always one message.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';
import { parseCommandText } from '../../src/bot/index.js';
import { renderPlainText } from '../../src/bot/render-text.js';
import type { BotCore, ChatAdapter, InboundAttachment, InboundEvent, ReplyImage } from '../../src/bot/types.js';

/** Lines closer together than this belong to one paste (a terminal delivers a paste in one burst). */
export const PASTE_GAP_MS = 50;
export const FENCE = '"""';

export interface ConsoleAdapterOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Default: output is a TTY and NO_COLOR is not set. */
  color?: boolean;
  userId?: string;
  pasteGapMs?: number;
}

export interface ConsoleAdapter extends ChatAdapter {
  /** Resolves when the person quits (`quit`, Ctrl-D or end of input) and the last reply is printed. */
  readonly closed: Promise<void>;
}

type Message = { text: string; attachments: InboundAttachment[] };

export function createConsoleAdapter(bot: BotCore, options: ConsoleAdapterOptions = {}): ConsoleAdapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const tty = Boolean(output.isTTY);
  const color = options.color ?? (tty && !process.env.NO_COLOR);
  const userId = options.userId ?? safeUsername();
  const gap = options.pasteGapMs ?? PASTE_GAP_MS;
  const write = (text: string) => { output.write(text); };
  let rl: readline.Interface | undefined;
  const prompt = () => { if (tty) { if (rl?.terminal) rl.prompt(); else write('> '); } };

  let queue: Promise<void> = Promise.resolve();
  let paste: string[] = [];
  let pasteTimer: NodeJS.Timeout | undefined;
  let fenced: string[] | null = null;
  /** The last report's scorecard, for `card <file.png>` (a terminal cannot show the picture). */
  let lastCard: ReplyImage | null = null;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => { resolveClosed = resolve; });

  function send(message: Message): void {
    queue = queue.then(async () => {
      const parsed = message.attachments.length ? null : parseCommandText(message.text);
      const event: InboundEvent = {
        platform: 'console', conversationId: 'console', userId, isDM: true,
        text: parsed ? parsed.args : message.text,
        ...(parsed ? { command: parsed } : {}),
        attachments: message.attachments,
      };
      const replies = await bot.handle(event, { onProgress: () => write(color ? '\x1b[2manalysing…\x1b[22m\n' : 'analysing…\n') });
      const card = replies.find((r) => r.image)?.image;
      if (card) lastCard = card;
      write(renderPlainText(replies, { color }) + (card ? `${color ? '\x1b[2m' : ''}› Scorecard image: type card <file.png> to save it.${color ? '\x1b[22m' : ''}\n` : '') + '\n');
      prompt();
    });
  }

  function flushPaste(): void {
    clearTimeout(pasteTimer);
    pasteTimer = undefined;
    if (paste.length === 0) return;
    const text = paste.join('\n');
    paste = [];
    send({ text, attachments: [] });
  }

  async function onLine(line: string): Promise<void> {
    if (fenced) {
      if (line.trim() === FENCE) { const text = fenced.join('\n'); fenced = null; send({ text, attachments: [] }); }
      else fenced.push(line);
      return;
    }
    if (pasteTimer) {
      paste.push(line);
      pasteTimer.refresh();
      return;
    }
    const trimmed = line.trim();
    if (trimmed === '') return prompt();
    if (trimmed === FENCE) { fenced = []; return; }
    if (/^(quit|exit|:q)$/i.test(trimmed)) { rl?.close(); return; }
    const cardTo = /^card\s+(\S.*\.png)$/i.exec(trimmed);
    if (cardTo) return saveCard(cardTo[1]!);
    const file = await asFile(trimmed);
    if (file) return send({ text: '', attachments: [file] });
    if (parseCommandText(trimmed)) return send({ text: trimmed, attachments: [] });
    // A web link ending in .pdf is a link (the core reads it), not a missing file.
    if (/^(~|\.{1,2})?[/\\]|^file:\/\/|\.(pdf|docx?|txt|md|rtf)$/i.test(trimmed) && !/\s/.test(unquote(trimmed)) && !/^https?:\/\//i.test(trimmed)) {
      write(`No such file: ${trimmed}\n`);
      return prompt();
    }
    paste.push(line);
    pasteTimer = setTimeout(flushPaste, gap);
  }

  /** Waits for the replies already asked for, so `card` right after a file saves that file's card. */
  function saveCard(target: string): void {
    queue = queue.then(async () => {
      if (!lastCard) write('No scorecard yet: send a resume first (or SCORECARD is off).\n');
      else {
        const file = path.resolve(expandHome(unquote(target)));
        try {
          await writeFile(file, lastCard.png);
          write(`Scorecard saved to ${file}\n`);
        } catch (error) {
          write(`Could not save the scorecard to ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).\n`);
        }
      }
      prompt();
    });
  }

  return {
    name: 'console',
    closed,
    async start() {
      // A real terminal gets line editing and history; pipes (tests, scripts) get plain lines.
      const terminal = tty && Boolean((input as { isTTY?: boolean }).isTTY);
      rl = readline.createInterface({ input, ...(terminal ? { output, prompt: '> ' } : {}), terminal, crlfDelay: Infinity });
      // Lines are handled in order even though checking for a file is asynchronous.
      let lines: Promise<void> = Promise.resolve();
      rl.on('SIGINT', () => rl?.close()); // Ctrl-C in a terminal: leave like Ctrl-D
      // A line that fails must not end the chain (every later line would be lost) or the process.
      rl.on('line', (line) => {
        lines = lines.then(() => onLine(line)).catch(() => { write("Sorry, I couldn't handle that line.\n"); prompt(); });
      });
      rl.on('close', () => {
        void lines.then(() => {
          if (fenced) { send({ text: fenced.join('\n'), attachments: [] }); fenced = null; }
          flushPaste();
          return queue;
        }).then(() => resolveClosed());
      });
      write(`ATS Bot console. Type /ats help, give a path to your resume (PDF, DOCX or TXT), or paste a job post (wrap it in ${FENCE} lines if it arrives slowly). quit or Ctrl-D to leave.\n`);
      prompt();
    },
    async stop() {
      rl?.close();
      await closed;
    },
  };
}

function unquote(s: string): string {
  const m = /^(['"])(.*)\1$/.exec(s);
  return (m ? m[2]! : s).replace(/\\ /g, ' ');
}

/** A line naming an existing file (quotes and `\ ` from drag-and-drop allowed) becomes an upload. */
async function asFile(line: string): Promise<InboundAttachment | null> {
  let p = expandHome(unquote(line));
  try {
    // fileURLToPath also decodes %20; a malformed URL (file://[x) is just not a file.
    if (p.startsWith('file://')) p = fileURLToPath(p);
    const info = await stat(p);
    if (!info.isFile()) return null;
    const full = path.resolve(p);
    return { name: path.basename(full), mimeType: null, size: info.size, fetch: () => readFile(full) };
  } catch {
    return null;
  }
}

function expandHome(p: string): string {
  return p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p;
}

function safeUsername(): string {
  try { return os.userInfo().username || 'local'; } catch { return 'local'; }
}

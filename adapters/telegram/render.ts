/**
 * Reply -> Telegram HTML messages (parse_mode HTML). Every string from the core is plain text and is
 * escaped here; messages are split under Telegram's 4096-character limit at block boundaries first,
 * then at lines, never inside a tag or an entity.
 */
import type { InlineKeyboardButton } from 'grammy/types';
import type { Band, Reply, ReplyBlock } from '../../src/bot/types.js';
import { BANDS } from '../../src/analysis/bands.js';

/** Telegram counts 4096 characters after parsing; the HTML source is never shorter, so a margin below it is safe. */
export const MESSAGE_LIMIT = 4000;

export interface TelegramMessage {
  html: string;
  /** Inline keyboard rows, on the last message of a reply. */
  keyboard?: InlineKeyboardButton[][];
}

export interface RenderOptions {
  limit?: number;
  /** Turns a choice's command into a button (null: the choice is listed as text instead). */
  button?: (option: { label: string; command: string }) => InlineKeyboardButton | null;
  /** Extra keyboard rows appended under the reply (the role picker for a bare /ats). */
  extraRows?: InlineKeyboardButton[][];
}

// The ranges come from BANDS so a calibrated threshold reads the same here as everywhere else.
const BAND_LABEL = {
  strong: `🟢 Strong match (${BANDS.strong.range})`,
  close: `🟡 Close (${BANDS.close.range})`,
  'needs-work': `🔴 Needs work (${BANDS['needs-work'].range})`,
} satisfies Record<Band, string>;

export function bandLabel(band: Band): string {
  return BAND_LABEL[band];
}

/** Telegram's HTML mode needs &, < and > escaped in text (quotes only matter in attributes, which never hold user text). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

export function renderReply(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  const limit = options.limit ?? MESSAGE_LIMIT;
  // Room for wrappers (<pre>, "• ", <b>) around one split piece of text.
  const pieceMax = Math.max(20, limit - 64);
  const rows: InlineKeyboardButton[][] = [];
  const blocks: string[][] = [];
  if (reply.title.trim()) blocks.push(wrapEach(reply.title, pieceMax, (t) => `<b>${t}</b>`));
  for (const block of reply.blocks) {
    const parts = renderBlock(block, pieceMax, options, rows);
    if (parts.length > 0) blocks.push(parts);
  }
  if (reply.hints.length > 0) blocks.push(reply.hints.flatMap((hint) => wrapEach(hint, pieceMax, (t) => `<i>${t}</i>`)));
  rows.push(...(options.extraRows ?? []));

  const texts = pack(blocks, limit);
  if (texts.length === 0 && rows.length > 0) texts.push('Choose:');
  const messages: TelegramMessage[] = texts.map((html) => ({ html }));
  const last = messages[messages.length - 1];
  if (last && rows.length > 0) last.keyboard = rows;
  return messages;
}

function renderBlock(block: ReplyBlock, max: number, options: RenderOptions, rows: InlineKeyboardButton[][]): string[] {
  switch (block.type) {
    case 'score':
      return [
        `<b>Score: ${Math.round(block.score)}/100</b> · ${bandLabel(block.band)}`,
        `ATS readiness: ${Math.round(block.readiness)}/100`,
        ...wrapEach(block.target, max, (t, i) => (i === 0 ? `Target: ${t}` : t)),
      ];
    case 'text':
      return lines(block.text).flatMap((line) => wrapEach(line, max, (t) => t));
    case 'section':
      return [
        ...wrapEach(block.heading, max, (t) => `<b>${t}</b>`),
        ...lines(block.text ?? '').flatMap((line) => wrapEach(line, max, (t) => t)),
        ...(block.items ?? []).flatMap((item) => wrapEach(item, max, (t, i) => (i === 0 ? `• ${t}` : t))),
      ].filter((part) => part.length > 0);
    case 'fields':
      return block.fields.flatMap((field) => {
        const label = `<b>${escapeHtml(field.label)}:</b> `;
        return wrapEach(field.value, Math.max(20, max - label.length), (t, i) => (i === 0 ? label + t : t));
      });
    case 'code':
      return [
        ...wrapEach(block.heading, max, (t) => `<b>${t}</b>`),
        // Whole in one <pre> when it fits, so the summary is one tap to copy.
        ...splitEscaped(block.text, max).map((piece) => `<pre>${escapeHtml(piece)}</pre>`),
      ].filter((part) => part.length > 0);
    case 'choices': {
      const listed: string[] = [];
      const buttons: InlineKeyboardButton[] = [];
      for (const option of block.options) {
        const button = options.button?.(option) ?? null;
        if (button) buttons.push(button);
        else listed.push(...wrapEach(`${option.label}: ${option.command}`, max, (t) => `• ${t}`));
      }
      for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
      return [...wrapEach(block.heading, max, (t) => `<b>${t}</b>`), ...listed].filter((part) => part.length > 0);
    }
  }
}

function lines(text: string): string[] {
  return text.trim() ? text.split('\n') : [];
}

/** Escapes `raw`, splitting it first when needed, and wraps each piece (index 0 is the first piece). */
function wrapEach(raw: string, max: number, wrap: (escaped: string, index: number) => string): string[] {
  if (!raw.trim()) return [];
  return splitEscaped(raw, max).map((piece, i) => wrap(escapeHtml(piece), i));
}

/** Splits raw text so that each piece, once escaped, is at most `max` characters; prefers whitespace. */
export function splitEscaped(raw: string, max: number): string[] {
  if (raw.length * 5 <= max || escapeHtml(raw).length <= max) return [raw];
  const chars = Array.from(raw); // code points: never split a surrogate pair
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let length = 0;
    let end = start;
    let gap = -1;
    while (end < chars.length) {
      const ch = chars[end] ?? '';
      const size = ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : ch.length;
      if (length + size > max) break;
      length += size;
      if (ch === ' ' || ch === '\n') gap = end;
      end++;
    }
    if (end === start) end = start + 1; // max smaller than one character: still progress
    else if (end < chars.length && gap > start + (end - start) / 2) end = gap + 1;
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** Packs blocks (lists of balanced HTML parts) into messages: whole blocks when they fit, else part by part. */
function pack(blocks: string[][], limit: number): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current) out.push(current);
    current = '';
  };
  for (const parts of blocks) {
    const whole = parts.join('\n');
    if (current && current.length + 2 + whole.length <= limit) {
      current += `\n\n${whole}`;
      continue;
    }
    flush();
    if (whole.length <= limit) {
      current = whole;
      continue;
    }
    for (const part of parts) {
      if (current && current.length + 1 + part.length <= limit) current += `\n${part}`;
      else {
        flush();
        current = part;
      }
    }
  }
  flush();
  return out;
}

/**
 * Reply -> Discord embeds. Discord owns the markup and the limits here: the core's text is plain, so
 * every string is markdown-escaped; everything is kept under the embed limits by trimming lists
 * ("…and N more") and moving overflowing fields into continuation embeds and messages.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Band, Reply, ReplyBlock } from '../../src/bot/types.js';
import { EMBED_LIMITS as L, chunkLines, clip } from './limits.js';
import { discordCommand, rewriteCommands } from './syntax.js';
import { escapeDiscordMarkdown } from './markdown.js';
import type { DiscordFile } from './scorecard.js';
import { BANDS } from '../../src/analysis/bands.js';

/** The embed's side colour is the band's colour on the scorecard (src/analysis/bands.ts). */
export const BAND_COLOR = {
  strong: parseInt(BANDS.strong.hex.slice(1), 16), close: parseInt(BANDS.close.hex.slice(1), 16), 'needs-work': parseInt(BANDS['needs-work'].hex.slice(1), 16),
} as const satisfies Record<Band, number>;
const KIND_COLOR = { error: 0xe74c3c, 'rate-limited': 0xe67e22, other: 0x5865f2 } as const;
/** A long section (bullet fixes, missing skills) may span this many fields before it is trimmed. */
const MAX_FIELDS_PER_SECTION = 3;
const BAND_LABEL = { strong: 'Strong match', close: 'Close', 'needs-work': 'Needs work' } as const satisfies Record<Band, string>;

/** One outgoing message: its embeds fit every per-message limit. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  /** Buttons under the message ("Skills", "Checks", ...): pressing one runs that `/ats details ...`. */
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** The scorecard upload (scorecard.ts), on the message that carries the report. */
  files?: DiscordFile[];
}

/** A details button's custom id carries the core command it stands for. */
export const DETAILS_BUTTON_PREFIX = 'ats:';
/** Discord shows at most 5 buttons in a row and 5 rows in a message. */
const BUTTONS_PER_ROW = 5;
const MAX_ROWS = 5;
const BUTTON_LABEL_MAX = 80;
const CUSTOM_ID_MAX = 100;

/** The core's "/ats details ..." choices as buttons (component type 2, secondary style). */
export function detailButtons(replies: Reply[]): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  for (const reply of replies) {
    for (const block of reply.blocks) {
      if (block.type !== 'choices') continue;
      for (const o of block.options) {
        const id = `${DETAILS_BUTTON_PREFIX}${o.command.replace(/^\/ats\s+/, '')}`;
        if (!/^\/ats details \w+$/.test(o.command) || id.length > CUSTOM_ID_MAX || buttons.some((b) => 'custom_id' in b && b.custom_id === id)) continue;
        buttons.push({ type: 2, style: 2, label: clip(o.label, BUTTON_LABEL_MAX), custom_id: id });
      }
    }
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && rows.length < MAX_ROWS; i += BUTTONS_PER_ROW) rows.push({ type: 1, components: buttons.slice(i, i + BUTTONS_PER_ROW) });
  return rows;
}

export interface RenderContext {
  /** Known role ids, so `/ats backend-developer` in the core's prose becomes `/ats role:backend-developer`. */
  roleIds: ReadonlySet<string>;
}

/** Nothing longer than a description can be shown; clipping first bounds the work on huge input. */
const escape = (text: string): string => escapeDiscordMarkdown(clip(text, L.description));

function plain(text: string, ctx: RenderContext): string {
  return rewriteCommands(clip(text, L.description), ctx.roleIds, (cmd) => `\`${cmd}\``, escapeDiscordMarkdown);
}

/** Length of the fences around a code block: "```\n" and "\n```". */
const CODE_FENCES = 8;

/** Code blocks cannot contain their own fence; a zero-width space breaks any inside the text. */
function codeBlock(text: string, max: number): string {
  const body = clip(text.replace(/```/g, '`\u200b``'), max - CODE_FENCES);
  return '```\n' + body + '\n```';
}

function blockField(block: Exclude<ReplyBlock, { type: 'score' | 'text' }>, ctx: RenderContext): APIEmbedField[] {
  switch (block.type) {
    case 'section': {
      // The core may already end a list with "…and N more"; fold it into our own count.
      const items = [...(block.items ?? [])];
      const hiddenUpstream = /^…and (\d+) more$/.exec(items.at(-1) ?? '');
      if (hiddenUpstream) items.pop();
      const lines = [
        ...(block.text ? [plain(block.text, ctx)] : []),
        ...items.map((item) => `• ${plain(item, ctx)}`),
      ];
      const chunks = chunkLines(lines.length ? lines : ['—'], L.fieldValue, MAX_FIELDS_PER_SECTION, Number(hiddenUpstream?.[1] ?? 0));
      // Continuation fields get an invisible name, so a long section reads as one.
      return chunks.map((value, n) => ({ name: n === 0 ? clip(escape(block.heading), L.fieldName) : '\u200b', value }));
    }
    case 'fields':
      return block.fields.map((f) => ({
        name: clip(escape(f.label), L.fieldName),
        value: clip(plain(f.value, ctx) || '—', L.fieldValue),
        inline: true,
      }));
    case 'code':
      return [{ name: clip(escape(block.heading), L.fieldName), value: codeBlock(block.text, L.fieldValue) }];
    case 'choices': {
      const lines = block.options.map((o) => `\`${discordCommand(o.command)}\` ${plain(o.label, ctx)}`);
      const chunks = chunkLines(lines.length ? lines : ['—'], L.fieldValue, MAX_FIELDS_PER_SECTION);
      return chunks.map((value, n) => ({ name: n === 0 ? clip(escape(block.heading), L.fieldName) : '\u200b', value }));
    }
  }
}

function colorOf(reply: Reply): number {
  const score = reply.blocks.find((b) => b.type === 'score');
  if (score) return BAND_COLOR[score.band];
  if (reply.kind === 'error') return KIND_COLOR.error;
  if (reply.kind === 'rate-limited') return KIND_COLOR['rate-limited'];
  return KIND_COLOR.other;
}

export function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** One reply -> one embed, plus continuation embeds when its fields exceed one embed's limits. */
export function renderReply(reply: Reply, ctx: RenderContext): APIEmbed[] {
  const color = colorOf(reply);
  const description: string[] = [];
  const fields: APIEmbedField[] = [];
  /** Code too long for a field (1024) gets an embed of its own, so the copyable text stays whole. */
  const ownEmbeds: APIEmbed[] = [];
  for (const block of reply.blocks) {
    if (block.type === 'score') {
      description.push(
        `**${block.score}/100** · ${BAND_LABEL[block.band]} · ATS readiness **${block.readiness}/100**`,
        `Target: ${plain(block.target, ctx)}`,
      );
    } else if (block.type === 'text') {
      description.push(plain(block.text, ctx));
    } else if (block.type === 'code' && block.text.length > L.fieldValue - CODE_FENCES) {
      ownEmbeds.push({ color, title: clip(escape(block.heading), L.title), description: codeBlock(block.text, L.description) });
    } else {
      fields.push(...blockField(block, ctx));
    }
  }
  const footerText = reply.hints.map((h) => rewriteCommands(h, ctx.roleIds, (c) => c)).join('\n');
  const footer = footerText ? { text: clip(footerText, L.footer) } : undefined;

  const first: APIEmbed = { color, title: clip(escape(reply.title) || 'ATS Bot', L.title) };
  const desc = description.join('\n');
  if (desc) first.description = clip(desc, L.description);

  // Budget per embed: leave room for the footer, which goes on the last one.
  const budget = L.total - (footer?.text.length ?? 0);
  const embeds: APIEmbed[] = [first];
  let current = first;
  for (const field of fields) {
    const count = current.fields?.length ?? 0;
    if (count >= L.fields || embedLength(current) + field.name.length + field.value.length > budget) {
      current = { color };
      embeds.push(current);
    }
    (current.fields ??= []).push(field);
  }
  for (const embed of ownEmbeds) {
    embeds.push(embed);
    current = embed;
  }
  if (footer) {
    if (embedLength(current) + footer.text.length > L.total) {
      current = { color };
      embeds.push(current);
    }
    current.footer = footer;
  }
  return embeds;
}

/** Packs embeds into as few messages as the 10-embed and 6000-character limits allow, in order. */
export function packMessages(embeds: APIEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: DiscordMessage | null = null;
  let total = 0;
  for (const embed of embeds) {
    const size = embedLength(embed);
    if (!current || current.embeds.length >= L.embedsPerMessage || total + size > L.total) {
      current = { embeds: [] };
      messages.push(current);
      total = 0;
    }
    current.embeds.push(embed);
    total += size;
  }
  return messages;
}

export function renderReplies(replies: Reply[], ctx: RenderContext): DiscordMessage[] {
  const messages = packMessages(replies.flatMap((r) => renderReply(r, ctx)));
  const rows = detailButtons(replies);
  const last = messages[messages.length - 1];
  if (last && rows.length) last.components = rows;
  return messages;
}

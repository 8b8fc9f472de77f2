/**
 * The scorecard on Discord: the PNG uploaded with the message that carries the report, and shown
 * as that report's embed image (`attachment://<name>`). The message keeps its audience: in servers
 * interaction replies are ephemeral, and so is their attachment.
 */
import type { Reply } from '../../src/bot/types.js';
import { renderReply, type DiscordMessage, type RenderContext } from './render.js';

/** An upload as discord.js takes it (AttachmentPayload); `description` is the alt text. */
export interface DiscordFile { attachment: Buffer; name: string; description: string }

/** Discord caps attachment descriptions (alt text) at 1024 characters. */
const DESCRIPTION_MAX_CHARS = 1024;

export function attachScorecard(messages: DiscordMessage[], replies: Reply[], ctx: RenderContext): DiscordMessage[] {
  const index = replies.findIndex((r) => r.image);
  const image = replies[index]?.image;
  if (!image) return messages;
  // The report's first embed, counted across the replies before it (packing keeps embeds in order).
  let target = replies.slice(0, index).reduce((n, r) => n + renderReply(r, ctx).length, 0);
  for (const message of messages) {
    if (target >= message.embeds.length) { target -= message.embeds.length; continue; }
    const embed = message.embeds[target]!;
    embed.image = { url: `attachment://${image.name}` };
    message.files = [{ attachment: Buffer.from(image.png), name: image.name, description: image.alt.slice(0, DESCRIPTION_MAX_CHARS) }];
    break;
  }
  return messages;
}

/** The upload fields for a message send/edit: none when it has no card. */
export function filesOf(message: DiscordMessage): { files?: DiscordFile[] } {
  return message.files ? { files: message.files } : {};
}

/** Builders for normalized events, for tests of the core and of adapters. */
import type { InboundAttachment, InboundEvent, Platform, Reply, ReplyBlock } from './types.js';

export interface EventInit {
  platform?: Platform;
  userId?: string;
  conversationId?: string;
  isDM?: boolean;
  attachments?: InboundAttachment[];
}

export function textEvent(text: string, init: EventInit = {}): InboundEvent {
  const userId = init.userId ?? 'alice';
  return {
    platform: init.platform ?? 'console',
    userId,
    conversationId: init.conversationId ?? (init.isDM === false ? 'channel-1' : `dm-${userId}`),
    isDM: init.isDM ?? true,
    text,
    attachments: init.attachments ?? [],
  };
}

/** `/ats <args>` as an adapter hands it over. */
export function commandEvent(args: string, init: EventInit = {}): InboundEvent {
  return { ...textEvent(args, init), command: { name: 'ats', args } };
}

export function fileEvent(attachment: InboundAttachment, init: EventInit = {}): InboundEvent {
  return textEvent('', { ...init, attachments: [attachment] });
}

/** An attachment over bytes in memory; `fetched()` tells whether it was downloaded. */
export function memoryAttachment(name: string, bytes: Uint8Array, size: number | null = bytes.byteLength) {
  let count = 0;
  const attachment: InboundAttachment & { fetched(): number } = {
    name, mimeType: null, size,
    async fetch() { count++; return bytes; },
    fetched: () => count,
  };
  return attachment;
}

export function blocksOf<T extends ReplyBlock['type']>(reply: Reply, type: T): Extract<ReplyBlock, { type: T }>[] {
  return reply.blocks.filter((b): b is Extract<ReplyBlock, { type: T }> => b.type === type);
}

/** Every string in a reply, for "does it mention ..." assertions. */
export function textOf(reply: Reply | Reply[] | ReplyBlock): string {
  return JSON.stringify(reply);
}

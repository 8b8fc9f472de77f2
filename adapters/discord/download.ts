/**
 * Attachment downloads. Discord CDN links are signed, so a plain GET needs no token. The size Discord
 * announced is checked by the caller first; here the body is also capped while streaming, in case
 * the announced size was wrong.
 */
import type { Attachment } from 'discord.js';
import type { InboundAttachment } from '../../src/bot/types.js';
import { readLimited } from '../shared/read-limited.js';

const DOWNLOAD_TIMEOUT_MS = 30_000;

export class DownloadError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
    this.name = 'DownloadError';
  }
}

export async function download(url: string, maxBytes: number): Promise<Uint8Array> {
  const res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!res.ok || !res.body) throw new DownloadError(`attachment download failed with HTTP ${res.status}`, res.status);
  const bytes = await readLimited(res.body, maxBytes);
  if (!bytes) throw new DownloadError(`attachment larger than ${maxBytes} bytes`, res.status);
  return bytes;
}

/** A lazy attachment for the core: nothing is downloaded until the core asks, and never when oversize. */
export function toInboundAttachment(a: Attachment, maxBytes: number): InboundAttachment {
  return {
    name: a.name,
    mimeType: a.contentType ?? null,
    size: Number.isFinite(a.size) ? a.size : null,
    fetch: () => {
      if (a.size > maxBytes) return Promise.reject(new DownloadError(`attachment announced ${a.size} bytes, over ${maxBytes}`, null));
      return download(a.url, maxBytes);
    },
  };
}

/**
 * The shared store for several instances. Built so that Redis going away is answered at once and
 * heals by itself: commands issued while disconnected fail immediately (no offline queue that
 * would hold a person's request until Redis returns, then replay writes we already reported as
 * failed), and the client keeps reconnecting in the background with a capped backoff.
 */
import type Keyv from 'keyv';

/** Backoff between reconnect attempts: 100 ms, 200 ms, ... at most 2 s, for ever. */
export const REDIS_RECONNECT_MAX_MS = 2_000;
const CONNECT_TIMEOUT_MS = 5_000;

export async function openRedisStore(url: string, onError?: (error: unknown) => void): Promise<Keyv> {
  const { createKeyv } = await import('@keyv/redis');
  const keyv = createKeyv({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min((retries + 1) * 100, REDIS_RECONNECT_MAX_MS),
    },
  }, { namespace: 'ats-bot', throwOnConnectError: true, throwOnErrors: true, connectionTimeout: CONNECT_TIMEOUT_MS }) as unknown as Keyv;
  let probed = false; // the failed probe's reconnect noise is summed up in the one error below
  keyv.on('error', (error: unknown) => { if (probed) onError?.(error); });
  try {
    await keyv.get('connection-probe'); // fail at start, with one clear line, rather than on the first message
    probed = true;
  } catch {
    await keyv.disconnect().catch(() => {});
    throw new Error(`cannot connect to Redis at ${redactUrl(url)}`);
  }
  return keyv;
}

/** A URL safe to print: no password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

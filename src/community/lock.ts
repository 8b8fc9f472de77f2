/**
 * Read-modify-write of one community key by several instances: the shared lock (Redis SET NX
 * when the store is Redis, in process otherwise) makes the writes take turns, so two checks
 * landing at once on two instances are both counted.
 */
import type { SharedState } from '../store/shared.js';
import { StoreError, withDeadline } from '../store/errors.js';

/** Far longer than one read and one write; frees itself should its holder die. */
export const COMMUNITY_LOCK_MS = 5_000;
/** How long a writer waits for its turn before giving up with "storage unavailable". */
export const COMMUNITY_LOCK_WAIT_MS = 3_000;
const POLL_MS = 25;

export async function withCommunityLock<T>(shared: SharedState, key: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + COMMUNITY_LOCK_WAIT_MS;
  for (;;) {
    const release = await withDeadline('write', timeoutMs, () => shared.tryLock(`lock:${key}`, COMMUNITY_LOCK_MS));
    if (release) {
      try {
        return await work();
      } finally {
        await release().catch(() => {});
      }
    }
    if (Date.now() >= deadline) throw new StoreError('write', 'unavailable', 'lock-timeout');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Keyv from 'keyv';
import { openRedisStore } from './redis.js';
import { openSqliteStore } from './sqlite.js';

export { UserStore, USER_KEYS, userKey, DEFAULT_STORE_TIMEOUT_MS } from './user-store.js';
export { StoreError, isStoreError } from './errors.js';
export { sweepExpired } from './sqlite.js';
export { redactUrl } from './redis.js';
export type { UserKey, StoredRecord, ReportSnapshot } from './user-store.js';

export interface StoreOptions {
  /** Directory for the default SQLite file (default ./data, created when missing). */
  dataDir?: string;
  /** Receives connection errors and failed background sweeps. */
  onError?: (error: unknown) => void;
  /** SQLite: how often expired rows are wiped from the file (default 5 minutes). */
  sweepIntervalMs?: number;
}

export const DEFAULT_SQLITE_FILE = 'ats-bot.sqlite';

/**
 * The keyv store behind the bot: empty/undefined -> SQLite file under ./data, `memory` -> a Map,
 * `sqlite://path` -> that file, `redis://...` -> Redis (several instances sharing state).
 * The SQLite and Redis adapters are loaded only when used. Every store throws on errors.
 */
export async function createStore(url: string | undefined, opts: StoreOptions = {}): Promise<Keyv> {
  const spec = url?.trim() ?? '';
  let keyv: Keyv;
  if (spec === 'memory') {
    keyv = new Keyv({ store: new Map(), throwOnErrors: true });
  } else if (/^rediss?:\/\//.test(spec)) {
    return openRedisStore(spec, opts.onError);
  } else if (spec === '' || spec.startsWith('sqlite://')) {
    const file = spec === ''
      ? path.resolve(opts.dataDir ?? 'data', DEFAULT_SQLITE_FILE)
      : path.resolve(spec.slice('sqlite://'.length));
    mkdirSync(path.dirname(file), { recursive: true });
    keyv = await openSqliteStore(file, { ...(opts.onError ? { onError: opts.onError } : {}), ...(opts.sweepIntervalMs ? { sweepIntervalMs: opts.sweepIntervalMs } : {}) });
  } else {
    throw new Error('STORE_URL must be empty (SQLite under ./data), "memory", sqlite://path or redis://host:port');
  }
  keyv.on('error', (error: unknown) => opts.onError?.(error));
  return keyv;
}


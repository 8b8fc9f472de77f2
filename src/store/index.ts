import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Keyv from 'keyv';

export { UserStore, USER_KEYS, userKey } from './user-store.js';
export type { UserKey, StoredRecord, ReportSnapshot } from './user-store.js';

export interface StoreOptions {
  /** Directory for the default SQLite file (default ./data, created when missing). */
  dataDir?: string;
  /** Receives connection errors (keyv emits them instead of throwing). */
  onError?: (error: unknown) => void;
}

export const DEFAULT_SQLITE_FILE = 'ats-bot.sqlite';

/**
 * The keyv store behind the bot: empty/undefined -> SQLite file under ./data, `memory` -> a Map,
 * `sqlite://path` -> that file, `redis://...` -> Redis (several instances sharing state).
 * The SQLite and Redis adapters are loaded only when used.
 */
export async function createStore(url: string | undefined, opts: StoreOptions = {}): Promise<Keyv> {
  const spec = url?.trim() ?? '';
  let keyv: Keyv;
  if (spec === 'memory') {
    keyv = new Keyv({ store: new Map() });
  } else if (/^rediss?:\/\//.test(spec)) {
    const { createKeyv } = await import('@keyv/redis');
    // Fail fast instead of reconnecting for ever when Redis is down at start.
    keyv = createKeyv(spec, { namespace: 'ats-bot', throwOnConnectError: true, connectionTimeout: 5000 }) as unknown as Keyv;
    let probed = false; // the failed probe's reconnect noise is summed up in the one error below
    keyv.on('error', (error: unknown) => { if (probed) opts.onError?.(error); });
    try {
      await keyv.get('connection-probe'); // fail at start, with one clear line, rather than on the first message
      probed = true;
    } catch {
      await keyv.disconnect().catch(() => {});
      throw new Error(`cannot connect to Redis at ${redactUrl(spec)}`);
    }
    return keyv;
  } else if (spec === '' || spec.startsWith('sqlite://')) {
    const file = spec === ''
      ? path.resolve(opts.dataDir ?? 'data', DEFAULT_SQLITE_FILE)
      : path.resolve(spec.slice('sqlite://'.length));
    mkdirSync(path.dirname(file), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    keyv = new Keyv({ store: new KeyvSqlite(`sqlite://${file}`) });
  } else {
    throw new Error('STORE_URL must be empty (SQLite under ./data), "memory", sqlite://path or redis://host:port');
  }
  keyv.on('error', (error: unknown) => opts.onError?.(error));
  return keyv;
}

/** A URL safe to print: no password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/**
 * The embedded store: one SQLite file. @keyv/sqlite alone leaves deleted and expired rows readable
 * in the file (no TTL sweep; freed pages keep their bytes), so this adds what "forget" and "expires"
 * promise on disk: PRAGMA secure_delete (freed content is zeroed) and a periodic expiry sweep.
 */
import Keyv from 'keyv';

/** How often expired rows are removed from the file; an expired row is unreadable to the bot at once. */
export const SQLITE_SWEEP_INTERVAL_MS = 5 * 60_000;

interface SqliteAdapter {
  query(sql: string, ...params: unknown[]): Promise<unknown[]>;
  opts: { table: string };
}

export interface SqliteStoreOptions {
  sweepIntervalMs?: number;
  /** Receives sweep failures (the timer must never throw). */
  onError?: (error: unknown) => void;
}

export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Keyv> {
  const { default: KeyvSqlite } = await import('@keyv/sqlite');
  const adapter = new KeyvSqlite(`sqlite://${file}`);
  const sql = adapter as unknown as SqliteAdapter;
  // Per connection, and @keyv/sqlite keeps one: set before anything is written. The rollback
  // journal (default DELETE mode) is removed after each commit, so no copy outlives a transaction.
  await sql.query('PRAGMA secure_delete = ON');
  await sql.query('PRAGMA journal_mode = DELETE');
  const keyv = new Keyv({ store: adapter, throwOnErrors: true });
  await sweepExpired(keyv); // rows that expired while the process was down

  const interval = options.sweepIntervalMs ?? SQLITE_SWEEP_INTERVAL_MS;
  const timer = setInterval(() => { sweepExpired(keyv).catch((error: unknown) => options.onError?.(error)); }, interval);
  timer.unref();
  const disconnect = keyv.disconnect.bind(keyv);
  keyv.disconnect = async () => {
    clearInterval(timer);
    await disconnect();
  };
  return keyv;
}

/**
 * Deletes every row whose keyv `expires` has passed (keyv itself only drops an expired row when it
 * is read again, which for a person who never returns is never). Returns how many went.
 */
export async function sweepExpired(keyv: Keyv, now: number = Date.now()): Promise<number> {
  const sql = keyv.store as SqliteAdapter;
  const table = sql.opts.table;
  const where = `json_valid(value) AND json_extract(value, '$.expires') IS NOT NULL AND json_extract(value, '$.expires') <= ?`;
  const [row] = await sql.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, now) as { n: number }[];
  if (!row?.n) return 0;
  await sql.query(`DELETE FROM ${table} WHERE ${where}`, now);
  return row.n;
}

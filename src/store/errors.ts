/**
 * A store call that failed or ran out of time. The bot turns it into an honest reply ("nothing was
 * changed"), never a false confirmation. No message text from the backend is kept: it may quote keys.
 */
export type StoreOp = 'read' | 'write' | 'delete';

export class StoreError extends Error {
  constructor(
    readonly op: StoreOp,
    /** 'unavailable': no answer within the time limit, or the backend is disconnected. */
    readonly reason: 'failed' | 'unavailable',
    /** The backend error's code (SQLITE_READONLY, ECONNREFUSED, ...), for logs. */
    readonly backendCode?: string,
  ) {
    super(`store ${op} ${reason}${backendCode ? ` (${backendCode})` : ''}`);
    this.name = 'StoreError';
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/** Connection-level failures mean "try again shortly", not "this write is wrong". */
const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTCONN|offline|not connected|closed|ClientOffline|ClientClosed|SocketClosedUnexpectedly/i;

export function toStoreError(op: StoreOp, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const e = error as { code?: unknown; name?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : undefined;
  const text = `${code ?? ''} ${typeof e?.name === 'string' ? e.name : ''} ${typeof e?.message === 'string' ? e.message : ''}`;
  return new StoreError(op, UNAVAILABLE.test(text) ? 'unavailable' : 'failed', code);
}

/**
 * Waits at most `ms` for a store call. A call that outlives its limit is reported as unavailable;
 * the backend may still finish it later, which is why writes are idempotent (whole-value sets).
 */
export async function withDeadline<T>(op: StoreOp, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreError(op, 'unavailable', 'timeout')), ms);
  });
  try {
    return await Promise.race([work(), deadline]);
  } catch (error) {
    throw toStoreError(op, error);
  } finally {
    clearTimeout(timer);
  }
}

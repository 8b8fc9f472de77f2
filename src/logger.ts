import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs on stderr, so stdout stays clean for the console adapter and `--json` output.
 * Log ids, timings and error codes only: never resume or job-post text.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { app: 'ats-bot' } }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that drops everything (tests, library use). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

import os from 'node:os';
import { z } from './validation/zod.js';

/** Raised for a malformed environment; `message` is one line naming the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const SWITCH_VALUES = ['on', 'off', 'true', 'false', '1', '0'] as const;
const ON_VALUES = new Set<string>(['on', 'true', '1']);

/** Blank values count as unset, so a copied .env.example with empty lines means "defaults". */
const blank = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const number = (min: number, max: number, whole: boolean) => {
  let n = z.coerce.number({ error: 'must be a number' });
  if (whole) n = n.int('must be a whole number');
  return n.min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
};
/** A number variable whose blank or unset value means `fallback`. */
const withDefault = (schema: ReturnType<typeof number>, fallback: number) =>
  z.preprocess(blank, schema.optional()).transform((v): number => v ?? fallback);
const int = (min: number, max: number, fallback: number) => withDefault(number(min, max, true), fallback);
const num = (min: number, max: number, fallback: number) => withDefault(number(min, max, false), fallback);

const storeUrl = z.preprocess(blank, z.string().trim().refine(
  (v) => v === 'memory' || /^rediss?:\/\/.+/.test(v) || /^sqlite:\/\/.+/.test(v),
  'must be empty (SQLite under ./data), "memory", sqlite://path or redis://host:port',
).optional());

const envSchema = z.object({
  STORE_URL: storeUrl,
  DATA_TTL_HOURS: num(0.01, 24 * 365, 72),
  RATE_LIMIT_MAX: int(1, 10_000, 10),
  RATE_LIMIT_WINDOW_MINUTES: num(0.01, 24 * 60, 10),
  MAX_FILE_MB: num(0.01, 100, 10),
  MAX_PAGES: int(1, 1000, 20),
  ANALYSIS_TIMEOUT_SECONDS: num(0.1, 600, 15),
  WORKERS: z.preprocess(blank, number(1, 64, true).optional()),
  QUEUE_MAX: int(1, 100_000, 100),
  LOG_LEVEL: z.preprocess((v) => (typeof blank(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional()).transform((v) => v ?? 'info'),
  PORT: int(0, 65535, 3000),
  HOST: z.preprocess(blank, z.string().trim().regex(/^[\w.:-]+$/, 'must be an interface address such as 0.0.0.0 or 127.0.0.1').optional()),
  OPS_PORT: z.preprocess(blank, number(0, 65535, true).optional()),
  SCORECARD: z.preprocess((v) => (typeof blank(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
    z.enum(SWITCH_VALUES, { error: 'must be on or off' }).optional()).transform((v) => v === undefined || ON_VALUES.has(v)),
  LINK_FETCH: z.preprocess((v) => (typeof blank(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
    z.enum(['on', 'off'], { error: 'must be on or off' }).optional()).transform((v) => v ?? 'on'),
  LINK_RATE_LIMIT_MAX: int(1, 10_000, 10),
  COMMUNITY_HASH_KEY: z.preprocess(blank, z.string().trim().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional()),
});

/** Never echoed in an error: they are secrets. */
const SECRET_VARIABLES = new Set(['COMMUNITY_HASH_KEY']);

export interface Config {
  storeUrl: string | undefined;
  ttlMs: number;
  rateLimit: { max: number; windowMs: number };
  limits: { maxBytes: number; maxPages: number; timeoutMs: number };
  workers: number;
  /** Uploads and pastes waiting for a worker; beyond it the answer is "busy". */
  queueMax: number;
  logLevel: (typeof LOG_LEVELS)[number];
  port: number;
  /** Interface every HTTP listener binds (Slack HTTP, Telegram webhook, ops). */
  host: string;
  /** /healthz, /readyz and /metrics; off when unset. */
  opsPort: number | undefined;
  /** Send the scorecard image with each first report reply (SCORECARD, on unless "off"). */
  scorecard: boolean;
  /** Job posts read from links (src/links); null when LINK_FETCH=off. Same window as rateLimit. */
  links: { rateLimit: { max: number; windowMs: number } } | null;
  /** The key people are hashed with in community stats; generated and kept in the store when unset. */
  communityHashKey: string | undefined;
}

/** Parses the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const raw = SECRET_VARIABLES.has(name) ? undefined : env[name];
    const safe = raw?.replace(/\/\/([^@/]*)@/, '//***@');
    const shown = safe === undefined ? '' : ` (got "${safe.length > 40 ? safe.slice(0, 40) + '…' : safe}")`;
    throw new ConfigError(`Invalid ${name}${shown}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    storeUrl: e.STORE_URL,
    ttlMs: Math.round(e.DATA_TTL_HOURS * 3_600_000),
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: Math.round(e.RATE_LIMIT_WINDOW_MINUTES * 60_000) },
    limits: {
      maxBytes: Math.round(e.MAX_FILE_MB * 1024 * 1024),
      maxPages: e.MAX_PAGES,
      timeoutMs: Math.round(e.ANALYSIS_TIMEOUT_SECONDS * 1000),
    },
    workers: e.WORKERS ?? Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4)),
    queueMax: e.QUEUE_MAX,
    logLevel: e.LOG_LEVEL,
    port: e.PORT,
    host: e.HOST ?? '0.0.0.0',
    opsPort: e.OPS_PORT,
    scorecard: e.SCORECARD,
    links: e.LINK_FETCH === 'off' ? null
      : { rateLimit: { max: e.LINK_RATE_LIMIT_MAX, windowMs: Math.round(e.RATE_LIMIT_WINDOW_MINUTES * 60_000) } },
    communityHashKey: e.COMMUNITY_HASH_KEY,
  };
}

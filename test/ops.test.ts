/**
 * GET /healthz, /readyz and /metrics on OPS_PORT, from `npm start` itself: readiness follows the
 * store (a real redis-server stopped and started) and the adapter; metrics count what was answered.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BotProcess } from './helpers/bot-process.js';
import { freePort, HAVE_REDIS_SERVER, RedisProcess } from './helpers/redis-server.js';
import { documentMessage, FakeTelegramApi, privateChat } from './fakes/telegram-api.js';
import { waitFor } from './fakes/slack-api.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-ops-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const RESUME = readFileSync(path.resolve(import.meta.dirname, 'fixtures/resumes/rm-john-doe-java.txt'));

async function get(port: number, p: string): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${p}`);
    return { status: res.status, body: await res.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

async function eventually(port: number, p: string, status: number, timeoutMs = 15_000) {
  let last = { status: 0, body: '' };
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    last = await get(port, p);
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${p}: wanted ${status}, last ${last.status} ${last.body}`);
}

describe.skipIf(!HAVE_REDIS_SERVER && !process.env.CI_REQUIRE_REDIS)('ops endpoints', () => {
  it('healthz, readyz following the store and the adapter, and metrics of what was answered', async () => {
    const api = new FakeTelegramApi({ maxHoldMs: 200 });
    await api.start();
    const redis = new RedisProcess(await freePort());
    await redis.start();
    const ops = await freePort();
    const proc = new BotProcess({
      TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, STORE_URL: redis.url,
      OPS_PORT: String(ops), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    }, tmp);
    try {
      expect((await eventually(ops, '/healthz', 200)).body).toBe('ok\n');
      const ready = await eventually(ops, '/readyz', 200);
      expect(JSON.parse(ready.body)).toEqual({ ready: true, checks: { store: true, telegram: true } });

      const user = { id: 6060, first_name: 'Ops' };
      api.addFile('ops-doc', new Uint8Array(RESUME));
      api.pushUpdate(documentMessage(privateChat(user), user, { file_id: 'ops-doc', file_name: 'cv.txt', file_size: RESUME.byteLength }));
      await waitFor(() => api.textsTo(6060).some((t) => /\/100/.test(t)), 20_000, 'the report');
      const metrics = (await get(ops, '/metrics')).body;
      expect(metrics).toMatch(/^ats_events_total\{platform="telegram",outcome="report"\} 1$/m);
      expect(metrics).toMatch(/^ats_event_duration_seconds_count\{platform="telegram"\} 1$/m);
      expect(metrics).toMatch(/^ats_queue_waiting 0$/m);
      // No user ids as labels. (Only inside label braces: a gauge's value may hold the digits too,
      // as a CI run's memory figure once did.)
      expect(metrics).not.toMatch(/\{[^}\n]*6060[^}\n]*\}/);

      await redis.stop();
      const down = await eventually(ops, '/readyz', 503);
      expect(JSON.parse(down.body).checks).toEqual({ store: false, telegram: true });
      await redis.start();
      await eventually(ops, '/readyz', 200);
    } finally {
      await proc.stop();
      await redis.stop();
      await api.stop();
    }
  }, 60_000);
});

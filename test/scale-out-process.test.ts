/**
 * Two real `npm start` processes (Slack HTTP mode) on one real redis-server: the rate limit is
 * shared, a replayed signed event is answered once, and `/ats forget` on one is seen by the other.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from './helpers/bot-process.js';
import { freePort, HAVE_REDIS_SERVER, RedisProcess } from './helpers/redis-server.js';
import { signedHeaders, startFakeSlack, waitFor, type FakeSlack } from './fakes/slack-api.js';

const canRun = Boolean(process.env.REDIS_TEST_URL) || HAVE_REDIS_SERVER;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-two-'));
const RESUME = readFileSync(path.resolve(import.meta.dirname, 'fixtures/resumes/rm-john-doe-java.txt'), 'utf8');
const run = `${process.pid}${Date.now() % 100000}`;
let redis: RedisProcess | undefined;
let fake: FakeSlack;
const procs: { proc: BotProcess; port: number }[] = [];
let seq = 0;

beforeAll(async () => {
  if (!canRun) return;
  let url = process.env.REDIS_TEST_URL ?? '';
  if (!url) {
    redis = new RedisProcess(await freePort());
    await redis.start();
    url = redis.url;
  }
  fake = await startFakeSlack({ botToken: 'xoxb-two' });
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const proc = new BotProcess({ SLACK_BOT_TOKEN: 'xoxb-two', SLACK_SIGNING_SECRET: 'two', SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1',
      STORE_URL: url, RATE_LIMIT_MAX: '2', LOG_LEVEL: 'info' }, tmp);
    procs.push({ proc, port });
  }
  await Promise.all(procs.map((p) => p.proc.waitFor(/slack adapter started/)));
}, 30_000);
afterAll(async () => {
  await Promise.all(procs.map((p) => p.proc.stop()));
  await fake?.close();
  await redis?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function dm(user: string, text: string, eventId = `EvTwo${run}-${++seq}`): string {
  const ts = `17000${run}.${String(++seq).padStart(6, '0')}`;
  return JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts, event_ts: ts } });
}
const send = (i: number, body: string) => fetch(`http://127.0.0.1:${procs[i]!.port}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signedHeaders('two', body) } });
const textsTo = (user: string) => fake.calls.filter((c) => c.params.channel === `D${user}` && c.method !== 'conversations.open').map((c) => String(c.params.text ?? ''));
const answered = (user: string, n: number) => waitFor(() => textsTo(user).filter((t) => !/^Reading/.test(t)).length >= n, 20_000, `${n} answers to ${user}`);

describe.skipIf(!canRun && !process.env.CI_REQUIRE_REDIS)('two bot processes on one Redis', () => {
  it('share the rate limit: 2 analyses allowed in all, not 2 per process', async () => {
    const user = `UR${run}`;
    await send(0, dm(user, RESUME)); await answered(user, 1);
    await send(1, dm(user, RESUME)); await answered(user, 2);
    await send(0, dm(user, RESUME)); await answered(user, 3);
    const answers = textsTo(user).filter((t) => !/^Reading/.test(t));
    expect(answers.slice(0, 2).every((t) => /\/100/.test(t))).toBe(true);
    expect(answers[2]).toMatch(/catch my breath/i);
  }, 40_000);

  it('a signed event replayed to the other process is answered once', async () => {
    const user = `UE${run}`;
    const body = dm(user, '/ats roles');
    await Promise.all([send(0, body), send(1, body)]);
    await answered(user, 1);
    await send(1, body);
    await new Promise((r) => setTimeout(r, 800));
    expect(textsTo(user)).toHaveLength(1);
  }, 30_000);

  it('/ats forget on one process is seen by the other', async () => {
    const user = `UF${run}`;
    await send(0, dm(user, '/ats data-scientist')); await answered(user, 1);
    expect(textsTo(user)[0]).toMatch(/Role set: Data Scientist/);
    await send(1, dm(user, '/ats forget')); await answered(user, 2);
    expect(textsTo(user)[1]).toMatch(/deleted everything/);
    await send(0, dm(user, '/ats job')); await answered(user, 3);
    await send(0, dm(user, RESUME)); await answered(user, 4);
    const report = textsTo(user).filter((t) => !/^Reading/.test(t))[3]!;
    expect(report).toMatch(/\/100/);
    expect(report).not.toMatch(/Data Scientist/); // the role chosen before forget is gone on this process too
  }, 40_000);
});

/**
 * No log line at any level carries resume or post text. Each adapter runs as `npm start` does, at
 * the most verbose level (LOG_LEVEL=trace, DEBUG=* for the `debug`-based SDK loggers), against its
 * fake platform; a resume with a marker word goes in, the report (quoting it) comes out to the
 * platform, and the marker must appear nowhere in the process's stdout or stderr.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BotProcess } from './helpers/bot-process.js';
import { freePort } from './helpers/redis-server.js';
import { documentMessage, FakeTelegramApi, privateChat, textMessage } from './fakes/telegram-api.js';
import { signedHeaders, startFakeSlack, waitFor } from './fakes/slack-api.js';
import { APPLICATION_ID, TOKEN, dmMessage, startFakeDiscord } from './fakes/discord-api.js';

const MARKER = 'Zorblaxquint';
const RESUME = new TextEncoder().encode(
  readFileSync(path.resolve(import.meta.dirname, 'fixtures/resumes/rm-john-doe-java.txt'), 'utf8')
        .split('\n').map((l) => (l.length > 60 ? `${l.replace(/\.$/, '')} for ${MARKER} clients.` : l)).join('\n')
    // The short first reply quotes the resume's own title in its suggested summary.
    .replaceAll('Senior Java Developer', `Senior ${MARKER} Java Developer`),
);
/** A pasted job post: the incoming event body itself carries it (Bolt logs bodies at debug). */
const JOB_POST = readFileSync(path.resolve(import.meta.dirname, 'fixtures/jobs/rm-jd-backend-engineer.txt'), 'utf8')
  .replace(/\n/, ` at ${MARKER} Labs\n`);
const VERBOSE = { LOG_LEVEL: 'trace', DEBUG: '*', STORE_URL: 'memory' };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-logs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectClean(proc: BotProcess): void {
  expect(proc.output.length).toBeGreaterThan(200); // it did log, verbosely
  const at = proc.output.indexOf(MARKER);
  expect(at, `resume text in the logs: …${proc.output.slice(Math.max(0, at - 300), at + 100)}…`).toBe(-1);
}

describe('logs never carry resume text, at the most verbose level', () => {
  it('Telegram (grammY, long polling)', async () => {
    const fake = new FakeTelegramApi();
    await fake.start();
    const proc = new BotProcess({ ...VERBOSE, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, tmp);
    try {
      await proc.waitFor(/long polling/);
      const user = { id: 4242, first_name: 'Pat' };
      fake.addFile('doc-1', RESUME);
      fake.pushUpdate(documentMessage(privateChat(user), user, { file_id: 'doc-1', file_name: 'cv.txt', mime_type: 'text/plain', file_size: RESUME.byteLength }));
      await waitFor(() => fake.textsTo(4242).some((t) => t.includes(MARKER)), 20_000, 'the report');
      const before = fake.textsTo(4242).length;
      fake.pushUpdate(textMessage(privateChat(user), user, JOB_POST));
      await waitFor(() => fake.textsTo(4242).length > before + 1, 20_000, 'the job post answer');
    } finally {
      await proc.stop();
      await fake.stop();
    }
    expectClean(proc);
  }, 40_000);

  it('Slack (Bolt, HTTP mode)', async () => {
    const fake = await startFakeSlack({ botToken: 'xoxb-fake1' });
    const port = await freePort();
    const proc = new BotProcess({ ...VERBOSE, SLACK_BOT_TOKEN: 'xoxb-fake1', SLACK_SIGNING_SECRET: 'sekrit', SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1' }, tmp);
    try {
      await proc.waitFor(/slack adapter started/);
      const url = fake.addFile('cv.txt', RESUME, 'text/plain');
      const ts = '1700000000.000100';
      const body = JSON.stringify({
        token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvLOG1', event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event: { type: 'message', subtype: 'file_share', channel: 'DU1', channel_type: 'im', user: 'U1', text: '', ts, event_ts: ts,
          files: [{ id: 'F1', name: 'cv.txt', title: 'cv.txt', mimetype: 'text/plain', filetype: 'text', size: RESUME.byteLength, mode: 'hosted', url_private: url, url_private_download: url }] },
      });
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders('sekrit', body) }, body });
      expect(res.status).toBe(200);
      await waitFor(() => fake.calls.some((c) => c.raw.includes(MARKER)), 20_000, 'the report');
      const before = fake.calls.length;
      const paste = JSON.stringify({
        token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvLOG2', event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event: { type: 'message', channel: 'DU1', channel_type: 'im', user: 'U1', text: JOB_POST, ts: '1700000001.000100', event_ts: '1700000001.000100' },
      });
      await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders('sekrit', paste) }, body: paste });
      await waitFor(() => fake.calls.length > before + 1, 20_000, 'the job post answer');
    } finally {
      await proc.stop();
      await fake.close();
    }
    expectClean(proc);
  }, 40_000);

  it('Discord (discord.js, gateway DM)', async () => {
    const fake = await startFakeDiscord();
    const proc = new BotProcess({ ...VERBOSE, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl }, tmp);
    try {
      await proc.waitFor(/Discord gateway ready/);
      const url = fake.addFile('cv.txt', RESUME, 'text/plain');
      fake.dispatch('MESSAGE_CREATE', dmMessage({ attachments: [{ filename: 'cv.txt', size: RESUME.byteLength, url, contentType: 'text/plain' }] }));
      await waitFor(() => fake.requests.some((r) => JSON.stringify(r.body ?? '').includes(MARKER)), 20_000, 'the report');
    } finally {
      await proc.stop();
      await fake.close();
    }
    expectClean(proc);
  }, 40_000);
});

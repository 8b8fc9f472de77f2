/** SLACK_* variables -> SlackConfig, and the bearer-token download's guards. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../adapters/slack/index.js';
import { downloadSlackFile, SlackDownloadError } from '../adapters/slack/download.js';

describe('slackConfigFromEnv', () => {
  it('is null when Slack is not configured', () => {
    expect(slackConfigFromEnv({})).toBeNull();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: '  ', SLACK_SIGNING_SECRET: 'x' })).toBeNull();
  });

  it('reads HTTP mode with PORT and SLACK_API_URL', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9/api' })).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 'abc',
      port: 8080,
      host: '0.0.0.0',
      apiUrl: 'http://127.0.0.1:9/api/',
    });
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc' })?.port).toBe(3000);
    // HOST binds the receiver (default every interface, for containers).
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', HOST: '127.0.0.1' })?.host).toBe('127.0.0.1');
  });

  it('reads Socket Mode when SLACK_APP_TOKEN is set', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({ mode: 'socket', appToken: 'xapp-1', botToken: 'xoxb-1' });
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 'x', SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, /^SLACK_BOT_TOKEN is malformed/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /^SLACK_APP_TOKEN is malformed/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'x', PORT: 'eighty' }, /^PORT is malformed/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'x', PORT: '70000' }, /^PORT is malformed/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'x', SLACK_API_URL: 'ftp://x' }, /^SLACK_API_URL is malformed/],
  ])('throws one line naming the variable for %j', (env, message) => {
    expect(() => slackConfigFromEnv(env)).toThrow(message);
    try {
      slackConfigFromEnv(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('downloadSlackFile', () => {
  let server: Server;
  let host: string;
  const seen: (string | undefined)[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      if (req.url === '/redirect') res.writeHead(302, { location: '/login' }).end();
      else if (req.url === '/html-bytes') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('\n<!DOCTYPE html><html>login</html>');
      else if (req.url === '/big') res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.alloc(2048));
      else res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7 fine');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, maxBytes = 1024) => downloadSlackFile(`http://${host}${path}`, { botToken: 'xoxb-secret', maxBytes, extraHosts: [host] });
  const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: SlackDownloadError) => e.code);

  it('sends the bearer token and returns the bytes', async () => {
    expect(new TextDecoder().decode(await get('/file'))).toBe('%PDF-1.7 fine');
    expect(seen.at(-1)).toBe('Bearer xoxb-secret');
  });

  it('detects a login page by redirect or by its bytes, and stops at the size limit', async () => {
    expect(await code(get('/redirect'))).toBe('login-page');
    expect(await code(get('/html-bytes'))).toBe('login-page');
    expect(await code(get('/big', 1024))).toBe('too-large');
  });

  it('never sends the token to a host that is not Slack', async () => {
    const before = seen.length;
    const result = downloadSlackFile(`http://${host}/file`, { botToken: 'xoxb-secret', maxBytes: 1024 });
    expect(await code(result)).toBe('untrusted-url');
    expect(await code(downloadSlackFile('http://files.slack.com/x', { botToken: 'xoxb-secret', maxBytes: 1024 }))).toBe('untrusted-url');
    expect(seen.length).toBe(before);
  });
});

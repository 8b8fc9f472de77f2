/**
 * Downloads a private Slack file with the bot token. Without files:read (or without the header)
 * Slack answers with its HTML login page rather than an error, so that case is detected and named.
 */
import { readLimited } from '../shared/read-limited.js';

export type SlackDownloadErrorCode = 'login-page' | 'http-error' | 'too-large' | 'untrusted-url';

export class SlackDownloadError extends Error {
  constructor(
    readonly code: SlackDownloadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SlackDownloadError';
  }
}

export interface DownloadOptions {
  botToken: string;
  maxBytes: number;
  /** Hosts besides *.slack.com that may receive the bot token (the SLACK_API_URL host in tests). */
  extraHosts?: string[];
  fetch?: typeof globalThis.fetch;
}

export async function downloadSlackFile(url: string, options: DownloadOptions): Promise<Uint8Array> {
  if (!trustedHost(url, options.extraHosts ?? [])) {
    // The bearer token must never leave Slack, whatever a payload says.
    throw new SlackDownloadError('untrusted-url', `Refusing to send the bot token to ${safeHost(url)}`);
  }
  const response = await (options.fetch ?? globalThis.fetch)(url, {
    headers: { Authorization: `Bearer ${options.botToken}` },
    redirect: 'manual',
  });
  if (response.status >= 300 && response.status < 400) throw loginPage();
  if (!response.ok) {
    throw new SlackDownloadError('http-error', `Slack answered ${response.status} when downloading the file`);
  }
  if ((response.headers.get('content-type') ?? '').toLowerCase().includes('text/html')) throw loginPage();
  const bytes = await readLimitedResponse(response, options.maxBytes);
  if (looksLikeHtml(bytes)) throw loginPage();
  return bytes;
}

function loginPage(): SlackDownloadError {
  return new SlackDownloadError(
    'login-page',
    'Slack sent a login page instead of the file: the app needs the files:read scope (reinstall it after adding the scope).',
  );
}

async function readLimitedResponse(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const bytes = await readLimited(response.body, maxBytes);
  if (!bytes) throw tooLarge(maxBytes);
  return bytes;
}

function tooLarge(maxBytes: number): SlackDownloadError {
  return new SlackDownloadError('too-large', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function trustedHost(url: string, extraHosts: string[]): boolean {
  try {
    const { protocol, host, hostname } = new URL(url);
    if (hostname === 'slack.com' || hostname.endsWith('.slack.com')) return protocol === 'https:';
    return extraHosts.includes(host);
  } catch {
    return false;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}

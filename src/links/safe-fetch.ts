/**
 * GET a URL a stranger sent, safely: https only, every hop's host resolved and each address checked
 * (address-policy.ts), the connection pinned to the checked address (a custom `lookup`, so a second
 * DNS answer cannot swap in 127.0.0.1), redirects followed by hand and re-checked, a total time
 * limit, a byte cap, and no cookies or credentials ever sent.
 */
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { checkAddress } from './address-policy.js';
import { linkError, isLinkError } from './errors.js';

export interface ResolvedAddress { address: string; family: 4 | 6 }
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

/**
 * Only tests pass this. Production has no way to reach loopback; tests run fake ATS APIs and pages
 * on 127.0.0.1, so they name where each host resolves, which addresses to allow despite the
 * policy, and the port to speak plain http to (the URL itself must still be https).
 */
export interface LinkTestSeam {
  resolve: Resolver;
  allowAddresses: readonly string[];
  httpPort: number;
}

export interface FetchLimits {
  /** For the whole chain of requests, DNS included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = Object.freeze({ timeoutMs: 5_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 });
export const LINK_USER_AGENT = 'ATS-Bot/0.1 (reads one job post a person sent)';

/** What may be logged about a fetch: never the URL's path or the body. */
export interface FetchFacts { host: string; status: number; bytes: number; ms: number }

export interface SafeFetchOptions {
  accept: string;
  limits?: Partial<FetchLimits>;
  seam?: LinkTestSeam;
  onFetched?: (facts: FetchFacts) => void;
}

export interface Fetched {
  /** Where the last redirect led. */
  url: URL;
  status: number;
  /** Lower-case media type without parameters ('' when absent). */
  contentType: string;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (host) => {
  const found = await dns.lookup(host, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** The URL as we will request it, or a refusal: https, no user:password@, the standard port. */
export function checkUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw linkError('link-refused', "That doesn't look like a web address I can open.");
  }
  if (url.protocol !== 'https:') throw linkError('link-refused', 'I only open https:// links. Paste the job post\'s text instead.');
  if (url.username || url.password) throw linkError('link-refused', 'I never open links that carry a user name or password. Paste the job post\'s text instead.');
  if (url.port !== '' && url.port !== '443') throw linkError('link-refused', 'I only open links on the standard https port. Paste the job post\'s text instead.');
  return url;
}

/** Resolves the host and checks every address it has; the first one is the one we connect to. */
async function checkedAddress(url: URL, seam: LinkTestSeam | undefined): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = net.isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (seam?.resolve ?? systemResolver)(host);
    } catch {
      throw linkError('link-failed', "I couldn't find that website (its name does not resolve). Check the link, or paste the job post's text instead.");
    }
  }
  if (addresses.length === 0) throw linkError('link-failed', "I couldn't find that website. Check the link, or paste the job post's text instead.");
  // One private address among public ones is enough to refuse: which one a connection gets is not ours to pick.
  for (const a of addresses) {
    if (seam?.allowAddresses.includes(a.address)) continue;
    if (!checkAddress(a.address).allowed) {
      throw linkError('link-refused', 'That link points into a private network, which I never open. Paste the job post\'s text instead.');
    }
  }
  return addresses[0]!;
}

/** A `lookup` that answers with the address already checked, whatever DNS would say now. */
function pinnedLookup(pinned: ResolvedAddress): net.LookupFunction {
  return (_hostname, options, callback) => {
    const cb = callback as (...args: unknown[]) => void;
    if ((options as { all?: boolean }).all) cb(null, [{ address: pinned.address, family: pinned.family }]);
    else cb(null, pinned.address, pinned.family);
  };
}

interface Hop { status: number; headers: http.IncomingHttpHeaders; stream: Readable }

function request(url: URL, pinned: ResolvedAddress, accept: string, seam: LinkTestSeam | undefined, signal: AbortSignal): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const options: https.RequestOptions = {
    method: 'GET',
    host,
    port: seam ? seam.httpPort : 443,
    path: `${url.pathname}${url.search}`,
    // A fresh connection per request: a pooled socket could lead to an address checked for another host.
    agent: false,
    lookup: pinnedLookup(pinned),
    signal,
    headers: { 'user-agent': LINK_USER_AGENT, accept, 'accept-encoding': 'gzip, deflate, br', host: url.host },
  };
  return new Promise<Hop>((resolve, reject) => {
    const req = (seam ? http : https).request(options, (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, stream: res }));
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed, up to maxBytes (counted after decompression: a gzip bomb stops at the cap). */
async function readBody(hop: Hop, maxBytes: number): Promise<Buffer> {
  const declared = Number(hop.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    hop.stream.destroy();
    throw linkError('link-too-large');
  }
  const encoding = String(hop.headers['content-encoding'] ?? '').toLowerCase().trim();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip()
    : encoding === 'deflate' ? zlib.createInflate()
      : encoding === 'br' ? zlib.createBrotliDecompress() : null;
  const source: Readable = decoder ? hop.stream.pipe(decoder) : hop.stream;
  if (decoder) hop.stream.on('error', (e) => decoder.destroy(e));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        hop.stream.destroy();
        decoder?.destroy();
        throw linkError('link-too-large');
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (isLinkError(error)) throw error;
    throw error instanceof Error && error.name === 'AbortError' ? error : linkError('link-failed');
  }
  return Buffer.concat(chunks);
}

/**
 * GET `input` under the limits. Answers any final status (the caller decides what a 404 means);
 * throws LinkError for refusals, timeouts, too many redirects, oversized bodies and network failures.
 */
export async function safeFetch(input: string | URL, options: SafeFetchOptions): Promise<Fetched> {
  const limits: FetchLimits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(linkError('link-timeout')), { once: true });
  });
  timedOut.catch(() => undefined);
  try {
    let url = checkUrl(input);
    for (let redirects = 0; ; redirects++) {
      const started = Date.now();
      const pinned = await Promise.race([checkedAddress(url, options.seam), timedOut]);
      const hop = await Promise.race([request(url, pinned, options.accept, options.seam, controller.signal), timedOut]);
      const location = hop.headers.location;
      if (REDIRECTS.has(hop.status) && typeof location === 'string' && location !== '') {
        hop.stream.resume();
        options.onFetched?.({ host: url.hostname, status: hop.status, bytes: 0, ms: Date.now() - started });
        if (redirects >= limits.maxRedirects) throw linkError('link-redirects');
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw linkError('link-failed');
        }
        url = checkUrl(next);
        continue;
      }
      const body = await Promise.race([readBody(hop, limits.maxBytes), timedOut]);
      options.onFetched?.({ host: url.hostname, status: hop.status, bytes: body.length, ms: Date.now() - started });
      const type = String(hop.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      return { url, status: hop.status, contentType: type, body };
    }
  } catch (error) {
    if (controller.signal.aborted) throw linkError('link-timeout');
    if (isLinkError(error)) throw error;
    throw linkError('link-failed');
  } finally {
    clearTimeout(timer);
  }
}

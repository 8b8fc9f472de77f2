/**
 * The safe fetcher and its address policy: what a stranger's link may reach. The default
 * configuration (no test seam) is exercised with IP literals, which need no DNS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAddress } from '../src/links/address-policy.js';
import { embeddedIPv4 } from '../src/links/address-policy.js';
import { safeFetch, type LinkTestSeam } from '../src/links/safe-fetch.js';
import { isLinkError } from '../src/links/errors.js';
import { startFakeWeb, type FakeWeb } from './fakes/web.js';

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'fetched';
  } catch (error) {
    return isLinkError(error) ? error.code : `other: ${(error as Error).message}`;
  }
}

describe('address policy', () => {
  const refused = [
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.1.1',
    '169.254.169.254', '169.254.0.1', '100.64.0.1', '100.100.100.200', '0.0.0.0', '224.0.0.1', '239.255.255.250',
    '255.255.255.255', '198.18.0.1',
    '::1', '::', 'fc00::1', 'fd00:ec2::254', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', '2001:db8::1', '::127.0.0.1',
  ];
  it.each(refused)('refuses %s', (ip) => {
    expect(checkAddress(ip).allowed).toBe(false);
  });

  const allowed = ['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'];
  it.each(allowed)('allows the public address %s', (ip) => {
    expect(checkAddress(ip)).toEqual({ allowed: true });
  });

  it('refuses what is no IP address at all', () => {
    expect(checkAddress('localhost').allowed).toBe(false);
    expect(checkAddress('').allowed).toBe(false);
  });

  it('unwraps IPv4 hidden in IPv6 (mapped, hex-mapped, NAT64, 6to4)', () => {
    expect(embeddedIPv4('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(embeddedIPv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIPv4('64:ff9b::a9fe:a9fe')).toBe('169.254.169.254');
    expect(embeddedIPv4('2002:0a00:0001::')).toBe('10.0.0.1');
    expect(embeddedIPv4('2606:4700::1111')).toBeNull();
  });
});

describe('the default configuration refuses', () => {
  const targets = [
    'https://127.0.0.1/', 'https://10.0.0.8/jobs', 'https://172.20.1.1/', 'https://192.168.0.10/',
    'https://169.254.169.254/latest/meta-data/', 'https://100.64.1.1/', 'https://224.0.0.251/',
    'https://[::1]/', 'https://[::ffff:127.0.0.1]/', 'https://[fc00::1]/', 'https://[fe80::1]/', 'https://0.0.0.0/',
  ];
  it.each(targets)('%s', async (url) => {
    expect(await codeOf(safeFetch(url, { accept: 'text/html' }))).toBe('link-refused');
  });

  it('http://, credentials in the link and other ports, before any connection', async () => {
    for (const url of ['http://example.com/jobs/1', 'https://user:pw@example.com/', 'https://example.com:8443/', 'ftp://example.com/', 'file:///etc/passwd', 'not a url']) {
      expect(await codeOf(safeFetch(url, { accept: 'text/html' }))).toBe('link-refused');
    }
  });

  it('a name that resolves to loopback (localhost through the system resolver)', async () => {
    expect(await codeOf(safeFetch('https://localhost/', { accept: 'text/html' }))).toBe('link-refused');
  });
});

describe('the fetcher against a fake site on 127.0.0.1', () => {
  let web: FakeWeb;
  let seam: LinkTestSeam;
  beforeAll(async () => {
    web = await startFakeWeb({
      'jobs.example.test/ok': { body: '<p>hello</p>', headers: { 'set-cookie': 'session=1' } },
      'jobs.example.test/to-metadata': { status: 302, headers: { location: 'https://169.254.169.254/latest/meta-data/' } },
      'jobs.example.test/to-http': { status: 301, headers: { location: 'http://jobs.example.test/ok' } },
      'jobs.example.test/hop1': { status: 302, headers: { location: '/hop2' } },
      'jobs.example.test/hop2': { status: 302, headers: { location: 'https://other.example.test/hop3' } },
      'other.example.test/hop3': { status: 307, headers: { location: '/ok' } },
      'other.example.test/ok': { body: 'done after three' },
      'jobs.example.test/loop': { status: 302, headers: { location: '/loop' } },
      'jobs.example.test/huge': { body: Buffer.alloc(3 * 1024 * 1024, 97) },
      'jobs.example.test/huge-declared': { body: 'x', headers: { 'content-length': String(50 * 1024 * 1024) } },
      'jobs.example.test/slow': { body: 'late', delayMs: 1500 },
    });
    seam = web.seam;
  });
  afterAll(() => web.close());

  it('fetches through the pinned address and sends no cookie, credentials or referrer', async () => {
    let resolved = 0;
    const counting: LinkTestSeam = { ...seam, resolve: async (h) => { resolved++; return seam.resolve(h); } };
    // jobs.example.test exists in no DNS: reaching the fake proves the connection used the checked address.
    const got = await safeFetch('https://jobs.example.test/ok', { accept: 'text/html', seam: counting });
    expect(got.status).toBe(200);
    expect(got.body.toString()).toBe('<p>hello</p>');
    expect(resolved).toBe(1);
    const sent = web.requests.at(-1)!.headers;
    expect(sent.cookie).toBeUndefined();
    expect(sent.authorization).toBeUndefined();
    expect(sent.referer).toBeUndefined();
    expect(sent['user-agent']).toMatch(/^ATS-Bot/);
  });

  it('without the allowlist, the same name resolving to 127.0.0.1 is refused', async () => {
    const noAllow: LinkTestSeam = { ...seam, allowAddresses: [] };
    const before = web.requests.length;
    expect(await codeOf(safeFetch('https://jobs.example.test/ok', { accept: 'text/html', seam: noAllow }))).toBe('link-refused');
    expect(web.requests.length).toBe(before);
  });

  it('a name with one private address among public ones is refused', async () => {
    const mixed: LinkTestSeam = { ...seam, allowAddresses: [], resolve: async () => [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.5', family: 4 }] };
    expect(await codeOf(safeFetch('https://jobs.example.test/ok', { accept: 'text/html', seam: mixed }))).toBe('link-refused');
  });

  it('re-checks every redirect: to the metadata address, to http://', async () => {
    expect(await codeOf(safeFetch('https://jobs.example.test/to-metadata', { accept: 'text/html', seam }))).toBe('link-refused');
    expect(await codeOf(safeFetch('https://jobs.example.test/to-http', { accept: 'text/html', seam }))).toBe('link-refused');
  });

  it('follows three redirects across hosts, and refuses a fourth', async () => {
    const got = await safeFetch('https://jobs.example.test/hop1', { accept: 'text/html', seam });
    expect(got.body.toString()).toBe('done after three');
    expect(got.url.href).toBe('https://other.example.test/ok');
    expect(await codeOf(safeFetch('https://jobs.example.test/loop', { accept: 'text/html', seam }))).toBe('link-redirects');
  });

  it('caps the body at 2 MB, declared or not', async () => {
    expect(await codeOf(safeFetch('https://jobs.example.test/huge', { accept: 'text/html', seam }))).toBe('link-too-large');
    expect(await codeOf(safeFetch('https://jobs.example.test/huge-declared', { accept: 'text/html', seam }))).toBe('link-too-large');
  });

  it('gives up after the time limit', async () => {
    expect(await codeOf(safeFetch('https://jobs.example.test/slow', { accept: 'text/html', seam, limits: { timeoutMs: 200 } }))).toBe('link-timeout');
  });

  it('reports host, status, size and time, nothing of the path or body', async () => {
    const facts: unknown[] = [];
    await safeFetch('https://jobs.example.test/ok', { accept: 'text/html', seam, onFetched: (f) => facts.push(f) });
    expect(facts).toHaveLength(1);
    expect(Object.keys(facts[0] as object).sort()).toEqual(['bytes', 'host', 'ms', 'status']);
    expect(facts[0]).toMatchObject({ host: 'jobs.example.test', status: 200, bytes: 12 });
  });
});

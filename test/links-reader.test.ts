/** Links read into job posts: every ATS module through its fake API, any page, and each failure. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkReader, isLinkError, type LinkReader } from '../src/links/index.js';
import { parseJobPost } from '../src/jobs/index.js';
import { findPostLink } from '../src/links/find-link.js';
import { readPage } from '../src/links/page.js';
import { POSTING_LINKS, linkFixture, startFakeAts } from './helpers/fake-ats.js';
import type { FakeWeb } from './fakes/web.js';

let web: FakeWeb;
let reader: LinkReader;
beforeAll(async () => {
  web = await startFakeAts();
  reader = createLinkReader({ seam: web.seam, now: () => new Date('2026-12-01T12:00:00Z') });
});
afterAll(() => web.close());

async function codeOf(url: string): Promise<string> {
  try {
    const read = await reader.read(url);
    return `read: ${read.kind}`;
  } catch (error) {
    return isLinkError(error) ? error.code : `other: ${(error as Error).message}`;
  }
}

describe('every ATS module', () => {
  const companies: Record<string, string | null> = {
    Greenhouse: null, Lever: null, Ashby: null, Workable: 'Acme Freight', SmartRecruiters: 'Acme Freight', Recruitee: 'Acme Freight',
  };
  it.each(Object.entries(POSTING_LINKS))('%s: the API call, the title, and requirements kept apart from nice-to-haves', async (provider, link) => {
    const before = web.requests.length;
    const read = await reader.read(link);
    expect(read.kind).toBe('post');
    if (read.kind !== 'post') return;
    expect(read.source).toBe(provider);
    expect(read.title).toBe('Backend Engineer');
    expect(read.company).toBe(companies[provider]);
    expect(read.host).toBe(new URL(link).hostname);
    // One call, to the provider's API host, never to the page itself.
    const calls = web.requests.slice(before).map((r) => r.key);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.startsWith(new URL(link).host + new URL(link).pathname)).toBe(false);
    expect(calls[0]).toMatch(/api/);
    // List items stay lines of their own, so the post reader sees the headings' split.
    expect(read.text).toMatch(/^- Strong Node\.js and TypeScript$/m);
    const job = parseJobPost(read.text);
    expect(job.required).toEqual(expect.arrayContaining(['kafka', 'postgresql']));
    expect(job.preferred).toEqual(expect.arrayContaining(['terraform', 'graphql']));
    expect(job.required).not.toContain('terraform');
    expect(job.yearsRequired).toBe(4);
  });

  it('Greenhouse content arrives entity-escaped: no markup or entities survive', async () => {
    const read = await reader.read(POSTING_LINKS.Greenhouse);
    if (read.kind !== 'post') throw new Error('expected a post');
    expect(read.text).not.toMatch(/&lt;|&gt;|<li>|<p>|&amp;/);
    expect(read.text).toMatch(/^Requirements$/m);
  });

  it('a posting the API no longer holds is closed, not "not found"', async () => {
    expect(await codeOf('https://jobs.ashbyhq.com/acme/11111111-2222-4333-8444-555555555555')).toBe('link-expired');
    expect(await codeOf('https://boards.greenhouse.io/acme/jobs/999')).toBe('link-expired');
    expect(await codeOf('https://acme.recruitee.com/o/sales-manager')).toBe('link-expired');
  });
});

describe('any other page', () => {
  it('a schema.org JobPosting: title, organisation, months of experience as years, skills', async () => {
    const read = await reader.read('https://careers.acme.example/jobs/backend');
    expect(read).toMatchObject({ kind: 'post', title: 'Backend Engineer', company: 'Acme Freight', source: "the page's job posting data" });
    if (read.kind !== 'post') return;
    expect(read.text).toContain('4+ years of experience');
    expect(read.text).toMatch(/^- Kafka$/m);
  });

  it('a JobPosting past its validThrough is closed', async () => {
    expect(await codeOf('https://careers.acme.example/jobs/closed')).toBe('link-expired');
  });

  it('a page without structured data: its main text, without the menu and footer', async () => {
    const read = await reader.read('https://blog.acme.example/backend-engineer');
    expect(read.kind).toBe('post');
    if (read.kind !== 'post') return;
    expect(read.source).toBe('the page');
    expect(read.text).toContain('Design and build REST APIs in Node.js and TypeScript');
    expect(read.text).not.toContain('Imprint');
    expect(read.text).not.toContain('All jobs');
    expect(parseJobPost(read.text).preferred).toContain('terraform');
  });

  it('each failure has its own code', async () => {
    expect(await codeOf('https://careers.acme.example/')).toBe('link-no-post');
    expect(await codeOf('https://careers.acme.example/nothing-here')).toBe('link-not-found');
    expect(await codeOf('https://careers.acme.example/gone')).toBe('link-not-found');
    expect(await codeOf('https://careers.acme.example/private')).toBe('link-login');
    expect(await codeOf('https://www.linkedin.com/jobs/view/123')).toBe('link-login');
    expect(await codeOf('https://drive.google.com/file/d/abc/view')).toBe('link-login');
    expect(await codeOf('https://careers.acme.example/broken')).toBe('link-failed');
    expect(await codeOf('https://careers.acme.example/logo.png')).toBe('link-not-html');
    expect(await codeOf('https://careers.acme.example/huge')).toBe('link-too-large');
    expect(await codeOf('http://careers.acme.example/jobs/backend')).toBe('link-refused');
  });

  it('a PDF behind a link comes back as a file to read', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%fake\n');
    web.routes['careers.acme.example/post.pdf'] = { type: 'application/pdf', body: pdf };
    web.routes['careers.acme.example/download'] = { type: 'application/octet-stream', body: pdf };
    for (const url of ['https://careers.acme.example/post.pdf', 'https://careers.acme.example/download']) {
      const read = await reader.read(url);
      expect(read.kind).toBe('file');
      if (read.kind === 'file') expect(Buffer.from(read.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('a sign-in page is told apart from a short real post', () => {
    expect(readPage(linkFixture('pages/drive-sign-in.html')).kind).toBe('sign-in');
    expect(readPage(linkFixture('pages/article.html')).kind).toBe('post');
  });
});

describe('which messages are links', () => {
  it('a link alone or in a short question; trailing punctuation is not part of it', () => {
    expect(findPostLink('https://boards.greenhouse.io/acme/jobs/4012345')).toBe('https://boards.greenhouse.io/acme/jobs/4012345');
    expect(findPostLink('what do you think of my resume for https://boards.greenhouse.io/acme/jobs/4012345?')).toBe('https://boards.greenhouse.io/acme/jobs/4012345');
    expect(findPostLink('(see https://jobs.lever.co/acme/x).')).toBe('https://jobs.lever.co/acme/x');
    expect(findPostLink('https://careers.acme.example/jobs?id=5&src=x')).toBe('https://careers.acme.example/jobs?id=5&src=x');
  });

  it('a pasted post that mentions a link is a paste', () => {
    const post = `${'We are hiring a backend engineer to build our routing services. '.repeat(5)}Apply at https://careers.acme.example/jobs/backend`;
    expect(findPostLink(post)).toBeNull();
    expect(findPostLink('no link here')).toBeNull();
  });
});

describe('page reading off the event loop', () => {
  it('the bot hands a fetched page to its worker pool (DOM and Readability are heavy), same reading', async () => {
    const { createPoolRunner } = await import('../src/bot/index.js');
    const pool = createPoolRunner({ threads: 1 });
    try {
      const seen: number[] = [];
      const pooled = createLinkReader({ seam: web.seam, readPage: (html, now) => { seen.push(html.length); return pool.readPage(html, now); } });
      const read = await pooled.read('https://blog.acme.example/backend-engineer');
      expect(seen).toHaveLength(1);
      expect(read).toMatchObject({ kind: 'post', source: 'the page' });
      if (read.kind === 'post') expect(read.text).toContain('Design and build REST APIs in Node.js and TypeScript');
      expect(await pool.readPage(linkFixture('pages/drive-sign-in.html'))).toEqual({ kind: 'sign-in' });
    } finally {
      await pool.close();
    }
  });

  it('markup far beyond a job page, once scripts and styles are dropped, is too large to build a DOM for', () => {
    const huge = `<!doctype html><html><body>${'<div><p>filler text</p></div>'.repeat(20_000)}</body></html>`;
    expect(readPage(huge)).toEqual({ kind: 'too-large' });
    const scripted = `<!doctype html><html><head><script>${'x'.repeat(1_500_000)}</script></head><body>${linkFixture('pages/article.html')}</body></html>`;
    expect(readPage(scripted).kind).toBe('post');
  });
});

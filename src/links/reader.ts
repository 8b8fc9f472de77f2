/**
 * A link -> a job post: a known ATS through its public JSON API, any other page through its
 * JSON-LD JobPosting or main text, a PDF or Word file behind the link as a post file. Each failure
 * is a LinkError with its own code. Logs host, status, size and time only.
 */
import type { Logger } from 'pino';
import { silentLogger } from '../logger.js';
import { linkError } from './errors.js';
import { matchProvider } from './providers/index.js';
import { composePostText } from './post-text.js';
import type { PageRead } from './page.js';
import { checkUrl, safeFetch, type FetchLimits, type Fetched, type LinkTestSeam } from './safe-fetch.js';

export type LinkRead =
  | { kind: 'post'; text: string; title: string | null; company: string | null; host: string; source: string }
  /** A PDF or DOCX behind the link: read by the documents layer like an upload. */
  | { kind: 'file'; bytes: Uint8Array; host: string; source: string };

export interface LinkReader {
  /** Throws LinkError (code + a message for the person) for anything it cannot read. */
  read(url: string): Promise<LinkRead>;
}

export interface LinkReaderOptions {
  limits?: Partial<FetchLimits>;
  logger?: Logger;
  now?: () => Date;
  /** Tests only: fake servers on loopback (see LinkTestSeam). */
  seam?: LinkTestSeam;
  /**
   * Where a fetched page is read (DOM + Readability: up to a second of CPU for a big page). The bot
   * passes its worker pool's; default: in this thread (CLI, tests).
   */
  readPage?: (html: string, now: Date) => Promise<PageRead>;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FILE_TYPES = new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
/** Fewer words than this is no post, whatever the API answered. */
const MIN_POST_WORDS = 20;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Statuses every kind of fetch answers the same way. */
function refuseStatus(status: number, notFound: 'link-not-found' | 'link-expired'): void {
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) throw linkError(notFound);
  if (status === 401 || status === 403 || status === 407) throw linkError('link-login');
  throw linkError('link-failed');
}

function decode(fetched: Fetched): string {
  return new TextDecoder('utf-8').decode(fetched.body);
}

/** What the bytes start with decides a file whose server says only "octet-stream". */
function looksLikeFile(body: Buffer): boolean {
  const head = body.subarray(0, 1024).toString('latin1');
  return head.includes('%PDF-') || head.startsWith('PK\x03\x04');
}

export function createLinkReader(options: LinkReaderOptions = {}): LinkReader {
  const log = options.logger ?? silentLogger();
  const now = options.now ?? (() => new Date());
  const fetchOptions = (accept: string) => ({
    accept,
    limits: options.limits,
    seam: options.seam,
    onFetched: (facts: { host: string; status: number; bytes: number; ms: number }) => log.info(facts, 'link fetched'),
  });

  return {
    async read(raw) {
      const url = checkUrl(raw);
      const known = matchProvider(url);
      if (known) {
        const fetched = await safeFetch(known.match.apiUrl, fetchOptions('application/json'));
        // The posting APIs answer 404 for a posting that was taken down.
        refuseStatus(fetched.status, 'link-expired');
        let json: unknown;
        try {
          json = JSON.parse(decode(fetched));
        } catch {
          throw linkError('link-failed');
        }
        const post = known.match.read(json);
        if (!post) throw linkError('link-expired');
        const text = composePostText(post);
        if (words(text) < MIN_POST_WORDS) throw linkError('link-no-post');
        return { kind: 'post', text, title: post.title, company: post.company, host: url.hostname, source: known.provider.name };
      }

      const fetched = await safeFetch(url, fetchOptions('text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5'));
      refuseStatus(fetched.status, 'link-not-found');
      const host = fetched.url.hostname;
      const type = fetched.contentType;
      if (FILE_TYPES.has(type) || ((type === 'application/octet-stream' || type === '') && looksLikeFile(fetched.body))) {
        return { kind: 'file', bytes: new Uint8Array(fetched.body), host, source: 'a file' };
      }
      if (type === 'text/plain') {
        const text = decode(fetched);
        if (words(text) < MIN_POST_WORDS) throw linkError('link-no-post');
        return { kind: 'post', text, title: null, company: null, host, source: 'the page' };
      }
      if (!HTML_TYPES.has(type) && type !== '') throw linkError('link-not-html');
      const page = options.readPage
        ? await options.readPage(decode(fetched), now())
        : (await import('./page.js')).readPage(decode(fetched), now());
      switch (page.kind) {
        case 'post':
          if (words(page.text) < MIN_POST_WORDS) throw linkError('link-no-post');
          return { kind: 'post', text: page.text, title: page.title, company: page.company, host, source: page.via === 'json-ld' ? "the page's job posting data" : 'the page' };
        case 'expired': throw linkError('link-expired');
        case 'sign-in': throw linkError('link-login');
        case 'too-large': throw linkError('link-too-large');
        case 'none': throw linkError('link-no-post');
      }
    },
  };
}

/**
 * Any web page (fetched, or sent as a file) -> a job post's text: its schema.org JobPosting when it
 * has one, else its main text (Mozilla Readability on a linkedom DOM); a sign-in or "no access"
 * page is told apart, so the person hears what it is instead of a score for a login form.
 */
import { Readability } from '@mozilla/readability';
import { nodeToText, parseHTML } from './html-text.js';
import { findJobPosting } from './json-ld.js';
import { composePostText } from './post-text.js';
import { isSignInPage } from './sign-in.js';

export type PageRead =
  | { kind: 'post'; via: 'json-ld' | 'main-text'; title: string | null; company: string | null; text: string }
  | { kind: 'expired'; title: string | null; company: string | null }
  | { kind: 'sign-in' }
  /** Markup left after scripts and styles are dropped is beyond what a DOM is built for. */
  | { kind: 'too-large' }
  | { kind: 'none' };

/** Main text shorter than this is a menu or an error page, not a post. */
const MIN_MAIN_TEXT_WORDS = 60;
/**
 * Building a DOM costs ~1.3 s per MB of markup (linkedom) and Readability's passes far more, on the
 * event loop: the page is cut down first. Job pages are mostly script and style; their markup
 * without them is tens of KB. Past these, the page is refused, or read without Readability.
 */
const MAX_MARKUP_CHARS = 400_000;
const MAX_READABILITY_ELEMENTS = 3_000;
const LD_JSON = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const NOT_TEXT = /<!--[\s\S]*?-->|<(script|style|noscript|template|svg|iframe|canvas)\b[\s\S]*?<\/\1\s*>/gi;

type Doc = ReturnType<typeof parseHTML>['document'];

function text(el: { textContent: string | null } | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readPage(html: string, now: Date = new Date()): PageRead {
  // Structured data first, found without a DOM: the cheapest and most reliable reading.
  const scripts = Array.from(html.matchAll(LD_JSON), (m) => m[1] ?? '');
  const posting = findJobPosting(scripts, now);
  if (posting) {
    if (posting.expired) return { kind: 'expired', title: posting.title, company: posting.company };
    const body = composePostText(posting);
    if (body.trim()) return { kind: 'post', via: 'json-ld', title: posting.title, company: posting.company, text: body };
  }
  const markup = html.replace(NOT_TEXT, ' ');
  if (markup.length > MAX_MARKUP_CHARS) return { kind: 'too-large' };
  const { document } = parseHTML(markup);
  if (signIn(document)) return { kind: 'sign-in' };
  return mainText(document);
}

function signIn(document: Doc): boolean {
  return isSignInPage({
    title: text(document.querySelector('title')),
    headings: Array.from(document.querySelectorAll('h1, h2')).map((h) => text(h)),
    hasPassword: document.querySelector('input[type="password" i], input[type=password]') !== null,
    text: text(document.body),
  });
}

type Walkable = Parameters<typeof nodeToText>[0];

function mainText(document: Doc): PageRead {
  let article: { title?: string | null; siteName?: string | null; content?: string | null } | null = null;
  let body: string;
  if (document.querySelectorAll('*').length <= MAX_READABILITY_ELEMENTS) {
    try {
      // Readability reads the DOM it is given destructively; this document is ours alone.
      article = new Readability(document as unknown as Document).parse();
    } catch {
      article = null;
    }
    if (!article?.content) return { kind: 'none' };
    const { document: fragment } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    body = nodeToText(fragment.body as unknown as Walkable);
  } else {
    // Too many elements for Readability's passes: the page's main region as it stands, menus dropped.
    for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, form'))) el.remove();
    const main = document.querySelector('main, article, [role="main"]') ?? document.body;
    body = nodeToText(main as unknown as Walkable);
    article = { title: text(document.querySelector('h1')) || text(document.querySelector('title')) || null };
  }
  if (body.split(/\s+/).filter(Boolean).length < MIN_MAIN_TEXT_WORDS) return { kind: 'none' };
  const title = article.title?.trim() || null;
  const company = article.siteName?.trim() || null;
  return { kind: 'post', via: 'main-text', title, company, text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body };
}

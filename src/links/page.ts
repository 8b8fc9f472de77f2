/**
 * Any web page (fetched, or sent as a file) -> a job post's text: its schema.org JobPosting when it
 * has one, else its main text (Mozilla Readability on a linkedom DOM); a sign-in or "no access"
 * page is told apart, so the person hears what it is instead of a score for a login form.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { nodeToText } from './html-text.js';
import { findJobPosting } from './json-ld.js';
import { composePostText } from './post-text.js';
import { isSignInPage } from './sign-in.js';

export type PageRead =
  | { kind: 'post'; via: 'json-ld' | 'main-text'; title: string | null; company: string | null; text: string }
  | { kind: 'expired'; title: string | null; company: string | null }
  | { kind: 'sign-in' }
  | { kind: 'none' };

/** Main text shorter than this is a menu or an error page, not a post. */
const MIN_MAIN_TEXT_WORDS = 60;
/** Readability gives up on pages with more elements than this (a hostile page cannot make it crawl). */
const MAX_ELEMS_TO_PARSE = 20_000;

type Doc = ReturnType<typeof parseHTML>['document'];

function text(el: { textContent: string | null } | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readPage(html: string, now: Date = new Date()): PageRead {
  const { document } = parseHTML(html);
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const posting = findJobPosting(scripts, now);
  if (posting) {
    if (posting.expired) return { kind: 'expired', title: posting.title, company: posting.company };
    const body = composePostText(posting);
    if (body.trim()) return { kind: 'post', via: 'json-ld', title: posting.title, company: posting.company, text: body };
  }
  if (signIn(document)) return { kind: 'sign-in' };
  return mainText(document);
}

function signIn(document: Doc): boolean {
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  return isSignInPage({
    title: text(document.querySelector('title')),
    headings: Array.from(document.querySelectorAll('h1, h2')).map((h) => text(h)),
    hasPassword: document.querySelector('input[type="password" i], input[type=password]') !== null,
    text: text(document.body),
  });
}

function mainText(document: Doc): PageRead {
  let article: { title?: string | null; siteName?: string | null; content?: string | null } | null = null;
  try {
    // Readability reads the DOM it is given destructively; this document is ours alone.
    article = new Readability(document as unknown as Document, { maxElemsToParse: MAX_ELEMS_TO_PARSE }).parse();
  } catch {
    article = null;
  }
  if (!article?.content) return { kind: 'none' };
  const { document: fragment } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const body = nodeToText(fragment.body as unknown as Parameters<typeof nodeToText>[0]);
  if (body.split(/\s+/).filter(Boolean).length < MIN_MAIN_TEXT_WORDS) return { kind: 'none' };
  const title = article.title?.trim() || null;
  const company = article.siteName?.trim() || null;
  return { kind: 'post', via: 'main-text', title, company, text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body };
}

/**
 * A sign-in or "you need permission" page where a post or a file was expected: a LinkedIn auth
 * wall, a private Google Drive, OneDrive or Dropbox share. Told apart from a real page by what such
 * pages have (a password field, a sign-in title or heading) and what they lack (much text).
 */

/** In a title or main heading: the page is a form to get in. */
const SIGN_IN = /\b(?:sign[ -]?in|log[ -]?in|login|sign[ -]?up|authwall|join linkedin|join now)\b/i;
/** Anywhere near the top: the file or page is private ("You need access", "Request access"). */
const NO_ACCESS = /\b(?:you need (?:access|permission)|request access|access denied|you don't have (?:access|permission))\b/i;
/** A real post is longer than any sign-in form. */
const MAX_SIGN_IN_WORDS = 400;

export interface PageFacts {
  title: string;
  /** h1/h2 texts. */
  headings: string[];
  hasPassword: boolean;
  /** All visible text, whitespace collapsed. */
  text: string;
}

export function isSignInPage(page: PageFacts): boolean {
  const words = page.text.split(/\s+/).filter(Boolean).length;
  if (words > MAX_SIGN_IN_WORDS) return false;
  if (page.hasPassword) return true;
  return SIGN_IN.test(page.title) || page.headings.some((h) => SIGN_IN.test(h)) || NO_ACCESS.test(page.text.slice(0, 1000));
}

/** Every way a link can fail to become a job post; each code has its own answer in the chat. */
export const LINK_ERROR_CODES = [
  'link-off', 'link-refused', 'link-not-found', 'link-expired', 'link-login', 'link-not-html',
  'link-too-large', 'link-timeout', 'link-redirects', 'link-failed', 'link-no-post', 'link-rate-limited',
] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

/** A link the bot could not read: `message` is written for the person, never quotes the page. */
export class LinkError extends Error {
  readonly code: LinkErrorCode;
  constructor(code: LinkErrorCode, message: string) {
    super(message);
    this.name = 'LinkError';
    this.code = code;
  }
}

export function isLinkError(error: unknown): error is LinkError {
  return error instanceof Error && error.name === 'LinkError' && typeof (error as { code?: unknown }).code === 'string';
}

const PASTE = 'Paste the job post\'s text instead.';

/** The standard answers; callers may pass a more specific message. */
export const LINK_MESSAGES: Record<LinkErrorCode, { title: string; message: string }> = {
  'link-off': { title: "I don't open links here", message: `Reading job posts from links is turned off on this server. ${PASTE}` },
  'link-refused': { title: "I can't open that link", message: `I only open public https:// web addresses. ${PASTE}` },
  'link-not-found': { title: 'That page was not found', message: `The site answered that the page does not exist (404). Check the link, or ${PASTE.toLowerCase()}` },
  'link-expired': { title: 'That job post is closed', message: 'The posting is no longer open: it may have been filled or taken down. Send a link to an open post, or paste the text if you still have it.' },
  'link-login': { title: 'That page needs a sign-in', message: `The site wants you to sign in before it shows the post, and I never sign in anywhere. ${PASTE}` },
  'link-not-html': { title: "That link isn't a job post page", message: `It leads to a file type I don't read (not a web page, PDF or Word file). ${PASTE}` },
  'link-too-large': { title: 'That page is too large', message: `It is over the size I read from a link (2 MB). ${PASTE}` },
  'link-timeout': { title: 'That site took too long', message: `It did not answer within 5 seconds. Try again later, or ${PASTE.toLowerCase()}` },
  'link-redirects': { title: 'That link redirects too often', message: `It sends me on more than 3 redirects. ${PASTE}` },
  'link-failed': { title: "I couldn't fetch that page", message: `The site did not answer properly. Try again later, or ${PASTE.toLowerCase()}` },
  'link-no-post': { title: "I couldn't find a job post on that page", message: `${PASTE}` },
  'link-rate-limited': { title: 'That is a lot of links', message: 'I open a limited number of links per person. Try again in a few minutes, or paste the job post\'s text.' },
};

export function linkError(code: LinkErrorCode, message = LINK_MESSAGES[code].message): LinkError {
  return new LinkError(code, message);
}

/**
 * links: a job post from a link, fetched safely.
 *
 *   createLinkReader(options?) -> LinkReader     read(url) -> a post's text, or a file behind the link
 *   findPostLink(text)                           the link a message is about, or null
 *   checkAddress(ip)                             the address policy every fetch goes through
 *   readPage(html)                               a page (fetched or sent as a file) -> post | sign-in | none
 */
export { createLinkReader, type LinkRead, type LinkReader, type LinkReaderOptions } from './reader.js';
export { findPostLink } from './find-link.js';
export { checkAddress } from './address-policy.js';
export { LinkError, isLinkError, LINK_ERROR_CODES, LINK_MESSAGES, type LinkErrorCode } from './errors.js';
export { DEFAULT_FETCH_LIMITS, type LinkTestSeam, type FetchLimits } from './safe-fetch.js';
export { PROVIDERS } from './providers/index.js';

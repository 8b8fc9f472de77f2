/**
 * Is a message a link to a job post? "what do you think of my resume for https://…?" is; a pasted
 * post that ends "apply at https://…" is a post, not a link: only a message with little text
 * besides its first link counts.
 */

/** A message with more words than this besides the link is pasted text that happens to hold one. */
export const MAX_WORDS_AROUND_LINK = 30;

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/i;

/** The first http(s) link in `text` when the message is about it; null otherwise. */
export function findPostLink(text: string): string | null {
  const m = URL_IN_TEXT.exec(text);
  if (!m) return null;
  // Sentence punctuation after a link is not part of it ("…/jobs/123?" or "(https://…)").
  let url = m[0].replace(/[.,;:!?)\]}»”’]+$/u, '');
  if (url.endsWith('?')) url = url.slice(0, -1);
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).split(/\s+/).filter(Boolean);
  return rest.length <= MAX_WORDS_AROUND_LINK ? url : null;
}

/**
 * Plain text -> Discord markdown that shows the text as typed. Linear on purpose: discord.js's
 * escapeMarkdown backtracks on long runs (about 0.3 s for 5,000 characters), and resume bullets and
 * job posts are user input of any length.
 */

/** Inline markers (bold, italics, strike, code, spoiler, masked links, mentions and timestamps). */
const INLINE = /[\\*_~`|[\]<]/g;
/** Line-start markers: quotes, headings, lists and "-#" subtext. */
const LINE_START = /^([ \t]*)([>#-]|\d+\.(?=\s))/gm;

export function escapeDiscordMarkdown(text: string): string {
  return text.replace(INLINE, '\\$&').replace(LINE_START, '$1\\$2');
}

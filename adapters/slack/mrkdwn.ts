/**
 * Slack text safety: every user-provided string goes through escapeMrkdwn, so it can never become
 * `<!channel>`, `<@U…>` or a link, and long text is cut or split without breaking an entity.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes Slack's own encoding of message text, so the core sees what the person typed. */
export function decodeSlackText(text: string): string {
  return text
    // <https://x|label> and <mailto:a@b|a@b> -> the URL / address as typed; mentions stay literal.
    .replace(/<((?:https?|mailto):[^|>]*)(?:\|[^>]*)?>/g, (_m, url: string) => url.replace(/^mailto:/, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A triple backtick inside user text would close the code block early. */
export function escapeCode(text: string): string {
  return escapeMrkdwn(text).replace(/```/g, '\u02cb\u02cb\u02cb');
}

/** Cuts already-escaped text to max characters (with an ellipsis), never inside an entity. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safeCut(text, max - 1)}…`;
}

/** Splits already-escaped text into pieces of at most max characters, at line breaks when possible. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) pieces.push(current);
    let rest = line;
    while (rest.length > max) {
      const head = safeCut(rest, max);
      pieces.push(head);
      rest = rest.slice(head.length);
    }
    current = rest;
  }
  if (current || pieces.length === 0) pieces.push(current);
  return pieces;
}

/** The first at most max characters, backing off so no `&amp;`-style entity is cut in half. */
function safeCut(text: string, max: number): string {
  let head = text.slice(0, max);
  const amp = head.lastIndexOf('&');
  if (amp > 0 && amp > head.length - 5 && !head.slice(amp).includes(';')) head = head.slice(0, amp);
  return head;
}

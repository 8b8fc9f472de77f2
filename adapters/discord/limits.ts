/** Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of every title, description, field, footer and author text across all embeds of one message. */
  total: 6000,
  embedsPerMessage: 10,
} as const;

/** Cuts to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).trimEnd() + '…';
}

/** A first line clipped shorter than this says nothing; the "…and N more" note alone is clearer. */
const MIN_CLIPPED_LINE = 20;

/**
 * Joins lines while they fit in `max`, ending with "…and N more" for the rest, so a long list
 * shows what fits and says how much was left out rather than being cut mid-word. `hidden` counts
 * items already left out upstream, so the note stays true.
 */
export function fitLines(lines: string[], max: number, hidden = 0): string {
  const more = (n: number) => `…and ${n} more`;
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const restAfter = lines.length - i - 1 + hidden;
    const tail = restAfter > 0 ? 1 + more(restAfter).length : 0;
    const cost = (out.length ? 1 : 0) + line.length;
    if (used + cost + tail > max) {
      const note = more(lines.length - i + hidden);
      if (out.length === 0) {
        const room = max - note.length - 1;
        return room >= MIN_CLIPPED_LINE ? clip(line, room) + '\n' + note : clip(note, max);
      }
      return out.join('\n') + '\n' + note;
    }
    out.push(line);
    used += cost;
  }
  if (hidden > 0) out.push(more(hidden));
  return out.join('\n');
}

/**
 * Splits lines into up to `maxChunks` chunks of at most `max` characters each, whole lines only;
 * the last chunk ends with "…and N more" when lines are left over. `lines` must not be empty.
 */
export function chunkLines(lines: string[], max: number, maxChunks: number, hidden = 0): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (chunks.length < maxChunks - 1) {
    let used = -1;
    let j = i;
    while (j < lines.length && used + 1 + (lines[j] as string).length <= max) used += 1 + (lines[j++] as string).length;
    if (j === i) break; // one overlong line: the last chunk clips it
    if (j === lines.length) {
      if (hidden > 0) break; // the rest fits, but the note is due: the last chunk adds it
      chunks.push(lines.slice(i).join('\n'));
      return chunks;
    }
    chunks.push(lines.slice(i, j).join('\n'));
    i = j;
  }
  chunks.push(fitLines(lines.slice(i), max, hidden));
  return chunks;
}

/** Plain text → text: decode (UTF-8, UTF-16 with BOM, or Windows-1252 as a fallback) and check. */
import { DocumentError } from './errors.js';
import { decodeText, type TextEncoding } from './sniff.js';

/** The decoded text, checked: binary data turned text is refused. */
export function decodeCheckedText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = decodeText(bytes, encoding);
  // The sniffer looked at the first 64 KB; a long paste can still turn binary further down.
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  if (text.length > 0 && bad / text.length > 0.01) {
    throw new DocumentError(
      'unsupported-type',
      'This looks like binary data rather than text, so I cannot read it as a resume. Please send your '
      + 'resume as a PDF or a Word .docx file, or paste the text itself.',
    );
  }
  return text;
}

export function extractText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = decodeCheckedText(bytes, encoding);
  return looksLikeHtml(text) ? htmlToText(text) : text;
}

/** A saved web page (a job post saved from a browser, or a share link's sign-in page saved as the file). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.slice(0, 2048));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', bull: '•', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<(br|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/?(p|div|section|article|header|footer|h[1-6]|ul|ol|li|tr|table|dt|dd|blockquote|pre)\b[^>]*>/gi, '\n')
    .replace(/<(td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    // Block tags open and close with newlines: one newline between blocks, like the other formats.
    .replace(/[ \t]*\n[\s]*/g, '\n');
}

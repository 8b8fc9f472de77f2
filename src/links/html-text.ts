/**
 * HTML -> plain text that keeps a post's structure: headings on their own line, list items as
 * "- item", paragraphs one per line. The job-post reader (src/jobs) splits requirements from
 * nice-to-haves by those headings and lines, so flattening the markup would lose the split.
 */
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | null = null;
/**
 * linkedom (with htmlparser2 and its CSS engine: ~24 MB resident) on first use: the bot's main thread
 * imports the link reader at start but only builds a DOM when someone sends a link. Required (its
 * CommonJS build) so that callers stay synchronous; page.ts takes it from here too, so a thread holds
 * one copy.
 */
export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(html);
}

/** Elements whose text is never part of the post. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'head', 'form', 'button', 'select', 'img', 'video', 'audio']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'ul', 'ol', 'dl', 'dt', 'dd',
  'table', 'tr', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'details', 'summary', 'nav', 'body', 'html', 'hr']);
const HEADING = /^h[1-6]$/;

/** Structural subset of the DOM we walk (linkedom and readability's output share it). */
interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text of one DOM subtree, structure kept. */
export function nodeToText(root: DomNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') { flush(); return; }
    if (tag === 'li') {
      flush();
      line = '- ';
      for (const child of Array.from(node.childNodes)) walk(child);
      if (line.trim() === '-') line = '';
      flush();
      return;
    }
    if (tag === 'td' || tag === 'th') line += ' ';
    const block = BLOCK.has(tag) || HEADING.test(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** An HTML fragment or page as structured text. */
export function htmlToStructuredText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as DomNode);
}

/** Greenhouse sends its HTML entity-escaped ("&lt;p&gt;"): one decoding pass gives the markup back. */
export function unescapeHtml(escaped: string): string {
  const { document } = parseHTML('<!doctype html><html><body><div></div></body></html>');
  const div = document.querySelector('div')!;
  div.innerHTML = escaped;
  return div.textContent ?? '';
}

/**
 * PDF → text through pdf.js 5 (pdfjs-dist's legacy build, the one for Node). We need the text items
 * with their positions to rebuild lines and read two-column layouts column by column, so we open the
 * document and call page.getTextContent() ourselves. pdf-parse wraps exactly this (its getText()
 * joins items in content-stream order and trusts pdf.js's `hasEOL`); importing pdf.js directly skips
 * its wrapper and lets us load the minified builds, which compile in a third less time.
 */
import { DocumentError } from './errors.js';
import { normalizeText } from './normalize.js';
import { isWhitespaceCode } from '../text/whitespace.js';
import { layoutPage, type PdfTextItem } from './pdf-layout.js';
import { importForTextOnly } from './pdf-text-only.js';
import type { ExtractLimits } from './types.js';
import { yieldToEventLoop } from './yield.js';

/** The slice of pdf.js's API we use (its own types describe pdf.mjs; we load pdf.min.mjs, the same code minified). */
interface PdfJsPage {
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{
    items: Array<PdfTextItem | { type: string }>;
  }>;
  cleanup(): boolean | void;
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}
interface PdfJsLoadingTask {
  promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(params: { data: Uint8Array; verbosity: number; stopAtErrors: boolean }): PdfJsLoadingTask;
}

export interface PdfResult {
  text: string;
  pages: number;
  columns: number;
  images: boolean;
}

/** Average non-space characters per page below which we call a PDF unreadable (scanned). */
export const MIN_CHARS_PER_PAGE = 80;

const NO_TEXT_MESSAGE =
  'I could not find readable text in this PDF. It looks like a scan or an image of a resume, and an '
  + 'applicant tracking system (ATS) cannot read it either — it would see an empty resume. Export the '
  + 'resume from Word or Google Docs with File > Download/Save as PDF (not "Print to image" or a scan), '
  + 'or send the .docx file or paste the text.';

const GARBLED_MESSAGE =
  'The text inside this PDF comes out as garbled characters: its fonts have no usable character map, so '
  + 'an applicant tracking system (ATS) would read gibberish too. Export the resume again from Word or '
  + 'Google Docs as a PDF with standard fonts, or send the .docx file or paste the text.';

const ENCRYPTED_MESSAGE =
  'This PDF is password-protected, so neither I nor an applicant tracking system can open it. Remove the '
  + 'password (save or export a copy without protection) and send it again.';

const CORRUPT_MESSAGE =
  'This PDF seems to be damaged or incomplete (perhaps the upload or download was cut off), and I could not '
  + 'read it. Open it on your computer to check it, export it again from your editor, and send the new file.';

function pdfError(error: unknown): DocumentError {
  if (error instanceof DocumentError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new DocumentError('encrypted', ENCRYPTED_MESSAGE);
  return new DocumentError('corrupt', CORRUPT_MESSAGE);
}

/**
 * pdf.js's legacy build carries core-js, which on Node 20 replaces two built-ins for the whole process
 * with slower polyfills when pdf.js and its worker module load: Array.prototype.push (about 15 % of
 * analysis CPU, in pdf.js, mammoth and our code alike) and JSON.parse (for the reviver "source" of a
 * proposal that nothing here uses; 4x slower on the compiled lexicon). Node's own are complete, so
 * the built-ins (captured before pdf.js is ever imported) are put back.
 */
const BUILTIN_PUSH = Array.prototype.push;
const BUILTIN_JSON_PARSE = JSON.parse;
function restoreBuiltins(): void {
  if (Array.prototype.push !== BUILTIN_PUSH) {
    Object.defineProperty(Array.prototype, 'push', { value: BUILTIN_PUSH, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== BUILTIN_JSON_PARSE) {
    Object.defineProperty(JSON, 'parse', { value: BUILTIN_JSON_PARSE, writable: true, configurable: true, enumerable: false });
  }
}

let pdfJs: Promise<PdfJs> | null = null;
/**
 * Import pdf.js and its worker module (the minified legacy builds: the same code as pdf.mjs and
 * pdf.worker.mjs in half the bytes to compile), once per process, on first use. On Node, pdf.js
 * runs its "worker" in-process and takes the worker module from `globalThis.pdfjsWorker` when it is
 * set (else it imports it when it opens its first document): loading it here keeps that one-off cost
 * out of the first document's time limit without opening a warm-up document. The specifiers are
 * static so that the CLI bundle (scripts/bundle-cli.ts) carries pdf.js in its code cache.
 */
export function preloadPdf(): Promise<PdfJs> {
  pdfJs ??= (async () => {
    try {
      const [lib, worker] = await importForTextOnly(() => Promise.all([
        import('pdfjs-dist/legacy/build/pdf.min.mjs'),
        import('pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
      ]));
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return lib as unknown as PdfJs;
    } catch (error) {
      pdfJs = null; // a failed load is retried by the next document, not cached
      throw error;
    } finally {
      restoreBuiltins();
    }
  })();
  return pdfJs;
}

/** Image XObjects anywhere in the file. Stream objects cannot live in object streams, so their
 * dictionaries are always plain bytes: a scan of the raw file finds them cheaply. */
function hasImages(bytes: Uint8Array): boolean {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /\/Subtype\s*\/Image\b/.test(s);
}

const LETTER = /\p{L}/u;

/** Is this text what a person wrote, or what fonts without a character map produce? */
export function looksGarbled(raw: string): boolean {
  // Counted code point by code point, whitespace (as \s) left out, letters of ASCII told apart
  // without a pattern: asked of every PDF, and a per-character Unicode test was a third of the work.
  let count = 0;
  let junk = 0;
  let letters = 0;
  for (const ch of raw) {
    const cp = ch.codePointAt(0)!;
    if (isWhitespaceCode(cp)) continue;
    count++;
    if (cp === 0xfffd || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) junk++;
    else if (cp < 0x80 ? (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) : LETTER.test(ch)) letters++;
  }
  if (count === 0) return false;
  if (junk / count > 0.25) return true;
  if (letters / count < 0.4) return true;
  // Fonts mapped to the wrong code points give Latin letters in random order: real words have vowels.
  const words = raw.match(/\b[A-Za-z]{4,}\b/g) ?? [];
  if (words.length >= 20) {
    const voweless = words.filter((w) => !/[aeiouyAEIOUY]/.test(w)).length;
    if (voweless / words.length > 0.4) return true;
  }
  return false;
}

export async function extractPdf(
  bytes: Uint8Array,
  limits: ExtractLimits,
  signal: AbortSignal,
): Promise<PdfResult> {
  const pdfjs = await preloadPdf();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes survive.
  // (new Uint8Array(x) always copies; Buffer#slice would not.)
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, stopAtErrors: false });
  // On timeout, destroying the loading task makes pdf.js's pending promises reject at once.
  const onAbort = () => void task.destroy().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let doc: PdfJsDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      restoreBuiltins();
      if (signal.aborted) throw signal.reason;
      throw pdfError(error);
    }
    restoreBuiltins();
    // Page count comes from the page tree, before any page is parsed: a 1000-page PDF costs nothing.
    const pages = doc.numPages;
    if (pages > limits.maxPages) {
      throw new DocumentError(
        'too-many-pages',
        `This PDF has ${pages} pages; I read resumes of up to ${limits.maxPages} pages. Most recruiters `
        + 'expect one or two pages: send the resume on its own (not a portfolio or a whole application pack).',
      );
    }
    const pageTexts: string[] = [];
    let columns = 1;
    for (let n = 1; n <= pages; n++) {
      await yieldToEventLoop();
      if (signal.aborted) throw signal.reason;
      let items: PdfTextItem[];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        items = content.items.filter((it): it is PdfTextItem => 'str' in it);
        page.cleanup();
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw pdfError(error);
      }
      const layout = layoutPage(items, { firstPage: n === 1 });
      columns = Math.max(columns, layout.columns);
      pageTexts.push(layout.lines.join('\n'));
    }
    const raw = pageTexts.join('\n\n');
    const text = normalizeText(raw);
    const nonSpace = text.replace(/\s+/g, '').length;
    if (nonSpace / Math.max(1, pages) < MIN_CHARS_PER_PAGE) throw new DocumentError('no-text', NO_TEXT_MESSAGE);
    if (looksGarbled(raw)) throw new DocumentError('no-text', GARBLED_MESSAGE);
    return { text, pages, columns, images: hasImages(bytes) };
  } finally {
    signal.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}

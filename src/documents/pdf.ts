/**
 * PDF → text through pdf-parse 2.x (which wraps pdf.js 5). pdf-parse's own getText() joins items in
 * content-stream order and trusts pdf.js's `hasEOL`; we need the items with their positions to
 * rebuild lines and read two-column layouts column by column, so we take the pdf.js document that
 * PDFParse loads and call page.getTextContent() ourselves (see `loadDocument`).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { DocumentError } from './errors.js';
import { normalizeText } from './normalize.js';
import { layoutPage, type PdfTextItem } from './pdf-layout.js';
import type { ExtractLimits } from './types.js';
import { yieldToEventLoop } from './yield.js';

/** The slice of pdf.js's PDFDocumentProxy / PDFPageProxy we use. */
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
interface PdfParser {
  destroy(): Promise<void>;
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

type PdfParseModule = typeof import('pdf-parse');
let pdfParseModule: Promise<PdfParseModule> | null = null;
/** pdf-parse pulls in pdf.js (a few hundred ms to load): import it on first use only. */
function loadPdfParse(): Promise<PdfParseModule> {
  pdfParseModule ??= withBuiltinPush(() => import('pdf-parse'));
  return pdfParseModule;
}

/**
 * pdf-parse's bundle carries core-js, which on Node 20 replaces Array.prototype.push for the whole
 * process with a slower polyfill (about 15 % of analysis CPU, in pdf.js, mammoth and our code alike),
 * when the module loads and again when pdf.js loads its worker with the first document. Node's own
 * push is complete, so the built-in (captured before pdf-parse is ever imported) is put back.
 */
const BUILTIN_PUSH = Array.prototype.push;
function restoreBuiltinPush(): void {
  if (Array.prototype.push !== BUILTIN_PUSH) {
    Object.defineProperty(Array.prototype, 'push', { value: BUILTIN_PUSH, writable: true, configurable: true, enumerable: false });
  }
}
async function withBuiltinPush<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } finally {
    restoreBuiltinPush();
  }
}

/**
 * The module pdf.js imports as its in-process ("fake") worker when it opens its first document:
 * "./pdf.worker.mjs" beside the pdf.js that pdf-parse itself resolves.
 */
function pdfJsWorkerUrl(): string {
  const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
  return new URL('./pdf.worker.mjs', pathToFileURL(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.mjs'))).href;
}

let warm: Promise<void> | null = null;
/**
 * Import pdf-parse/pdf.js and pdf.js's worker module, once per process. pdf.js imports the worker
 * (~2 MB of code: seconds on a busy machine) when it opens its first document; importing it here,
 * where the ES module cache keeps it for pdf.js, keeps that one-off cost out of the first user's
 * time limit without opening a warm-up document.
 */
export function preloadPdf(): Promise<void> {
  warm ??= (async () => {
    await loadPdfParse();
    // Warm-up only: a failure here shows up again, properly reported, on the real document.
    await withBuiltinPush(() => import(pdfJsWorkerUrl())).catch(() => undefined);
  })();
  return warm;
}

/**
 * Open the document. PDFParse keeps the pdf.js document behind a private `load()` (the one its own
 * getText()/getInfo() use); no public method hands out the per-item positions we need. We call it
 * through a narrow cast and fail loudly (as 'corrupt', logged by the caller) if a future pdf-parse
 * renames it — the tests would catch that first.
 */
async function loadDocument(parser: PdfParser): Promise<PdfJsDocument> {
  const load = (parser as unknown as { load?: () => Promise<PdfJsDocument> }).load;
  if (typeof load !== 'function') throw new Error('pdf-parse: PDFParse.load() not found (API changed)');
  return load.call(parser);
}

/** Image XObjects anywhere in the file. Stream objects cannot live in object streams, so their
 * dictionaries are always plain bytes: a scan of the raw file finds them cheaply. */
function hasImages(bytes: Uint8Array): boolean {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /\/Subtype\s*\/Image\b/.test(s);
}

/** Is this text what a person wrote, or what fonts without a character map produce? */
export function looksGarbled(raw: string): boolean {
  const chars = [...raw.replace(/\s+/g, '')];
  if (chars.length === 0) return false;
  let junk = 0;
  let letters = 0;
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) junk++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (junk / chars.length > 0.25) return true;
  if (letters / chars.length < 0.4) return true;
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
  const { PDFParse } = await loadPdfParse();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes survive.
  // (new Uint8Array(x) always copies; Buffer#slice would not.)
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, stopAtErrors: false });
  // On timeout, destroying the document makes pdf.js's pending promises reject at once.
  const onAbort = () => void parser.destroy().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let doc: PdfJsDocument;
    try {
      doc = await loadDocument(parser);
    } catch (error) {
      restoreBuiltinPush();
      if (signal.aborted) throw signal.reason;
      throw pdfError(error);
    }
    restoreBuiltinPush();
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
    await parser.destroy().catch(() => undefined);
  }
}

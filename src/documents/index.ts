/**
 * documents: bytes → normalised text plus layout facts, with limits and typed, friendly errors.
 *
 *   extractDocument(bytes, limits?) → ExtractedDocument   (throws DocumentError)
 *   sniffKind(bytes)               → 'pdf' | 'docx' | 'text' | null
 *   normalizeText(s)               → the normalisation every extracted text goes through
 *
 * The type is decided from the bytes only, never from a file name. Order of checks: size (before any
 * parsing), empty, type, then the format reader under a time limit.
 */
import { DocumentError, isDocumentError } from './errors.js';
import { normalizeText } from './normalize.js';
import { sniff, sniffKind } from './sniff.js';
import type { DocumentKind, ExtractedDocument, ExtractLimits } from './types.js';

export {
  DocumentError,
  isDocumentError,
  DOCUMENT_ERROR_CODES,
  toDocumentErrorPayload,
  fromDocumentErrorPayload,
  type DocumentErrorCode,
  type DocumentErrorPayload,
} from './errors.js';
export type { DocumentKind, ExtractedDocument, ExtractLimits } from './types.js';
export { normalizeText, sniffKind };

export const DEFAULT_LIMITS: ExtractLimits = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  timeoutMs: 15_000,
  maxUnzippedBytes: 50 * 1024 * 1024,
});

const EMPTY_MESSAGE =
  'This file is empty — there is nothing in it to read. Check that you picked the right file and send it again.';

const CORRUPT_MESSAGE =
  'This file seems to be damaged, and I could not read it. Open it on your computer to check it, save or '
  + 'export it again (PDF or .docx), and send the new file.';

const SIGN_IN_PAGE_MESSAGE =
  "That's a sign-in page, not your file: the share link (Google Drive, OneDrive, Dropbox, LinkedIn) answered "
  + 'with a page asking to sign in or for permission, and that page was saved under the file name. Download the '
  + 'file itself (File > Download) and send that.';

function mb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** DOCX and text have no pages: estimate from the word count (about 500 words a page, at least 1). */
function estimatePages(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 500));
}

type Reader = (signal: AbortSignal) => Promise<ExtractedDocument>;

/**
 * Decide the type (synchronously, from the bytes) and load the module that reads it. Loading is
 * outside the time limit: pdf.js takes a few hundred ms to import once per process, which says
 * nothing about the file. Returns the reading step, which runs under the time limit.
 */
async function prepare(bytes: Uint8Array, limits: ExtractLimits): Promise<Reader> {
  const sniffed = sniff(bytes);
  switch (sniffed.kind) {
    case 'empty':
      throw new DocumentError('empty', EMPTY_MESSAGE);
    case 'encrypted':
      throw new DocumentError('encrypted', sniffed.message);
    case 'unsupported':
      throw new DocumentError('unsupported-type', sniffed.message);
    case 'pdf': {
      const { extractPdf, preloadPdf } = await import('./pdf.js');
      await preloadPdf();
      return async (signal) => {
        const pdf = await extractPdf(bytes, limits, signal);
        return {
          kind: 'pdf',
          text: pdf.text,
          pages: pdf.pages,
          layout: { columns: pdf.columns, tables: false, images: pdf.images, headerFooterText: false },
        };
      };
    }
    case 'docx': {
      const { extractDocx, preloadDocx } = await import('./docx.js');
      await preloadDocx();
      return async (signal) => {
        const docx = await extractDocx(bytes, limits, signal);
        const text = normalizeText(docx.text);
        if (!/\S/.test(text)) {
          throw new DocumentError('empty', 'This Word document has no text in it. Check that you sent the right file.');
        }
        return {
          kind: 'docx',
          text,
          pages: estimatePages(text),
          layout: { columns: 1, tables: docx.tables, images: docx.images, headerFooterText: docx.headerFooterText },
        };
      };
    }
    case 'text': {
      const { decodeCheckedText, htmlToText, looksLikeHtml } = await import('./text.js');
      const raw = decodeCheckedText(bytes, sniffed.encoding);
      // A web page, whatever its name: read by the same page reader as a link (src/links/page.ts).
      const pages = looksLikeHtml(raw) ? await import('../links/page.js') : null;
      return async () => {
        const page = pages?.readPage(raw) ?? null;
        if (page?.kind === 'sign-in') throw new DocumentError('sign-in-page', SIGN_IN_PAGE_MESSAGE);
        const text = normalizeText(page === null ? raw : page.kind === 'post' ? page.text : htmlToText(raw));
        if (!/\S/.test(text)) throw new DocumentError('empty', EMPTY_MESSAGE);
        return {
          kind: 'text',
          text,
          pages: estimatePages(text),
          layout: { columns: 1, tables: false, images: false, headerFooterText: false },
        };
      };
    }
  }
}

/** Load pdf.js and mammoth now (e.g. at start-up) so the first resume does not pay for it. */
export async function preloadDocumentReaders(): Promise<void> {
  const [{ preloadPdf }, { preloadDocx }] = await Promise.all([import('./pdf.js'), import('./docx.js')]);
  await Promise.all([preloadPdf(), preloadDocx()]);
}

/**
 * Turn a resume or job post file into text. Throws DocumentError (code + a message for the job
 * seeker) for anything it cannot read; any other failure inside a parser is reported as 'corrupt'.
 *
 * The time limit is a Promise.race with a timer (cleared when extraction ends). It cannot stop
 * synchronous work already running on the event loop; on timeout the PDF document is destroyed so
 * pdf.js stops at its next await. The worker pool that runs extraction off the event loop adds a
 * hard limit on top of this (it terminates the worker).
 */
export async function extractDocument(bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<ExtractedDocument> {
  const lim: ExtractLimits = { ...DEFAULT_LIMITS, ...stripUndefined(limits) };
  if (bytes.length > lim.maxBytes) {
    throw new DocumentError(
      'too-large',
      `This file is ${mb(bytes.length)}; I accept files up to ${mb(lim.maxBytes)}. A resume is usually well under `
      + '1 MB: export it again as PDF without large photos or graphics, or send the .docx or plain text.',
    );
  }
  if (bytes.length === 0) throw new DocumentError('empty', EMPTY_MESSAGE);

  let read: Reader;
  try {
    read = await prepare(bytes, lim);
  } catch (error) {
    if (isDocumentError(error)) throw error;
    throw new DocumentError('corrupt', CORRUPT_MESSAGE);
  }

  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DocumentError(
        'timeout',
        'Reading this file took too long, so I stopped. It may be very large or unusually complex. Export it '
        + 'again as a simple PDF or .docx (or paste the text) and send it again.',
      );
      controller.abort(error);
      reject(error);
    }, lim.timeoutMs);
  });
  const work = read(controller.signal);
  // If the timeout wins, the extraction's own later rejection must not become an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (isDocumentError(error)) throw error;
    // Never leak a parser's stack trace or internal message to the job seeker.
    throw new DocumentError('corrupt', CORRUPT_MESSAGE);
  } finally {
    clearTimeout(timer);
  }
}

function stripUndefined(limits: Partial<ExtractLimits>): Partial<ExtractLimits> {
  const out: Partial<ExtractLimits> = {};
  for (const [k, v] of Object.entries(limits) as Array<[keyof ExtractLimits, number | undefined]>) {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return out;
}

/**
 * What a file really is, decided from its bytes (never its name: people rename a PNG to .pdf, or
 * Word saves a password-protected .docx as an OLE container).
 */
import type { DocumentKind } from './types.js';

/** The full verdict: a kind we read, or a reason (with a job-seeker message) we don't. */
export type Sniffed =
  | { kind: 'pdf'; offset: number }
  | { kind: 'docx' }
  | { kind: 'text'; encoding: TextEncoding }
  | { kind: 'empty' }
  | { kind: 'encrypted'; message: string }
  | { kind: 'unsupported'; what: string | null; message: string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SEND_INSTEAD = 'Please send your resume as a PDF, a Word .docx file, or paste it as plain text.';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Index of `needle` (bytes) in `hay`, or -1. Plain scan: inputs are capped at a few MB. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const first = needle[0];
  const last = Math.min(to, hay.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const enc = new TextEncoder();
const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
};

/** Named image / binary formats, so the reply can say what the file actually is. */
const BINARY_SIGNATURES: ReadonlyArray<{ what: string; test: (b: Uint8Array) => boolean }> = [
  { what: 'a PNG image', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { what: 'a JPEG image', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { what: 'a GIF image', test: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a' },
  { what: 'a WebP image', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { what: 'a TIFF image', test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  {
    what: 'a HEIC photo',
    test: (b) => ascii(b, 4, 8) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1|avif)$/.test(ascii(b, 8, 12)),
  },
  {
    what: 'a BMP image',
    test: (b) => ascii(b, 0, 2) === 'BM' && b.length >= 14
      && (b[2]! | (b[3]! << 8) | (b[4]! << 16) | (b[5]! << 24)) >>> 0 === b.length,
  },
  { what: 'an RTF document', test: (b) => ascii(b, 0, 5) === '{\\rtf' },
  { what: 'a gzip archive', test: (b) => startsWith(b, [0x1f, 0x8b]) },
  { what: 'a 7-Zip archive', test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { what: 'a RAR archive', test: (b) => ascii(b, 0, 4) === 'Rar!' },
  {
    // "MZ" alone could start a text file ("MZ Smith"); a PE header has NUL bytes right after it.
    what: 'a program (executable)',
    test: (b) => (ascii(b, 0, 2) === 'MZ' && b.subarray(0, 64).includes(0)) || ascii(b, 0, 4) === '\x7fELF',
  },
  { what: 'an MP4 or QuickTime video', test: (b) => ascii(b, 4, 8) === 'ftyp' },
];

const OLE_CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * An OLE compound file (D0 CF 11 E0). Two very different things hide behind this signature:
 * - a password-protected .docx: Office encrypts the zip into an OLE container with the streams
 *   "EncryptionInfo" and "EncryptedPackage" → 'encrypted', ask to remove the password;
 * - a legacy Word 97-2003 .doc (stream "WordDocument"), or .xls/.ppt/.msg → 'unsupported-type', ask
 *   to save as .docx or PDF.
 * Directory entry names are UTF-16LE in the file, so a byte search tells them apart reliably.
 */
function sniffOle(bytes: Uint8Array): Sniffed {
  if (indexOfBytes(bytes, utf16le('EncryptedPackage')) >= 0) {
    return {
      kind: 'encrypted',
      message:
        'This Word file is password-protected, so neither I nor an applicant tracking system can open it. '
        + 'Remove the password (in Word: File > Info > Protect Document > Encrypt with Password, clear it), '
        + 'save, and send it again — or send it as a PDF.',
    };
  }
  const what = indexOfBytes(bytes, utf16le('WordDocument')) >= 0
    ? 'an old-style Word .doc file (Word 97-2003)'
    : indexOfBytes(bytes, utf16le('Workbook')) >= 0
      ? 'an old-style Excel spreadsheet'
      : indexOfBytes(bytes, utf16le('PowerPoint Document')) >= 0
        ? 'an old-style PowerPoint presentation'
        : 'an old-style Microsoft Office file';
  return {
    kind: 'unsupported',
    what,
    message: `This file is ${what}, which I can't read. Open it in Word (or Google Docs) and save it as .docx or PDF, then send it again.`,
  };
}

/**
 * A zip: a .docx has word/document.xml. Entry names are stored uncompressed in the local headers
 * and the central directory, so a byte search is enough to decide here; the real zip walk (with
 * zip-bomb checks) happens in docx.ts.
 */
function sniffZip(bytes: Uint8Array): Sniffed {
  const has = (name: string) => indexOfBytes(bytes, enc.encode(name)) >= 0;
  if (has('word/document.xml')) return { kind: 'docx' };
  let what = 'a zip archive';
  if (has('xl/workbook.xml')) what = 'an Excel spreadsheet (.xlsx)';
  else if (has('ppt/presentation.xml')) what = 'a PowerPoint presentation (.pptx)';
  else if (has('application/vnd.oasis.opendocument.text')) what = 'an OpenDocument text file (.odt)';
  else if (has('application/vnd.oasis.opendocument')) what = 'an OpenDocument file';
  else if (has('application/epub+zip')) what = 'an e-book (.epub)';
  else if (has('word/')) what = 'a damaged Word file (its main document part is missing)';
  const advice = what.startsWith('an OpenDocument')
    ? 'Save it as .docx or PDF (File > Save As, or File > Export as PDF) and send it again.'
    : SEND_INSTEAD;
  return { kind: 'unsupported', what, message: `This file is ${what}, not a resume document I can read. ${advice}` };
}

/** Share of code points that are control characters (other than tab, LF, CR, FF). */
function controlShare(s: string): number {
  if (s.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / s.length;
}

/** At most this share of control characters in something we still call text. */
const MAX_CONTROL_SHARE = 0.01;

function sniffText(bytes: Uint8Array): Sniffed | null {
  const sample = bytes.subarray(0, 64 * 1024);
  let encoding: TextEncoding;
  if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  else {
    // NUL bytes never occur in UTF-8 text (UTF-16 without a BOM is not accepted: too ambiguous).
    if (indexOfBytes(sample, new Uint8Array([0])) >= 0) return null;
    encoding = 'utf-8';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8. Old Windows editors save Windows-1252 ("résumé" as E9): accept it when the bytes
      // otherwise look like text (few bytes ≥ 0x80, no C0 controls).
      let high = 0;
      for (const b of sample) if (b >= 0x80) high++;
      if (high / sample.length > 0.3) return null;
      encoding = 'windows-1252';
    }
  }
  const decoded = decodeText(sample, encoding);
  if (controlShare(decoded) > MAX_CONTROL_SHARE) return null;
  return { kind: 'text', encoding };
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  // TextDecoder strips a leading BOM for the UTF encodings (ignoreBOM: false is the default).
  return new TextDecoder(encoding).decode(bytes);
}

/** Classify bytes. Size limits are checked by the caller before this. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  // %PDF- within the first 1 KB (some generators and mail gateways prepend junk; pdf.js copes).
  const pdfAt = indexOfBytes(bytes, enc.encode('%PDF-'), 0, 1024 + 5);
  if (pdfAt >= 0) return { kind: 'pdf', offset: pdfAt };
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWith(bytes, OLE_CFB)) return sniffOle(bytes);
  for (const sig of BINARY_SIGNATURES) {
    if (sig.test(bytes)) {
      const image = sig.what.includes('image') || sig.what.includes('photo');
      const advice = image
        ? 'An applicant tracking system cannot read a picture of a resume either. Send the original document as a PDF or Word .docx file (exported from Word or Google Docs), or paste the text.'
        : SEND_INSTEAD;
      return {
        kind: 'unsupported',
        what: sig.what,
        message: `This file is ${sig.what}, not a PDF, Word document or text. ${advice}`,
      };
    }
  }
  const text = sniffText(bytes);
  if (text) return text;
  return {
    kind: 'unsupported',
    what: null,
    message: `This doesn't look like a resume document: it is binary data, not a PDF, a Word .docx file or text. ${SEND_INSTEAD}`,
  };
}

/** The kind of document, from magic bytes and content only; null when it is none we read. */
export function sniffKind(bytes: Uint8Array): DocumentKind | null {
  const s = sniff(bytes);
  return s.kind === 'pdf' || s.kind === 'docx' || s.kind === 'text' ? s.kind : null;
}

/**
 * DOCX → text: mammoth for the body, plus the Word header and footer parts, which mammoth skips and
 * where many templates keep the name, email and phone.
 */
import { DocumentError } from './errors.js';
import { CORRUPT_DOCX_MESSAGE, SafeZip, TOO_MUCH_TEXT_MESSAGE } from './zip.js';
import { yieldToEventLoop } from './yield.js';
import type { ExtractLimits } from './types.js';

export interface DocxResult {
  text: string;
  tables: boolean;
  images: boolean;
  headerFooterText: boolean;
}

type Mammoth = typeof import('mammoth');
let mammothModule: Promise<Mammoth> | null = null;
function loadMammoth(): Promise<Mammoth> {
  mammothModule ??= import('mammoth');
  return mammothModule;
}

/** Import mammoth now. */
export async function preloadDocx(): Promise<void> {
  await loadMammoth();
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default: {
        const cp = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
    }
  });
}

/**
 * Paragraph texts of a WordprocessingML part (header, footer): <w:t> runs grouped by <w:p>,
 * tabs and breaks kept as spaces/newlines. Field instructions (<w:instrText>, e.g. PAGE) and deleted
 * text (<w:delText>) are not <w:t> and are skipped. The VML fallback copy of a text box
 * (<mc:Fallback>) is dropped so its text is not read twice.
 */
export function wordXmlParagraphs(xml: string): string[] {
  const body = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  const paragraphs: string[] = [];
  for (const p of body.split(/<\/w:p>/)) {
    let text = '';
    const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:(tab|br|cr|noBreakHyphen)\b[^>]*\/?>/g;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      if (m[1] !== undefined) text += decodeEntities(m[1]);
      else if (m[2] === 'tab') text += '\t';
      else if (m[2] === 'br' || m[2] === 'cr') text += '\n';
      else if (m[2] === 'noBreakHyphen') text += '-';
    }
    const clean = text.replace(/[ \t]+/g, ' ').trim();
    if (clean) paragraphs.push(clean);
  }
  return paragraphs;
}

/** A two-page resume has a few hundred paragraphs; a long job post a thousand. */
const MAX_PARAGRAPHS = 20_000;

function countParagraphs(xml: string): number {
  let n = 0;
  for (let i = xml.indexOf('<w:p'); i >= 0; i = xml.indexOf('<w:p', i + 4)) {
    const next = xml.charCodeAt(i + 4);
    if (next === 0x3e || next === 0x20 || next === 0x2f) n++; // '>', ' ', '/': <w:p>, not <w:pPr>
  }
  return n;
}

/** header1.xml, header2.xml, … in numeric order (header10 after header9). */
function partNumber(name: string): number {
  const m = /(\d+)\.xml$/.exec(name);
  return m ? Number(m[1]) : 0;
}

export async function extractDocx(bytes: Uint8Array, limits: ExtractLimits, signal: AbortSignal): Promise<DocxResult> {
  const zip = await SafeZip.open(bytes, limits.maxUnzippedBytes);
  try {
    if (!zip.has('word/document.xml')) {
      throw new DocumentError(
        'unsupported-type',
        'This file is a zip archive but not a Word document (it has no word/document.xml inside). '
        + 'Please send your resume as a PDF, a Word .docx file, or paste it as plain text.',
      );
    }
    // Inflate every XML part through yauzl first: it enforces each part's declared size while
    // streaming, and SafeZip.open capped the declared total. mammoth (JSZip underneath) inflates
    // without such checks, so it only gets a zip whose XML parts are proven to be what they claim.
    // Media files are not read by extractRawText, so they are not inflated.
    const parts = new Map<string, string>();
    for (const name of zip.names()) {
      await yieldToEventLoop();
      if (signal.aborted) throw signal.reason;
      if (/\.(xml|rels)$/i.test(name)) parts.set(name, (await zip.read(name)).toString('utf8'));
    }
    const documentXml = parts.get('word/document.xml') ?? '';
    // mammoth would build an object per paragraph: refuse a document no resume comes near first.
    if (countParagraphs(documentXml) > MAX_PARAGRAPHS) throw new DocumentError('too-large', TOO_MUCH_TEXT_MESSAGE);
    const tables = /<w:tbl[\s>]/.test(documentXml);
    const images = zip.names().some((n) => /^word\/media\/.+\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i.test(n));

    const collect = (kind: 'header' | 'footer'): string[] => {
      const names = [...parts.keys()]
        .filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n))
        .sort((a, b) => partNumber(a) - partNumber(b));
      const seen = new Set<string>();
      const out: string[] = [];
      // A document has up to three headers (first page, even, default) that often repeat each other.
      for (const n of names) {
        for (const p of wordXmlParagraphs(parts.get(n)!)) {
          if (!seen.has(p)) {
            seen.add(p);
            out.push(p);
          }
        }
      }
      return out;
    };
    const headers = collect('header');
    const footers = collect('footer');

    const mammoth = await loadMammoth();
    let body: string;
    try {
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      // mammoth ends every paragraph with a blank line; PDF text has one line per line. Use single
      // newlines so downstream code sees the same shape whatever the format.
      body = result.value.replace(/\n{2,}/g, '\n');
    } catch {
      throw new DocumentError('corrupt', CORRUPT_DOCX_MESSAGE);
    }
    // Header and footer paragraphs that the body repeats (some templates do) are not added twice.
    const bodyText = body.replace(/\s+/g, ' ');
    const fresh = (p: string) => !bodyText.includes(p.replace(/\s+/g, ' '));
    const head = headers.filter(fresh);
    const foot = footers.filter(fresh);
    const text = [head.join('\n'), body, foot.join('\n')].filter((s) => s.trim()).join('\n\n');
    // Footers that hold only a page number ("1", "Page 2") do not count as content.
    const meaningful = [...head, ...foot].some((p) => /\p{L}{2,}/u.test(p) && !/^page\s*\d*(\s*of\s*\d*)?$/i.test(p));
    return { text, tables, images, headerFooterText: meaningful };
  } finally {
    zip.close();
  }
}

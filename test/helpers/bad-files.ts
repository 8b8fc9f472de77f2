/**
 * Bad (and small synthetic) input files, built in code at test time so no binary test files are
 * committed. Everything here is deterministic. Reusable by any test: bot, CLI, adapters.
 *
 *   buildPdf(pages)            a minimal valid PDF, text placed at given positions (Helvetica)
 *   buildManyPagePdf(n)        n pages with a line of text each
 *   buildEncryptedPdf()        Standard security handler (RC4, R2) with a user password → pdf.js asks for it
 *   buildTruncatedPdf(src)     the first half of a PDF
 *   buildPngAsPdf()            a real PNG (signature + IHDR + IDAT + IEND), whatever name you give it
 *   buildZip(entries)          a zip written by hand (stored or deflated entries, sizes you choose)
 *   buildDocx(opts)            a minimal valid .docx (body paragraphs, optional header/footer/table)
 *   buildZipBombDocx(opts)     word/document.xml inflating to 200 MB of zeros (declared, or lying)
 *   buildEncryptedDocx()       an OLE container with EncryptionInfo/EncryptedPackage streams
 *   buildLegacyDoc()           an OLE container with a WordDocument stream (Word 97-2003 .doc)
 *   buildLargeFile(bytes)      a file of that size that starts like a PDF
 *   buildBinaryText()          text with NUL and control bytes (binary pasted as text)
 *   winAnsi(text)              text for buildPdf with – — • ‘ ’ “ ” … € as WinAnsi bytes
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

// ---------------------------------------------------------------------------------------------- PDF

export interface PdfTextRun {
  x: number;
  y: number;
  text: string;
  size?: number;
  /** Extra space after every glyph (the PDF `Tc` operator, in text-space units): letter-spaced text. */
  charSpacing?: number;
}

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A minimal PDF (1.4, uncompressed, Helvetica, US Letter 612×792) with correct xref offsets.
 * `extraTrailer` / `extraObjects` let callers add e.g. an /Encrypt dictionary.
 */
export function buildPdf(
  pages: ReadonlyArray<ReadonlyArray<PdfTextRun>>,
  opts: { extraObjects?: string[]; extraTrailer?: string } = {},
): Uint8Array {
  const objects: string[] = [];
  // 1 catalog, 2 pages, 3 font, then per page: page object + content stream, then extras.
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [i, runs] of pages.entries()) {
    const content = runs
      .map((r) =>
        r.charSpacing === undefined
          ? `BT /F1 ${r.size ?? 11} Tf ${r.x} ${r.y} Td ${pdfString(r.text)} Tj ET`
          : `BT /F1 ${r.size ?? 11} Tf ${r.charSpacing} Tc ${r.x} ${r.y} Td ${pdfString(r.text)} Tj 0 Tc ET`)
      .join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  for (const extra of opts.extraObjects ?? []) objects.push(extra);

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${opts.extraTrailer ?? ''} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(latin1(out));
}

/** n pages, each with a few lines of text (enough characters to pass the "no text" check). */
export function buildManyPagePdf(n: number): Uint8Array {
  const pages = Array.from({ length: n }, (_, i) => [
    { x: 72, y: 720, text: `Page ${i + 1} of a very long document about software engineering.` },
    { x: 72, y: 700, text: 'Designed and built backend services in Go and Python for payments.' },
  ]);
  return buildPdf(pages);
}

/**
 * A PDF encrypted with the Standard security handler (V1/R2, RC4 40-bit) whose /U and /O entries
 * match no empty password: pdf.js tries the empty user password, fails, and throws
 * PasswordException — exactly what a password-protected resume does.
 */
export function buildEncryptedPdf(): Uint8Array {
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join('');
  const pages = [[{ x: 72, y: 720, text: 'Secret resume' }]];
  // Object numbers: 1-3 fixed, 4-5 the page; the /Encrypt dictionary is object 6.
  return buildPdf(pages, {
    extraObjects: [`<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(11)}> /P -4 >>`],
    extraTrailer: '/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]',
  });
}

/** The first half of a PDF: header and page objects present, xref and trailer gone. */
export function buildTruncatedPdf(src: Uint8Array): Uint8Array {
  return src.slice(0, Math.floor(src.length / 2));
}

// ---------------------------------------------------------------------------------------------- PNG

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([latin1(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** A valid 16×16 grey PNG: 8-byte signature, IHDR, IDAT, IEND. Send it named "resume.pdf". */
export function buildPngAsPdf(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(16 * 17, 0x80);
  for (let row = 0; row < 16; row++) raw[row * 17] = 0; // filter byte per row
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(raw)),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------- ZIP

export interface ZipEntrySpec {
  name: string;
  /** Uncompressed content; stored deflated unless `store` is true. */
  data?: Uint8Array | string;
  /** Pre-compressed raw-deflate bytes, with the sizes/CRC to declare (for bombs). */
  raw?: { deflated: Uint8Array; crc: number; uncompressedSize: number };
  /** Lie about the uncompressed size in the headers. */
  declaredSize?: number;
  store?: boolean;
}

/** A zip written by hand: local headers + data, central directory, end-of-central-directory. */
export function buildZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let payload: Buffer;
    let crc: number;
    let size: number;
    let method: number;
    if (e.raw) {
      payload = Buffer.from(e.raw.deflated);
      crc = e.raw.crc;
      size = e.raw.uncompressedSize;
      method = 8;
    } else {
      const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data ?? new Uint8Array());
      crc = crc32(data) >>> 0;
      size = data.length;
      method = e.store ? 0 : 8;
      payload = e.store ? data : deflateRawSync(data);
    }
    const declared = e.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, payload);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(declared >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attrs, external attrs: 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + payload.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
  + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r></w:p>`;

/** A minimal valid .docx: body paragraphs, optionally a 2-column table, a header and a footer. */
export function buildDocx(opts: { body: string[]; table?: string[][]; header?: string[]; footer?: string[] }): Uint8Array {
  const table = opts.table
    ? `<w:tbl>${opts.table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    : '';
  const refs = [
    opts.header ? '<w:headerReference w:type="default" r:id="rIdH"/>' : '',
    opts.footer ? '<w:footerReference w:type="default" r:id="rIdF"/>' : '',
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>`
    + `${opts.body.map(para).join('')}${table}<w:sectPr>${refs}</w:sectPr></w:body></w:document>`;
  const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + (opts.header ? '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : '')
    + (opts.footer ? '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : '')
    + '</Relationships>';
  const entries: ZipEntrySpec[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        + '</Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        + '</Relationships>',
    },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: rels },
  ];
  if (opts.header) entries.push({ name: 'word/header1.xml', data: `<w:hdr ${W_NS}>${opts.header.map(para).join('')}</w:hdr>` });
  if (opts.footer) entries.push({ name: 'word/footer1.xml', data: `<w:ftr ${W_NS}>${opts.footer.map(para).join('')}</w:ftr>` });
  return buildZip(entries);
}

/**
 * A .docx whose word/document.xml inflates to `inflatedMb` MB (default 200) of zeros, compressed
 * to about 200 KB. Built without ever holding 200 MB: 1 MB of zeros is deflated once with a sync
 * flush (byte-aligned, not final), repeated, and closed with an empty final block — concatenated
 * deflate blocks form one valid stream. `lie: true` declares a small uncompressed size in the zip
 * headers, so only a check during inflation can catch it.
 */
export function buildZipBombDocx(opts: { inflatedMb?: number; lie?: boolean } = {}): Uint8Array {
  const mbCount = opts.inflatedMb ?? 200;
  const chunk = Buffer.alloc(1024 * 1024);
  const piece = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]);
  const deflated = Buffer.concat([...Array.from({ length: mbCount }, () => piece), finalBlock]);
  let crc = 0;
  for (let i = 0; i < mbCount; i++) crc = crc32(chunk, crc);
  const uncompressedSize = mbCount * 1024 * 1024;
  return buildZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: 'word/document.xml',
      raw: { deflated, crc: crc >>> 0, uncompressedSize },
      ...(opts.lie ? { declaredSize: 2048 } : {}),
    },
  ]);
}

// ---------------------------------------------------------------------------------------------- OLE

/** An OLE compound file header followed by directory names (UTF-16LE) — enough for any sniffer. */
function buildOle(streamNames: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const dir = Buffer.alloc(128 * Math.max(4, streamNames.length + 1));
  ['Root Entry', ...streamNames].forEach((name, i) => {
    const n = Buffer.from(name, 'utf16le');
    n.copy(dir, i * 128);
    dir.writeUInt16LE(n.length + 2, i * 128 + 64);
    dir[i * 128 + 66] = i === 0 ? 5 : 2; // root storage / stream
  });
  return new Uint8Array(Buffer.concat([header, dir]));
}

/** What Word saves for a password-protected .docx: an OLE container, not a zip. */
export function buildEncryptedDocx(): Uint8Array {
  return buildOle(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
}

/** A Word 97-2003 .doc (OLE with a WordDocument stream). */
export function buildLegacyDoc(): Uint8Array {
  return buildOle(['WordDocument', '1Table', '\u0005SummaryInformation']);
}

// ---------------------------------------------------------------------------------------------- other

/** A file of exactly `bytes` bytes that starts like a PDF (the size check must come first). */
export function buildLargeFile(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  out.fill(0x20);
  out.set(latin1('%PDF-1.4\n'), 0);
  return out;
}

/** "Text" that is really binary: NUL bytes and control characters among a few letters. */
export function buildBinaryText(): Uint8Array {
  const out = new Uint8Array(4096);
  let seed = 12345;
  for (let i = 0; i < out.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[i] = i % 3 === 0 ? 0 : (seed >> 16) & 0xff;
  }
  out.set(latin1('Name: John'), 0);
  return out;
}

/**
 * Text for a `PdfTextRun` as buildPdf writes it (Latin-1 bytes, read back through WinAnsiEncoding):
 * maps the typographic characters WinAnsi has outside Latin-1 (– — • ‘ ’ “ ” …) to their WinAnsi
 * bytes, so "Jan 2020 – Present" or "• Built …" come out of pdf.js as written.
 */
export function winAnsi(text: string): string {
  const map: Record<string, string> = {
    '\u2013': '\x96', '\u2014': '\x97', '\u2022': '\x95', '\u2018': '\x91', '\u2019': '\x92',
    '\u201C': '\x93', '\u201D': '\x94', '\u2026': '\x85', '\u20AC': '\x80',
  };
  return text.replace(/[\u2013\u2014\u2022\u2018\u2019\u201C\u201D\u2026\u20AC]/g, (c) => map[c]!);
}

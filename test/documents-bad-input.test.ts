/**
 * Bad input gets a clear, specific DocumentError — never a crash or a stack trace. Every bad file is
 * built in code (test/helpers/bad-files.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  DOCUMENT_ERROR_CODES,
  DocumentError,
  extractDocument,
  fromDocumentErrorPayload,
  isDocumentError,
  toDocumentErrorPayload,
  type DocumentErrorCode,
} from '../src/documents/index.js';
import {
  buildBinaryText,
  buildDocx,
  buildEncryptedDocx,
  buildEncryptedPdf,
  buildLargeFile,
  buildLegacyDoc,
  buildManyPagePdf,
  buildPdf,
  buildPngAsPdf,
  buildTruncatedPdf,
  buildZip,
  buildZipBombDocx,
} from './helpers/bad-files.js';

const fixture = (rel: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/${rel}`, import.meta.url))));

async function failure(bytes: Uint8Array, limits: Parameters<typeof extractDocument>[1] = {}): Promise<DocumentError> {
  const error = await extractDocument(bytes, limits).then(
    (doc) => { throw new Error(`expected a DocumentError, got a ${doc.kind} document`); },
    (e: unknown) => e,
  );
  expect(isDocumentError(error), String(error)).toBe(true);
  const de = error as DocumentError;
  expect(DOCUMENT_ERROR_CODES).toContain(de.code);
  // Written for a job seeker: a full sentence, no stack trace, no library jargon.
  expect(de.message.length).toBeGreaterThan(40);
  expect(de.message).not.toMatch(/\n\s+at |Exception|undefined|TypeError|ENOENT|pdf\.js|yauzl|mammoth/i);
  return de;
}

async function expectCode(bytes: Uint8Array, code: DocumentErrorCode, limits = {}): Promise<DocumentError> {
  const e = await failure(bytes, limits);
  expect(e.code, e.message).toBe(code);
  return e;
}

describe('limits', () => {
  it('DEFAULT_LIMITS', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 10 * 1024 * 1024,
      maxPages: 20,
      timeoutMs: 15_000,
      maxUnzippedBytes: 50 * 1024 * 1024,
    });
  });

  it('0 bytes → empty', async () => {
    await expectCode(new Uint8Array(), 'empty');
  });

  it('only whitespace → empty', async () => {
    await expectCode(new TextEncoder().encode(' \n\t\r\n  \u00A0 '), 'empty');
  });

  it('11 MB → too-large, before any parsing', async () => {
    const started = performance.now();
    const e = await expectCode(buildLargeFile(11 * 1024 * 1024), 'too-large');
    expect(e.message).toMatch(/11 MB/);
    expect(e.message).toMatch(/10 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('maxBytes can be lowered', async () => {
    await expectCode(fixture('resumes/rm-john-doe-java.txt'), 'too-large', { maxBytes: 100 });
  });

  it('a 21-page PDF → too-many-pages (page count read before any text)', async () => {
    const e = await expectCode(buildManyPagePdf(21), 'too-many-pages');
    expect(e.message).toMatch(/21 pages/);
  });

  it('a 20-page PDF is fine; maxPages can be lowered', async () => {
    const doc = await extractDocument(buildManyPagePdf(20));
    expect(doc.pages).toBe(20);
    expect(doc.text).toContain('Page 20 of a very long document');
    await expectCode(buildManyPagePdf(3), 'too-many-pages', { maxPages: 2 });
  });

  it('timeoutMs: 1 on a real PDF → timeout', async () => {
    const e = await expectCode(fixture('resumes/awesomecv-devops-sre.pdf'), 'timeout', { timeoutMs: 1 });
    expect(e.message).toMatch(/too long/);
    // And the process keeps serving: the same file reads fine afterwards.
    const doc = await extractDocument(fixture('resumes/awesomecv-devops-sre.pdf'));
    expect(doc.text).toContain('Byungjin Park');
  });
});

describe('PDF', () => {
  it('truncated PDF (first half of a real one) → corrupt', async () => {
    for (const rel of ['resumes/rm-barry-allen-frontend.pdf', 'resumes/rm-template-two-column.pdf']) {
      const e = await expectCode(buildTruncatedPdf(fixture(rel)), 'corrupt');
      expect(e.message).toMatch(/damaged|incomplete/);
    }
  });

  it('encrypted PDF → encrypted, with what to do', async () => {
    const e = await expectCode(buildEncryptedPdf(), 'encrypted');
    expect(e.message).toMatch(/password/);
    expect(e.message).toMatch(/[Rr]emove the password/);
  });

  it('the hand-built PDF itself is valid (so the encrypted one fails for the right reason)', async () => {
    const doc = await extractDocument(
      buildPdf([[
        { x: 72, y: 720, text: 'Jane Roe, Backend Engineer, jane.roe@example.com' },
        { x: 72, y: 700, text: 'Built payment APIs in Go and PostgreSQL serving 2M requests a day.' },
      ]]),
    );
    expect(doc.kind).toBe('pdf');
    expect(doc.text).toContain('jane.roe@example.com');
  });

  it('layout.images: a PDF with an image XObject', async () => {
    const runs = [
      { x: 72, y: 720, text: 'Jane Roe, Backend Engineer, jane.roe@example.com' },
      { x: 72, y: 700, text: 'Built payment APIs in Go and PostgreSQL serving 2M requests a day.' },
    ];
    const image = '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream';
    expect((await extractDocument(buildPdf([runs], { extraObjects: [image] }))).layout.images).toBe(true);
    expect((await extractDocument(buildPdf([runs]))).layout.images).toBe(false);
  });

  it('the caller\'s bytes are not detached or changed by pdf.js', async () => {
    const bytes = fixture('resumes/rm-barry-allen-frontend.pdf');
    const copy = bytes.slice();
    await extractDocument(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
    const buf = Buffer.from(copy);
    await extractDocument(buf);
    expect(buf.byteLength).toBe(copy.byteLength);
  });

  it('PNG named .pdf → unsupported-type naming a PNG image', async () => {
    const e = await expectCode(buildPngAsPdf(), 'unsupported-type');
    expect(e.message).toMatch(/PNG image/);
    expect(e.message).toMatch(/PDF/);
  });

  it('a PDF with too little text → no-text', async () => {
    const e = await expectCode(buildPdf([[{ x: 72, y: 720, text: 'Jane Roe' }]]), 'no-text');
    expect(e.message).toMatch(/scan|image/);
  });

  it('a PDF whose text is gibberish (fonts without a character map) → no-text', async () => {
    const junk = Array.from({ length: 12 }, (_, i) => ({
      x: 72,
      y: 720 - i * 14,
      text: 'Xkq Zxv Bcd Fgh Jkl Mnp Qrs Tvw Xyz Bcdf Ghjk Lmnp Qrst Vwxz',
    }));
    await expectCode(buildPdf([junk]), 'no-text');
  });

  it('a PDF with leading junk before %PDF- still reads', async () => {
    const pdf = buildPdf([[
      { x: 72, y: 720, text: 'Jane Roe, Backend Engineer, jane.roe@example.com' },
      { x: 72, y: 700, text: 'Built payment APIs in Go and PostgreSQL serving 2M requests a day.' },
    ]]);
    const withJunk = new Uint8Array([...new TextEncoder().encode('X-Mailer junk\r\n'), ...pdf]);
    const doc = await extractDocument(withJunk);
    expect(doc.text).toContain('PostgreSQL');
  });
});

describe('DOCX and other containers', () => {
  it('zip bomb .docx (declared 200 MB) → corrupt, refused before inflating', async () => {
    const bomb = buildZipBombDocx();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    const e = await expectCode(bomb, 'corrupt');
    expect(e.message).toMatch(/zip bomb|enormous/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('zip bomb .docx that lies about its size → corrupt, cut off while inflating', async () => {
    const e = await expectCode(buildZipBombDocx({ lie: true }), 'corrupt');
    expect(e.message).toMatch(/zip bomb|enormous/);
  });

  it('maxUnzippedBytes applies to the declared total', async () => {
    await expectCode(fixture('resumes/jsonresume-senior-engineer-header-table.docx'), 'corrupt', { maxUnzippedBytes: 1000 });
  });

  it('a zip that is not a .docx → unsupported-type', async () => {
    const e = await expectCode(buildZip([{ name: 'notes/readme.txt', data: 'hello' }]), 'unsupported-type');
    expect(e.message).toMatch(/zip/);
    const xlsx = await expectCode(buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]), 'unsupported-type');
    expect(xlsx.message).toMatch(/Excel/);
  });

  it('a damaged .docx (zip cut in half) → corrupt', async () => {
    const docx = fixture('resumes/jsonresume-senior-engineer-header-table.docx');
    await expectCode(docx.slice(0, Math.floor(docx.length / 2)), 'corrupt');
  });

  it('password-protected .docx (an OLE container) → encrypted', async () => {
    const e = await expectCode(buildEncryptedDocx(), 'encrypted');
    expect(e.message).toMatch(/password/);
  });

  it('legacy .doc → unsupported-type, asking for .docx or PDF', async () => {
    const e = await expectCode(buildLegacyDoc(), 'unsupported-type');
    expect(e.message).toMatch(/\.doc\b/);
    expect(e.message).toMatch(/\.docx or PDF/);
  });

  it('a hand-built .docx: header first, footer last, table flagged', async () => {
    const doc = await extractDocument(
      buildDocx({
        header: ['Jane Roe', 'jane.roe@example.com | +1 555 0100'],
        body: ['Experience', 'Backend Engineer at Acme, 2019 – 2024', 'Built payment APIs in Go.'],
        table: [['Languages', 'Go, Python'], ['Databases', 'PostgreSQL']],
        footer: ['Page 1'],
      }),
    );
    expect(doc.kind).toBe('docx');
    expect(doc.text.split('\n')[0]).toBe('Jane Roe');
    expect(doc.text).toContain('jane.roe@example.com');
    expect(doc.text).toMatch(/Languages\nGo, Python/);
    expect(doc.text.trimEnd().endsWith('Page 1')).toBe(true);
    expect(doc.layout).toEqual({ columns: 1, tables: true, images: false, headerFooterText: true });
  });

  it('a .docx with no text → empty', async () => {
    await expectCode(buildDocx({ body: [] }), 'empty');
  });
});

describe('text', () => {
  it('binary pasted as text → unsupported-type', async () => {
    const e = await expectCode(buildBinaryText(), 'unsupported-type');
    expect(e.message).toMatch(/binary/);
  });

  it('JPEG and GIF are named', async () => {
    const jpeg = await expectCode(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'unsupported-type');
    expect(jpeg.message).toMatch(/JPEG image/);
    const gif = await expectCode(new TextEncoder().encode('GIF89a\x01\x00\x01\x00'), 'unsupported-type');
    expect(gif.message).toMatch(/GIF image/);
  });

  it('UTF-16 with BOM and Windows-1252 text decode', async () => {
    const body = 'Jane Roe — Backend Engineer\nRésumé: Go, Python, PostgreSQL, Kafka, 8 years.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    expect((await extractDocument(new Uint8Array(le))).text).toContain('Résumé: Go, Python');
    const be = Buffer.from(le);
    be.swap16();
    expect((await extractDocument(new Uint8Array(be))).text).toContain('Résumé: Go, Python');
    const cp1252 = Buffer.from(body.replace('—', '-'), 'latin1');
    expect((await extractDocument(new Uint8Array(cp1252))).text).toContain('Résumé: Go, Python');
  });

  it('a saved web page reads as its text, not its markup', async () => {
    const html = '<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body>'
      + '<h1>Senior Backend Engineer</h1><p>Acme &amp; Co. is hiring.</p><ul><li>5+ years of Python</li><li>Kafka</li></ul>'
      + '<script>alert(1)</script></body></html>';
    const doc = await extractDocument(new TextEncoder().encode(html));
    expect(doc.text).toBe('Senior Backend Engineer\nAcme & Co. is hiring.\n• 5+ years of Python\n• Kafka');
  });

  it('a text file starting with "MZ" is still text', async () => {
    const doc = await extractDocument(new TextEncoder().encode('MZ Smith\nData engineer with Spark, Airflow and dbt, 6 years.'));
    expect(doc.kind).toBe('text');
  });

  it('a 100 KB job post is fine', async () => {
    const post = 'We are hiring a backend engineer with Python, Kafka and PostgreSQL. '.repeat(1500);
    const doc = await extractDocument(new TextEncoder().encode(post));
    expect(doc.kind).toBe('text');
    expect(doc.pages).toBeGreaterThan(1);
  });
});

describe('concurrency', () => {
  it('bad files and good files in parallel: each gets its own answer', async () => {
    const results = await Promise.allSettled([
      extractDocument(fixture('resumes/rm-barry-allen-frontend.pdf')),
      extractDocument(buildEncryptedPdf()),
      extractDocument(buildTruncatedPdf(fixture('resumes/rm-barry-allen-frontend.pdf'))),
      extractDocument(fixture('resumes/jsonresume-senior-engineer-header-table.docx')),
      extractDocument(buildZipBombDocx()),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.kind : (r.reason as DocumentError).code))).toEqual([
      'pdf', 'encrypted', 'corrupt', 'docx', 'corrupt',
    ]);
  });
});

describe('errors across a worker boundary', () => {
  it('structured clone loses the code; the payload helpers keep it', async () => {
    const e = await failure(buildEncryptedPdf());
    const cloned = structuredClone(e) as unknown as { code?: unknown };
    expect(cloned.code).toBeUndefined();
    const back = fromDocumentErrorPayload(structuredClone(toDocumentErrorPayload(e)));
    expect(isDocumentError(back)).toBe(true);
    expect(back.code).toBe('encrypted');
    expect(back.message).toBe(e.message);
  });
});
